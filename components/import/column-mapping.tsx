'use client';

import { type FormEvent, type ReactNode, useId } from 'react';
import type { CsvMapping, NeedsMapping } from '@/lib/import/types';
import { Button } from '../ui/button';
import { FormMessage } from '../ui/form-message';
import { ScrollRegion } from '../ui/scroll-region';

type ColumnKey = Exclude<keyof CsvMapping, 'dateOrder' | 'gradeScale'>;

const COLUMNS: { key: ColumnKey; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'year', label: 'Year' },
  { key: 'imdbId', label: 'IMDb id or URL', hint: 'tt0111161 or an imdb.com link: matched exactly.' },
  { key: 'date', label: 'Date watched' },
  { key: 'grade', label: 'Grade' },
  { key: 'rewatch', label: 'Rewatch', hint: 'yes/no, 1/0, true/false, x' },
  { key: 'review', label: 'Review or notes' },
  { key: 'tags', label: 'Tags', hint: 'Separated by commas' },
  { key: 'place', label: 'Place' },
  { key: 'companions', label: 'Watched with', hint: 'Separated by commas' },
];

const selectClass =
  'min-h-12 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base text-zinc-900 outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-ink-900 dark:text-zinc-100';

/** The spreadsheet-log step: which column holds what, with the file's first rows to go by. */
export function ColumnMapping({
  needs,
  error,
  busy,
  onSubmit,
  onCancel,
  cancelLabel = 'Choose other files',
}: {
  needs: NeedsMapping;
  error?: string;
  busy: boolean;
  onSubmit: (mapping: CsvMapping) => void;
  onCancel: () => void;
  cancelLabel?: string;
}) {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const mapping: CsvMapping = {};
    for (const { key } of COLUMNS) {
      const value = String(data.get(key) ?? '');
      if (value) mapping[key] = value;
    }
    if (mapping.date) mapping.dateOrder = data.get('dateOrder') as CsvMapping['dateOrder'];
    if (mapping.grade) mapping.gradeScale = Number(data.get('gradeScale')) as CsvMapping['gradeScale'];
    onSubmit(mapping);
  };
  const select = (key: ColumnKey, label: string, hint?: string) => (
    <Labelled key={key} id={`${id}-${key}`} label={label} hint={hint}>
      <select
        id={`${id}-${key}`}
        name={key}
        defaultValue={needs.suggested[key] ?? ''}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        className={selectClass}
      >
        <option value="">Not in this file</option>
        {needs.headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </Labelled>
  );
  return (
    <form onSubmit={submit} className="flex flex-col gap-5" aria-labelledby={`${id}-heading`}>
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          Which column is what?
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <strong>{needs.file}</strong> is a spreadsheet of your own. Choose its columns once; the next file with the
          same columns is read the same way.
        </p>
      </div>
      <SampleTable headers={needs.headers} rows={needs.sample} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {COLUMNS.slice(0, 3).map((c) => select(c.key, c.label, c.hint))}
        <Pair>
          {select('date', 'Date watched')}
          <Labelled id={`${id}-dateOrder`} label="Date order">
            <select
              id={`${id}-dateOrder`}
              name="dateOrder"
              defaultValue={needs.suggested.dateOrder ?? 'ymd'}
              className={selectClass}
            >
              <option value="ymd">2024-12-31</option>
              <option value="dmy">31/12/2024</option>
              <option value="mdy">12/31/2024</option>
            </select>
          </Labelled>
        </Pair>
        <Pair>
          {select('grade', 'Grade')}
          <Labelled id={`${id}-gradeScale`} label="Grade out of">
            <select
              id={`${id}-gradeScale`}
              name="gradeScale"
              defaultValue={String(needs.suggested.gradeScale ?? 10)}
              className={selectClass}
            >
              <option value="5">5</option>
              <option value="10">10</option>
              <option value="100">100</option>
            </select>
          </Labelled>
        </Pair>
        {COLUMNS.slice(5).map((c) => select(c.key, c.label, c.hint))}
      </div>
      <FormMessage message={error} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" disabled={busy}>
          {busy ? 'Reading…' : 'Preview with these columns'}
        </Button>
        <Button type="button" variant="quiet" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </Button>
      </div>
    </form>
  );
}

function Labelled({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

function Pair({ children }: { children: ReactNode }) {
  return <div className="grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-3">{children}</div>;
}

function SampleTable({ headers, rows }: { headers: string[]; rows: string[][] }) {
  return (
    <ScrollRegion label="First rows of the file" className="-mx-5 overflow-x-auto px-5">
      <table
        className="min-w-full border-separate border-spacing-0 text-left text-sm"
        aria-label="First rows of the file"
      >
        <thead>
          <tr>
            {headers.map((h) => (
              <th
                key={h}
                scope="col"
                className="border-b border-zinc-200 bg-zinc-50 px-3 py-2 font-semibold whitespace-nowrap dark:border-zinc-800 dark:bg-ink-800"
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 5).map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity
            <tr key={i}>
              {headers.map((h, j) => (
                <td
                  key={h}
                  className="max-w-48 truncate border-b border-zinc-100 px-3 py-2 text-zinc-600 dark:border-zinc-900 dark:text-zinc-400"
                >
                  {row[j] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
