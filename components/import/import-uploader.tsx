'use client';

import { type ChangeEvent, type FormEvent, useState } from 'react';
import type { ImportFormat } from '@/lib/import/types';
import { Button } from '../ui/button';
import { FormMessage } from '../ui/form-message';
import { ColumnMapping } from './column-mapping';
import { FORMAT_LABELS } from './labels';
import { ProgressBar } from './progress-bar';
import { SheetChoice } from './sheet-choice';
import { PHASE_LABELS } from './upload-request';
import { formatSize, useImportUpload } from './use-import-upload';

const ACCEPT =
  '.csv,.zip,.json,.txt,.xlsx,.xlsm,.ods,text/csv,application/zip,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet';

/** Choose files → upload with progress → the preview page; or the column-mapping step first. */
export function ImportUploader() {
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState<ImportFormat | 'auto'>('auto');
  const [sheet, setSheet] = useState<string>();
  const { progress, busy, error, setError, needs, send, closeMapping } = useImportUpload();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFiles(Array.from(event.target.files ?? []));
    setSheet(undefined);
    closeMapping();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) setError('Choose a file first.');
    else void send(files, { format });
  };

  if (needs) {
    const chooseSheet = (name: string) => {
      setSheet(name);
      // A sheet chosen by hand goes to the mapping step even when its header names nothing known.
      void send(files, { format: format === 'auto' ? 'csv' : format, sheet: name });
    };
    return (
      <div className="flex flex-col gap-5">
        <SheetChoice needs={needs} busy={busy} onChoose={chooseSheet} />
        <ColumnMapping
          key={needs.sheet}
          needs={needs}
          error={error}
          busy={busy}
          onSubmit={(mapping) => void send(files, { format, mapping, sheet })}
          onCancel={closeMapping}
        />
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <label
        htmlFor="import-files"
        className="flex min-h-32 cursor-pointer flex-col items-center justify-center gap-1 rounded-2xl border-2 border-dashed border-zinc-300 px-4 py-6 text-center transition hover:border-brand-500 hover:bg-brand-50/50 dark:border-zinc-700 dark:hover:bg-ink-800"
      >
        <span className="text-base font-semibold text-brand-700 dark:text-brand-400">
          {files.length ? 'Choose other files' : 'Choose files'}
        </span>
        <span className="text-sm text-zinc-500 dark:text-zinc-400">
          IMDb ratings or watchlist CSV, the Letterboxd or Trakt export (.zip, or its files together), a spreadsheet of
          your own (.xlsx, .ods or CSV), or this app’s JSON export
        </span>
      </label>
      <input
        id="import-files"
        name="files"
        type="file"
        multiple
        accept={ACCEPT}
        onChange={choose}
        aria-label="Files to import"
        className="sr-only"
      />
      {files.length ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Chosen files">
          {files.map((f) => (
            <li key={f.name} className="flex justify-between gap-3 rounded-lg bg-zinc-50 px-3 py-2 dark:bg-ink-800">
              <span className="truncate font-medium">{f.name}</span>
              <span className="shrink-0 tabular-nums text-zinc-500 dark:text-zinc-400">{formatSize(f.size)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <label className="flex flex-col gap-1.5">
        <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Format</span>
        <select
          value={format}
          onChange={(e) => setFormat(e.target.value as ImportFormat | 'auto')}
          className="min-h-12 rounded-xl border border-zinc-300 bg-white px-3 text-base dark:border-zinc-700 dark:bg-ink-900"
        >
          <option value="auto">Recognise it from the file</option>
          {(Object.keys(FORMAT_LABELS) as ImportFormat[]).map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      {progress ? (
        <ProgressBar label={PHASE_LABELS[progress.phase]} done={progress.done} total={progress.total} />
      ) : null}
      <FormMessage message={error} />
      <Button type="submit" disabled={busy || files.length === 0}>
        {progress ? 'Working…' : 'Preview import'}
      </Button>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Nothing is written before you look at the preview and choose Import.
      </p>
    </form>
  );
}
