import 'server-only';
import { buildSearchUrl, requestImdb } from '../imdb-web/fetch';
import { LayoutNotRecognisedError, SOURCE_LABELS } from '../imdb-web/types';
import { firstValueAt, valueAt } from '../imdb-web/values';
import type { PosterSettings } from './settings';

export type LookupResult = { kind: 'found'; imageUrl: string } | { kind: 'none' };

export interface RequestContext {
  settings: PosterSettings;
  fetchImpl?: typeof fetch;
  /** Called before every request to IMDb (the queue's pace). */
  beforeRequest?: () => Promise<void>;
  signal?: AbortSignal;
}

/**
 * The poster URL of a title: the suggestion endpoint asked with the tconst, or else with the title
 * and year, keeping only the item whose id is the tconst. An item without an image is `none`.
 */
export async function lookupPoster(
  tconst: string,
  hint: { title: string | null; year: number | null },
  context: RequestContext,
): Promise<LookupResult> {
  const terms = [tconst, hint.title ? `${hint.title}${hint.year ? ` ${hint.year}` : ''}` : null];
  for (const term of terms) {
    if (!term) continue;
    const item = (await suggestions(term, context)).find(
      (candidate) => firstValueAt(candidate, context.settings.config.suggestion.fields.tconst) === tconst,
    );
    if (item === undefined) continue;
    const image = firstValueAt(item, context.settings.config.posters.image);
    return typeof image === 'string' && /^https?:\/\//.test(image)
      ? { kind: 'found', imageUrl: image }
      : { kind: 'none' };
  }
  return { kind: 'none' };
}

async function suggestions(term: string, context: RequestContext): Promise<unknown[]> {
  const { config, lookupBaseUrl } = context.settings;
  const fail = (reason: string) => new LayoutNotRecognisedError(SOURCE_LABELS.suggestion, reason);
  await context.beforeRequest?.();
  const url = buildSearchUrl('suggestion', term, config, lookupBaseUrl);
  const response = await requestImdb(url, config.suggestion.accept, signalFor(context), config, context.fetchImpl);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    throw fail('the answer is not JSON');
  }
  const items = valueAt(json, config.suggestion.results);
  if (items === undefined && typeof valueAt(json, config.suggestion.queryEcho) === 'string') return [];
  if (!Array.isArray(items)) throw fail(`no "${config.suggestion.results}" result array`);
  return items;
}

export function signalFor(context: RequestContext): AbortSignal {
  const timeout = AbortSignal.timeout(context.settings.config.http.timeoutMs);
  return context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
}
