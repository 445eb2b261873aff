// Token counting before sending: a tokenizer-free estimate that leans high, and the context-budget check.
import { err, ok, type Result } from '../lib/result';
import type { ChatMessage } from './contract';
import { aiFailure, type AiFailure } from './failures';

// One pass over the text, classifying runs. Calibrated against OpenAI's o200k and cl100k tokenizers on
// the resume and job corpus (shared/bench/tokens.bench.ts prints the error); it is meant to land a little
// above the true count so the context check errs on the safe side.
const SEGMENT =
  /(\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul})|(\p{Script=Latin}+)|(\p{L}+)|(\p{N}+)|(\r?\n[\r\n \t]*)|([ \t]+)|([^\p{L}\p{N}\s]+)/gu;

/** About how many tokens a text is for a typical modern BPE tokenizer (rounded up, never 0 for text). */
export function estimateTokens(text: string): number {
  let tokens = 0;
  for (const m of text.matchAll(SEGMENT)) {
    if (m[1]) tokens += 1;
    else if (m[2]) tokens += latinWordTokens(m[2].length);
    else if (m[3]) tokens += Math.ceil(m[3].length / 2.5);
    else if (m[4]) tokens += Math.ceil(m[4].length / 3);
    else if (m[5]) tokens += 1;
    else if (m[6]) tokens += m[6].length > 1 ? 1 : 0;
    else tokens += Math.ceil((m[7]?.length ?? 1) / 2);
  }
  return tokens;
}

function latinWordTokens(length: number): number {
  if (length <= 7) return 1;
  return 1 + Math.ceil((length - 7) / 5);
}

/** Chat formats wrap every message in a few tokens of markup (role, separators). */
const TOKENS_PER_MESSAGE = 4;
const TOKENS_PER_REPLY = 3;

export function estimateChatTokens(messages: readonly ChatMessage[]): number {
  let total = TOKENS_PER_REPLY;
  for (const message of messages) total += TOKENS_PER_MESSAGE + estimateTokens(message.content);
  return total;
}

/** Room kept for the answer when a caller does not say how long it may be. */
export const DEFAULT_OUTPUT_RESERVE = 1024;

export type ContextBudget = {
  readonly inputTokens: number;
  readonly contextWindow: number;
  readonly outputReserve: number;
};

/**
 * Checks that the messages plus room for the answer fit the model's context window. On overflow the
 * failure says how many tokens we counted, what fits, and how much to cut.
 */
export function checkContextBudget(
  messages: readonly ChatMessage[],
  options: {
    contextWindow: number | undefined;
    maxOutputTokens?: number;
    model?: string;
    provider?: string;
  },
): Result<ContextBudget | undefined, AiFailure> {
  if (!options.contextWindow) return ok(undefined);
  const inputTokens = estimateChatTokens(messages);
  const outputReserve = Math.min(
    options.maxOutputTokens ?? DEFAULT_OUTPUT_RESERVE,
    Math.floor(options.contextWindow / 2),
  );
  const limit = options.contextWindow - outputReserve;
  if (inputTokens <= limit)
    return ok({ inputTokens, contextWindow: options.contextWindow, outputReserve });
  return err(
    aiFailure('context_too_long', {
      ...(options.provider ? { provider: options.provider } : {}),
      ...(options.model ? { model: options.model } : {}),
      tokens: { counted: inputTokens, limit, over: inputTokens - limit },
    }),
  );
}
