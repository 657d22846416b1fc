'use client';

import { useId } from 'react';
import type { NeedsMapping } from '@/lib/import/types';

/** For a workbook of several sheets: which one holds the log (the first whose header maps, at first). */
export function SheetChoice({
  needs,
  busy,
  onChoose,
}: {
  needs: NeedsMapping;
  busy: boolean;
  onChoose: (sheet: string) => void;
}) {
  const id = useId();
  if (!needs.sheets || needs.sheets.length < 2) return null;
  return (
    <label htmlFor={id} className="flex flex-col gap-1.5">
      <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Sheet</span>
      <select
        id={id}
        value={needs.sheet}
        disabled={busy}
        onChange={(event) => onChoose(event.target.value)}
        className="min-h-12 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base text-zinc-900 outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-ink-900 dark:text-zinc-100"
      >
        {needs.sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <span className="text-xs text-zinc-500 dark:text-zinc-400">
        The columns below are those of this sheet; choose another to read it instead.
      </span>
    </label>
  );
}
