// The entries of one section: add, edit, hide, remove and reorder them.
import { useState } from 'react';
import {
  addEntry,
  isEntryHidden,
  moveEntry,
  removeEntry,
  setEntryHidden,
  updateEntry,
  type EntrySectionKey,
} from '@career-copilot/shared/resume/edit';
import type { Resume } from '@career-copilot/shared/resume/model';
import { Button } from '../../../ui/Button';
import { showToast } from '../../../ui/toast-store';
import { editResume } from './editor-store';
import { CommaListField, DateField, LinesField, TextField, UrlField } from './fields/Fields';
import { ReorderHandle, useReorderTargets } from './Reorder';
import { ENTRY_NOUN, entryLabel, SECTION_FIELDS, type FieldSpec } from './section-fields';

type Entry = Record<string, unknown>;

function FieldFor({
  spec,
  entry,
  onChange,
}: {
  spec: FieldSpec;
  entry: Entry;
  onChange: (value: unknown) => void;
}) {
  const value = entry[spec.key];
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  switch (spec.kind) {
    case 'date':
      return <DateField label={spec.label} role={spec.role} value={text} onChange={onChange} />;
    case 'url':
      return (
        <UrlField
          label={spec.label}
          placeholder={spec.placeholder}
          value={text}
          onChange={onChange}
        />
      );
    case 'lines':
      return (
        <LinesField
          label={spec.label}
          placeholder={spec.placeholder}
          value={list}
          onChange={onChange}
        />
      );
    case 'list':
      return (
        <CommaListField
          label={spec.label}
          placeholder={spec.placeholder}
          value={list}
          onChange={onChange}
        />
      );
    default:
      return (
        <TextField
          label={spec.label}
          placeholder={spec.placeholder}
          wide={spec.kind === 'multiline' || spec.wide}
          multiline={spec.kind === 'multiline'}
          value={text}
          onChange={onChange}
        />
      );
  }
}

export function EntriesEditor({
  sectionKey,
  resume,
}: {
  readonly sectionKey: EntrySectionKey;
  readonly resume: Resume;
}) {
  const entries = (resume[sectionKey] ?? []) as Entry[];
  const [open, setOpen] = useState<number | null>(null);
  const listId = `entries-${sectionKey}`;
  const move = (from: number, to: number) => {
    editResume((r) => moveEntry(r, sectionKey, from, to));
    // The open entry stays open wherever it, or its neighbours, moved.
    setOpen((o) => {
      if (o === null) return null;
      if (o === from) return to;
      if (from < o && o <= to) return o - 1;
      if (to <= o && o < from) return o + 1;
      return o;
    });
  };
  const target = useReorderTargets(listId, move);
  const noun = ENTRY_NOUN[sectionKey];

  function add() {
    editResume((r) => addEntry(r, sectionKey, {}));
    setOpen(entries.length);
  }

  function remove(index: number) {
    const entry = entries[index] as Entry;
    const label = entryLabel(sectionKey, entry);
    const hidden = isEntryHidden(resume, sectionKey, index);
    editResume((r) => removeEntry(r, sectionKey, index));
    setOpen(null);
    showToast({
      message: `Removed “${label}”.`,
      action: {
        label: 'Undo',
        run: () =>
          editResume((r) => {
            const back = addEntry(r, sectionKey, entry, index);
            return hidden ? setEntryHidden(back, sectionKey, index, true) : back;
          }),
      },
    });
  }

  return (
    <div className="entries">
      <ol className="entry-list" data-reorder-list={listId}>
        {entries.map((entry, index) => {
          const label = entryLabel(sectionKey, entry);
          const hidden = isEntryHidden(resume, sectionKey, index);
          const expanded = open === index;
          const bodyId = `${sectionKey}-entry-${index}`;
          return (
            <li
              key={index}
              className={`entry${hidden ? ' entry-hidden' : ''}`}
              data-testid={`entry-${sectionKey}-${index}`}
              {...target(index)}
            >
              <div className="entry-head">
                <ReorderHandle
                  listId={listId}
                  index={index}
                  count={entries.length}
                  label={label}
                  onMove={move}
                />
                <button
                  type="button"
                  className="entry-toggle"
                  aria-expanded={expanded}
                  aria-controls={bodyId}
                  onClick={() => setOpen(expanded ? null : index)}
                >
                  <span className="entry-label">{label}</span>
                  {hidden ? <span className="badge">Hidden</span> : null}
                </button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-pressed={hidden}
                  aria-label={
                    hidden ? `Show ${label} on the resume` : `Hide ${label} from the resume`
                  }
                  onClick={() => editResume((r) => setEntryHidden(r, sectionKey, index, !hidden))}
                >
                  {hidden ? 'Show' : 'Hide'}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove ${label}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </Button>
              </div>
              {expanded ? (
                <div id={bodyId} className="editor-grid entry-body">
                  {SECTION_FIELDS[sectionKey].map((spec) => (
                    <FieldFor
                      key={spec.key}
                      spec={spec}
                      entry={entry}
                      onChange={(value) =>
                        editResume(
                          (r) => updateEntry(r, sectionKey, index, { [spec.key]: value }),
                          `${sectionKey}.${index}.${spec.key}`,
                        )
                      }
                    />
                  ))}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Button size="sm" onClick={add}>
        Add {noun}
      </Button>
    </div>
  );
}
