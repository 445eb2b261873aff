import { MemoryRouter } from 'react-router';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startOllamaDouble, type OllamaDouble } from '../../../../../e2e/doubles/ollama';
import { uniqueDbName } from '../../../../test/fixtures';
import { browserEnvironment } from '../../../llm/registry';
import { resetDbForTests } from '../../../storage/db';
import { secretsRepo } from '../../../storage/secrets';
import { Toaster } from '../../../ui/Toaster';
import { ModelSettings } from './ModelSettings';
import { modelsStore, resetModelsArea } from './models-store';

let ollama: OllamaDouble;
beforeAll(async () => {
  ollama = await startOllamaDouble({ delayMs: 40 });
});
afterAll(() => ollama.close());
beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  resetModelsArea(browserEnvironment());
});

function renderArea() {
  return render(
    <MemoryRouter>
      <ModelSettings />
      <Toaster />
    </MemoryRouter>,
  );
}

describe('Settings → Models', () => {
  it('points Ollama at an address, tests it, picks a model and streams a reply that Stop cuts short', async () => {
    renderArea();
    const card = screen.getByTestId('provider-ollama');
    fireEvent.click(within(card).getByText('Ollama'));
    fireEvent.change(within(card).getByLabelText('Ollama address'), {
      target: { value: `${ollama.host}/` },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(modelsStore.getState().settings.ollamaHost).toBe(ollama.host));
    fireEvent.click(within(card).getByRole('button', { name: 'Test connection' }));
    expect((await within(card).findByTestId('ollama-status')).textContent).toBe(
      'Ollama is running with 2 models.',
    );
    expect(within(card).getByText('Ready')).toBeTruthy();

    const fast = screen.getByRole('form', { name: 'Fast model' });
    fireEvent.change(within(fast).getByLabelText('Provider'), { target: { value: 'ollama' } });
    fireEvent.change(within(fast).getByLabelText('Model'), {
      target: { value: 'llama3.2:latest' },
    });
    fireEvent.click(within(fast).getByRole('button', { name: 'Use this model' }));
    expect((await screen.findByTestId('tier-fast-current')).textContent).toContain(
      'Ollama · llama3.2:latest',
    );
    expect(
      screen.getAllByRole('form', { name: /model$/ }).map((f) => f.getAttribute('aria-label')),
    ).toEqual(['Fast model', 'Best model']);

    fireEvent.change(screen.getByLabelText('Prompt'), {
      target: { value: 'one two three four five six seven eight nine ten' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const output = screen.getByTestId('try-it-output');
    await waitFor(() => expect(output.textContent).toMatch(/^You said: one/));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect((await screen.findByTestId('try-it-status')).textContent).toBe('Stopped.');
    expect(output.textContent).toMatch(/^You said:/);
    expect(output.textContent).not.toContain('ten');

    ollama.enqueue({ kind: 'stream', delayMs: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(
      (await screen.findByText(/^Done · 26 tokens in, 12 out/, {}, { timeout: 4000 })).textContent,
    ).toBeTruthy();
    expect(output.textContent).toBe('You said: one two three four five six seven eight nine ten');
    // Two requests: the stopped one is counted too (its prompt was processed), with estimated figures.
    await waitFor(() => {
      const row = within(screen.getByTestId('usage-table')).getByRole('row', { name: /Ollama/ });
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells[0]).toBe('2');
      expect(cells[2]).toMatch(/\(1 estimated\)$/);
    });
  }, 20_000);

  it('saves an API key masked and encrypted, bound to the vendor’s origin', async () => {
    renderArea();
    const card = screen.getByTestId('provider-anthropic');
    fireEvent.click(within(card).getByText('Anthropic'));
    fireEvent.change(within(card).getByLabelText('Anthropic API key'), {
      target: { value: 'sk-ant-api03-secretsecret-Q1w2' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Save key' }));
    expect((await within(card).findByTestId('anthropic-key-hint')).textContent).toBe('sk-ant…Q1w2');
    expect(within(card).getByText('https://api.anthropic.com')).toBeTruthy();
    const stored = JSON.stringify(await secretsRepo.list(), (_k, v) =>
      v instanceof ArrayBuffer ? '[bytes]' : v,
    );
    expect(stored).not.toContain('secretsecret');
  });

  it('explains what to do when Ollama is not running', async () => {
    const gone = await startOllamaDouble();
    await gone.close();
    renderArea();
    const card = screen.getByTestId('provider-ollama');
    fireEvent.click(within(card).getByText('Ollama'));
    fireEvent.change(within(card).getByLabelText('Ollama address'), {
      target: { value: gone.host },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(modelsStore.getState().settings.ollamaHost).toBe(gone.host));
    fireEvent.click(within(card).getByRole('button', { name: 'Test connection' }));
    expect((await within(card).findByTestId('ollama-status')).textContent).toContain(
      'run “ollama serve”',
    );
    expect(within(card).getByText('Not reachable')).toBeTruthy();
  });

  it('refuses an address that is not one', async () => {
    renderArea();
    const card = screen.getByTestId('provider-custom');
    fireEvent.click(within(card).getByText('OpenAI-compatible endpoint'));
    fireEvent.change(within(card).getByLabelText('Endpoint address'), {
      target: { value: 'ftp://example.com' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Save address' }));
    expect((await within(card).findByRole('alert')).textContent).toBe(
      'The address must start with https:// or http://.',
    );
  });
});
