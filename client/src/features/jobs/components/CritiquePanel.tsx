// The model's short critique on top of the match analysis, written as the user would say it.
import type { JobRecord } from '@career-copilot/shared/job/model';
import type { MatchAnalysis } from '@career-copilot/shared/match/analysis-model';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { TaskKind } from '@career-copilot/shared/ai/tasks';
import { useTaskModel } from '../../../llm/use-task-model';
import { Button } from '../../../ui/Button';
import { critiqueKey, runCritique, stopCritique, useCritique } from '../critique-store';

function Points({ title, items }: { readonly title: string; readonly items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

export function CritiquePanel({
  job,
  resume,
  analysis,
}: {
  readonly job: JobRecord;
  readonly resume: ResumeRecord;
  readonly analysis: MatchAnalysis;
}) {
  const model = useTaskModel(TaskKind.Critique);
  const state = useCritique((s) => s);
  if (!model) return null;
  const current = state.key === critiqueKey(job, resume);
  const critique = current ? state.critique : undefined;
  return (
    <section className="critique" aria-label="Critique in your words">
      <div className="card-title">
        <h3>In your words</h3>
        {state.status === 'running' && current ? (
          <Button size="sm" onClick={stopCritique}>
            Stop
          </Button>
        ) : (
          <Button size="sm" onClick={() => void runCritique(job, resume, analysis)}>
            {critique ? 'Write it again' : 'Write a short critique'}
          </Button>
        )}
      </div>
      <div role="status" className="muted">
        {current && state.status === 'running'
          ? 'The model is reading your resume against this job…'
          : current && state.stopped
            ? 'Stopped.'
            : ''}
      </div>
      {current && state.error ? (
        <div className="notice notice-danger" role="alert">
          {state.error}
        </div>
      ) : null}
      {critique ? (
        <div data-testid="critique">
          <p>{critique.verdict}</p>
          <Points title="What works" items={critique.strengths} />
          <Points title="What is missing" items={critique.gaps} />
          <Points title="What I will do" items={critique.nextSteps} />
          <p className="muted">
            Written by your model from the analysis above; the score itself never uses a model.
          </p>
        </div>
      ) : null}
    </section>
  );
}
