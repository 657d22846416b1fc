/**
 * The most an upload to the app may weigh, all files together. The proxy (proxy.ts) buffers
 * request bodies up to Next's default of 10 MB and passes longer ones on cut short, so a larger
 * upload would arrive truncated; such files go through `npm run import` instead.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

// Hard limits on what one import may expand to, so that no file (a zip bomb, a line of a million
// columns) can take the server's memory. A 68,000-row Letterboxd diary is 9.5 MB and a real
// export's largest file (reviews.csv) a few MB: the limits leave three times that and more, and
// at these sizes the import's peak memory stays in the low hundreds of MB.

/** The most one file may hold once read (a CSV on its own, or a file inflated from a zip). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** The most all the files read from one zip may hold together, inflated. */
export const MAX_ZIP_TOTAL_BYTES = 64 * 1024 * 1024;
/** A zip entry inflating to more than this many times its compressed size is a bomb, not a CSV
 *  (real CSV compresses 5–15 : 1)… */
export const MAX_ZIP_RATIO = 100;
/** …once it has inflated past this size (tiny files compress oddly). */
export const ZIP_RATIO_FROM_BYTES = 1024 * 1024;
/** The most fields one CSV line may have (real exports have 8–14). */
export const MAX_CSV_FIELDS = 1000;
/** The most characters one CSV record may hold (a long review is a few thousand). */
export const MAX_CSV_RECORD_CHARS = 1024 * 1024;

/** "32 MiB", for messages. */
export const mib = (bytes: number) => `${bytes / 1024 / 1024} MiB`;
