import type { CheerioAPI } from 'cheerio/slim';
import type { ResultListSelectors, ScrapeConfig } from './config';
import type { OnlineTitle, OnlineTitleSource } from './types';
import {
  cleanText,
  isTconst,
  mergeByTconst,
  normaliseType,
  parseRating,
  parseRuntime,
  parseVotes,
  parseYear,
} from './values';

/**
 * Reads the "ipc-metadata-list" result list that the find page and the advanced search share.
 * Null when the list is missing, or has entries none of which can be read: both mean the layout moved.
 */
export function readResultList(
  $: CheerioAPI,
  selectors: ResultListSelectors,
  source: OnlineTitleSource,
  config: ScrapeConfig,
): OnlineTitle[] | null {
  const container = $(selectors.container).first();
  if (container.length === 0) return null;
  const items = container.find(selectors.item).toArray();
  const titles: OnlineTitle[] = [];
  for (const element of items) {
    const item = $(element);
    const href = item.find(selectors.link).first().attr('href') ?? '';
    const tconst = config.text.tconstInHref.exec(href)?.[1];
    let title = cleanText(item.find(selectors.title).first().text());
    if (title && selectors.titlePrefix) title = cleanText(title.replace(selectors.titlePrefix, ''));
    if (!isTconst(tconst) || !title) continue;

    const metadata = item
      .find(selectors.metadata)
      .toArray()
      .map((span) => $(span).text());
    const typeText = item.find(selectors.type).first().text();
    titles.push({
      tconst,
      title,
      year: firstOf(metadata, (text) => parseYear(text, config)),
      type: normaliseType(typeText, config) ?? firstOf(metadata, (text) => normaliseType(text, config)),
      rating: parseRating(cleanText(item.find(selectors.rating).first().text())),
      votes: parseVotes(item.find(selectors.votes).first().text(), config),
      runtimeMinutes: firstOf(metadata, (text) => parseRuntime(text, config)),
      source,
    });
  }
  if (items.length > 0 && titles.length === 0) return null;
  return mergeByTconst(titles);
}

function firstOf<T>(texts: string[], read: (text: string) => T | null): T | null {
  for (const text of texts) {
    const value = read(text);
    if (value !== null) return value;
  }
  return null;
}
