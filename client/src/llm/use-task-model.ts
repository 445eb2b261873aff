// Which model a task would run on, for features that offer model actions only when one is chosen.
import { useEffect, useState } from 'react';
import { selectionForTier, type ModelSelection } from '@career-copilot/shared/ai/settings';
import { TASKS, type TaskKind } from '@career-copilot/shared/ai/tasks';
import { loadModelSettings } from './model-settings';

/** undefined while loading, null when no model is chosen for the task's tier. */
export function useTaskModel(task: TaskKind): ModelSelection | null | undefined {
  const [selection, setSelection] = useState<ModelSelection | null>();
  useEffect(() => {
    let live = true;
    loadModelSettings()
      .then((settings) => live && setSelection(selectionForTier(settings, TASKS[task].tier)))
      .catch(() => live && setSelection(null));
    return () => {
      live = false;
    };
  }, [task]);
  return selection;
}
