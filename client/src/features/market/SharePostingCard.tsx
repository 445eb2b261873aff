// Opt-in sharing of one posting with the job-market report: shows exactly what would be sent (a
// role word, the seniority, skill names from the app's vocabulary) and sends it only on request.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { sharedPostingFor } from '@career-copilot/shared/api/market';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { SENIORITY_LABELS } from '@career-copilot/shared/match/titles';
import { getSkillTerm } from '@career-copilot/shared/match/skills-vocabulary';
import { Button } from '../../ui/Button';
import { failureMessage } from '../account/account-messages';
import { marketApi } from './market-api';

export function SharePostingCard({ job }: { readonly job: JobRecord }) {
  const posting = useMemo(
    () => sharedPostingFor({ title: job.job.title, details: job.details }),
    [job],
  );
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'shared' } | { kind: 'error'; message: string; signIn: boolean }
  >({ kind: 'idle' });

  async function share() {
    if (!posting) return;
    const result = await marketApi.share(posting);
    if (result.ok) return setState({ kind: 'shared' });
    setState({
      kind: 'error',
      message: failureMessage(result.error),
      signIn: result.error.code === ErrorCode.Unauthenticated,
    });
  }

  return (
    <section className="card" aria-labelledby="share-heading">
      <h2 id="share-heading">Share with the job-market report</h2>
      {!posting ? (
        <p className="muted">
          This posting cannot be shared: its title or skills are not in the app&rsquo;s vocabulary,
          and nothing else is ever sent.
        </p>
      ) : (
        <>
          <p className="muted">
            Optional and anonymous: only what is listed here is sent, without your name, account or
            anything you wrote. It helps everyone see which skills employers ask for.
          </p>
          <dl className="share-preview" data-testid="share-preview">
            <dt>Role</dt>
            <dd>{posting.role}</dd>
            <dt>Seniority</dt>
            <dd>{posting.seniority ? SENIORITY_LABELS[posting.seniority] : 'not stated'}</dd>
            <dt>Skills</dt>
            <dd>{posting.skills.map((id) => getSkillTerm(id)?.label ?? id).join(', ')}</dd>
          </dl>
          {state.kind === 'shared' ? (
            <p role="status">Shared. Thank you.</p>
          ) : (
            <Button onClick={() => void share()}>Share anonymously</Button>
          )}
          {state.kind === 'error' ? (
            <p className="error" role="alert">
              {state.message} {state.signIn ? <Link to="/account/sign-in">Sign in</Link> : null}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
