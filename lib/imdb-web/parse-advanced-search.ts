import { type CheerioAPI, load } from 'cheerio/slim';
import { getScrapeConfig, type ScrapeConfig } from './config';
import { readResultList } from './parse-result-list';
import { LayoutNotRecognisedError, type OnlineTitle, SOURCE_LABELS } from './types';

/** IMDb's advanced title search (/search/title/?title=…), in any interface language. */
export function parseAdvancedSearch(html: string, config: ScrapeConfig = getScrapeConfig()): OnlineTitle[] {
  return parseAdvancedSearchDocument(load(html), config);
}

export function parseAdvancedSearchDocument($: CheerioAPI, config: ScrapeConfig = getScrapeConfig()): OnlineTitle[] {
  const titles = readResultList($, config.advancedSearch.list, 'advanced-search', config);
  if (titles) return titles;
  throw new LayoutNotRecognisedError(SOURCE_LABELS['advanced-search'], 'no result list');
}

export function looksLikeAdvancedSearch($: CheerioAPI, config: ScrapeConfig = getScrapeConfig()): boolean {
  return $(config.advancedSearch.list.container).length > 0;
}
