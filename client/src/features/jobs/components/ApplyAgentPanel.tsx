// "Apply with the agent" (Premium): one click runs job reading, matching, tailoring, a cover letter
// and interview questions on our server, each step shown as it arrives.
import { useEffect } from 'react';
import { Link } from 'react-router';
import { APPLY_STEP_LABELS, APPLY_STEPS } from '@career-copilot/shared/ai/agents/apply';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { Button } from '../../../ui/Button';
import { checkServer, useAccount } from '../../account/account-store';
import { runAgent, stopAgent, useApplyAgent } from '../apply-agent-store';
import { useMatch } from '../match-store';

export function ApplyAgentPanel({ job }: { readonly job: JobRecord }) {
  const resumes = useMatch((s) => s.resumes);
  const selectedId = useMatch((s) => s.selectedId);
  const resume = resumes.find((r) => r.id === selectedId);
  const state = useApplyAgent((s) => s);
  const mine = state.jobId === job.id;
  const server = useAccount((s) => s.server);
  const offered = server.kind === 'reachable' && server.health.features.serverInference;
  useEffect(() => {
    if (server.kind === 'unreachable') return;
    if (server.kind !== 'reachable') void checkServer();
  }, [server.kind]);

  // A server without its own models (or no server at all): nothing to offer here.
  if (!offered) return null;

  return (
    <section className="card" aria-labelledby="agent-heading" data-testid="apply-agent">
      <div className="card-title">
        <h2 id="agent-heading">Apply with the agent</h2>
        <span className="badge">Premium</span>
      </div>
      <p className="muted">
        Reads the posting, matches {resume ? `“${resume.name}”` : 'your resume'}, then tailors it,
        writes a cover letter and prepares interview questions on our server model, in one go. Your
        text is used for the answers and not kept.
      </p>
      <div className="actions">
        <Button
          variant="primary"
          disabled={!resume || (mine && state.running)}
          onClick={() => resume && void runAgent(job, resume)}
        >
          {mine && state.running ? 'Working…' : 'Run the agent'}
        </Button>
        {mine && state.running ? <Button onClick={stopAgent}>Stop</Button> : null}
      </div>
      {!resume ? <p className="muted">Add a resume first to compare it with this job.</p> : null}
      {mine ? (
        <ol className="agent-steps">
          {APPLY_STEPS.map((step) => {
            const text = state.results[step];
            if (!text && state.current !== step) return null;
            return (
              <li key={step} data-testid={`agent-step-${step}`}>
                <strong>{APPLY_STEP_LABELS[step]}</strong>
                <div className="pre">{text}</div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {mine && state.failure ? (
        <p
          role={state.failure.code === 'aborted' ? 'status' : 'alert'}
          className={state.failure.code === 'aborted' ? 'muted' : 'notice notice-danger'}
        >
          {state.failure.message}{' '}
          {state.failure.code !== 'aborted' ? <Link to="/account">Plans and usage</Link> : null}
        </p>
      ) : null}
      {mine && state.usage ? (
        <p className="muted" role="status" data-testid="agent-done">
          Done · {state.usage.inputTokens.toLocaleString('en-US')} tokens in,{' '}
          {state.usage.outputTokens.toLocaleString('en-US')} out.
        </p>
      ) : null}
    </section>
  );
}
