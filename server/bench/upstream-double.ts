// The OpenAI-compatible upstream double in a process of its own, for the inference benchmark: every
// answer streams WORDS tokens, one every DELAY_MS, so both measured paths cross a process boundary.
import { startOpenAiDouble } from '../../e2e/doubles/openai';

const words = Number(process.env.WORDS ?? 64);
const delayMs = Number(process.env.DELAY_MS ?? 2);
const answers = Number(process.env.ANSWERS ?? 10_000);
const double = await startOpenAiDouble();
const text = Array.from({ length: words }, (_, i) => `w${i}`).join(' ');
double.enqueue(
  ...Array.from({ length: answers }, () => ({ kind: 'stream' as const, text, delayMs })),
);
process.stdout.write(`upstream double on ${double.baseUrl}\n`);
process.on('SIGTERM', () => void double.close().then(() => process.exit(0)));
