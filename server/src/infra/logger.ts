// Structured logging: one JSON object per line on stdout; never request or response bodies.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

export type Logger = {
  readonly debug: (msg: string, fields?: LogFields) => void;
  readonly info: (msg: string, fields?: LogFields) => void;
  readonly warn: (msg: string, fields?: LogFields) => void;
  readonly error: (msg: string, fields?: LogFields) => void;
};

const RANK: Record<LogLevel | 'silent', number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

export type LogSink = (line: string) => void;

export function createLogger(
  level: LogLevel | 'silent',
  sink: LogSink = (line) => process.stdout.write(line + '\n'),
  now: () => Date = () => new Date(),
): Logger {
  const write = (at: LogLevel) => (msg: string, fields?: LogFields) => {
    if (RANK[at] < RANK[level]) return;
    sink(JSON.stringify({ time: now().toISOString(), level: at, msg, ...fields }));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A logger that keeps lines in memory, for tests that assert on what was (and was not) logged. */
export function createMemoryLogger(): Logger & { readonly lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger('debug', (line) => lines.push(JSON.parse(line)));
  return { ...logger, lines };
}
