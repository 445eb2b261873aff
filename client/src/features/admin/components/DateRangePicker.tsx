// Two day inputs and an Apply button; reports ask the server only for a valid range.
import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { rangeProblem, type DayRange } from '../date-range';

export function DateRangePicker({
  value,
  onApply,
}: {
  readonly value: DayRange;
  readonly onApply: (range: DayRange) => void;
}) {
  const [draft, setDraft] = useState(value);
  const problem = rangeProblem(draft);
  return (
    <form
      className="report-range"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) onApply(draft);
      }}
    >
      <label>
        From{' '}
        <input
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
      </label>
      <Button type="submit" size="sm" disabled={problem !== undefined}>
        Apply
      </Button>
      {problem ? (
        <span className="error" role="alert">
          {problem}
        </span>
      ) : null}
    </form>
  );
}
