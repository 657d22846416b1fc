// Date cells: a spreadsheet stores a date as a day count (a "serial") and shows it through a
// number format; the format says whether the cell is a date at all, and to what precision.

export type DateFormat = 'day' | 'month' | 'year' | 'time';

/** Excel's built-in number formats that show dates (ids 14–22, 45–47 and the East Asian ones). */
export function builtinDateFormat(id: number): DateFormat | null {
  if (id === 17) return 'month';
  if ((id >= 14 && id <= 16) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'day';
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return 'time';
  return null;
}

/** What a custom format code shows of a date (`dd/mm/yyyy` → day, `mmm yyyy` → month), or null for a number format. */
export function customDateFormat(code: string): DateFormat | null {
  // Quoted text, escaped characters, colours and locales ([Red], [$-40C]) are not date parts.
  const bare = code
    .split(';')[0]
    .replace(/"[^"]*"|\\.|_.|\*./g, '')
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '')
    .toLowerCase()
    .replace(/am\/pm|a\/p/g, '');
  if (/^general$/.test(bare.trim())) return null;
  const hasDay = /d/.test(bare);
  const hasYear = /y|e(?![+-])/.test(bare);
  // An "m" next to hours or seconds is minutes, not the month.
  const months = bare.replace(/(h[^a-z]*)m+|m+([^a-z]*s)/g, '$1$2');
  const hasMonth = /m/.test(months);
  if (hasDay) return 'day';
  if (hasMonth) return hasYear ? 'month' : 'day';
  if (hasYear) return 'year';
  return /[hs]|\[[hms]+\]/.test(bare) ? 'time' : null;
}

const DAY_MS = 86_400_000;

/**
 * The ISO date of a serial, to the format's precision (`2015-03-05`, `2015-03`, `2015`).
 * The 1900 system counts 1900 as a leap year (Lotus's mistake, kept by Excel): serial 60 is
 * 29 February 1900, which did not exist, and every later serial is one day ahead of the calendar.
 * The 1904 system (old Mac workbooks) counts from 1 January 1904.
 */
export function serialDate(serial: number, date1904: boolean, precision: Exclude<DateFormat, 'time'>): string {
  // Times are fractions of a day: a rounding error must not push 23:59:59.999 into the next day.
  const days = Math.floor(serial + 1e-8);
  if (!date1904 && days === 60) return '1900-02-29';
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30);
  const iso = new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
