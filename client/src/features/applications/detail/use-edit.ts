// Running an edit from a detail section: the shared function, the store, and the problem to show.
import { useState } from 'react';
import type { EditProblem } from '@career-copilot/shared/application/edits';
import type { ApplicationRecord } from '@career-copilot/shared/application/model';
import type { Result } from '@career-copilot/shared/lib/result';
import { showError } from '../../../ui/toast-store';
import { editApplication, type EditFailure } from '../applications-store';

export type Edit = (
  current: ApplicationRecord,
  now: string,
) => Result<ApplicationRecord, EditProblem>;

/**
 * Applies edits to one application. Problems tied to a form field are kept for the form to show;
 * the rest (storage full, deleted in another tab) become an error toast.
 */
export function useApplicationEdit(applicationId: string) {
  const [problem, setProblem] = useState<EditFailure>();
  const [busy, setBusy] = useState(false);
  async function run(edit: Edit): Promise<boolean> {
    setBusy(true);
    const result = await editApplication(applicationId, edit);
    setBusy(false);
    if (result.ok) {
      setProblem(undefined);
      return true;
    }
    if ('field' in result.error && result.error.field) setProblem(result.error);
    else {
      setProblem(undefined);
      showError(result.error.message);
    }
    return false;
  }
  const fieldError = (field: string) =>
    problem && 'field' in problem && problem.field === field ? problem.message : undefined;
  return { run, busy, fieldError, clear: () => setProblem(undefined) };
}
