/**
 * The most an upload to the app may weigh, all files together. The proxy (proxy.ts) buffers
 * request bodies up to Next's default of 10 MB and passes longer ones on cut short, so a larger
 * upload would arrive truncated; such files go through `npm run import` instead.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
