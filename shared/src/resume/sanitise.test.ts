import { describe, expect, it } from 'vitest';
import { cleanLine, cleanParagraphs, displayUrl, emailUrl, phoneUrl, safeUrl } from './sanitise';

describe('safeUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'https://',
    'not a link',
    '<script>alert(1)</script>',
  ])('refuses %j', (value) => {
    expect(safeUrl(value)).toBeUndefined();
  });

  it('keeps web, mail and phone links and completes bare ones', () => {
    expect(safeUrl('https://github.com/ada')).toBe('https://github.com/ada');
    expect(safeUrl('HTTP://Example.com/x')).toBe('HTTP://Example.com/x');
    expect(safeUrl('github.com/ada')).toBe('https://github.com/ada');
    expect(safeUrl('www.example.com')).toBe('https://www.example.com');
    expect(safeUrl('example.com:8080/a')).toBe('https://example.com:8080/a');
    expect(safeUrl('//cdn.example.com')).toBe('https://cdn.example.com');
    expect(safeUrl('ada@example.com')).toBe('mailto:ada@example.com');
    expect(safeUrl('mailto:ada@example.com')).toBe('mailto:ada@example.com');
    expect(safeUrl('tel:+15551234567')).toBe('tel:+15551234567');
  });
});

describe('text cleaning', () => {
  it('keeps markup as literal text but drops controls and direction overrides', () => {
    expect(cleanLine('  <b>Ada</b>\u202E  Lovelace\u0007 ')).toBe('<b>Ada</b> Lovelace');
    expect(cleanLine('Senior\u00A0Engineer\u200B')).toBe('Senior Engineer');
    expect(cleanLine('co\u00ADoperate')).toBe('cooperate');
    expect(cleanLine(undefined)).toBe('');
  });

  it('splits a summary into paragraphs on line breaks', () => {
    expect(cleanParagraphs('First line.\r\n\r\n  Second\tline. \nThird')).toEqual([
      'First line.',
      'Second line.',
      'Third',
    ]);
  });

  it('prints links without their scheme and builds mail and phone links', () => {
    expect(displayUrl('https://linkedin.com/in/ada/')).toBe('linkedin.com/in/ada');
    expect(displayUrl('mailto:ada@example.com')).toBe('ada@example.com');
    expect(emailUrl(' ada@example.com ')).toBe('mailto:ada@example.com');
    expect(emailUrl('ada at example')).toBeUndefined();
    expect(phoneUrl('+1 (512) 555-0142')).toBe('tel:+15125550142');
    expect(phoneUrl('call me')).toBeUndefined();
  });
});
