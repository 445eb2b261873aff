// "Try it": send one prompt to the fast or best model, watch the answer stream in, stop it any time.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PROVIDERS } from '@career-copilot/shared/ai/catalog';
import { selectionForTier } from '@career-copilot/shared/ai/settings';
import { ModelTier } from '@career-copilot/shared/ai/tasks';
import { Button } from '../../../ui/Button';
import { useModels } from './models-store';
import { runTryIt, stopTryIt, useTryIt } from './try-it-store';

export function TryItPanel() {
  const settings = useModels((s) => s.settings);
  const running = useTryIt((s) => s.running);
  const text = useTryIt((s) => s.text);
  const note = useTryIt((s) => s.note);
  const outcome = useTryIt((s) => s.outcome);
  const [tier, setTier] = useState<ModelTier>(ModelTier.Fast);
  const [prompt, setPrompt] = useState(
    'In two sentences: what makes a resume stand out to a recruiter?',
  );
  const selection = selectionForTier(settings, tier);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (prompt.trim()) void runTryIt(prompt.trim(), tier);
  }

  return (
    <section className="card" aria-labelledby="try-heading">
      <h2 id="try-heading">Try a model</h2>
      <form onSubmit={submit}>
        <fieldset className="tier-choice">
          <legend className="visually-hidden">Which model</legend>
          {[ModelTier.Fast, ModelTier.Good].map((t) => (
            <label key={t}>
              <input
                type="radio"
                name="try-tier"
                checked={tier === t}
                onChange={() => setTier(t)}
              />{' '}
              {t === 'fast' ? 'Fast model' : 'Best model'}
            </label>
          ))}
          <span className="muted">
            {selection
              ? `${PROVIDERS[selection.provider].label} · ${selection.model}`
              : 'No model chosen yet — pick one above.'}
          </span>
        </fieldset>
        <div className="field">
          <label htmlFor="try-prompt">Prompt</label>
          <textarea
            id="try-prompt"
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
            rows={3}
          />
        </div>
        <div className="actions">
          <Button
            type="submit"
            variant="primary"
            disabled={running || !selection || prompt.trim() === ''}
          >
            Send
          </Button>
          <Button onClick={stopTryIt} disabled={!running}>
            Stop
          </Button>
        </div>
      </form>
      <div
        className="try-output"
        aria-live="polite"
        aria-busy={running}
        data-testid="try-it-output"
      >
        {text || (running ? <span className="muted">Waiting for the first words…</span> : null)}
      </div>
      {note ? (
        <p className="muted" role="status">
          {note}
        </p>
      ) : null}
      {outcome?.kind === 'done' ? (
        <p className="muted" role="status" data-testid="try-it-status">
          Done · {outcome.usage.inputTokens.toLocaleString('en-US')} tokens in,{' '}
          {outcome.usage.outputTokens.toLocaleString('en-US')} out
          {outcome.usage.estimated ? ' (estimated)' : ''}.
        </p>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p
          className={outcome.failure.code === 'aborted' ? 'muted' : 'notice notice-danger'}
          role={outcome.failure.code === 'aborted' ? 'status' : 'alert'}
          data-testid="try-it-status"
        >
          {outcome.failure.message}
          {selection?.provider === 'server' &&
          ['out_of_credit', 'needs_account', 'rate_limited'].includes(outcome.failure.code) ? (
            <>
              {' '}
              <Link to="/account">See plans and today’s usage</Link>
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
