import 'server-only';

// The importer as the app uses it (described in the README, "Importing and exporting"). The
// command lines and the picks evaluation use the modules behind it directly (not server-only).
export { commitImport, discardPreview, resolveReviewItem, undoImport } from './commit';

export { previewImport } from './preview';
export { getImportSummary, listImportBatches, listImportRecords } from './records';
export { resolveReviewRows, reviewQueue, reviewReasonCounts } from './review-queue';
export type * from './types';
