// The resume checks screening software cares about: worst first, each with what to do and where.
import type { CheckSeverity, ResumeCheck } from '@career-copilot/shared/match/checks-model';

const SEVERITY_TEXT: Readonly<Record<CheckSeverity, { label: string; badge: string }>> = {
  problem: { label: 'Fix', badge: 'badge-danger' },
  warning: { label: 'Improve', badge: 'badge-warning' },
  info: { label: 'Consider', badge: '' },
  pass: { label: 'OK', badge: 'badge-success' },
};

export function ResumeChecks({ checks }: { readonly checks: readonly ResumeCheck[] }) {
  const open = checks.filter((c) => c.severity !== 'pass').length;
  return (
    <section aria-labelledby="checks-heading" className="resume-checks">
      <h3 id="checks-heading">
        Resume checks{' '}
        <span className="muted">
          ({open === 0 ? 'all pass' : `${open} to look at, ${checks.length - open} pass`})
        </span>
      </h3>
      <ul className="check-list" aria-label="Resume checks">
        {checks.map((c) => {
          const tone = SEVERITY_TEXT[c.severity];
          return (
            <li key={c.id} className={`check check-${c.severity}`}>
              <div>
                <span className={`badge ${tone.badge}`}>{tone.label}</span>{' '}
                <strong>{c.label}</strong>
              </div>
              <p>{c.message}</p>
              {c.fix ? <p className="muted">{c.fix}</p> : null}
              {c.findings.length > 0 ? (
                <details>
                  <summary>
                    Where ({c.findings.length} place{c.findings.length === 1 ? '' : 's'})
                  </summary>
                  <ul>
                    {c.findings.map((f, i) => (
                      <li key={i}>
                        <span className="muted">{f.where}:</span> {f.text}
                        {f.note ? <span className="muted"> ({f.note})</span> : null}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
