// A TypeScript mirror of public.search_normalize (migration 20261125220000_search_functions).
// The database applies the SQL function to titles and queries alike, so results never depend on
// this mirror being exact; it serves to split a query into words before it is sent, to choose a
// plan by the query's length, and for tests. tests/integration/search-normalize.test.ts checks it
// against the SQL function on every real sample title.

/** Characters unaccent's rules replace by something other than the letter without its marks. */
const UNACCENT_SPECIAL: Record<string, string> = {
  '¡': '!',
  '©': '(C)',
  '«': '<<',
  '\u00ad': '-',
  '®': '(R)',
  '±': '+/-',
  '»': '>>',
  '¼': ' 1/4',
  '½': ' 1/2',
  '¾': ' 3/4',
  '¿': '?',
  Æ: 'AE',
  Ð: 'D',
  '×': '*',
  Ø: 'O',
  Þ: 'TH',
  ß: 'ss',
  æ: 'ae',
  ð: 'd',
  '÷': '/',
  ø: 'o',
  þ: 'th',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ĳ: 'IJ',
  ĳ: 'ij',
  ĸ: 'q',
  Ŀ: 'L',
  ŀ: 'l',
  Ł: 'L',
  ł: 'l',
  ŉ: "'n",
  Ŋ: 'N',
  ŋ: 'n',
  Œ: 'OE',
  œ: 'oe',
  Ŧ: 'T',
  ŧ: 't',
  ſ: 's',
  ƀ: 'b',
  Ɓ: 'B',
  ƒ: 'f',
  Ƒ: 'F',
  Ǆ: 'DZ',
  ǅ: 'Dz',
  ǆ: 'dz',
  Ǉ: 'LJ',
  ǈ: 'Lj',
  ǉ: 'lj',
  Ǌ: 'NJ',
  ǋ: 'Nj',
  ǌ: 'nj',
  Ǥ: 'G',
  ǥ: 'g',
  Ǳ: 'DZ',
  ǲ: 'Dz',
  ǳ: 'dz',
  ʹ: "'",
  ʺ: '"',
  ʻ: "'",
  ʼ: "'",
  ʽ: "'",
  ˆ: '^',
  ˈ: "'",
  ˋ: '`',
  ː: ':',
  '˜': '~',
  ẞ: 'SS',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '‖': '||',
  '‘': "'",
  '’': "'",
  '‚': ',',
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': ',,',
  '‟': '"',
  '․': '.',
  '‥': '..',
  '…': '...',
  '′': "'",
  '″': '"',
  '‹': '<',
  '›': '>',
  '‼': '!!',
  '⁄': '/',
  '⁇': '??',
  '⁈': '?!',
  '⁉': '!?',
  '№': 'No',
  '℃': '°C',
  '℉': '°F',
  ℓ: 'l',
  Ё: 'Е',
  ё: 'е',
};

/** Latin, Greek and fullwidth characters, for which unaccent drops the marks of the decomposition. */
const STRIPPABLE = /[\u00c0-\u024f\u0370-\u03ff\u1e00-\u1fff\u2100-\u218f\ufb00-\ufb06\uff01-\uff5e]/u;
const COMBINING = /[\u0300-\u036f]/gu;
const IS_COMBINING = /^[\u0300-\u036f]$/u;

/** Roughly unaccent('unaccent', …): the characters its rules cover, as the rules map them. */
export function unaccentLike(text: string): string {
  let out = '';
  for (const ch of text) {
    const special = UNACCENT_SPECIAL[ch];
    if (special !== undefined) out += special;
    else if (STRIPPABLE.test(ch)) out += ch.normalize('NFKD').replace(COMBINING, '');
    else if (!IS_COMBINING.test(ch)) out += ch;
  }
  return out;
}

/** Removed without a trace: apostrophes, dots and invisible marks. */
const VANISH = /['.\u00ad\u00b4\u02bc\u2018\u2019\u200b-\u200f\u2060\ufeff]+/gu;
/** Become one space: ASCII, Latin-1, general, CJK and fullwidth punctuation and symbols, white space. */
const SEPARATORS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters separate words, as in the SQL function.
  /[\u0001-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u23ff\u2500-\u27bf\u3000-\u3003\u3008-\u3020\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/gu;

const ROMAN: Record<string, string> = {
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
  xi: '11',
  xii: '12',
  xiii: '13',
  xiv: '14',
  xv: '15',
  xvi: '16',
  xvii: '17',
  xviii: '18',
  xix: '19',
  xx: '20',
};

/** Roman numerals II–XX → digits, in every word but the first. */
export function romanToDigits(normalized: string): string {
  if (!/ [ivx]+( |$)/.test(normalized)) return normalized;
  return normalized
    .split(' ')
    .map((word, i) => (i > 0 ? (ROMAN[word] ?? word) : word))
    .join(' ');
}

/**
 * The search form of a title or query, as public.search_normalize computes it: accents and
 * case dropped, `&` → "and", apostrophes and dots removed, other punctuation → one space,
 * roman numerals II–XX after the first word → digits.
 */
export function normalizeSearchText(text: string): string {
  // PostgreSQL's lower() has no final-sigma rule.
  const lowered = unaccentLike(text).replace(/Σ/g, 'σ').toLowerCase();
  const cleaned = lowered.replace(/&/g, ' and ').replace(VANISH, '').replace(SEPARATORS, ' ');
  return romanToDigits(cleaned.replace(/^ +| +$/g, ''));
}
