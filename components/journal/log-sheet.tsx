'use client';

import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { type JournalSuggestions, loadSuggestionsAction } from '@/lib/journal/actions/load-suggestions';
import type { WatchEntry } from '@/lib/journal/watch-entry';
import { formatRuntime, typeLabel } from '@/lib/journal/watches-format';
import { Sheet } from '../ui/sheet';
import { type LogTarget, WatchForm } from './watch-form';

const EMPTY: JournalSuggestions = { tags: [], companions: [], places: [] };

/** The user's tags, companions and places for autocomplete, fetched once a sheet first opens. */
function useSuggestions(active: boolean): JournalSuggestions {
  const [suggestions, setSuggestions] = useState<JournalSuggestions>(EMPTY);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (!active || asked) return;
    setAsked(true);
    // Offline, asking again at once would only fail again: the sheet works without suggestions.
    loadSuggestionsAction().then(setSuggestions, () => setAsked(!navigator.onLine));
  }, [active, asked]);
  return suggestions;
}

/** Year · type · runtime, then a badge or the link to the title page. */
function SheetSubtitle({
  year,
  type,
  runtimeMinutes,
  tconst,
  link,
  badge,
}: {
  year: number | null;
  type: string | null;
  runtimeMinutes?: number | null;
  tconst: string;
  /** Whether the title has a page here to link to. */
  link: boolean;
  /** Said of the title instead of the link. */
  badge?: string;
}) {
  const parts = [year ? String(year) : null, typeLabel(type) || null, formatRuntime(runtimeMinutes) || null].filter(
    Boolean,
  );
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {parts.join(' · ')}
      {badge ? (
        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
          {badge}
        </span>
      ) : link ? (
        <Link href={`/titles/${tconst}`} className="font-medium text-brand-600 hover:underline dark:text-brand-400">
          Title page
        </Link>
      ) : null}
    </span>
  );
}

/** Logging a title: the sheet with the log form. */
export function LogSheet({
  target,
  onClose,
  onSaved,
}: {
  target: LogTarget | null;
  onClose: () => void;
  onSaved: (watch: WatchEntry) => void;
}) {
  const suggestions = useSuggestions(target !== null);
  const saved = useCallback((watch: WatchEntry) => onSaved(watch), [onSaved]);
  return (
    <Sheet
      open={target !== null}
      onClose={onClose}
      title={target?.title ?? ''}
      subtitle={
        target ? (
          <SheetSubtitle
            year={target.year}
            type={target.type}
            runtimeMinutes={target.runtimeMinutes}
            tconst={target.tconst}
            link={!target.online && !target.byName}
            badge={target.online ? 'From IMDb’s website' : target.byName ? 'Found by its name once online' : undefined}
          />
        ) : null
      }
    >
      {target ? (
        <WatchForm
          key={target.tconst}
          mode="log"
          target={target}
          suggestions={suggestions}
          onSaved={saved}
          onQueued={onClose}
        />
      ) : null}
    </Sheet>
  );
}

/** Editing a viewing: the same form, with Delete. */
export function EditSheet({
  watch,
  onClose,
  onSaved,
  onDelete,
  deleting,
}: {
  watch: WatchEntry | null;
  /** Also when the change was kept on the device for later. */
  onClose: () => void;
  onSaved: (watch: WatchEntry) => void;
  onDelete: (watch: WatchEntry) => void;
  deleting?: boolean;
}) {
  const suggestions = useSuggestions(watch !== null);
  return (
    <Sheet
      open={watch !== null}
      onClose={onClose}
      title={watch?.title ?? watch?.tconst ?? ''}
      subtitle={
        watch ? (
          <SheetSubtitle
            year={watch.year}
            type={watch.type}
            runtimeMinutes={watch.runtimeMinutes}
            tconst={watch.tconst}
            link={!watch.provisional}
          />
        ) : null
      }
    >
      {watch ? (
        <WatchForm
          key={watch.id}
          mode="edit"
          watch={watch}
          suggestions={suggestions}
          onSaved={onSaved}
          onQueued={onClose}
          onDelete={() => onDelete(watch)}
          deleting={deleting}
        />
      ) : null}
    </Sheet>
  );
}
