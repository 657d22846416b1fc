import type { ImportFormat, ImportRecordView, ImportSummary } from '@/lib/import/types';

export type RecordFilter = ImportRecordView['status'];

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'imdb-ratings': 'IMDb ratings',
  'imdb-list': 'IMDb watchlist or list',
  letterboxd: 'Letterboxd',
  csv: 'Spreadsheet log',
  'journal-json': 'Journal export (JSON)',
  trakt: 'Trakt',
};

export const STATUS_LABELS: Record<RecordFilter, string> = {
  new: 'New',
  duplicate: 'Already logged',
  merged: 'Merged in the file',
  watchlist: 'Watchlist',
  review: 'To review',
  invalid: 'Invalid',
  resolved: 'Resolved',
  unmatched: 'Left unmatched',
};

export const STATUS_TONES: Record<RecordFilter, string> = {
  new: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200',
  duplicate: 'bg-zinc-100 text-zinc-700 dark:bg-ink-800 dark:text-zinc-300',
  merged: 'bg-zinc-100 text-zinc-700 dark:bg-ink-800 dark:text-zinc-300',
  watchlist: 'bg-brand-50 text-brand-700 dark:bg-brand-900 dark:text-brand-100',
  review: 'bg-amber-50 text-amber-800 dark:bg-amber-900/30 dark:text-amber-200',
  invalid: 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200',
  resolved: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200',
  unmatched: 'bg-zinc-100 text-zinc-700 dark:bg-ink-800 dark:text-zinc-300',
};

export const BATCH_STATUS_LABELS: Record<ImportSummary['status'], string> = {
  preview: 'Not imported yet',
  committed: 'Imported',
  undone: 'Undone',
};

/** "12 Mar 2025, 21:04" in the server's locale-neutral English. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
