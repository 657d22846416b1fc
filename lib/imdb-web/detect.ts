import { load } from 'cheerio/slim';
import { getScrapeConfig, type ScrapeConfig } from './config';
import { looksLikeAdvancedSearch, parseAdvancedSearchDocument } from './parse-advanced-search';
import { looksLikeFindPage, parseFindDocument } from './parse-find-page';
import { parseSuggestion } from './parse-suggestion';
import { LayoutNotRecognisedError, type OnlineTitle, type OnlineTitleSource } from './types';

export interface DetectedPage {
  source: OnlineTitleSource;
  results: OnlineTitle[];
}

const UNKNOWN = 'IMDb page';

/** Works out whether a saved file is suggestion JSON, a find page or an advanced search, and parses it. */
export function detectAndParse(
  content: string,
  fileName?: string,
  config: ScrapeConfig = getScrapeConfig(),
): DetectedPage {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[') || fileName?.toLowerCase().endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new LayoutNotRecognisedError(UNKNOWN, 'neither valid JSON nor HTML');
    }
    return { source: 'suggestion', results: parseSuggestion(json, config) };
  }
  const $ = load(text);
  // The advanced search first: its full page may carry __NEXT_DATA__ too.
  if (looksLikeAdvancedSearch($, config)) {
    return { source: 'advanced-search', results: parseAdvancedSearchDocument($, config) };
  }
  if (looksLikeFindPage($, config)) return { source: 'find', results: parseFindDocument($, config) };
  throw new LayoutNotRecognisedError(UNKNOWN, 'not a suggestion JSON, find page or advanced search result list');
}
