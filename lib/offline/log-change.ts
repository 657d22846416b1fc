import type { Change } from './outbox';

// The log sheet's form, as the change the outbox sends: POST /api/v1/watches with the same
// values the form has (the API reads form-style strings as well as JSON types). A title the
// phone never saw is sent by name and year (`match`), for the server to find.

/** What the log sheet knows of the title being logged. */
export interface LoggedTitle {
  tconst: string;
  title: string;
  year: number | null;
}

const OPTION_KEYS = new Set([
  'removeFromWatchlist',
  'provisionalTitle',
  'provisionalYear',
  'provisionalType',
  'provisionalSource',
  'matchTitle',
  'matchYear',
]);

export function logChange(values: Record<string, string>, title: LoggedTitle): Change {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (!OPTION_KEYS.has(key)) body[key] = value;
  if (values.matchTitle) {
    const year = Number.parseInt(values.matchYear ?? '', 10);
    body.match = { title: values.matchTitle, year: Number.isFinite(year) ? year : null };
  } else body.tconst = title.tconst;
  if (values.removeFromWatchlist === 'on') body.removeFromWatchlist = true;
  if (values.provisionalTitle) {
    body.provisional = {
      title: values.provisionalTitle,
      year: values.provisionalYear || null,
      type: values.provisionalType || null,
      source: values.provisionalSource || 'imdb-web',
    };
  }
  const grade = Number.parseFloat(values.grade ?? '');
  return {
    kind: 'log',
    method: 'POST',
    path: '/api/v1/watches',
    body,
    preview: {
      tconst: title.tconst,
      title: title.title,
      year: title.year,
      watchedOn: values.watchedOn?.trim() || null,
      grade: Number.isFinite(grade) ? grade : null,
    },
  };
}

/** A form's string values (the last of a repeated name, as the server's form actions read them). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === 'string') values[key] = value;
  return values;
}
