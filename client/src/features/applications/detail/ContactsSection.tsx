// The people on an application: recruiters, hiring managers, referrers; added, edited, removed.
import { useState } from 'react';
import {
  removeContact,
  saveContact,
  type ContactInput,
} from '@career-copilot/shared/application/edits';
import type { ApplicationRecord, Contact } from '@career-copilot/shared/application/model';
import { ok } from '@career-copilot/shared/lib/result';
import { newId } from '../../../lib/ids';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { RowActions } from './RowActions';
import { useApplicationEdit } from './use-edit';

export function ContactsSection({ application }: { readonly application: ApplicationRecord }) {
  const { run } = useApplicationEdit(application.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  return (
    <section className="card" aria-labelledby="contacts-heading">
      <div className="card-title">
        <h2 id="contacts-heading">Contacts</h2>
        {editing !== 'new' ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            Add a contact
          </Button>
        ) : null}
      </div>
      {application.contacts.length === 0 && editing !== 'new' ? (
        <p className="muted">Nobody yet. Add the recruiter or hiring manager you talk to.</p>
      ) : null}
      <ul className="plain-list">
        {application.contacts.map((contact) =>
          editing === contact.id ? (
            <li key={contact.id}>
              <ContactForm
                application={application}
                initial={contact}
                onDone={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={contact.id} className="row-item">
              <div>
                <strong>{contact.name}</strong>
                {contact.role ? <span className="muted"> · {contact.role}</span> : null}
                <div className="muted">
                  {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
                  {contact.email && contact.phone ? ' · ' : null}
                  {contact.phone ? <a href={`tel:${contact.phone}`}>{contact.phone}</a> : null}
                </div>
                {contact.notes ? <p className="pre-line">{contact.notes}</p> : null}
              </div>
              <RowActions
                name={contact.name}
                onEdit={() => setEditing(contact.id)}
                onRemove={() =>
                  void run((current, now) => ok(removeContact(current, contact.id, now)))
                }
              />
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <ContactForm application={application} onDone={() => setEditing(null)} />
      ) : null}
    </section>
  );
}

function ContactForm({
  application,
  initial,
  onDone,
}: {
  readonly application: ApplicationRecord;
  readonly initial?: Contact;
  readonly onDone: () => void;
}) {
  const { run, busy, fieldError } = useApplicationEdit(application.id);
  const [form, setForm] = useState<ContactInput>(() => ({
    id: initial?.id ?? newId('c_'),
    name: initial?.name ?? '',
    role: initial?.role ?? '',
    email: initial?.email ?? '',
    phone: initial?.phone ?? '',
    notes: initial?.notes ?? '',
  }));
  const set = (key: keyof ContactInput) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  return (
    <form
      className="inline-form"
      aria-label={initial ? `Edit ${initial.name}` : 'Add a contact'}
      onSubmit={(e) => {
        e.preventDefault();
        void run((current, now) => saveContact(current, form, now)).then((saved) => {
          if (saved) onDone();
        });
      }}
    >
      <div className="grid-2">
        <Field label="Name" error={fieldError('name')}>
          <input type="text" value={form.name} onChange={set('name')} maxLength={200} />
        </Field>
        <Field label="Role" error={fieldError('role')}>
          <input
            type="text"
            value={form.role}
            onChange={set('role')}
            maxLength={200}
            placeholder="Recruiter"
          />
        </Field>
        <Field label="Email" error={fieldError('email')}>
          <input type="email" value={form.email} onChange={set('email')} maxLength={200} />
        </Field>
        <Field label="Phone" error={fieldError('phone')}>
          <input type="text" value={form.phone} onChange={set('phone')} maxLength={200} />
        </Field>
      </div>
      <Field label="About them" error={fieldError('notes')}>
        <textarea rows={2} value={form.notes} onChange={set('notes')} />
      </Field>
      <div className="actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {initial ? 'Save contact' : 'Add contact'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
