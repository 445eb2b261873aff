// A double of Ollama's HTTP API: /api/tags, /api/show, /api/version, NDJSON /api/chat with mid-stream
// {"error"} lines, 404 for a model that is not pulled, and Ollama's origin check (403 for other origins).
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  header,
  pieces,
  sendJson,
  startDouble,
  withCrlf,
  writeStream,
  type Double,
  type StreamOptions,
  type ErrorScript,
} from './http-double';

export type OllamaScript =
  | ({
      readonly kind: 'stream';
      readonly text?: string;
      readonly doneReason?: 'stop' | 'length';
      /** An {"error": …} line after the text, as Ollama writes when the runner fails mid-answer. */
      readonly errorAfterText?: string;
      readonly crlf?: boolean;
    } & StreamOptions)
  | ErrorScript;

export type OllamaModel = {
  readonly name: string;
  readonly contextLength?: number;
  readonly parameterSize?: string;
  readonly size?: number;
};

export type OllamaDoubleOptions = {
  readonly models?: readonly OllamaModel[];
  /** Origins allowed besides Ollama's defaults (OLLAMA_ORIGINS). */
  readonly origins?: readonly string[];
  /** Turn Ollama's default localhost allowance off, as if the app were served from elsewhere. */
  readonly denyDefaultOrigins?: boolean;
  /** Default delay between streamed pieces, to make answers slow enough to stop. */
  readonly delayMs?: number;
};

export type OllamaDouble = Double & {
  readonly host: string;
  readonly enqueue: (...scripts: OllamaScript[]) => void;
};

// Ollama's built-in allow-list: localhost, 127.0.0.1 and 0.0.0.0 on any port, http or https.
const DEFAULT_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?$/;

function originAllowed(origin: string, options: OllamaDoubleOptions): boolean {
  if (options.origins?.includes(origin) || options.origins?.includes('*')) return true;
  return !options.denyDefaultOrigins && DEFAULT_ORIGIN.test(origin);
}

/** Like gin-contrib/cors in Ollama: no Origin passes; a foreign Origin gets a bare 403. */
function checkOrigin(
  req: IncomingMessage,
  res: ServerResponse,
  options: OllamaDoubleOptions,
): boolean {
  const origin = header(req, 'origin');
  if (!origin) return true;
  if (!originAllowed(origin, options)) {
    res.writeHead(403);
    res.end();
    return false;
  }
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS',
      'access-control-allow-headers':
        'Authorization, Content-Type, User-Agent, Accept, X-Requested-With',
      'access-control-max-age': '43200',
    });
    res.end();
    return false;
  }
  return true;
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

export async function startOllamaDouble(options: OllamaDoubleOptions = {}): Promise<OllamaDouble> {
  const models = options.models ?? [
    { name: 'llama3.2:latest', contextLength: 131_072, parameterSize: '3.2B', size: 2_019_393_189 },
    { name: 'qwen3:0.6b', contextLength: 40_960, parameterSize: '751.63M', size: 522_653_767 },
  ];
  const queue: OllamaScript[] = [];
  const find = (name: string) => models.find((m) => m.name === name || m.name === `${name}:latest`);
  const double = await startDouble(async (req, res, body, url) => {
    if (!checkOrigin(req, res, options)) return;
    if (req.method === 'GET' && url.pathname === '/api/version')
      return sendJson(res, 200, { version: '0.12.6' });
    if (req.method === 'GET' && url.pathname === '/api/tags') {
      return sendJson(res, 200, {
        models: models.map((m) => ({
          name: m.name,
          model: m.name,
          modified_at: '2026-11-01T10:00:00.000000000Z',
          size: m.size ?? 1_000_000_000,
          digest: 'a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72',
          details: {
            parent_model: '',
            format: 'gguf',
            family: 'llama',
            families: ['llama'],
            parameter_size: m.parameterSize ?? '3B',
            quantization_level: 'Q4_K_M',
          },
        })),
      });
    }
    const name = String((body as { model?: string })?.model ?? '');
    if (req.method === 'POST' && url.pathname === '/api/show') {
      const model = find(name);
      if (!model) return sendJson(res, 404, { error: `model '${name}' not found` });
      return sendJson(res, 200, {
        modelfile: '# test double',
        parameters: 'stop "<|eot_id|>"',
        template: '{{ .Prompt }}',
        details: {
          format: 'gguf',
          family: 'llama',
          parameter_size: model.parameterSize ?? '3B',
          quantization_level: 'Q4_K_M',
        },
        model_info: {
          'general.architecture': 'llama',
          'llama.context_length': model.contextLength ?? 8192,
        },
        capabilities: ['completion'],
      });
    }
    if (req.method !== 'POST' || url.pathname !== '/api/chat')
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
    const script = queue.shift() ?? { kind: 'stream' };
    if (script.kind === 'error') return sendJson(res, script.status, script.body, script.headers);
    if (!find(name)) return sendJson(res, 404, { error: `model '${name}' not found` });
    const request = body as { messages?: Array<{ content: string }> };
    const text = script.text ?? `You said: ${request.messages?.at(-1)?.content ?? ''}`;
    const stamp = '2026-11-24T10:00:00.000000000Z';
    const events = pieces(text).map((piece) =>
      line({
        model: name,
        created_at: stamp,
        message: { role: 'assistant', content: piece },
        done: false,
      }),
    );
    if (script.errorAfterText) {
      events.push(line({ error: script.errorAfterText }));
    } else {
      events.push(
        line({
          model: name,
          created_at: stamp,
          message: { role: 'assistant', content: '' },
          done_reason: script.doneReason ?? 'stop',
          done: true,
          total_duration: 1_200_000_000,
          load_duration: 50_000_000,
          prompt_eval_count: 26,
          prompt_eval_duration: 100_000_000,
          eval_count: pieces(text).length,
          eval_duration: 900_000_000,
        }),
      );
    }
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const delayMs = script.delayMs ?? options.delayMs;
    await writeStream(res, script.crlf ? withCrlf(events) : events, {
      ...script,
      ...(delayMs ? { delayMs } : {}),
    });
  });
  return { ...double, host: double.origin, enqueue: (...scripts) => queue.push(...scripts) };
}
