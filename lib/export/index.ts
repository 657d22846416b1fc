// The journal exports (README, "Importing and exporting"). Not server-only: `npm run export` uses it.
export { CSV_HEADER, exportJournalCsv } from './csv';
export { exportJournalJson } from './json';
