// From a zod schema to what each vendor's structured output wants: JSON Schema, strict or not, or Gemini's dialect.
import { z } from 'zod';
import type { JsonSchemaSpec } from './contract';

type Json = Record<string, unknown>;

/** The schema spec a ChatRequest carries, built once from the zod schema the caller validates with. */
export function jsonSchemaSpec(name: string, schema: z.ZodType): JsonSchemaSpec {
  const safeName = name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'answer';
  const json = z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any' }) as Json;
  delete json.$schema;
  const openApi = z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any' }) as Json;
  return { name: safeName, schema: json, openApiSchema: toGeminiSchema(openApi) };
}

/**
 * OpenAI's strict mode needs every object closed and every property required; a schema with
 * optional fields is still sent, just without `strict`, and validated by us afterwards.
 */
export function isStrictCompatible(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(isStrictCompatible);
  if (schema === null || typeof schema !== 'object') return true;
  const node = schema as Json;
  const properties = node.properties;
  if (properties && typeof properties === 'object') {
    if (node.additionalProperties !== false) return false;
    const required = Array.isArray(node.required) ? node.required : [];
    if (Object.keys(properties).some((key) => !required.includes(key))) return false;
  }
  return Object.entries(node).every(
    ([key, value]) => key === 'enum' || key === 'const' || isStrictCompatible(value),
  );
}

// Gemini's responseSchema is a subset of OpenAPI 3.0; anything else is rejected with a 400.
const GEMINI_KEYS = new Set([
  'type',
  'format',
  'title',
  'description',
  'nullable',
  'enum',
  'maxItems',
  'minItems',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'anyOf',
  'items',
  'propertyOrdering',
]);

/** Keeps only what Gemini accepts, and adds propertyOrdering so answers come in schema order. */
export function toGeminiSchema(schema: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!GEMINI_KEYS.has(key)) continue;
    if (key === 'properties' && value && typeof value === 'object') {
      const properties: Json = {};
      for (const [name, child] of Object.entries(value as Json)) {
        properties[name] =
          child && typeof child === 'object' ? toGeminiSchema(child as Json) : child;
      }
      out.properties = properties;
      out.propertyOrdering = Object.keys(properties);
    } else if (key === 'items' && value && typeof value === 'object' && !Array.isArray(value)) {
      out.items = toGeminiSchema(value as Json);
    } else if (key === 'anyOf' && Array.isArray(value)) {
      out.anyOf = value.map((v) => (v && typeof v === 'object' ? toGeminiSchema(v as Json) : v));
    } else if (
      key === 'format' &&
      typeof value === 'string' &&
      !['date-time', 'enum'].includes(value)
    ) {
      continue;
    } else {
      out[key] = value;
    }
  }
  return out;
}
