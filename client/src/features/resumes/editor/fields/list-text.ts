// Lists typed as text: comma lists ("AWS (EC2, S3), Go") and one-item-per-line lists.

/** Splits on commas outside parentheses, so "AWS (EC2, S3)" stays one item; blanks are dropped. */
export function splitCommaList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth += 1;
    if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    if ((char === ',' || char === ';') && depth === 0) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((i) => i.trim()).filter(Boolean);
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·▪◦]\s+)?/, '').trim())
    .filter(Boolean);
}
