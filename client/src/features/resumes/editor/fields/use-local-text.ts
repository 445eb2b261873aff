// Text a field edits locally while focused, so half-typed input ("Mar 20", "a, ") is not reformatted.
import { useState } from 'react';

export function useLocalText(shown: string) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    /** What the input shows: the text being typed, or the stored value when not editing. */
    value: draft ?? shown,
    editing: draft !== null,
    onFocus: () => setDraft(shown),
    change: (text: string) => setDraft(text),
    /** Ends editing and returns the final text. */
    finish: (): string => {
      const text = draft ?? shown;
      setDraft(null);
      return text;
    },
  };
}
