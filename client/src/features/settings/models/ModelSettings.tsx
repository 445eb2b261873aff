// Settings → Models: the model each task runs on, the providers behind them, a try-it panel and token usage.
import { useEffect } from 'react';
import { PROVIDERS } from '@career-copilot/shared/ai/catalog';
import type { ProviderId } from '@career-copilot/shared/ai/contract';
import { onUsageRecorded } from '../../../llm/ai';
import { loadModelsArea, refreshUsage, useModels } from './models-store';
import { ProviderCard } from './ProviderCard';
import { TierPicker } from './TierPicker';
import { TryItPanel } from './TryItPanel';
import './models.css';

const PROVIDER_ORDER: ProviderId[] = [
  'ollama',
  'webllm',
  'openai',
  'anthropic',
  'gemini',
  'openrouter',
  'groq',
  'custom',
  'server',
];

function UsageTable() {
  const usage = useModels((s) => s.usage);
  return (
    <section className="card" aria-labelledby="usage-heading">
      <h2 id="usage-heading">Token usage</h2>
      {usage.length === 0 ? (
        <p className="muted">No model calls in the last 30 days.</p>
      ) : (
        <table className="usage-table" data-testid="usage-table">
          <caption className="muted">Last 30 days, counted on this device.</caption>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col">Requests</th>
              <th scope="col">Tokens in</th>
              <th scope="col">Tokens out</th>
            </tr>
          </thead>
          <tbody>
            {usage.map((row) => (
              <tr key={row.provider}>
                <th scope="row">{PROVIDERS[row.provider].label}</th>
                <td>{row.requests.toLocaleString('en-US')}</td>
                <td>{row.inputTokens.toLocaleString('en-US')}</td>
                <td>
                  {row.outputTokens.toLocaleString('en-US')}
                  {row.estimatedRequests > 0 ? (
                    <span className="muted"> ({row.estimatedRequests} estimated)</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ModelSettings() {
  const loaded = useModels((s) => s.loaded);
  useEffect(() => {
    void loadModelsArea();
    return onUsageRecorded(() => void refreshUsage());
  }, []);
  return (
    <>
      <section className="card" aria-labelledby="models-heading">
        <h2 id="models-heading">Models</h2>
        <p>
          Every AI feature runs on the model you choose here: on this computer with Ollama, inside
          this browser, with your own API key, or on our server (a daily allowance by plan). Keys
          never leave this device except to their own provider.
        </p>
        {loaded ? <TierPicker /> : <p className="muted">Loading your choices…</p>}
        <h3 className="providers-heading">Providers</h3>
        <div className="providers">
          {PROVIDER_ORDER.map((id) => (
            <ProviderCard key={id} provider={id} />
          ))}
        </div>
      </section>
      <TryItPanel />
      <UsageTable />
    </>
  );
}
