import { z } from 'zod';
import { imdbIdOf, minuteOf, type ParseResult } from '../types';

// The documented JSON body for anything that can POST (Kodi add-ons, Home Assistant, shortcuts).

const schema = z
  .object({
    event: z.enum(['play', 'rate']).default('play'),
    imdbId: z
      .string()
      .regex(/^tt\d{7,10}$/, 'imdbId looks like tt0090728')
      .optional(),
    title: z.string().trim().min(1).max(500).optional(),
    year: z.number().int().min(1870).max(2200).optional(),
    type: z.enum(['movie', 'episode']).default('movie'),
    watchedAt: z.iso.datetime({ offset: true }).optional(),
    grade: z.number().min(0.5).max(10).multipleOf(0.5).nullable().optional(),
    user: z.string().max(200).optional(),
    player: z.string().max(200).optional(),
    id: z.string().max(200).optional(),
  })
  .refine((b) => b.imdbId || b.title, { message: 'give imdbId, or title (and year)', path: ['imdbId'] });

export function parseGeneric(body: unknown): ParseResult | { error: string } {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` };
  }
  const b = parsed.data;
  const at = b.watchedAt ? new Date(b.watchedAt) : new Date();
  const common = { event: b.event, serverUser: b.user ?? null, player: b.player ?? null };
  const item = {
    imdbId: imdbIdOf(b.imdbId),
    title: b.title ?? null,
    year: b.year ?? null,
    episode: b.type === 'episode',
  };
  if (b.event === 'rate') return { ...common, type: 'rate', item, at, grade: b.grade ?? null };
  const what = b.id ?? b.imdbId ?? `${b.title}|${b.year ?? ''}`;
  return {
    ...common,
    type: 'play',
    item,
    watchedAt: at,
    grade: b.grade ?? null,
    playKey: `generic:${what}:${minuteOf(at)}`,
  };
}
