// The header of the resume: name, headline, contact details, location and profiles.
import { moveItem, updateBasics, updateLocation } from '@career-copilot/shared/resume/edit';
import type { Location, Profile } from '@career-copilot/shared/resume/model';
import { Button } from '../../../ui/Button';
import { editResume, useEditor } from './editor-store';
import { TextField, UrlField } from './fields/Fields';
import { ReorderHandle, useReorderTargets } from './Reorder';

function ProfilesEditor({ profiles }: { readonly profiles: readonly Profile[] }) {
  const setProfiles = (next: Profile[], key?: string) =>
    editResume((r) => updateBasics(r, { profiles: next }), key);
  const move = (from: number, to: number) => setProfiles(moveItem(profiles, from, to));
  const target = useReorderTargets('profiles', move);
  const patch = (index: number, field: keyof Profile, value: string) =>
    setProfiles(
      profiles.map((p, i) => {
        if (i !== index) return p;
        const next: Record<string, unknown> = { ...p, [field]: value };
        if (!value.trim()) delete next[field];
        return next as Profile;
      }),
      `basics.profiles.${index}.${field}`,
    );
  return (
    <fieldset className="editor-subsection">
      <legend>Profiles</legend>
      <ol className="editor-rows" data-reorder-list="profiles">
        {profiles.map((profile, index) => {
          const label = profile.network || profile.username || `profile ${index + 1}`;
          return (
            <li key={index} className="editor-row" {...target(index)}>
              <ReorderHandle
                listId="profiles"
                index={index}
                count={profiles.length}
                label={label}
                onMove={move}
              />
              <TextField
                label="Network"
                placeholder="LinkedIn"
                value={profile.network ?? ''}
                onChange={(v) => patch(index, 'network', v)}
              />
              <TextField
                label="Username"
                value={profile.username ?? ''}
                onChange={(v) => patch(index, 'username', v)}
              />
              <UrlField
                label="Link"
                placeholder="https://linkedin.com/in/…"
                value={profile.url ?? ''}
                onChange={(v) => patch(index, 'url', v)}
              />
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${label}`}
                onClick={() => setProfiles(profiles.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      <Button size="sm" onClick={() => setProfiles([...profiles, {}])}>
        Add profile
      </Button>
    </fieldset>
  );
}

export function BasicsEditor() {
  const basics = useEditor((s) => s.working.resume.basics) ?? {};
  const set = (field: 'name' | 'label' | 'email' | 'phone' | 'url') => (value: string) =>
    editResume((r) => updateBasics(r, { [field]: value }), `basics.${field}`);
  const setPlace = (field: keyof Location) => (value: string) =>
    editResume((r) => updateLocation(r, { [field]: value }), `basics.location.${field}`);
  const location = basics.location ?? {};
  return (
    <section className="card editor-card" aria-labelledby="basics-title">
      <h2 id="basics-title">Personal details</h2>
      <div className="editor-grid">
        <TextField
          label="Full name"
          value={basics.name ?? ''}
          onChange={set('name')}
          placeholder="Ada Lovelace"
        />
        <TextField
          label="Headline"
          value={basics.label ?? ''}
          onChange={set('label')}
          placeholder="Senior Backend Engineer"
        />
        <TextField
          label="Email"
          type="email"
          value={basics.email ?? ''}
          onChange={set('email')}
          placeholder="ada@example.com"
        />
        <TextField
          label="Phone"
          type="tel"
          value={basics.phone ?? ''}
          onChange={set('phone')}
          placeholder="+44 20 7946 0958"
        />
        <UrlField
          label="Website"
          value={basics.url ?? ''}
          onChange={set('url')}
          placeholder="https://ada.dev"
        />
        <TextField label="City" value={location.city ?? ''} onChange={setPlace('city')} />
        <TextField
          label="Region"
          value={location.region ?? ''}
          onChange={setPlace('region')}
          placeholder="State or county"
        />
        <TextField
          label="Country code"
          value={location.countryCode ?? ''}
          onChange={setPlace('countryCode')}
          placeholder="GB"
        />
      </div>
      <ProfilesEditor profiles={basics.profiles ?? []} />
    </section>
  );
}
