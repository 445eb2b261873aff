// One tailoring suggestion: what changes (a word-level diff), why, what the guard found, and accept/reject.
import type { Suggestion } from '@career-copilot/shared/tailor/suggestions';
import { diffWords } from '@career-copilot/shared/lib/word-diff';
import { Button } from '../../../ui/Button';
import { decideSuggestion, Decision } from '../tailor-store';

const MAX_SKILLS_SHOWN = 10;

export function suggestionTitle(s: Suggestion): string {
  switch (s.kind) {
    case 'summary':
      return 'Summary rewrite';
    case 'rewrite':
      return s.where;
    case 'skills-order':
      return 'Skills order';
    case 'section-up':
      return `Move ${s.label} up`;
  }
}

function TextDiff({ before, after }: { readonly before: string; readonly after: string }) {
  return (
    <p className="word-diff" data-testid="word-diff">
      {diffWords(before, after).map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : (
          <del key={i}>{part.text}</del>
        ),
      )}
    </p>
  );
}

function Change({ suggestion: s }: { readonly suggestion: Suggestion }) {
  if (s.kind === 'section-up')
    return <p className="muted">Shows {s.label} right after your summary.</p>;
  if (s.kind === 'skills-order') {
    const first = s.order.slice(0, MAX_SKILLS_SHOWN);
    const more = s.order.length - first.length;
    return (
      <p className="muted">
        New order: {first.join(', ')}
        {more > 0 ? ` and ${more} more` : ''} (was {s.before.slice(0, 4).join(', ')}…).
      </p>
    );
  }
  return <TextDiff before={s.before} after={s.after} />;
}

export function SuggestionItem({
  suggestion: s,
  decision,
}: {
  readonly suggestion: Suggestion;
  readonly decision: Decision | undefined;
}) {
  const title = suggestionTitle(s);
  const flagged = s.flags.length > 0;
  const state = decision ?? 'undecided';
  return (
    <li
      className={`suggestion suggestion-${state}${flagged ? ' suggestion-flagged' : ''}`}
      aria-label={title}
      data-testid="suggestion"
    >
      <div className="suggestion-head">
        <strong>{title}</strong>
        {flagged ? <span className="badge badge-danger">Flagged</span> : null}
        <span
          className={`badge ${decision === 'accepted' ? 'badge-success' : ''}`}
          data-testid="suggestion-state"
        >
          {decision === 'accepted'
            ? 'Accepted'
            : decision === 'rejected'
              ? 'Rejected'
              : 'Not decided'}
        </span>
      </div>
      <Change suggestion={s} />
      {s.reason ? <p className="muted">Why: {s.reason}</p> : null}
      {flagged ? (
        <div className="notice notice-warning" data-testid="guard-flags">
          <strong>Check this before accepting: it may claim something you never did.</strong>
          <ul>
            {/* The same invention twice in one text is one thing to check. */}
            {[...new Set(s.flags.map((f) => f.reason))].map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="actions">
        <Button
          size="sm"
          variant={decision === 'accepted' ? 'primary' : 'secondary'}
          aria-pressed={decision === 'accepted'}
          onClick={() =>
            decideSuggestion(s.id, decision === 'accepted' ? undefined : Decision.Accepted)
          }
        >
          {flagged ? 'Accept anyway' : 'Accept'}
        </Button>
        <Button
          size="sm"
          aria-pressed={decision === 'rejected'}
          onClick={() =>
            decideSuggestion(s.id, decision === 'rejected' ? undefined : Decision.Rejected)
          }
        >
          Reject
        </Button>
      </div>
    </li>
  );
}
