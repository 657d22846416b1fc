import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { OnlineTitle } from './types';

// The real saved pages (../shared/realdata/SOURCES.md, section imdb-web/), from the project root.
export const REALDATA = path.resolve('../shared/realdata/imdb-web');
export const SUGGESTION_FILE = 'suggestion-2026_the-odyssey.json';
export const FIND_FILE = 'find-2026-nextjs_q-The-Odyssey-2026.html';
export const ADVANCED_FILE = 'advanced-search-2025-fragment_ipc-metadata-list.html';

export const readSaved = (name: string) => readFileSync(path.join(REALDATA, name), 'utf8');

export const byTconst = (titles: OnlineTitle[], tconst: string) => titles.find((title) => title.tconst === tconst);

/** Valid ids, trimmed non-empty titles, no tconst twice. */
export function expectWellFormed(titles: OnlineTitle[]) {
  for (const title of titles) {
    expect(title.tconst).toMatch(/^tt\d{7,}$/);
    expect(title.title.trim()).toBe(title.title);
    expect(title.title).not.toBe('');
  }
  expect(new Set(titles.map((title) => title.tconst)).size).toBe(titles.length);
}
