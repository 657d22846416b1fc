// title_principals.characters holds IMDb's JSON text as given: `["Bandit","Shot Passenger"]`,
// with `\"` inside names. Anything that is not a JSON array of strings is shown as it is,
// without its brackets, rather than dropped.

export function parseCharacters(raw: string | null | undefined): string[] {
  if (raw == null) return [];
  const text = raw.trim();
  if (!text || text === '\\N') return [];
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) {
      return value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
    }
    if (typeof value === 'string') return value ? [value] : [];
  } catch {
    // Not JSON: fall through to the plain text.
  }
  const bare = text.replace(/^\[\s*"?/, '').replace(/"?\s*\]$/, '');
  return bare ? [bare] : [];
}
