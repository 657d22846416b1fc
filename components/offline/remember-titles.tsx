'use client';

import { useEffect } from 'react';
import { rememberTitles, type SeenTitle } from '@/lib/offline/title-index';

/** Puts the titles a page shows into this device's index, for searching offline (lib/offline/title-index.ts). */
export function RememberTitles({ titles }: { titles: readonly SeenTitle[] }) {
  const key = titles.map((t) => t.tconst).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the titles change when their ids do
  useEffect(() => {
    rememberTitles(titles).catch(() => undefined);
  }, [key]);
  return null;
}
