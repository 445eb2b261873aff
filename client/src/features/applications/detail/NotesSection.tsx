// Free notes on the application, saved as you pause typing and when you leave the field.
import { useEffect, useRef, useState } from 'react';
import { LIMITS, setNotes } from '@career-copilot/shared/application/edits';
import type { ApplicationRecord } from '@career-copilot/shared/application/model';
import { Field } from '../../../ui/Field';
import { useApplicationEdit } from './use-edit';

const SAVE_AFTER_MS = 800;

export function NotesSection({ application }: { readonly application: ApplicationRecord }) {
  const { run, fieldError } = useApplicationEdit(application.id);
  const [draft, setDraft] = useState(application.notes);
  const [state, setState] = useState<'saved' | 'editing' | 'saving'>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = useRef(application.notes);

  // Someone else (another tab, an Undo) changed the notes while this field was not being edited.
  useEffect(() => {
    if (state === 'saved' && application.notes !== saved.current) {
      saved.current = application.notes;
      setDraft(application.notes);
    }
  }, [application.notes, state]);

  const pending = useRef<string | null>(null);

  async function save(text: string) {
    clearTimeout(timer.current);
    pending.current = null;
    if (text === saved.current) return setState('saved');
    setState('saving');
    const done = await run((current, now) => setNotes(current, text, now));
    if (done) saved.current = text;
    setState(done ? 'saved' : 'editing');
  }

  // Leaving the page mid-sentence still saves what was typed.
  const flush = useRef(save);
  useEffect(() => {
    flush.current = save;
  });
  useEffect(
    () => () => {
      if (pending.current !== null) void flush.current(pending.current);
    },
    [],
  );

  return (
    <section className="card" aria-labelledby="notes-heading">
      <div className="card-title">
        <h2 id="notes-heading">Notes</h2>
        <span className="muted" role="status">
          {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
        </span>
      </div>
      <Field
        label="Notes on this application"
        error={fieldError('notes')}
        hint={`Up to ${LIMITS.notes.toLocaleString()} characters; kept on this device.`}
      >
        <textarea
          rows={6}
          value={draft}
          maxLength={LIMITS.notes}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            setState('editing');
            clearTimeout(timer.current);
            pending.current = text;
            timer.current = setTimeout(() => void save(text), SAVE_AFTER_MS);
          }}
          onBlur={() => void save(draft)}
        />
      </Field>
    </section>
  );
}
