// Server model usage: today's requests and tokens against the plan's allowance, and the last days.
import { PLANS } from '@career-copilot/shared/billing/plans';
import { Button } from '../../../ui/Button';
import { loadPlan, usePlan } from '../plan-store';

const n = (value: number) => value.toLocaleString('en-US');

function Meter(props: { label: string; used: number; limit: number; testId: string }) {
  const left = Math.max(0, props.limit - props.used);
  return (
    <div className="usage-meter">
      <div>
        {props.label}: <strong data-testid={props.testId}>{n(props.used)}</strong> of{' '}
        {n(props.limit)} used · {n(left)} left
      </div>
      <progress
        max={props.limit}
        value={Math.min(props.used, props.limit)}
        aria-label={props.label}
      />
    </div>
  );
}

export function UsageCard() {
  const usage = usePlan((s) => s.usage);
  if (usage === undefined) return null;
  return (
    <section className="card" aria-labelledby="usage-heading" data-testid="usage-card">
      <div className="card-title">
        <h2 id="usage-heading">Server model usage</h2>
        <Button size="sm" onClick={() => void loadPlan()}>
          Refresh
        </Button>
      </div>
      {usage === 'off' ? (
        <p className="muted">
          This server does not offer its own models. Your own keys, Ollama and in-browser models
          work without limits from us.
        </p>
      ) : (
        <>
          <p className="muted">
            Today (UTC) on {PLANS[usage.plan].label}; the allowance renews at{' '}
            {new Date(usage.periodEnd).toLocaleString()}. Requests on your own keys, Ollama or
            in-browser models do not count.
          </p>
          <Meter
            label="Requests"
            used={usage.requestsUsed}
            limit={usage.requestsLimit}
            testId="usage-requests"
          />
          <Meter
            label="Tokens"
            used={usage.tokensUsed}
            limit={usage.tokensLimit}
            testId="usage-tokens"
          />
          {usage.requestsUsed >= usage.requestsLimit || usage.tokensUsed >= usage.tokensLimit ? (
            <p role="status">
              Today’s allowance is used up.
              {usage.plan === 'premium'
                ? ' It renews at midnight UTC.'
                : ' Upgrade above for more.'}
            </p>
          ) : null}
          <table className="usage-table">
            <caption className="muted">Last {usage.days.length} days</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Requests</th>
                <th scope="col">Input tokens</th>
                <th scope="col">Output tokens</th>
              </tr>
            </thead>
            <tbody>
              {usage.days.map((day) => (
                <tr key={day.day}>
                  <td>{day.day}</td>
                  <td>{n(day.requests)}</td>
                  <td>{n(day.inputTokens)}</td>
                  <td>{n(day.outputTokens)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
