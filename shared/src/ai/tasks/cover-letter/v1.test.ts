import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOllamaDouble, type OllamaDouble } from '../../../../../e2e/doubles/ollama';
import { nodeTransport } from '../../../../test/ai';
import { sampleJob, sampleResume } from '../../../../test/letters';
import { collectChat, type ChatEvent } from '../../contract';
import { createOllamaProvider } from '../../providers/ollama';
import { buildCoverLetterMessages, readCoverLetterAnswer } from './v1';

let double: OllamaDouble;
beforeAll(async () => {
  double = await startOllamaDouble();
});
afterAll(() => double.close());

const LETTER = `Dear Northwind Labs hiring team,

I am applying for the Senior Backend Engineer role. At Acme Freight I cut API latency by 40% by redesigning PostgreSQL indexes, and I built a TypeScript and Node.js billing service handling 2M requests a day.

I have mentored 3 junior engineers through code review and pairing, which is much of what your posting asks for, and I would bring the same care to your platform team.

Thank you for considering my application.

Sincerely,
Ada Moreno`;

async function streamLetter() {
  const provider = createOllamaProvider({ host: double.host, transport: nodeTransport() });
  const messages = buildCoverLetterMessages({
    resume: sampleResume(),
    job: sampleJob(),
    options: {
      tone: 'warm',
      length: 'short',
      leadAchievements: ['Mentored 3 junior engineers through code review and pairing'],
    },
    notes: 'I can start in January.',
  });
  const deltas: string[] = [];
  const result = await collectChat(
    provider.streamChat({ model: 'llama3.2', messages }),
    (e: ChatEvent) => void (e.type === 'delta' && deltas.push(e.text)),
  );
  return { result, deltas, messages };
}

describe('cover letter prompt v1 through a scripted Ollama', () => {
  it('asks for a grounded letter in the chosen tone and length, and accepts a good one as streamed', async () => {
    double.enqueue({ kind: 'stream', text: `Here is your cover letter:\n\n${LETTER}` });
    const { result, deltas, messages } = await streamLetter();
    expect(messages[0]?.content).toMatch(/Never invent an employer, title, date, degree, number/);
    expect(messages[0]?.content).toMatch(/warm and personable/);
    expect(messages[0]?.content).toMatch(/120–180 words/);
    expect(messages[1]?.content).toMatch(
      /Lead with these achievements[^\n]*\n- Mentored 3 junior engineers/,
    );
    expect(messages[1]?.content).toContain('NOTES:\nI can start in January.');
    expect(messages[1]?.content).not.toContain('ada@example.com');
    expect(deltas.length).toBeGreaterThan(3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(readCoverLetterAnswer(result.value.text)).toEqual({ ok: true, value: LETTER });
  });

  it('keeps the partial text of a letter cut off mid-stream, and the check says it is unfinished', async () => {
    double.enqueue({
      kind: 'stream',
      text: LETTER.slice(0, 180),
      errorAfterText: 'llama runner process has terminated',
    });
    const { result } = await streamLetter();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.partialText).toBe(LETTER.slice(0, 180));
    expect(readCoverLetterAnswer(result.error.partialText ?? '')).toEqual({
      ok: false,
      error: 'the letter is too short to be a cover letter',
    });
  });

  it('rejects malformed answers with a reason: JSON, or one paragraph of text', async () => {
    double.enqueue({ kind: 'stream', text: `{"letter": ${JSON.stringify(LETTER)}}` });
    const json = await streamLetter();
    expect(json.result.ok && readCoverLetterAnswer(json.result.value.text)).toEqual({
      ok: false,
      error: 'the answer is JSON, not a letter',
    });
    double.enqueue({ kind: 'stream', text: LETTER.replace(/\n+/g, ' ') });
    const flat = await streamLetter();
    expect(flat.result.ok && readCoverLetterAnswer(flat.result.value.text)).toEqual({
      ok: false,
      error: 'the letter needs paragraphs separated by blank lines',
    });
  });
});
