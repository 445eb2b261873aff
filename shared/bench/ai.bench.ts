// How much the model plumbing costs next to the model: SSE decoding, token counting, JSON repair,
// and a whole streamed answer from the OpenAI wire double through the real provider.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTokens as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import { afterAll, bench, describe } from 'vitest';
import { startOpenAiDouble, type OpenAiDouble } from '../../e2e/doubles/openai';
import { collectChat } from '../src/ai/contract';
import { parseJsonAnswer } from '../src/ai/generate-object';
import { createOpenAiCompatibleProvider } from '../src/ai/providers/openai-compatible';
import { createSseParser } from '../src/ai/sse';
import { estimateTokens } from '../src/ai/tokens';
import { readTruthFiles, requireCorpus } from '../test/corpus';

// 2,000 OpenAI chunks (~420 KB), fed to the parser in 1 KB network-sized pieces.
const chunk = (i: number) =>
  `data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"word${i} "},"finish_reason":null}]}\n\n`;
const sseText = Array.from({ length: 2000 }, (_, i) => chunk(i)).join('') + 'data: [DONE]\n\n';
const ssePieces = sseText.match(/[\s\S]{1,1024}/g) ?? [];

const resumes = readTruthFiles().map(([, t]) => JSON.stringify(t, null, 2));
const jobsDir = join(requireCorpus(), 'jobs');
const jobs = readdirSync(jobsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(jobsDir, f), 'utf8'));
const corpusText = [...resumes, ...jobs];
const corpusChars = corpusText.reduce((n, t) => n + t.length, 0);

// Accuracy against a real tokenizer, printed once with the timings (it is a property, not a speed).
{
  const ratios = corpusText.map((t) => estimateTokens(t) / o200k(t)).sort((a, b) => a - b);
  const total =
    corpusText.reduce((n, t) => n + estimateTokens(t), 0) /
    corpusText.reduce((n, t) => n + o200k(t), 0);
  console.log(
    `estimateTokens vs o200k on ${corpusText.length} corpus texts: min ${ratios[0]?.toFixed(3)}, median ${ratios[ratios.length >> 1]?.toFixed(3)}, max ${ratios.at(-1)?.toFixed(3)}, overall ${total.toFixed(3)}`,
  );
}

// A loopback double on port 0, started once for the HTTP benchmark (hooks do not run before benches).
const double: OpenAiDouble = await startOpenAiDouble({ apiKey: 'sk-bench' });

const cleanJson = JSON.stringify({
  items: Array.from({ length: 200 }, (_, i) => ({
    skill: `Skill ${i}`,
    years: i % 10,
    evidence: 'Led the migration of the billing service to Go.',
  })),
});
const damagedJson = '```json\n' + cleanJson.replace(/]/g, ',]').slice(0, -40) + '\n```';

describe('stream decoding', () => {
  bench('SSE: 2,000 OpenAI chunks in 1 KB pieces (420 KB)', () => {
    let events = 0;
    const parser = createSseParser(() => (events += 1));
    for (const piece of ssePieces) parser.feed(piece);
    parser.end();
    if (events !== 2001) throw new Error(`parsed ${events} events`);
  });
});

describe('token estimate', () => {
  bench(
    `estimateTokens over the corpus (${corpusText.length} texts, ${(corpusChars / 1024).toFixed(0)} KB)`,
    () => {
      for (const text of corpusText) estimateTokens(text);
    },
  );
  bench('o200k tokenizer over the same corpus (for comparison)', () => {
    for (const text of corpusText) o200k(text);
  });
});

describe('JSON answers', () => {
  bench(`parse clean JSON answer (${(cleanJson.length / 1024).toFixed(0)} KB)`, () => {
    parseJsonAnswer(cleanJson);
  });
  bench('repair fenced, comma-damaged, cut-off JSON answer', () => {
    const result = parseJsonAnswer(damagedJson);
    if (!result.ok) throw new Error(result.error);
  });
});

describe('a whole answer over HTTP', () => {
  const text = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
  afterAll(() => double.close());
  bench(
    '500-token streamed answer from the OpenAI double through the provider',
    async () => {
      double.enqueue({ kind: 'stream', text });
      const provider = createOpenAiCompatibleProvider({
        id: 'custom',
        label: 'bench',
        baseUrl: double.baseUrl,
        transport: {
          fetch: (url, init) =>
            fetch(url, {
              ...init,
              headers: {
                ...Object.fromEntries(new Headers(init.headers)),
                authorization: 'Bearer sk-bench',
              },
            }),
        },
        hasKey: true,
        keyRequired: false,
      });
      const result = await collectChat(
        provider.streamChat({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'go' }] }),
      );
      if (!result.ok) throw new Error(result.error.message);
    },
    { time: 2000 },
  );
});
