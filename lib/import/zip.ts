import { Unzip, UnzipInflate } from 'fflate';
import { fileError, tooLargeError } from './file-error';
import { MAX_FILE_BYTES, MAX_ZIP_RATIO, MAX_ZIP_TOTAL_BYTES, mib, ZIP_RATIO_FROM_BYTES } from './limits';
import type { ByteSource } from './source';
import type { ImportFileError } from './types';

// Reading zip entries with bounded memory: the compressed bytes go through fflate's streaming
// inflater a slice at a time and the inflated chunks are handed on as they come, never joined.
// A survey inflates every wanted entry once, counting (the sizes a zip declares are not
// trusted), so a bomb is refused after at most a limit's worth; each later read inflates again.

/** Small enough that one slice of deflate (at most ≈ 1032 : 1) inflates to a few MB. */
const SLICE = 4096;

type Inflated = { name: string; chunk: Uint8Array; compressed: number } | { name: string; error: string };

export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The inflated chunks of the entries `wanted` accepts, in order; every entry's name goes to `names`. */
function* inflate(zip: Uint8Array, wanted: (name: string) => boolean, names: string[] = []): Generator<Inflated> {
  const pending: Inflated[] = [];
  let pushed = 0;
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (!wanted(file.name)) return;
    const startedAt = pushed;
    file.ondata = (error, chunk) => {
      if (error) pending.push({ name: file.name, error: error.message });
      // Compressed bytes consumed so far stand in for a size the entry does not declare.
      else pending.push({ name: file.name, chunk, compressed: file.size || Math.max(1, pushed - startedAt) });
    };
    try {
      file.start();
    } catch (error) {
      pending.push({ name: file.name, error: (error as Error).message });
    }
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < zip.length; at += SLICE) {
    pushed = Math.min(at + SLICE, zip.length);
    unzip.push(zip.subarray(at, pushed), pushed === zip.length);
    yield* pending;
    pending.length = 0;
  }
}

export interface ZipSurvey {
  /** Every entry's name, read or not (to recognise a workbook). */
  names: string[];
  /** The wanted entries, each within the limits. */
  entries: ByteSource[];
}

const unreadable = (where: string, message: string) =>
  fileError(where, null, null, `the zip file cannot be read: ${message}`);

/** The entries of `zip` whose names `wanted` accepts, or why they cannot be read within the limits. */
export function surveyZip(
  zipName: string,
  zip: Uint8Array,
  wanted: (name: string) => boolean,
): ZipSurvey | ImportFileError {
  const names: string[] = [];
  const sizes = new Map<string, number>();
  let total = 0;
  try {
    for (const item of inflate(zip, wanted, names)) {
      const where = `${zipName}/${item.name}`;
      if ('error' in item) return unreadable(where, item.error);
      const size = (sizes.get(item.name) ?? 0) + item.chunk.length;
      sizes.set(item.name, size);
      total += item.chunk.length;
      if (size > MAX_FILE_BYTES)
        return tooLargeError(where, null, `inflates to more than ${mib(MAX_FILE_BYTES)}, the limit for one file`);
      if (total > MAX_ZIP_TOTAL_BYTES)
        return tooLargeError(
          where,
          null,
          `the files read from ${zipName} inflate to more than ${mib(MAX_ZIP_TOTAL_BYTES)}, the limit for one zip`,
        );
      if (size > ZIP_RATIO_FROM_BYTES && size > item.compressed * MAX_ZIP_RATIO)
        return tooLargeError(
          where,
          null,
          `inflates more than ${MAX_ZIP_RATIO} times its compressed size: a zip bomb, not an export`,
        );
    }
  } catch (error) {
    return unreadable(zipName, (error as Error).message);
  }
  const entries = [...sizes.keys()].map((name) => ({
    name: `${zipName}/${name}`,
    *chunks() {
      for (const item of inflate(zip, (n) => n === name)) if ('chunk' in item) yield item.chunk;
    },
  }));
  return { names, entries };
}
