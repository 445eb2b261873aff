// Saved versions of the letter: when and how each was made, compare any two word by word, restore one.
import { useMemo, useState } from 'react';
import { diffWords } from '@career-copilot/shared/lib/word-diff';
import type { CoverLetterRecord, LetterSource } from '@career-copilot/shared/letters/model';
import { formatRelative } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { restoreVersion } from './letters-store';

const SOURCE_LABELS: Readonly<Record<LetterSource, string>> = {
  model: 'written by your model',
  template: 'written without a model',
  edit: 'your edit',
  restore: 'restored',
};

function describe(v: CoverLetterRecord): string {
  const how =
    v.source === 'restore' && v.restoredFrom
      ? `restored from version ${v.restoredFrom}`
      : SOURCE_LABELS[v.source];
  return `Version ${v.number} · ${how}${v.model ? ` (${v.model})` : ''}`;
}

export function VersionsPanel({ versions }: { readonly versions: readonly CoverLetterRecord[] }) {
  const latest = versions.at(-1)?.number;
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const left = versions.find((v) => v.number === (from ?? (latest ? latest - 1 : undefined)));
  const right = versions.find((v) => v.number === (to ?? latest));
  const diff = useMemo(
    () => (left && right ? diffWords(left.text, right.text) : []),
    [left, right],
  );
  if (versions.length === 0) return null;

  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <ol className="letter-versions" reversed>
        {[...versions].reverse().map((v) => (
          <li key={v.id} data-testid="letter-version">
            <span>{describe(v)}</span> <span className="muted">{formatRelative(v.createdAt)}</span>
            {v.number !== latest ? (
              <Button size="sm" variant="ghost" onClick={() => void restoreVersion(v.number)}>
                Restore version {v.number}
              </Button>
            ) : (
              <span className="muted"> · current</span>
            )}
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <>
          <h3>Compare</h3>
          <div className="grid-2">
            <Field label="From">
              <select value={left?.number ?? ''} onChange={(e) => setFrom(Number(e.target.value))}>
                {versions.map((v) => (
                  <option key={v.id} value={v.number}>
                    Version {v.number}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="To">
              <select value={right?.number ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
                {versions.map((v) => (
                  <option key={v.id} value={v.number}>
                    Version {v.number}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="letter-diff" data-testid="letter-diff" aria-label="Differences">
            {diff.map((p, i) =>
              p.kind === 'same' ? (
                <span key={i}>{p.text}</span>
              ) : p.kind === 'added' ? (
                <ins key={i}>{p.text}</ins>
              ) : (
                <del key={i}>{p.text}</del>
              ),
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
