import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { MAX_UPLOAD_BYTES } from '@/lib/import/limits';
import type { NeedsMapping } from '@/lib/import/types';
import { rememberUpload } from './upload-memory';
import { type UploadOptions, type UploadProgress, uploadImport } from './upload-request';

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Uploading files for a preview: its progress, the error, and the column-mapping step when a
 *  spreadsheet needs one. A preview opens its page, after `beforeOpen` (if any) has run. */
export function useImportUpload() {
  const router = useRouter();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string>();
  const [needs, setNeeds] = useState<NeedsMapping | null>(null);

  const send = async (files: File[], options: UploadOptions, beforeOpen?: () => Promise<unknown>) => {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_UPLOAD_BYTES) {
      setError(
        `These files come to ${formatSize(total)}; the app takes up to ${formatSize(MAX_UPLOAD_BYTES)} at a time. Upload the files one by one, or use npm run import on the server.`,
      );
      return;
    }
    setError(undefined);
    setProgress({ phase: 'upload', done: 0, total });
    const outcome = await uploadImport(files, options, setProgress);
    if (outcome.kind === 'preview') {
      rememberUpload(outcome.summary.batchId, files);
      await beforeOpen?.();
      router.push(`/import/${outcome.summary.batchId}`);
      return;
    }
    setProgress(null);
    if (outcome.kind === 'needs-mapping') {
      if (options.mapping) setError('Those columns do not give a title or an IMDb id: choose at least one of them.');
      setNeeds(outcome);
    } else setError(outcome.message);
  };

  const closeMapping = () => {
    setNeeds(null);
    setError(undefined);
  };

  return { progress, busy: progress !== null, error, setError, needs, send, closeMapping };
}
