// The letter with every unsupported claim marked where it stands, and the reason beside each.
import type { LetterClaim } from '@career-copilot/shared/letters/claims';

export function ClaimsPanel({
  text,
  claims,
}: {
  readonly text: string;
  readonly claims: readonly LetterClaim[];
}) {
  if (!text.trim()) return null;
  const parts: React.ReactNode[] = [];
  let at = 0;
  claims.forEach((claim, i) => {
    if (claim.start > at) parts.push(text.slice(at, claim.start));
    parts.push(
      <mark
        key={claim.start}
        className="claim"
        data-testid="claim"
        title={claim.reason}
        aria-describedby={`claim-reason-${i}`}
      >
        {text.slice(claim.start, claim.end)}
        <sup aria-hidden="true">{i + 1}</sup>
      </mark>,
    );
    at = claim.end;
  });
  parts.push(text.slice(at));
  return (
    <section className="card" aria-labelledby="claims-heading">
      <h2 id="claims-heading">
        {claims.length === 0
          ? 'Every claim is backed by your resume or the posting'
          : `${claims.length} claim${claims.length === 1 ? '' : 's'} to check`}
      </h2>
      {claims.length > 0 ? (
        <>
          <p className="muted">
            Marked below: things the letter states that your resume, your notes and the posting do
            not. Remove them, or add the fact to your resume or notes if it is true.
          </p>
          <div className="letter-checked">{parts}</div>
          <ol className="claim-reasons">
            {claims.map((c, i) => (
              <li key={c.start} id={`claim-reason-${i}`} data-testid="claim-reason">
                <strong>{c.text}</strong>: {c.reason}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
