import 'server-only';

// Computed pages of figures, kept while the facts they came from are unchanged (the key holds
// the facts' fingerprint, so any change to the journal or the IMDb data misses). Small and
// per process: a household's few users and ranges.

const MAX = 64;
const entries = new Map<string, unknown>();

export async function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (entries.has(key)) {
    const value = entries.get(key) as T;
    entries.delete(key);
    entries.set(key, value); // most recently used last
    return value;
  }
  const value = await compute();
  entries.set(key, value);
  if (entries.size > MAX) entries.delete(entries.keys().next().value as string);
  return value;
}
