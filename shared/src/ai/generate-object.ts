// generateObject: JSON from any provider, checked against a zod schema, repaired, retried once, then a typed failure.
import { jsonrepair } from 'jsonrepair';
import type { z } from 'zod';
import { err, ok, type Result } from '../lib/result';
import { describeZodIssue } from '../lib/versioned';
import {
  collectChat,
  type ChatEvent,
  type ChatMessage,
  type ModelProvider,
  type Usage,
} from './contract';
import { aiFailure, type AiFailure } from './failures';
import { jsonSchemaSpec } from './json-schema';

export type GenerateObjectOptions<S extends z.ZodType> = {
  readonly provider: ModelProvider;
  readonly model: string;
  readonly schema: S;
  /** A short name for the shape ("job_posting"); vendors show it to the model. */
  readonly schemaName: string;
  readonly messages: readonly ChatMessage[];
  readonly temperature?: number;
  readonly maxOutputTokens?: number;
  readonly signal?: AbortSignal;
  /** Every stream event, for progress UIs. */
  readonly onEvent?: (event: ChatEvent) => void;
  /** Called once per attempt that reached the model, so every token spent is counted. */
  readonly onUsage?: (usage: Usage) => void;
};

export type GeneratedObject<T> = {
  readonly value: T;
  /** 1, or 2 when the first answer had to be sent back with the validation error. */
  readonly attempts: number;
  /** The JSON needed mending (code fences, trailing commas, a cut-off bracket) before it parsed. */
  readonly repaired: boolean;
};

/** How much of a bad answer goes back to the model with the error; enough to fix, not to overflow. */
const ECHO_LIMIT = 6000;

/** Text from the model → parsed JSON, mending the usual damage; the error names what is wrong. */
export function parseJsonAnswer(
  text: string,
): Result<{ value: unknown; repaired: boolean }, string> {
  const cleaned = text
    .replace(/<think>[\s\S]*?<\/think>/g, '')
    .replace(/^\s*```(?:json|JSON)?\s*\n?/, '')
    .replace(/\n?\s*```\s*$/, '')
    .trim();
  if (cleaned === '') return err('the answer was empty');
  try {
    return ok({ value: JSON.parse(cleaned), repaired: cleaned !== text.trim() });
  } catch {
    // fall through to repair
  }
  const start = cleaned.search(/[{[]/);
  if (start === -1) return err('the answer contains no JSON object');
  const candidate = cleaned.slice(start);
  try {
    return ok({ value: JSON.parse(jsonrepair(candidate)), repaired: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return err(`the answer is not valid JSON (${reason})`);
  }
}

/** Parses and validates one answer; the error is what the model is told on its second try. */
export function readObjectAnswer<S extends z.ZodType>(
  text: string,
  schema: S,
): Result<{ value: z.infer<S>; repaired: boolean }, string> {
  const parsed = parseJsonAnswer(text);
  if (!parsed.ok) return parsed;
  const checked = schema.safeParse(parsed.value.value);
  if (!checked.success)
    return err(`it does not match the schema: ${describeZodIssue(checked.error)}`);
  return ok({ value: checked.data, repaired: parsed.value.repaired });
}

function withJsonInstruction(
  messages: readonly ChatMessage[],
  schema: Readonly<Record<string, unknown>>,
): ChatMessage[] {
  const instruction = `Answer with one JSON value that matches this JSON Schema, and nothing else: no prose, no code fences.\n${JSON.stringify(schema)}`;
  const [first, ...rest] = messages;
  // Some engines (WebLLM) accept a single system message, and only at the start.
  if (first?.role === 'system')
    return [{ role: 'system', content: `${first.content}\n\n${instruction}` }, ...rest];
  return [{ role: 'system', content: instruction }, ...messages];
}

/**
 * Asks for JSON with the provider's native structured output, parses it (repairing what can be
 * repaired), validates it with zod, and on failure asks once more with the validation error. Fails
 * with `bad_json` naming the problem, or with whatever stopped the chat.
 */
export async function generateObject<S extends z.ZodType>(
  options: GenerateObjectOptions<S>,
): Promise<Result<GeneratedObject<z.infer<S>>, AiFailure>> {
  const spec = jsonSchemaSpec(options.schemaName, options.schema);
  const context = { provider: options.provider.label, model: options.model };
  let messages = withJsonInstruction(options.messages, spec.schema);
  let problem = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    const outcome = await collectChat(
      options.provider.streamChat({
        model: options.model,
        messages,
        jsonSchema: spec,
        ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
        ...(options.maxOutputTokens !== undefined
          ? { maxOutputTokens: options.maxOutputTokens }
          : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      }),
      options.onEvent,
    );
    const usage = outcome.ok ? outcome.value.usage : outcome.usage;
    if (usage) options.onUsage?.(usage);
    if (!outcome.ok) return outcome;
    const answer = readObjectAnswer(outcome.value.text, options.schema);
    if (answer.ok)
      return ok({ value: answer.value.value, attempts: attempt, repaired: answer.value.repaired });
    problem = answer.error;
    messages = [
      ...messages,
      { role: 'assistant', content: outcome.value.text.slice(0, ECHO_LIMIT) },
      {
        role: 'user',
        content: `That answer cannot be used: ${problem}. Reply again with only the corrected JSON.`,
      },
    ];
  }
  return err(aiFailure('bad_json', { ...context, detail: problem }));
}
