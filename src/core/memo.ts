// The core's one cache shape: work done per distinct cell text, which a sheet repeats thousands of times.

/**
 * `compute` remembered per distinct text. At most `limit` texts are kept, and the cache is emptied when full, so a
 * bulk run over hundreds of workbooks stays bounded. Results are shared: `compute` returns frozen or immutable values.
 */
export function rememberedPerText<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = compute(text);
      if (known.size >= limit) known.clear();
      known.set(text, result);
    }
    return result;
  };
}
