import { type CheerioAPI, load } from 'cheerio/slim';
import { getScrapeConfig, type ScrapeConfig } from './config';
import { readResultList } from './parse-result-list';
import { LayoutNotRecognisedError, type OnlineTitle, SOURCE_LABELS } from './types';
import {
  cleanText,
  firstValueAt,
  isTconst,
  mergeByTconst,
  parseRating,
  parseVotes,
  parseYear,
  runtimeFromSeconds,
  typeAt,
  valueAt,
} from './values';

/** IMDb's find page (/find/?q=…&s=tt): the embedded __NEXT_DATA__ JSON first, the rendered list second. */
export function parseFindPage(html: string, config: ScrapeConfig = getScrapeConfig()): OnlineTitle[] {
  return parseFindDocument(load(html), config);
}

export function parseFindDocument($: CheerioAPI, config: ScrapeConfig = getScrapeConfig()): OnlineTitle[] {
  const titles = readNextData($, config) ?? readResultList($, config.find.list, 'find', config);
  if (titles) return titles;
  throw new LayoutNotRecognisedError(SOURCE_LABELS.find, 'no __NEXT_DATA__ title results and no result list');
}

/** True when the page carries the find page's title results, in either form. */
export function looksLikeFindPage($: CheerioAPI, config: ScrapeConfig = getScrapeConfig()): boolean {
  return (
    Array.isArray(valueAt(nextData($, config), config.find.nextData.results)) ||
    $(config.find.list.container).length > 0
  );
}

function nextData($: CheerioAPI, config: ScrapeConfig): unknown {
  const script = $(config.find.nextData.script).first();
  if (script.length === 0) return undefined;
  try {
    return JSON.parse(script.text());
  } catch {
    return undefined;
  }
}

/** Null when there is no usable JSON, so that the rendered list gets its turn. */
function readNextData($: CheerioAPI, config: ScrapeConfig): OnlineTitle[] | null {
  const { results, fields } = config.find.nextData;
  const items = valueAt(nextData($, config), results);
  if (!Array.isArray(items)) return null;
  const titles: OnlineTitle[] = [];
  for (const item of items) {
    const tconst = firstValueAt(item, fields.tconst);
    const title = cleanText(firstValueAt(item, fields.title));
    if (!isTconst(tconst) || !title) continue;
    const votes = parseVotes(firstValueAt(item, fields.votes), config);
    titles.push({
      tconst,
      title,
      year: parseYear(firstValueAt(item, fields.year), config),
      type: typeAt(item, fields.type, config),
      rating: parseRating(firstValueAt(item, fields.rating)),
      votes,
      runtimeMinutes: runtimeFromSeconds(firstValueAt(item, fields.runtimeSeconds)),
      source: 'find',
    });
  }
  if (items.length > 0 && titles.length === 0) return null;
  return mergeByTconst(titles);
}
