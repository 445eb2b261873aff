import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startOpenAiDouble, type OpenAiDouble } from '../../../e2e/doubles/openai';
import { nodeTransport } from '../../test/ai';
import { KeyScheme } from './catalog';
import type { Usage } from './contract';
import { generateObject, parseJsonAnswer } from './generate-object';
import { createKeyedFetch } from './keyed-fetch';
import { createOpenAiCompatibleProvider } from './providers/openai-compatible';

const Job = z.object({
  title: z.string().min(1),
  skills: z.array(z.string()),
  seniority: z.enum(['junior', 'mid', 'senior']),
});

let double: OpenAiDouble;
beforeAll(async () => {
  double = await startOpenAiDouble({ apiKey: 'sk-x' });
});
afterAll(() => double.close());

function run(onUsage?: (u: Usage) => void) {
  const transport = nodeTransport();
  const provider = createOpenAiCompatibleProvider({
    id: 'openai',
    label: 'OpenAI',
    baseUrl: double.baseUrl,
    transport: {
      ...transport,
      fetch: createKeyedFetch(transport.fetch, {
        origin: double.origin,
        scheme: KeyScheme.Bearer,
        key: 'sk-x',
      }),
    },
    hasKey: true,
    keyRequired: true,
  });
  return generateObject({
    provider,
    model: 'gpt-4o-mini',
    schema: Job,
    schemaName: 'job posting',
    messages: [
      { role: 'system', content: 'You read job posts.' },
      { role: 'user', content: 'Senior Go engineer, Kubernetes.' },
    ],
    ...(onUsage ? { onUsage } : {}),
  });
}

describe('generateObject', () => {
  it('returns the validated object and asks with strict json_schema and the schema in the system prompt', async () => {
    double.enqueue({
      kind: 'stream',
      text: '{"title":"Go Engineer","skills":["Go","Kubernetes"],"seniority":"senior"}',
    });
    expect(await run()).toEqual({
      ok: true,
      value: {
        value: { title: 'Go Engineer', skills: ['Go', 'Kubernetes'], seniority: 'senior' },
        attempts: 1,
        repaired: false,
      },
    });
    const body = double.requests.at(-1)?.body as {
      response_format: { json_schema: { name: string; strict: boolean } };
      messages: Array<{ role: string; content: string }>;
    };
    expect(body.response_format.json_schema).toMatchObject({ name: 'job_posting', strict: true });
    expect(body.messages).toHaveLength(2);
    expect(body.messages[0]?.content).toMatch(
      /^You read job posts\.\n\nAnswer with one JSON value that matches this JSON Schema/,
    );
  });

  it('repairs fenced JSON with a trailing comma', async () => {
    double.enqueue({
      kind: 'stream',
      text: 'Sure!\n```json\n{"title": "Go Engineer", "skills": ["Go",], "seniority": "mid",}\n```',
    });
    expect(await run()).toMatchObject({
      ok: true,
      value: { value: { skills: ['Go'], seniority: 'mid' }, repaired: true },
    });
  });

  it('sends the validation error back once and takes the corrected answer, counting both calls', async () => {
    double.enqueue(
      {
        kind: 'stream',
        text: '{"title":"Go Engineer","skills":"Go","seniority":"staff"}',
        usage: { prompt_tokens: 100, completion_tokens: 20 },
      },
      {
        kind: 'stream',
        text: '{"title":"Go Engineer","skills":["Go"],"seniority":"senior"}',
        usage: { prompt_tokens: 150, completion_tokens: 18 },
      },
    );
    const usages: Usage[] = [];
    const result = await run((u) => usages.push(u));
    expect(result).toMatchObject({ ok: true, value: { attempts: 2, value: { skills: ['Go'] } } });
    expect(usages.map((u) => u.inputTokens)).toEqual([100, 150]);
    const retry = double.requests.at(-1)?.body as {
      messages: Array<{ role: string; content: string }>;
    };
    expect(retry.messages.at(-2)).toEqual({
      role: 'assistant',
      content: '{"title":"Go Engineer","skills":"Go","seniority":"staff"}',
    });
    expect(retry.messages.at(-1)?.content).toBe(
      'That answer cannot be used: it does not match the schema: skills: Invalid input: expected array, received string. Reply again with only the corrected JSON.',
    );
  });

  it('fails with bad_json naming the problem after the second bad answer', async () => {
    double.enqueue(
      { kind: 'stream', text: 'I cannot help with that.' },
      { kind: 'stream', text: 'Still no JSON here.' },
    );
    const result = await run();
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'bad_json',
      model: 'gpt-4o-mini',
      detail: 'the answer contains no JSON object',
    });
    expect(!result.ok && result.error.message).toContain(
      'did not answer in the expected format, even after a second try',
    );
  });

  it('does not retry a truncated answer; it says the output limit was hit', async () => {
    double.enqueue({
      kind: 'stream',
      text: '{"title":"Go Engineer","skills":["Go",',
      finishReason: 'length',
    });
    const before = double.requests.length;
    const result = await run();
    expect(result.ok ? null : result.error).toMatchObject({ code: 'output_truncated' });
    expect(double.requests.length).toBe(before + 1);
  });
});

describe('parseJsonAnswer', () => {
  it('reads JSON out of the usual wrappings', () => {
    expect(parseJsonAnswer('{"a":1}')).toEqual({
      ok: true,
      value: { value: { a: 1 }, repaired: false },
    });
    expect(parseJsonAnswer('<think>hmm {"no": 1}</think>\n{"a":1}')).toEqual({
      ok: true,
      value: { value: { a: 1 }, repaired: true },
    });
    expect(parseJsonAnswer("Here you go: {'a': 1, b: [1,2,]}")).toEqual({
      ok: true,
      value: { value: { a: 1, b: [1, 2] }, repaired: true },
    });
    expect(parseJsonAnswer('{"a": [1, 2')).toEqual({
      ok: true,
      value: { value: { a: [1, 2] }, repaired: true },
    });
    expect(parseJsonAnswer('   ')).toEqual({ ok: false, error: 'the answer was empty' });
  });
});
