import { describeFileError } from '@/lib/import/file-error';
import type { CsvMapping, ImportFileError, ImportFormat, ImportSummary, NeedsMapping } from '@/lib/import/types';

// The upload goes to the route handler rather than through a server action: a large export
// is several megabytes, and the handler streams its progress back as NDJSON lines.

export type UploadOutcome =
  | { kind: 'preview'; summary: ImportSummary }
  | ({ kind: 'needs-mapping' } & NeedsMapping)
  | { kind: 'error'; message: string };

/** Sending the files, then the server's phases: reading them, matching titles, storing the preview. */
export type UploadProgress = { phase: 'upload' | 'read' | 'match' | 'store'; done: number; total: number };

export const PHASE_LABELS: Record<UploadProgress['phase'], string> = {
  upload: 'Uploading',
  read: 'Reading the files',
  match: 'Matching titles',
  store: 'Preparing the preview',
};

/** The outcome of the handler's answer body (the JSON answer, or the NDJSON stream's last line). */
function outcomeOf(status: number, body: Record<string, unknown> | null): UploadOutcome {
  if (status === 201 && body) return { kind: 'preview', summary: body as unknown as ImportSummary };
  if (body?.error === 'needs_mapping') return { kind: 'needs-mapping', ...(body as unknown as NeedsMapping) };
  if (body?.error === 'invalid_file')
    return { kind: 'error', message: describeFileError(body as unknown as ImportFileError) };
  if (body?.error === 'invalid' && body.fields && typeof body.fields === 'object') {
    return {
      kind: 'error',
      message: Object.values(body.fields as Record<string, string[]>)
        .flat()
        .join(' '),
    };
  }
  if (typeof body?.message === 'string') return { kind: 'error', message: body.message };
  return { kind: 'error', message: `The server answered ${status}. Try again.` };
}

/** Sends the files and reports progress: bytes sent, then records processed. */
export interface UploadOptions {
  format: ImportFormat | 'auto';
  mapping?: CsvMapping;
  /** false: ask for the columns again although the headers have a remembered mapping. */
  useSavedMapping?: boolean;
  /** A workbook's sheet to read (default: the first whose header maps). */
  sheet?: string;
}

export function uploadImport(
  files: File[],
  options: UploadOptions,
  onProgress: (progress: UploadProgress) => void,
): Promise<UploadOutcome> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  form.append('format', options.format);
  if (options.mapping) form.append('mapping', JSON.stringify(options.mapping));
  if (options.useSavedMapping === false) form.append('useSavedMapping', 'false');
  if (options.sheet) form.append('sheet', options.sheet);

  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/imports');
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    let read = 0;
    let last: UploadOutcome | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < read) return;
      for (const line of text.slice(read, end).split('\n')) {
        if (!line.trim()) continue;
        const event = JSON.parse(line) as {
          type: string;
          phase?: UploadProgress['phase'];
          done?: number;
          total?: number;
          status?: number;
          body?: never;
        };
        if (event.type === 'progress') {
          onProgress({ phase: event.phase ?? 'read', done: event.done ?? 0, total: event.total ?? 0 });
        } else if (event.type === 'result') last = outcomeOf(event.status ?? 500, event.body ?? null);
      }
      read = end + 1;
    };
    xhr.upload.onprogress = (e) => onProgress({ phase: 'upload', done: e.loaded, total: e.total });
    xhr.upload.onload = () => onProgress({ phase: 'read', done: 0, total: 0 });
    xhr.onprogress = readLines;
    xhr.onload = () => {
      if (xhr.getResponseHeader('content-type')?.includes('ndjson')) {
        readLines();
        resolve(last ?? { kind: 'error', message: 'The server stopped before it finished. Try again.' });
        return;
      }
      let body: Record<string, unknown> | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // A proxy's HTML error page, say: the status says enough.
      }
      resolve(outcomeOf(xhr.status, body));
    };
    xhr.onerror = () => resolve({ kind: 'error', message: 'The upload failed: check the connection and try again.' });
    xhr.send(form);
  });
}
