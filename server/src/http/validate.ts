// Reads and validates a JSON request body against a shared contract schema.
import type { Context } from 'hono';
import type { z } from 'zod';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { describeZodIssue } from '@career-copilot/shared/lib/versioned';
import { ApiError } from './errors';

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(
      ErrorCode.UnsupportedMediaType,
      'Send the request body as application/json.',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(ErrorCode.InvalidJson, 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(
      ErrorCode.ValidationFailed,
      `Invalid request: ${describeZodIssue(parsed.error)}.`,
    );
  }
  return parsed.data;
}

/** Validates the query string against a shared contract schema. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(c.req.query())) if (value !== '') raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(
      ErrorCode.ValidationFailed,
      `Invalid query: ${describeZodIssue(parsed.error)}.`,
    );
  }
  return parsed.data;
}
