// Confidence per parsed field, keyed by JSON pointer ("/work/0/startDate"), from 0 to 1.

export class Confidence {
  readonly #values = new Map<string, number>();

  set(pointer: string, value: number): void {
    this.#values.set(pointer, Math.max(0, Math.min(1, Math.round(value * 100) / 100)));
  }

  /** Records the same confidence for every field of an object under `base`. */
  setAll(base: string, object: Record<string, unknown>, value: number): void {
    for (const [key, field] of Object.entries(object)) {
      if (field === undefined) continue;
      if (Array.isArray(field)) field.forEach((_, i) => this.set(`${base}/${key}/${i}`, value));
      else this.set(`${base}/${key}`, value);
    }
  }

  /** Moves every pointer under `from` to `to` (when entries are renumbered). */
  rename(from: string, to: string): void {
    for (const [pointer, value] of [...this.#values]) {
      if (pointer === from || pointer.startsWith(`${from}/`)) {
        this.#values.delete(pointer);
        this.#values.set(to + pointer.slice(from.length), value);
      }
    }
  }

  drop(prefix: string): void {
    for (const pointer of [...this.#values.keys()]) {
      if (pointer === prefix || pointer.startsWith(`${prefix}/`)) this.#values.delete(pointer);
    }
  }

  toRecord(): Record<string, number> {
    return Object.fromEntries([...this.#values].sort(([a], [b]) => a.localeCompare(b)));
  }
}
