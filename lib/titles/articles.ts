// Leading articles: the search tables hold every name once more without one ("the godfather" →
// "godfather"), and the importer's typo-tolerant matching compares names both ways.

/** Leading articles dropped to make a name's second form (followed by at least one word). */
export const LEADING_ARTICLES = [
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  'un',
  'une',
  'el',
  'los',
  'las',
  'una',
  'il',
  'lo',
  'gli',
  'uno',
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'de',
  'het',
  'een',
  'o',
  'os',
  'as',
  'um',
  'uma',
] as const;

const ARTICLE = new RegExp(`^(?:${LEADING_ARTICLES.join('|')}) (.+)$`);

/** A normalised name without its leading article, or null when it has none. */
export function withoutArticle(norm: string): string | null {
  return ARTICLE.exec(norm)?.[1] ?? null;
}
