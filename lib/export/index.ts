// The journal exports (README, "Importing and exporting"). Not server-only: `npm run export` uses it.
export { CSV_HEADER, exportJournalCsv } from './csv';
export { exportJournalJson } from './json';
export { JOURNAL_EXPORT_FORMAT, JOURNAL_EXPORT_VERSION, type JournalExport, journalExportSchema } from './schema';
