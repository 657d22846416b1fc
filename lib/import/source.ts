// A file to import as its bytes a chunk at a time, readable as often as needed: an uploaded
// file is sliced, a zip entry inflated again on each read, so no whole inflated file is held.

export interface ByteSource {
  /** As reported in errors and records: `diary.csv`, or `export.zip/diary.csv`. */
  name: string;
  chunks(): Iterable<Uint8Array>;
}

const SLICE = 1024 * 1024;

export const bytesSource = (name: string, bytes: Uint8Array): ByteSource => ({
  name,
  *chunks() {
    for (let at = 0; at < bytes.length; at += SLICE) yield bytes.subarray(at, at + SLICE);
  },
});
