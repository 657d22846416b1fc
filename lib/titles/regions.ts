// Which countries' alternative titles a reader most likely wants first, from the browser's
// `Accept-Language` header: `de-CH,de;q=0.9,en-US;q=0.8` → CH, DE (from `de`), US.

/** The usual country of a language that names none (`de` → DE). Only unambiguous cases. */
const LANGUAGE_REGIONS: Record<string, string> = {
  cs: 'CZ',
  da: 'DK',
  de: 'DE',
  el: 'GR',
  en: 'US',
  es: 'ES',
  et: 'EE',
  fi: 'FI',
  fr: 'FR',
  he: 'IL',
  hu: 'HU',
  it: 'IT',
  ja: 'JP',
  ko: 'KR',
  nb: 'NO',
  nl: 'NL',
  nn: 'NO',
  no: 'NO',
  pl: 'PL',
  pt: 'BR',
  ro: 'RO',
  ru: 'RU',
  sk: 'SK',
  sl: 'SI',
  sv: 'SE',
  tr: 'TR',
  uk: 'UA',
  zh: 'CN',
};

/** Country codes (ISO 3166, upper case) in the order of preference the header gives. */
export function regionsFromAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.tag !== '*' && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const regions: string[] = [];
  for (const { tag } of ranges) {
    const [language = '', ...subtags] = tag.split(/[-_]/);
    const region =
      subtags.find((s) => /^[a-z]{2}$/i.test(s))?.toUpperCase() ?? LANGUAGE_REGIONS[language.toLowerCase()];
    if (region && !regions.includes(region)) regions.push(region);
  }
  return regions;
}

/** Normalises a region option: one code or several, any case; invalid codes are dropped. */
export function normaliseRegions(region: string | readonly string[] | undefined): string[] {
  const list = typeof region === 'string' ? region.split(',') : (region ?? []);
  const out: string[] = [];
  for (const r of list) {
    const code = r.trim().toUpperCase();
    if (/^[A-Z]{2}$/.test(code) && !out.includes(code)) out.push(code);
  }
  return out;
}
