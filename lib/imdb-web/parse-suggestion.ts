import { getScrapeConfig, type ScrapeConfig } from './config';
import { LayoutNotRecognisedError, type OnlineTitle, SOURCE_LABELS } from './types';
import { cleanText, firstValueAt, isTconst, mergeByTconst, parseYear, typeAt, valueAt } from './values';

/** The suggestion endpoint's JSON (already parsed). Names and other non-title entries are skipped. */
export function parseSuggestion(json: unknown, config: ScrapeConfig = getScrapeConfig()): OnlineTitle[] {
  const { results, queryEcho, fields } = config.suggestion;
  const fail = (reason: string) => new LayoutNotRecognisedError(SOURCE_LABELS.suggestion, reason);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw fail('not a JSON object');
  const items = valueAt(json, results);
  if (items === undefined && typeof valueAt(json, queryEcho) === 'string') return [];
  if (!Array.isArray(items)) throw fail(`no "${results}" result array`);

  const titles: OnlineTitle[] = [];
  let withId = 0;
  for (const item of items) {
    const tconst = firstValueAt(item, fields.tconst);
    if (typeof tconst === 'string') withId++;
    const title = cleanText(firstValueAt(item, fields.title));
    if (!isTconst(tconst) || !title) continue;
    titles.push({
      tconst,
      title,
      year: parseYear(firstValueAt(item, fields.year), config),
      type: typeAt(item, fields.type, config),
      source: 'suggestion',
    });
  }
  if (items.length > 0 && withId === 0) throw fail(`no entry in "${results}" has an "${fields.tconst[0]}"`);
  return mergeByTconst(titles);
}
