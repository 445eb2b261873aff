// The letter's options: which resume, tone, length, the achievements to lead with, and extra true facts.
import { useMemo } from 'react';
import { listAchievements } from '@career-copilot/shared/letters/achievements';
import {
  LETTER_LENGTHS,
  LETTER_TONES,
  type LetterLength,
  type LetterTone,
} from '@career-copilot/shared/letters/model';
import { Field } from '../../ui/Field';
import { chooseResume, currentResume, setLetterOptions, useLetter } from './letters-store';

const TONE_LABELS: Readonly<Record<LetterTone, string>> = {
  professional: 'Professional',
  warm: 'Warm',
  enthusiastic: 'Enthusiastic',
};
const LENGTH_LABELS: Readonly<Record<LetterLength, string>> = {
  short: 'Short (about 150 words)',
  medium: 'Medium (about 250 words)',
  long: 'Long (about 350 words)',
};
const MAX_LEAD = 3;
const SHOWN = 8;

export function LetterOptionsPanel() {
  const options = useLetter((s) => s.options);
  const resumes = useLetter((s) => s.resumes);
  const resumeId = useLetter((s) => s.resumeId);
  const job = useLetter((s) => s.job);
  const resume = useLetter((s) => currentResume(s));
  const achievements = useMemo(
    () => (resume ? listAchievements(resume.resume, job).slice(0, SHOWN) : []),
    [resume, job],
  );

  function toggle(text: string, on: boolean) {
    const lead = on
      ? [...options.leadAchievements, text].slice(0, MAX_LEAD)
      : options.leadAchievements.filter((t) => t !== text);
    setLetterOptions({ ...options, leadAchievements: lead });
  }

  return (
    <section className="card" aria-labelledby="letter-options-heading">
      <h2 id="letter-options-heading">Options</h2>
      <Field label="Resume" hint="The letter uses only what this resume says.">
        <select value={resumeId ?? ''} onChange={(e) => chooseResume(e.target.value)}>
          {resumes.length === 0 ? <option value="">No resume in your library</option> : null}
          {resumes.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid-2">
        <Field label="Tone">
          <select
            value={options.tone}
            onChange={(e) => setLetterOptions({ ...options, tone: e.target.value as LetterTone })}
          >
            {LETTER_TONES.map((t) => (
              <option key={t} value={t}>
                {TONE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Length">
          <select
            value={options.length}
            onChange={(e) =>
              setLetterOptions({ ...options, length: e.target.value as LetterLength })
            }
          >
            {LETTER_LENGTHS.map((l) => (
              <option key={l} value={l}>
                {LENGTH_LABELS[l]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="lead-achievements">
        <legend>Lead with (up to {MAX_LEAD})</legend>
        {achievements.length === 0 ? (
          <p className="muted">This resume has no bullet points to choose from.</p>
        ) : (
          achievements.map((a) => {
            const checked = options.leadAchievements.includes(a.text);
            return (
              <label key={a.text} className="checkbox-row">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && options.leadAchievements.length >= MAX_LEAD}
                  onChange={(e) => toggle(a.text, e.target.checked)}
                />
                <span>
                  {a.text} <span className="muted">· {a.where}</span>
                </span>
              </label>
            );
          })
        )}
        <p className="muted">Unchecked: the most relevant to this job are used.</p>
      </fieldset>
      <Field
        label="Anything else true about you"
        hint="Facts the resume does not state that the letter may use (“I can relocate to Berlin”)."
      >
        <textarea
          rows={2}
          maxLength={2000}
          value={options.notes ?? ''}
          onChange={(e) => setLetterOptions({ ...options, notes: e.target.value })}
        />
      </Field>
    </section>
  );
}
