'use client';

import { useRef, useState } from 'react';
import { Card } from '../ui/card';
import { FormMessage } from '../ui/form-message';
import { ColumnMapping } from './column-mapping';
import { ProgressBar } from './progress-bar';
import { recallUpload } from './upload-memory';
import { PHASE_LABELS } from './upload-request';
import { useImportUpload } from './use-import-upload';

/**
 * "Choose the columns again" on the preview of a spreadsheet log: the mapping step again,
 * pre-filled with the remembered mapping; its new preview replaces this one. The file is read
 * again from this tab's memory, or asked for once more after a reload.
 */
export function RemapColumns({ batchId }: { batchId: number }) {
  const { progress, busy, error, needs, send, closeMapping } = useImportUpload();
  const [files, setFiles] = useState<File[]>([]);
  const picker = useRef<HTMLInputElement>(null);

  const askColumns = (chosen: File[]) => {
    setFiles(chosen);
    void send(chosen, { format: 'csv', useSavedMapping: false });
  };
  const start = () => {
    const kept = recallUpload(batchId);
    if (kept) askColumns(kept);
    else picker.current?.click();
  };
  const discardThisPreview = () => fetch(`/api/v1/imports/${batchId}/discard`, { method: 'POST' });

  if (needs) {
    return (
      <Card className="min-w-0">
        <ColumnMapping
          needs={needs}
          error={error}
          busy={busy}
          onSubmit={(mapping) => void send(files, { format: 'csv', mapping }, discardThisPreview)}
          onCancel={closeMapping}
          cancelLabel="Keep these columns"
        />
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        onClick={start}
        disabled={busy}
        className="min-h-11 self-start rounded-xl border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-ink-800"
      >
        Choose the columns again
      </button>
      <input
        ref={picker}
        type="file"
        accept=".csv,.txt,text/csv"
        aria-label="The spreadsheet file, once more"
        className="sr-only"
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          if (chosen.length) askColumns(chosen);
        }}
      />
      {progress ? (
        <ProgressBar label={PHASE_LABELS[progress.phase]} done={progress.done} total={progress.total} />
      ) : null}
      <FormMessage message={error} />
    </div>
  );
}
