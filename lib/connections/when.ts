// Days and "last night" in the household's time zone (a connection's), else the server's
// (its `TZ` environment variable, else the system's): accounts keep no zone of their own.

const zoned = (timeZone: string | null) => (timeZone ? { timeZone } : {});

/** The calendar day of a moment, 'YYYY-MM-DD'. */
export function localDay(at: Date, timeZone: string | null): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...zoned(timeZone),
  }).format(at);
}

function localHour(at: Date, timeZone: string | null): number {
  const hour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', ...zoned(timeZone) }).format(at);
  return Number(hour);
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** When a play ended, as the inbox says it: "last night", "yesterday", "on Tuesday", "on 3 Jan". */
export function watchedWhen(at: Date, now: Date, timeZone: string | null): string {
  const ago = dayNumber(localDay(now, timeZone)) - dayNumber(localDay(at, timeZone));
  const hour = localHour(at, timeZone);
  if (ago === 0) return hour < 5 ? 'last night' : hour >= 18 ? 'tonight' : 'today';
  if (ago === 1) return hour >= 18 ? 'last night' : 'yesterday';
  if (ago > 1 && ago < 7) {
    return `on ${new Intl.DateTimeFormat('en-GB', { weekday: 'long', ...zoned(timeZone) }).format(at)}`;
  }
  const sameYear = localDay(at, timeZone).slice(0, 4) === localDay(now, timeZone).slice(0, 4);
  const date = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    ...zoned(timeZone),
  }).format(at);
  return `on ${date}`;
}
