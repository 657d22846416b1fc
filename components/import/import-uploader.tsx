'use client';

import { useRouter } from 'next/navigation';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import type { CsvMapping, ImportFormat, NeedsMapping } from '@/lib/import/types';
import { Button } from '../ui/button';
import { FormMessage } from '../ui/form-message';
import { ColumnMapping } from './column-mapping';
import { FORMAT_LABELS } from './labels';
import { ProgressBar } from './progress-bar';
import { MAX_UPLOAD_BYTES, PHASE_LABELS, type UploadProgress, uploadImport } from './upload-request';

const ACCEPT = '.csv,.zip,.json,.txt,text/csv,application/zip,application/json';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Choose files → upload with progress → the preview page; or the column-mapping step first. */
export function ImportUploader() {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState<ImportFormat | 'auto'>('auto');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string>();
  const [mapping, setMapping] = useState<NeedsMapping | null>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFiles(Array.from(event.target.files ?? []));
    setError(undefined);
    setMapping(null);
  };

  const send = async (csvMapping?: CsvMapping) => {
    if (files.length === 0) {
      setError('Choose a file first.');
      return;
    }
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_UPLOAD_BYTES) {
      setError(
        `These files come to ${size(total)}; the app takes up to ${size(MAX_UPLOAD_BYTES)} at a time. Upload the files one by one, or use npm run import on the server.`,
      );
      return;
    }
    setError(undefined);
    setProgress({ phase: 'upload', done: 0, total });
    const outcome = await uploadImport(files, { format, mapping: csvMapping }, setProgress);
    if (outcome.kind === 'preview') {
      router.push(`/import/${outcome.summary.batchId}`);
      return;
    }
    setProgress(null);
    if (outcome.kind === 'needs-mapping') {
      if (csvMapping) setError('Those columns do not give a title or an IMDb id: choose at least one of them.');
      setMapping(outcome);
    } else setError(outcome.message);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  if (mapping) {
    return (
      <ColumnMapping
        needs={mapping}
        error={error}
        busy={progress !== null}
        onSubmit={(m) => void send(m)}
        onCancel={() => {
          setMapping(null);
          setError(undefined);
        }}
      />
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
          IMDb ratings or watchlist CSV, the Letterboxd export (.zip, or its CSVs together), a spreadsheet saved as CSV,
          or this app’s JSON export
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
              <span className="shrink-0 tabular-nums text-zinc-500 dark:text-zinc-400">{size(f.size)}</span>
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
      <Button type="submit" disabled={progress !== null || files.length === 0}>
        {progress ? 'Working…' : 'Preview import'}
      </Button>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Nothing is written before you look at the preview and choose Import.
      </p>
    </form>
  );
}
