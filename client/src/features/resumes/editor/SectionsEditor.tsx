// Every section of the resume in print order: rename, hide, reorder, and edit what is inside.
import { useState } from 'react';
import {
  moveSection,
  renameSection,
  setSectionHidden,
  updateBasics,
  type EntrySectionKey,
} from '@career-copilot/shared/resume/edit';
import {
  DEFAULT_SECTION_TITLES,
  resolveSectionLayout,
  type SectionLayout,
} from '@career-copilot/shared/resume/model';
import { editResume, useEditor } from './editor-store';
import { EntriesEditor } from './EntriesEditor';
import { TextField } from './fields/Fields';
import { ReorderHandle, useReorderTargets } from './Reorder';

function uniqueLayouts(layouts: SectionLayout[]): SectionLayout[] {
  const seen = new Set<string>();
  return layouts.filter((l) => !seen.has(l.key) && Boolean(seen.add(l.key)));
}

function SectionCard({
  layout,
  handle,
}: {
  readonly layout: SectionLayout;
  readonly handle: React.ReactNode;
}) {
  const resume = useEditor((s) => s.working.resume);
  const key = layout.key;
  const defaultTitle = DEFAULT_SECTION_TITLES[key];
  const title = layout.title ?? '';
  const count =
    key === 'summary' ? (resume.basics?.summary?.trim() ? 1 : 0) : (resume[key]?.length ?? 0);
  const [open, setOpen] = useState(count > 0 || key === 'summary' || key === 'work');
  const bodyId = `section-${key}`;
  return (
    <section
      className={`card editor-card${layout.hidden ? ' section-hidden' : ''}`}
      aria-label={`${title || defaultTitle} section`}
    >
      <div className="section-head">
        {handle}
        <input
          className="section-title"
          aria-label={`Title of the ${defaultTitle} section`}
          value={title}
          placeholder={defaultTitle}
          onChange={(e) =>
            editResume((r) => renameSection(r, key, e.target.value), `sections.${key}.title`)
          }
        />
        <label className="switch">
          <input
            type="checkbox"
            checked={!layout.hidden}
            onChange={(e) => editResume((r) => setSectionHidden(r, key, !e.target.checked))}
          />
          Show on resume
        </label>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Collapse' : `Edit${count ? ` (${count})` : ''}`}
        </button>
      </div>
      {open ? (
        <div id={bodyId}>
          {key === 'summary' ? (
            <TextField
              label="Summary"
              multiline
              wide
              placeholder="Two or three sentences on who you are and what you are best at."
              value={resume.basics?.summary ?? ''}
              onChange={(summary) =>
                editResume((r) => updateBasics(r, { summary }), 'basics.summary')
              }
            />
          ) : (
            <EntriesEditor sectionKey={key as EntrySectionKey} resume={resume} />
          )}
        </div>
      ) : null}
    </section>
  );
}

export function SectionsEditor() {
  const resume = useEditor((s) => s.working.resume);
  const layouts = uniqueLayouts(resolveSectionLayout(resume));
  const move = (from: number, to: number) => {
    const key = layouts[from]?.key;
    if (key) editResume((r) => moveSection(r, key, to));
  };
  const target = useReorderTargets('sections', move);
  return (
    <ol className="section-list" aria-label="Sections in print order" data-reorder-list="sections">
      {layouts.map((layout, index) => (
        <li key={layout.key} {...target(index)}>
          <SectionCard
            layout={layout}
            handle={
              <ReorderHandle
                listId="sections"
                index={index}
                count={layouts.length}
                label={`${layout.title || DEFAULT_SECTION_TITLES[layout.key]} section`}
                onMove={move}
              />
            }
          />
        </li>
      ))}
    </ol>
  );
}
