#!/usr/bin/env node
// Makes sure a Redis answers on 127.0.0.1:6379 for tests and benchmarks, starting one if none does.
import { spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { pathToFileURL } from 'node:url';

export function pingRedis(port = 6379, host = '127.0.0.1', timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (up) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export async function ensureRedis(port = 6379) {
  if (await pingRedis(port)) return;
  const which = spawnSync('sh', ['-c', 'command -v redis-server']);
  if (which.status !== 0) {
    throw new Error(
      'No Redis answers on 127.0.0.1:6379 and redis-server is not installed. ' +
        'Install it with: sudo apt-get install -y redis-server',
    );
  }
  const started = spawnSync(
    'redis-server',
    [
      '--daemonize',
      'yes',
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    { stdio: 'inherit' },
  );
  if (started.status !== 0)
    throw new Error(`redis-server failed to start (exit ${started.status}).`);
  for (let i = 0; i < 50; i++) {
    if (await pingRedis(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis-server was started but does not answer on port ${port}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureRedis().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
