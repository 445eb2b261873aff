// Which provider and model the fast and the good tier use; every task runs on one of the two.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { PROVIDERS } from '@career-copilot/shared/ai/catalog';
import { isProviderId, type ProviderId } from '@career-copilot/shared/ai/contract';
import { ModelTier, TASKS, tasksOnTier } from '@career-copilot/shared/ai/tasks';
import { formatBytes } from '../../../storage/storage-info';
import { Button } from '../../../ui/Button';
import { showToast } from '../../../ui/toast-store';
import { loadModelList, providerChoices, setTierModel, useModels } from './models-store';

const TIER_TEXT: Record<ModelTier, { title: string; hint: string }> = {
  fast: {
    title: 'Fast model',
    hint: 'Quick and cheap. Good for reading postings and short answers.',
  },
  good: {
    title: 'Best model',
    hint: 'Your strongest model, for writing and judgement. Uses the fast model when empty.',
  },
};

function TierRow({ tier }: { readonly tier: ModelTier }) {
  const selection = useModels((s) => s.settings.tiers[tier]);
  const keys = useModels((s) => s.keys);
  const [provider, setProvider] = useState<ProviderId | ''>(selection?.provider ?? '');
  const [model, setModel] = useState(selection?.model ?? '');
  const list = useModels((s) => (provider ? s.lists[provider] : undefined));
  const listId = useId();

  useEffect(() => {
    if (provider && !list) void loadModelList(provider);
  }, [provider, list]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!provider || model.trim() === '') return;
    await setTierModel(tier, { provider, model: model.trim() });
    showToast({
      message: `${TIER_TEXT[tier].title}: ${PROVIDERS[provider].label} · ${model.trim()}.`,
    });
  }

  const tasks = tasksOnTier(tier).map((t) => TASKS[t].label.toLowerCase());
  return (
    <form className="tier" onSubmit={(e) => void submit(e)} aria-label={TIER_TEXT[tier].title}>
      <div className="tier-head">
        <h3>{TIER_TEXT[tier].title}</h3>
        <span className="muted">
          {TIER_TEXT[tier].hint} Used for {tasks.join(', ')}.
        </span>
      </div>
      <div className="tier-fields">
        <label>
          <span>Provider</span>
          <select
            value={provider}
            onChange={(e) => {
              const next = e.target.value;
              setProvider(isProviderId(next) ? next : '');
              setModel('');
            }}
          >
            <option value="">Choose…</option>
            {providerChoices(keys).map((id) => (
              <option key={id} value={id}>
                {PROVIDERS[id].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Model</span>
          <input
            type="text"
            list={listId}
            value={model}
            onChange={(e) => setModel(e.target.value)}
            disabled={!provider}
            spellCheck={false}
            placeholder={list?.state === 'loading' ? 'Loading models…' : 'Model name'}
          />
          <datalist id={listId}>
            {list?.state === 'ready'
              ? list.models.map((m) => (
                  <option key={m.id} value={m.id}>
                    {[
                      m.label !== m.id ? m.label : '',
                      m.details,
                      m.sizeBytes ? formatBytes(m.sizeBytes) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </option>
                ))
              : null}
          </datalist>
        </label>
        <Button
          type="submit"
          variant="primary"
          disabled={
            !provider ||
            model.trim() === '' ||
            (selection?.provider === provider && selection.model === model.trim())
          }
        >
          Use this model
        </Button>
      </div>
      {list?.state === 'error' ? (
        <p className="muted">{list.message} You can still type a model name.</p>
      ) : null}
      {selection ? (
        <p className="muted" data-testid={`tier-${tier}-current`}>
          Now: {PROVIDERS[selection.provider].label} · {selection.model}
          <Button size="sm" variant="ghost" onClick={() => void setTierModel(tier, null)}>
            Clear
          </Button>
        </p>
      ) : null}
    </form>
  );
}

export function TierPicker() {
  const tiers = useModels((s) => s.settings.tiers);
  // A row starts from the saved choice; when the saved choice changes, the row starts over.
  const key = (tier: ModelTier) =>
    `${tier}:${tiers[tier]?.provider ?? ''}/${tiers[tier]?.model ?? ''}`;
  return (
    <div className="tiers">
      <TierRow key={key(ModelTier.Fast)} tier={ModelTier.Fast} />
      <TierRow key={key(ModelTier.Good)} tier={ModelTier.Good} />
    </div>
  );
}
