// Builds small, valid PDFs for tests: text at given positions in the standard Helvetica fonts,
// drawing-only pages (a "scan"), many pages, and the standard security handler (RC4, R2).
import { createHash } from 'node:crypto';

export type PdfText = {
  readonly text: string;
  /** Left edge and baseline in points, origin at the top left of a US Letter page. */
  readonly x: number;
  readonly y: number;
  readonly size?: number;
  readonly bold?: boolean;
  /** Each character as its own text item, the way some browsers print. */
  readonly perGlyph?: boolean;
};

export type PdfPage = readonly PdfText[] | 'drawing';

export type PdfOptions = {
  readonly pages: readonly PdfPage[];
  /** Encrypts the file (RC4 40-bit, revision 2) so it needs this user password. */
  readonly password?: string;
  readonly links?: ReadonlyArray<{
    readonly page: number;
    readonly url: string;
    readonly rect: readonly [number, number, number, number];
  }>;
};

const PAGE_HEIGHT = 792;
const PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

/** Helvetica advance widths (1/1000 em) for ASCII 32–126, from the standard font metrics. */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Width of text set in Helvetica, for laying out test pages. */
export function textWidth(text: string, size = 10): number {
  let units = 0;
  for (const ch of text) units += HELVETICA[(ch.codePointAt(0) ?? 0) - 32] ?? 556;
  return (units / 1000) * size;
}

/** Characters outside Latin-1 that WinAnsiEncoding has, by their byte. */
const WIN_ANSI: Readonly<Record<string, string>> = {
  '•': '\x95',
  '–': '\x96',
  '—': '\x97',
  '‘': '\x91',
  '’': '\x92',
  '“': '\x93',
  '”': '\x94',
  '€': '\x80',
};

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[•–—‘’“”€]/g, (c) => WIN_ANSI[c] ?? '?');
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function padPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
}

function contentStream(page: PdfPage): string {
  if (page === 'drawing') return '0.5 g 72 500 468 200 re f 0 G 72 300 m 540 300 l S';
  const ops: string[] = [];
  for (const item of page) {
    const size = item.size ?? 10;
    const font = item.bold ? '/F2' : '/F1';
    const y = PAGE_HEIGHT - item.y;
    if (item.perGlyph) {
      let x = item.x;
      for (const ch of item.text) {
        if (ch !== ' ')
          ops.push(
            `BT ${font} ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y} Tm (${escapePdfString(ch)}) Tj ET`,
          );
        x += textWidth(ch, size);
      }
    } else {
      ops.push(
        `BT ${font} ${size} Tf 1 0 0 1 ${item.x} ${y} Tm (${escapePdfString(item.text)}) Tj ET`,
      );
    }
  }
  return ops.join('\n');
}

/** A complete PDF file. */
export function buildPdf(options: PdfOptions): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const regular = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  );
  const bold = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  );
  const fileId = md5(Buffer.from(JSON.stringify(options.pages)));
  let key: Buffer | null = null;
  let encryptId = 0;
  if (options.password !== undefined) {
    const owner = rc4(
      md5(padPassword(`${options.password}-owner`)).subarray(0, 5),
      padPassword(options.password),
    );
    const permissions = Buffer.alloc(4);
    permissions.writeInt32LE(-4);
    key = md5(padPassword(options.password), owner, permissions, fileId).subarray(0, 5);
    const user = rc4(key, PADDING);
    encryptId = add(
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`,
    );
  }
  const objectKey = (id: number) => {
    const suffix = Buffer.from([id & 255, (id >> 8) & 255, (id >> 16) & 255, 0, 0]);
    return md5(key!, suffix).subarray(0, 10);
  };
  const kids: number[] = [];
  options.pages.forEach((page, index) => {
    const stream = Buffer.from(contentStream(page), 'latin1');
    const contentId = objects.length + 1;
    const data = key ? rc4(objectKey(contentId), stream) : stream;
    add(`<< /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`);
    const annots = (options.links ?? [])
      .filter((l) => l.page === index)
      .map((l) => {
        const [x0, y0, x1, y1] = l.rect;
        const uriId = objects.length + 1;
        const uri = key
          ? rc4(objectKey(uriId), Buffer.from(l.url, 'latin1')).toString('hex')
          : null;
        return add(
          `<< /Type /Annot /Subtype /Link /Rect [${x0} ${PAGE_HEIGHT - y1} ${x1} ${PAGE_HEIGHT - y0}] /Border [0 0 0] /A << /S /URI /URI ${uri ? `<${uri}>` : `(${escapePdfString(l.url)})`} >> >>`,
        );
      });
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 ${PAGE_HEIGHT}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${contentId} 0 R${annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : ''} >>`,
      ),
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = `<${fileId.toString('hex')}>`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [${id} ${id}]${encryptId ? ` /Encrypt ${encryptId} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
