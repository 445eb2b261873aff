// File-based mail templates: `<name>.txt` (first line `Subject: …`) and `<name>.html`, each wrapped
// in a layout. `{{var}}` is escaped for HTML; `{{{body}}}` (layouts only) is inserted as is.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAIL_TEMPLATES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'templates',
  'mail',
);

export type RenderedMail = {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
};
export type MailTemplates = {
  readonly render: (name: string, vars: Readonly<Record<string, string>>) => RenderedMail;
};

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);

function fill(
  template: string,
  vars: Readonly<Record<string, string>>,
  escape: (v: string) => string,
  where: string,
): string {
  return template.replace(/\{\{(\{?)\s*([a-zA-Z]+)\s*\}?\}\}/g, (_, raw: string, name: string) => {
    const value = vars[name];
    // A missing variable is a bug in the caller, never something to send half-filled.
    if (value === undefined) throw new Error(`mail template ${where} needs {{${name}}}`);
    return raw ? value : escape(value);
  });
}

export function createMailTemplates(dir = MAIL_TEMPLATES_DIR): MailTemplates {
  const cache = new Map<string, string>();
  const read = (file: string) => {
    let text = cache.get(file);
    if (text === undefined) {
      text = readFileSync(join(dir, file), 'utf8');
      cache.set(file, text);
    }
    return text;
  };
  return {
    render: (name, vars) => {
      if (!/^[a-z-]+$/.test(name)) throw new Error(`bad mail template name ${name}`);
      const [subjectLine, ...bodyLines] = read(`${name}.txt`).split('\n');
      if (!subjectLine?.startsWith('Subject: ')) {
        throw new Error(`mail template ${name}.txt must start with "Subject: "`);
      }
      // Subjects are headers: a newline in a value would start a new header, so none get through.
      const subject = fill(subjectLine.slice(9), vars, (v) => v.replace(/[\r\n]+/g, ' '), name);
      const text = fill(
        read('layout.txt'),
        {
          ...vars,
          body: fill(bodyLines.join('\n').trim(), vars, (v) => v, `${name}.txt`),
        },
        (v) => v,
        'layout.txt',
      );
      const html = fill(
        read('layout.html'),
        {
          ...vars,
          subject,
          body: fill(read(`${name}.html`).trim(), vars, escapeHtml, `${name}.html`),
        },
        escapeHtml,
        'layout.html',
      );
      return { subject, text, html };
    },
  };
}
