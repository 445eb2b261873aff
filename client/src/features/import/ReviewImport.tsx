// The review screen: each parsed section beside the text it came from, fixable in place.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { normaliseDateInput, PRESENT } from '@career-copilot/shared/lib/dates';
import type { ParseResult } from '@career-copilot/shared/parse/types';
import type { Resume } from '@career-copilot/shared/resume/model';
import { Button } from '../../ui/Button';
import { showError, showToast } from '../../ui/toast-store';
import { editDraft, resetImport, saveImport, useImport } from './import-store';
import {
  BASICS_FIELDS,
  confidenceOf,
  getAt,
  LOW_CONFIDENCE,
  PROFILE_FIELDS,
  removeEntry,
  SECTIONS,
  setAt,
  type FieldSpec,
  type Path,
  type SectionSpec,
} from './review-model';

function FieldEditor({
  spec,
  path,
  value,
  confidence,
}: {
  readonly spec: FieldSpec;
  readonly path: Path;
  readonly value: unknown;
  readonly confidence: number | undefined;
}) {
  const kind = spec.kind ?? 'text';
  const shown = Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
  const [text, setText] = useState(shown);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const low = !touched && confidence !== undefined && confidence < LOW_CONFIDENCE && shown !== '';
  const commit = () => {
    setTouched(true);
    if (kind === 'date') {
      const iso = normaliseDateInput(text);
      if (iso === null) {
        setError('Use a date such as 2021, Mar 2021 or 2021-03.');
        return;
      }
      setError(null);
      editDraft((d) => setAt(d, path, iso === PRESENT ? '' : iso));
      return;
    }
    const next =
      kind === 'list'
        ? text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : text.trim();
    editDraft((d) => setAt(d, path, next));
  };
  const id = `f-${path.join('-')}`;
  const common = {
    id,
    value: text,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onBlur: commit,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : low ? `${id}-check` : undefined,
  };
  return (
    <div className={`field${low ? ' field-check' : ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      {kind === 'multiline' || kind === 'list' ? (
        <textarea
          rows={kind === 'list' ? Math.min(8, Math.max(2, text.split('\n').length)) : 3}
          {...common}
        />
      ) : (
        <input type={kind === 'email' ? 'email' : kind === 'url' ? 'url' : 'text'} {...common} />
      )}
      {low ? (
        <span id={`${id}-check`} className="hint check-hint">
          Check this: the parser was not sure.
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function SourcePanel({
  result,
  keys,
}: {
  readonly result: ParseResult;
  readonly keys: readonly string[];
}) {
  const sections = result.sections.filter((s) => keys.includes(s.key) && s.text.trim() !== '');
  return (
    <aside className="review-source" aria-label="From your file">
      <h3>From your file</h3>
      {sections.length === 0 ? (
        <p className="muted">Nothing printed under this heading.</p>
      ) : (
        sections.map((s, i) => (
          <div key={i}>
            {s.heading ? <p className="review-source-heading">{s.heading}</p> : null}
            <div className="pre">{s.text}</div>
          </div>
        ))
      )}
    </aside>
  );
}

function Fields({
  fields,
  base,
  draft,
  confidence,
}: {
  readonly fields: readonly FieldSpec[];
  readonly base: Path;
  readonly draft: Resume;
  readonly confidence: Readonly<Record<string, number>>;
}) {
  return (
    <div className="review-fields">
      {fields.map((spec) => {
        const path = [...base, ...spec.name.split('.')];
        return (
          <FieldEditor
            key={path.join('/')}
            spec={spec}
            path={path}
            value={getAt(draft, path)}
            confidence={confidenceOf(confidence, path)}
          />
        );
      })}
    </div>
  );
}

function ListSection({
  spec,
  draft,
  result,
}: {
  readonly spec: SectionSpec;
  readonly draft: Resume;
  readonly result: ParseResult;
}) {
  const entries = ((draft[spec.key] as Array<Record<string, unknown>> | undefined) ?? []).map(
    (entry, index) => ({ entry, index }),
  );
  return (
    <section className="card review-section" aria-label={spec.title}>
      <div className="review-main">
        <h2>{spec.title}</h2>
        {entries.map(({ entry, index }) => (
          // Entries are edited in place; a removal re-keys the rest, which resets their inputs.
          <fieldset key={`${index}-${entries.length}`} className="review-entry">
            <legend>{spec.describe(entry) || `${spec.title} ${index + 1}`}</legend>
            <Fields
              fields={spec.fields}
              base={[spec.key, index]}
              draft={draft}
              confidence={result.confidence}
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => editDraft((d) => removeEntry(d, spec.key, index))}
            >
              Remove
            </Button>
          </fieldset>
        ))}
        <Button
          size="sm"
          onClick={() => editDraft((d) => setAt(d, [spec.key, entries.length], {}))}
        >
          Add to {spec.title}
        </Button>
      </div>
      <SourcePanel result={result} keys={spec.source} />
    </section>
  );
}

export function ReviewImport() {
  const navigate = useNavigate();
  const { draft, result, phase, label } = useImport((s) => s);
  if (!draft || !result) return null;
  const profiles = draft.basics?.profiles ?? [];
  const shown = SECTIONS.filter(
    (spec) => (draft[spec.key]?.length ?? 0) > 0 || result.sections.some((s) => s.key === spec.key),
  );
  const save = async () => {
    const saved = await saveImport();
    if (!saved.ok) {
      showError(saved.error);
      return;
    }
    showToast({ message: `Imported “${saved.value.name}”.` });
    void navigate('/resumes');
  };
  return (
    <div className="review">
      <div className="notice review-intro">
        <p>
          Read from <strong>{label}</strong>. Check each section against the text beside it and fix
          anything in place. Fields marked <span className="check-sample">Check this</span> are the
          parser’s least certain guesses.
        </p>
        {result.warnings.length > 0 ? (
          <ul aria-label="Warnings">
            {result.warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <section className="card review-section" aria-label="About you">
        <div className="review-main">
          <h2>About you</h2>
          <Fields
            fields={BASICS_FIELDS}
            base={['basics']}
            draft={draft}
            confidence={result.confidence}
          />
          {profiles.map((_, index) => (
            <fieldset key={`p-${index}-${profiles.length}`} className="review-entry">
              <legend>Profile {index + 1}</legend>
              <Fields
                fields={PROFILE_FIELDS}
                base={['basics', 'profiles', index]}
                draft={draft}
                confidence={result.confidence}
              />
            </fieldset>
          ))}
        </div>
        <SourcePanel result={result} keys={['basics', 'summary']} />
      </section>
      {shown.map((spec) => (
        <ListSection key={spec.key} spec={spec} draft={draft} result={result} />
      ))}
      <div className="review-actions">
        <Button variant="primary" onClick={() => void save()} disabled={phase === 'saving'}>
          {phase === 'saving' ? 'Saving…' : 'Save resume'}
        </Button>
        <Button onClick={resetImport}>Start over</Button>
      </div>
    </div>
  );
}
