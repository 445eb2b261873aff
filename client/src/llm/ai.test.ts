import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startOllamaDouble, type OllamaDouble } from '../../../e2e/doubles/ollama';
import { startOpenAiDouble, type OpenAiDouble } from '../../../e2e/doubles/openai';
import { uniqueDbName } from '../../test/fixtures';
import { resetDbForTests } from '../storage/db';
import { exportBackup } from '../storage/backup';
import { usageRepo } from '../storage/usage-repo';
import { generateTaskObject, onUsageRecorded, runTask } from './ai';
import { keyVault } from './key-vault';
import { saveModelSettings } from './model-settings';
import { browserEnvironment } from './registry';
import { DEFAULT_MODEL_SETTINGS } from '@career-copilot/shared/ai/settings';

let ollama: OllamaDouble;
let openai: OpenAiDouble;
beforeAll(async () => {
  [ollama, openai] = await Promise.all([
    startOllamaDouble(),
    startOpenAiDouble({ apiKey: 'sk-local-123' }),
  ]);
});
afterAll(async () => {
  await Promise.all([ollama.close(), openai.close()]);
});
beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
});

const env = () => browserEnvironment();

describe('running tasks on the user’s model', () => {
  it('says which choice is missing when no model is set', async () => {
    const result = await runTask('structureJob', [{ role: 'user', content: 'x' }], { env: env() });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'not_configured',
        message: 'Choose a model for reading job postings in Settings → Models first.',
      },
    });
  });

  it('runs a task on the tier’s model and counts the tokens per provider', async () => {
    await saveModelSettings({
      ...DEFAULT_MODEL_SETTINGS,
      ollamaHost: ollama.host,
      tiers: { fast: { provider: 'ollama', model: 'llama3.2' }, good: null },
    });
    const heard: string[] = [];
    const stop = onUsageRecorded((provider) => heard.push(provider));
    // The good tier falls back to the fast model when it is empty.
    const result = await runTask(
      'coverLetter',
      [{ role: 'user', content: 'Dear hiring manager' }],
      { env: env() },
    );
    stop();
    expect(result.ok && result.value.text).toBe('You said: Dear hiring manager');
    const body = ollama.requests.at(-1)?.body as {
      options: { temperature: number; num_predict: number };
    };
    expect(body.options).toMatchObject({ temperature: 0.7, num_predict: 1536 });
    expect(heard).toEqual(['ollama']);
    const { records } = await usageRepo.list();
    // Usage is the user's data like any other: it goes into backups.
    expect(JSON.parse(await exportBackup('test')).stores.usage).toEqual(records);
    expect(records).toEqual([
      expect.objectContaining({
        provider: 'ollama',
        requests: 1,
        inputTokens: 26,
        outputTokens: 5,
      }),
    ]);
  });

  it('returns a validated object through the vault-keyed custom endpoint, counting both attempts', async () => {
    await saveModelSettings({
      ...DEFAULT_MODEL_SETTINGS,
      customBaseUrl: openai.baseUrl,
      tiers: { fast: { provider: 'custom', model: 'gpt-4o-mini' }, good: null },
    });
    await keyVault.save('custom', 'sk-local-123', openai.baseUrl);
    openai.enqueue(
      { kind: 'stream', text: '{"title": 42}' },
      { kind: 'stream', text: '{"title": "Data Engineer"}' },
    );
    const result = await generateTaskObject(
      'structureJob',
      [{ role: 'user', content: 'Data Engineer at Initech' }],
      {
        schema: z.object({ title: z.string() }),
        schemaName: 'job',
        env: env(),
      },
    );
    expect(result).toEqual({ ok: true, value: { title: 'Data Engineer' } });
    expect(openai.requests.at(-1)?.headers.authorization).toBe('Bearer sk-local-123');
    const { records } = await usageRepo.list();
    expect(records[0]).toMatchObject({ provider: 'custom', requests: 2 });
  });
});
