// Caches a pure function of one string: layout analysis asks the same questions of the same text.

/** Wraps `fn` with a bounded cache; when full, the cache starts over (texts repeat within a file). */
export function memoizeText<T>(fn: (text: string) => T, limit = 4000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
