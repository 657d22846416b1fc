// What a media server's delivery means once parsed, whatever server sent it.

export const CONNECTION_KINDS = ['plex', 'jellyfin', 'emby', 'generic'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export const CONNECTION_LABELS: Record<ConnectionKind, string> = {
  plex: 'Plex',
  jellyfin: 'Jellyfin',
  emby: 'Emby',
  generic: 'Anything else (JSON)',
};

export function isConnectionKind(value: string): value is ConnectionKind {
  return (CONNECTION_KINDS as readonly string[]).includes(value);
}

export interface MediaItem {
  imdbId: string | null;
  title: string | null;
  year: number | null;
  episode: boolean;
}

interface Common {
  /** The server's own name of the event (media.scrobble, PlaybackStop, …), for the delivery log. */
  event: string;
  /** The media server's user name, for a connection's user filter. */
  serverUser: string | null;
  player: string | null;
}

export type MediaEvent =
  | (Common & { type: 'play'; item: MediaItem; watchedAt: Date; playKey: string; grade?: number | null })
  | (Common & { type: 'rate'; item: MediaItem; at: Date; grade: number | null });

/** A delivery that is understood but is no viewing (a pause, an early stop, …). */
type Ignored = Common & { type: 'ignored'; reason: string; item?: MediaItem };

export type ParseResult = MediaEvent | Ignored;

/** Unix seconds or ISO text → the minute it falls in, for play keys that survive re-sending. */
export function minuteOf(date: Date): string {
  return date.toISOString().slice(0, 16);
}

const IMDB_ID = /^tt\d{7,10}$/;

export function imdbIdOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /tt\d{7,10}/.exec(value);
  return match && IMDB_ID.test(match[0]) ? match[0] : null;
}

/** A server's ticks (100 ns) or other position and runtime: whether at least 90 % was played. */
export function playedEnough(position: number | null | undefined, runtime: number | null | undefined): boolean {
  return typeof position === 'number' && typeof runtime === 'number' && runtime > 0 && position >= 0.9 * runtime;
}
