import type { CsvMapping } from '../../lib/import/types';

/** The column mapping of tests/fixtures/import/spreadsheet-semicolon.csv (a German log). */
export const SEMICOLON_SHEET_MAPPING = {
  title: 'Titel',
  year: 'Jahr',
  date: 'Gesehen',
  dateOrder: 'dmy',
  grade: 'Note',
  gradeScale: 5,
  review: 'Notizen',
  place: 'Ort',
  companions: 'Mit',
} as const satisfies CsvMapping;
