import { z } from 'zod';
import { imdbIdOf, minuteOf, type ParseResult, playedEnough } from '../types';

// Emby's webhooks: JSON in a `data` form field (or as the body). `playback.stop` counts only
// when played to completion or past 90 % of the runtime; `item.markplayed` counts; `item.rate`
// grades when it carries a rating (likes and favourites carry none).

const schema = z.object({
  Event: z.string(),
  Date: z.string().optional(),
  User: z.object({ Name: z.string().optional(), Id: z.string().optional() }).optional(),
  Server: z.object({ Id: z.string().optional() }).optional(),
  Session: z.object({ DeviceName: z.string().optional() }).optional(),
  Item: z
    .object({
      Id: z.string().optional(),
      Name: z.string().optional(),
      Type: z.string().optional(),
      ProductionYear: z.number().int().optional(),
      RunTimeTicks: z.number().optional(),
      ProviderIds: z.object({ Imdb: z.string().optional() }).optional(),
      UserData: z.object({ Rating: z.number().optional() }).optional(),
    })
    .optional(),
  PlaybackInfo: z
    .object({ PlayedToCompletion: z.boolean().optional(), PositionTicks: z.number().optional() })
    .optional(),
});

export function parseEmby(body: unknown): ParseResult | { error: string } {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { error: `Not an Emby webhook payload: ${parsed.error.issues[0]?.path.join('.')}` };
  const p = parsed.data;
  const common = { event: p.Event, serverUser: p.User?.Name ?? null, player: p.Session?.DeviceName ?? null };
  const i = p.Item;
  const item = i && {
    imdbId: imdbIdOf(i.ProviderIds?.Imdb),
    title: i.Name ?? null,
    year: i.ProductionYear ?? null,
    episode: i.Type === 'Episode',
  };
  const ignored = (reason: string) => ({ ...common, type: 'ignored' as const, reason, item });
  if (!['playback.stop', 'item.markplayed', 'item.rate'].includes(p.Event)) {
    return ignored('not a completed play, a played mark or a rating');
  }
  if (!i || !item || (i.Type !== 'Movie' && i.Type !== 'Episode')) return ignored(`a ${i?.Type ?? 'item'}`);
  const at = p.Date ? new Date(p.Date) : new Date();
  if (Number.isNaN(at.getTime())) return { error: 'Date is not a date' };
  if (p.Event === 'item.rate') {
    const rating = i.UserData?.Rating;
    if (rating === undefined) return ignored('a like or favourite, no rating');
    return {
      ...common,
      type: 'rate',
      item,
      at,
      grade: rating <= 0 ? null : Math.min(10, Math.max(0.5, Math.round(rating * 2) / 2)),
    };
  }
  if (
    p.Event === 'playback.stop' &&
    !p.PlaybackInfo?.PlayedToCompletion &&
    !playedEnough(p.PlaybackInfo?.PositionTicks, i.RunTimeTicks)
  ) {
    return ignored('stopped before the end');
  }
  const playKey = `emby:${p.Server?.Id ?? ''}:${i.Id ?? i.Name ?? ''}:${p.User?.Id ?? ''}:${minuteOf(at)}`;
  return { ...common, type: 'play', item, watchedAt: at, playKey };
}
