import { z } from 'zod';
import { imdbIdOf, minuteOf, type ParseResult, playedEnough } from '../types';

// Jellyfin's Webhook plugin with "Send All Properties": flat JSON. A stop counts when Jellyfin
// says it played to completion (or 90 % of the runtime was reached); marking an item played
// arrives as UserDataSaved with `Played` set.

// "Send All Properties" sends JSON booleans; a hand-written template renders them as "True"/"False".
const flag = z
  .union([z.boolean(), z.string()])
  .transform((v) => v === true || (typeof v === 'string' && v.toLowerCase() === 'true'))
  .optional();

const schema = z.object({
  NotificationType: z.string(),
  NotificationUsername: z.string().optional(),
  ServerId: z.string().optional(),
  ItemId: z.string().optional(),
  ItemType: z.string().optional(),
  Name: z.string().optional(),
  SeriesName: z.string().optional(),
  Year: z.number().int().optional(),
  Provider_imdb: z.string().optional(),
  RunTimeTicks: z.number().optional(),
  PlaybackPositionTicks: z.number().optional(),
  PlayedToCompletion: flag,
  Played: flag,
  SaveReason: z.string().optional(),
  UtcTimestamp: z.string().optional(),
  DeviceName: z.string().optional(),
});

export function parseJellyfin(body: unknown): ParseResult | { error: string } {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { error: `Not a Jellyfin webhook payload: ${parsed.error.issues[0]?.path.join('.')}` };
  const p = parsed.data;
  const common = {
    event: p.NotificationType,
    serverUser: p.NotificationUsername ?? null,
    player: p.DeviceName ?? null,
  };
  const item = {
    imdbId: imdbIdOf(p.Provider_imdb),
    title: p.Name ?? null,
    year: p.Year ?? null,
    episode: p.ItemType === 'Episode',
  };
  const ignored = (reason: string) => ({ ...common, type: 'ignored' as const, reason, item });
  if (p.ItemType !== 'Movie' && p.ItemType !== 'Episode') return ignored(`a ${p.ItemType ?? 'item'}`);
  if (p.NotificationType === 'PlaybackStop') {
    if (!p.PlayedToCompletion && !playedEnough(p.PlaybackPositionTicks, p.RunTimeTicks)) {
      return ignored('stopped before the end');
    }
  } else if (p.NotificationType === 'UserDataSaved') {
    if (!p.Played) return ignored('user data saved without the played flag');
    // The end of a play also saves user data; the PlaybackStop delivery logs that one.
    if (p.SaveReason && p.SaveReason !== 'TogglePlayed') return ignored(`user data saved (${p.SaveReason})`);
  } else {
    return ignored('not a completed play or a played mark');
  }
  const watchedAt = p.UtcTimestamp ? new Date(p.UtcTimestamp) : new Date();
  if (Number.isNaN(watchedAt.getTime())) return { error: 'UtcTimestamp is not a date' };
  return {
    ...common,
    type: 'play',
    item,
    watchedAt,
    playKey: `jellyfin:${p.ServerId ?? ''}:${p.ItemId ?? p.Name ?? ''}:${minuteOf(watchedAt)}`,
  };
}
