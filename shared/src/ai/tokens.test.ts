import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTokens as cl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { readTruthFiles, requireCorpus } from '../../test/corpus';
import { checkContextBudget, estimateChatTokens, estimateTokens } from './tokens';

function corpusTexts(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const [name, truth] of readTruthFiles())
    texts.push([`${name} (JSON)`, JSON.stringify(truth, null, 2)]);
  const jobs = join(requireCorpus(), 'jobs');
  for (const file of readdirSync(jobs).filter((f) => f.endsWith('.txt'))) {
    texts.push([file, readFileSync(join(jobs, file), 'utf8')]);
  }
  return texts;
}

describe('estimateTokens', () => {
  it('lands at or a little above real tokenizers on every corpus resume and job', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(50);
    for (const [name, text] of texts) {
      const real = Math.max(o200k(text), cl100k(text));
      const ratio = estimateTokens(text) / real;
      expect({ name, ratio }).toEqual({
        name,
        ratio: expect.toSatisfy((r: number) => r >= 0.97 && r <= 1.3),
      });
    }
  });

  it('counts scripts without spaces by character and never returns 0 for text', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('a')).toBe(1);
    const japanese = '職務経歴書を作成しました';
    expect(estimateTokens(japanese)).toBeGreaterThanOrEqual(o200k(japanese));
    const russian = 'Руководил командой из пяти разработчиков';
    expect(estimateTokens(russian)).toBeGreaterThanOrEqual(o200k(russian));
  });
});

describe('checkContextBudget', () => {
  const messages = [
    { role: 'system' as const, content: 'You are a careful editor.' },
    { role: 'user' as const, content: 'word '.repeat(5000) },
  ];

  it('passes what fits and skips the check when the window is unknown', () => {
    expect(checkContextBudget(messages, { contextWindow: undefined }).ok).toBe(true);
    const fits = checkContextBudget(messages, { contextWindow: 128_000, maxOutputTokens: 2000 });
    expect(fits.ok && fits.value?.inputTokens).toBe(estimateChatTokens(messages));
  });

  it('says how much to cut, in tokens and words, keeping room for the answer', () => {
    const result = checkContextBudget(messages, {
      contextWindow: 4096,
      maxOutputTokens: 1024,
      model: 'Llama-3.2-1B',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const counted = estimateChatTokens(messages);
    expect(result.error).toMatchObject({
      code: 'context_too_long',
      tokens: { counted, limit: 3072, over: counted - 3072 },
    });
    expect(result.error.message).toContain(
      `Cut about ${(counted - 3072).toLocaleString('en-US')} tokens`,
    );
    expect(result.error.message).toMatch(/roughly [\d,]+ words/);
    expect(result.error.message).toContain('“Llama-3.2-1B” can take 3,072');
  });
});
