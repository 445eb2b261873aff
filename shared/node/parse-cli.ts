// `pnpm parse FILE... --out DIR`: writes DIR/NAME.json, a JSON Resume, for each NAME.pdf/.docx/….
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parseResumeAt } from './parse-file';

const USAGE = 'usage: pnpm parse FILE... --out DIR [--password PASSWORD]';

type Args = { files: string[]; out: string | null; password?: string };

function readArgs(argv: readonly string[]): Args | null {
  const args: Args = { files: [], out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '-o') args.out = argv[++i] ?? null;
    else if (arg === '--password') args.password = argv[++i];
    else if (arg === '--help' || arg === '-h') return null;
    else if (arg.startsWith('-')) return null;
    else args.files.push(arg);
  }
  return args.files.length > 0 && args.out ? args : null;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs(argv);
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const out = resolve(args.out!);
  await mkdir(out, { recursive: true });
  let failed = 0;
  for (const file of args.files) {
    const name = basename(file, extname(file));
    const started = performance.now();
    const result = await parseResumeAt(
      file,
      args.password ? { password: args.password } : {},
    ).catch((error: unknown) => ({
      ok: false as const,
      error: { code: 'failed', message: String(error) },
    }));
    const ms = Math.round(performance.now() - started);
    if (!result.ok) {
      failed++;
      console.error(`${file}: ${result.error.code}: ${result.error.message}`);
      continue;
    }
    const target = join(out, `${name}.json`);
    await writeFile(target, `${JSON.stringify(result.value.resume, null, 2)}\n`);
    const warnings = result.value.warnings.length;
    console.error(
      `${file} → ${target} (${ms} ms${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''})`,
    );
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
