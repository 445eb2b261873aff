// The match between the chosen resume and this job: score, its parts, terms found and missing, checks.
import { useEffect, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { analyseMatch } from '@career-copilot/shared/match/analyse-match';
import type {
  MatchAnalysis,
  MatchPart,
  TermMatch,
} from '@career-copilot/shared/match/analysis-model';
import { PLACEMENT_LABELS } from '@career-copilot/shared/match/resume-terms';
import { Field } from '../../../ui/Field';
import { loadMatchResumes, selectMatchResume, todayIso, useMatch } from '../match-store';
import { CritiquePanel } from './CritiquePanel';
import { ResumeChecks } from './ResumeChecks';

export function MatchPanel({ job }: { readonly job: JobRecord }) {
  const { status, resumes, selectedId, error } = useMatch((s) => s);
  useEffect(() => {
    void loadMatchResumes();
  }, []);
  const selected = resumes.find((r) => r.id === selectedId);
  const analysis = useMemo(
    () => (selected ? analyseMatch(selected.resume, job, { today: todayIso() }) : undefined),
    [selected, job],
  );

  return (
    <section className="card" aria-labelledby="match-heading">
      <div className="card-title">
        <h2 id="match-heading">How well you match</h2>
      </div>
      {error ? <div className="notice notice-danger">{error}</div> : null}
      {status === 'ready' && resumes.length === 0 ? (
        <p>
          There is no resume to compare with yet. Add one in <Link to="/resumes">Resumes</Link>, or
          import a backup in <Link to="/settings">Settings</Link>.
        </p>
      ) : null}
      {resumes.length > 0 ? (
        <Field label="Compare with resume">
          <select value={selectedId ?? ''} onChange={(e) => void selectMatchResume(e.target.value)}>
            {resumes.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.resume.basics?.name ? ` (${r.resume.basics.name})` : ''}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {analysis && selected ? (
        <MatchResult analysis={analysis}>
          <CritiquePanel job={job} resume={selected} analysis={analysis} />
        </MatchResult>
      ) : null}
    </section>
  );
}

function scoreTone(score: number): string {
  return score >= 70 ? 'good' : score >= 45 ? 'fair' : 'low';
}

function MatchResult({
  analysis,
  children,
}: {
  readonly analysis: MatchAnalysis;
  /** The model's critique, shown under the score when a model is set. */
  readonly children?: ReactNode;
}) {
  return (
    <>
      <div className="match-summary">
        <div
          className={`match-score match-score-${scoreTone(analysis.score)}`}
          role="img"
          aria-label={`Match score ${analysis.score} out of 100`}
        >
          <span data-testid="match-score">{analysis.score}</span>
          <small>/100</small>
        </div>
        <p data-testid="score-explanation">{analysis.scoreExplanation}</p>
      </div>
      {children}
      <h3>How the score is made</h3>
      <ul className="match-parts" aria-label="Score parts">
        {analysis.parts.map((p) => (
          <PartRow key={p.id} part={p} />
        ))}
      </ul>
      <div className="grid-2 match-terms">
        <section aria-label="Matched terms">
          <h3>In your resume ({analysis.matched.length})</h3>
          {analysis.matched.length === 0 ? (
            <p className="muted">None of the posting’s skills yet.</p>
          ) : null}
          <ul className="term-list">
            {analysis.matched.map((t) => (
              <MatchedTerm key={`${t.required}-${t.requirement}`} term={t} />
            ))}
          </ul>
        </section>
        <section aria-label="Missing terms">
          <h3>Missing ({analysis.missing.length})</h3>
          {analysis.missing.length === 0 ? (
            <p className="muted">Nothing the posting asks for is missing.</p>
          ) : null}
          <ul className="term-list">
            {analysis.missing.map((t) => (
              <li key={`${t.required}-${t.requirement}`}>
                <span className="term-name">{t.requirement}</span>{' '}
                <span className={`badge ${t.required ? 'badge-danger' : 'badge-warning'}`}>
                  {t.required ? 'required' : 'preferred'}
                </span>
                {t.weight < 1 ? <span className="muted"> · soft skill, counts half</span> : null}
              </li>
            ))}
          </ul>
          {analysis.missing.length > 0 ? (
            <p className="muted">
              Add the ones you really have where you used them (a bullet in Experience counts most).
              Never claim one you don’t.
            </p>
          ) : null}
        </section>
      </div>
      <ResumeChecks checks={analysis.checks} />
    </>
  );
}

function PartRow({ part }: { readonly part: MatchPart }) {
  const percent = Math.round(part.score * 100);
  return (
    <li className={part.applicable ? 'match-part' : 'match-part match-part-off'}>
      <div className="match-part-head">
        <strong>{part.label}</strong>
        <span>{part.applicable ? `${part.points} of ${part.weight} points` : 'not counted'}</span>
      </div>
      {part.applicable ? (
        <div
          className="meter"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-label={`${part.label}: ${percent}%`}
        >
          <span style={{ width: `${Math.max(percent, 0.5)}%` }} />
        </div>
      ) : null}
      <div className="match-part-summary">{part.summary}</div>
      <p className="muted">{part.explanation}</p>
    </li>
  );
}

function MatchedTerm({ term }: { readonly term: TermMatch }) {
  const best = term.occurrences[0];
  const more = term.occurrences.length - 1;
  return (
    <li>
      <span className="term-name">{term.requirement}</span>{' '}
      {term.bestPlacement ? (
        <span
          className={`badge ${term.bestPlacement === 'experience' || term.bestPlacement === 'projects' ? 'badge-success' : 'badge-warning'}`}
        >
          {PLACEMENT_LABELS[term.bestPlacement]}
        </span>
      ) : null}
      {best ? (
        <div className="muted">
          {best.where}: “{best.text}”{best.via ? ` (through ${best.via})` : ''}
          {term.matchedLabel && term.matchedLabel !== term.requirement
            ? ` · as ${term.matchedLabel}`
            : ''}
          {more > 0 ? ` · and ${more} more place${more === 1 ? '' : 's'}` : ''}
        </div>
      ) : null}
    </li>
  );
}
