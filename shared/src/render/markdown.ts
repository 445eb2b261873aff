// Markdown and plain-text exports: the same render model as the PDF, escaped so nothing becomes markup.
import {
  printedHeading,
  printedOrganisation,
  printedParagraphs,
  type DocEntry,
  type DocSection,
  type ResumeDocument,
} from './document';

/**
 * Escapes text so a Markdown renderer shows it literally: inline markup characters everywhere
 * (so `<script>` can never become HTML) and block markers at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_m, space: string, marker: string) =>
      marker.length === 1
        ? `${space}\\${marker}`
        : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
    );
}

/** A link destination that cannot break out of `( … )`. Only safe URLs reach this. */
function destination(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
}

function link(text: string, url: string | undefined): string {
  return url ? `[${escapeMarkdown(text)}](${destination(url)})` : escapeMarkdown(text);
}

/** "Programmer — Analytical Engines (Computing)": heading and organisation on one line. */
function entryTitle(entry: DocEntry, section: string): string {
  return [printedHeading(entry, section), printedOrganisation(entry, section)]
    .filter(Boolean)
    .join(' — ');
}

function markdownSection(section: DocSection): string[] {
  const out = [`## ${escapeMarkdown(section.title)}`, ''];
  if (section.kind === 'text') {
    for (const p of section.paragraphs) out.push(escapeMarkdown(p), '');
  } else if (section.kind === 'list') {
    for (const item of section.items) {
      out.push(
        item.label
          ? `- **${escapeMarkdown(item.label)}:** ${escapeMarkdown(item.text)}`
          : `- ${escapeMarkdown(item.text)}`,
      );
    }
    out.push('');
  } else {
    for (const entry of section.entries) {
      out.push(`### ${escapeMarkdown(entryTitle(entry, section.key))}`, '');
      const meta = [entry.dates, entry.location].filter(Boolean).map(escapeMarkdown);
      if (entry.link) meta.push(link(entry.link.text, entry.link.url));
      if (meta.length) out.push(meta.join(' · '), '');
      for (const p of printedParagraphs(entry)) out.push(escapeMarkdown(p), '');
      if (entry.bullets.length) {
        for (const b of entry.bullets) out.push(`- ${escapeMarkdown(b)}`);
        out.push('');
      }
      for (const d of entry.details)
        out.push(`**${escapeMarkdown(d.label)}:** ${escapeMarkdown(d.text)}`, '');
    }
  }
  return out;
}

export function toMarkdown(doc: ResumeDocument): string {
  const out: string[] = [];
  if (doc.name) out.push(`# ${escapeMarkdown(doc.name)}`, '');
  if (doc.label) out.push(`**${escapeMarkdown(doc.label)}**`, '');
  if (doc.contacts.length) out.push(doc.contacts.map((c) => link(c.text, c.url)).join(' · '), '');
  for (const section of doc.sections) out.push(...markdownSection(section));
  return `${out.join('\n').trim()}\n`;
}

function textSection(section: DocSection): string[] {
  const out = [section.title.toLocaleUpperCase('en')];
  if (section.kind === 'text') {
    out.push(...section.paragraphs);
  } else if (section.kind === 'list') {
    for (const item of section.items)
      out.push(item.label ? `${item.label}: ${item.text}` : item.text);
  } else {
    section.entries.forEach((entry, i) => {
      if (i > 0) out.push('');
      out.push(entryTitle(entry, section.key));
      const meta = [entry.dates, entry.location, entry.link?.text].filter(Boolean);
      if (meta.length) out.push(meta.join(' | '));
      out.push(...printedParagraphs(entry));
      for (const b of entry.bullets) out.push(`• ${b}`);
      for (const d of entry.details) out.push(`${d.label}: ${d.text}`);
    });
  }
  return [...out, ''];
}

/** Plain text: one item per line, no wrapping, headings in capitals, links printed in full. */
export function toPlainText(doc: ResumeDocument): string {
  const out: string[] = [];
  if (doc.name) out.push(doc.name);
  if (doc.label) out.push(doc.label);
  if (doc.contacts.length) {
    out.push(
      doc.contacts
        .map((c) =>
          c.url && !c.url.startsWith('mailto:') && !c.url.startsWith('tel:') ? c.url : c.text,
        )
        .join(' | '),
    );
  }
  out.push('');
  for (const section of doc.sections) out.push(...textSection(section));
  return `${out.join('\n').trim()}\n`;
}
