import type { Readable } from 'node:stream';

export interface SourceFileState {
  etag: string | null;
  lastModified: string | null;
}

export type OpenedFile =
  | { status: 'unchanged' }
  | {
      status: 'ok';
      /** Decompressed TSV bytes, streamed: never buffered whole, never written to disk. */
      body: Readable;
      /** Compressed bytes read so far (for progress), and the total when known. */
      bytesRead: () => number;
      bytesTotal: number | null;
      /** What to remember for the next conditional request. */
      state: SourceFileState;
    };

export interface OpenOptions {
  force?: boolean;
  retries?: number;
  retryBaseMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** A failure to fetch or decode a dataset file; the message is one line naming the file and the cause. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** The most useful one-line text of a Node error (connection errors may be AggregateErrors without a message). */
export function causeOf(err: unknown): string {
  if (err instanceof AggregateError && !err.message && err.errors.length > 0) return causeOf(err.errors[0]);
  if (err instanceof Error) return err.message || (err as NodeJS.ErrnoException).code || err.name;
  return String(err);
}

export function gunzipError(file: string, err: unknown, what = 'the download'): SourceError {
  return new SourceError(`${file}: ${what} is truncated or not valid gzip (${causeOf(err)})`, { cause: err });
}
