import { z } from 'zod';
import { imdbIdOf, type ParseResult } from '../types';

// Plex webhooks (Plex Pass): a `payload` form field holding JSON. `media.scrobble` is sent once
// 90 % of an item has played; `media.rate` carries `rating` 0–10 (absent or -1: cleared).

const schema = z.object({
  event: z.string(),
  rating: z.number().optional(),
  Account: z.object({ title: z.string().optional() }).optional(),
  Server: z.object({ uuid: z.string().optional() }).optional(),
  Player: z.object({ title: z.string().optional() }).optional(),
  Metadata: z
    .object({
      type: z.string().optional(),
      title: z.string().optional(),
      grandparentTitle: z.string().optional(),
      year: z.number().int().optional(),
      ratingKey: z.union([z.string(), z.number()]).optional(),
      guid: z.string().optional(),
      Guid: z.array(z.object({ id: z.string() })).optional(),
      viewCount: z.number().optional(),
      lastViewedAt: z.number().optional(),
      lastRatedAt: z.number().optional(),
    })
    .optional(),
});

export function parsePlex(body: unknown): ParseResult | { error: string } {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { error: `Not a Plex webhook payload: ${parsed.error.issues[0]?.path.join('.')}` };
  const p = parsed.data;
  const common = { event: p.event, serverUser: p.Account?.title ?? null, player: p.Player?.title ?? null };
  const m = p.Metadata;
  const imdbId = imdbIdOf(m?.Guid?.find((g) => g.id.startsWith('imdb://'))?.id) ?? imdbIdFromAgent(m?.guid);
  const item = m && { imdbId, title: m.title ?? null, year: m.year ?? null, episode: m.type === 'episode' };
  const ignored = (reason: string) => ({ ...common, type: 'ignored' as const, reason, item });
  if (p.event !== 'media.scrobble' && p.event !== 'media.rate') return ignored('not a completed play or a rating');
  if (!m || !item) return ignored('no Metadata in the payload');
  if (m.type !== 'movie' && m.type !== 'episode') return ignored(`a ${m.type ?? 'item'}`);
  if (p.event === 'media.rate') {
    const rating = p.rating;
    const grade = rating === undefined || rating <= 0 ? null : Math.min(10, Math.max(0.5, Math.round(rating * 2) / 2));
    return { ...common, type: 'rate', item, grade, at: seconds(m.lastRatedAt) };
  }
  const watchedAt = seconds(m.lastViewedAt);
  const playKey = `plex:${p.Server?.uuid ?? ''}:${m.ratingKey ?? m.guid ?? ''}:${m.lastViewedAt ?? ''}:${m.viewCount ?? ''}`;
  return { ...common, type: 'play', item, watchedAt, playKey };
}

/** Older Plex agents: `com.plexapp.agents.imdb://tt0090728?lang=en`. */
function imdbIdFromAgent(guid: string | undefined): string | null {
  return guid?.includes('imdb://') ? imdbIdOf(guid) : null;
}

function seconds(value: number | undefined): Date {
  return value ? new Date(value * 1000) : new Date();
}
