import { z } from 'zod';
import { invalid, notFound, queryOf } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { openPoster } from '@/lib/posters/serve';
import { tconstSchema } from '@/lib/titles/ids';

const querySchema = z.object({
  tconst: tconstSchema,
  size: z.enum(['large', 'small']).default('large'),
  // The poster's version: a new file gets a new URL, so the old one may be cached for ever.
  v: z.string().max(20).optional(),
});

/** A title's cached poster image; 404 when none is cached (the app then shows its letter tile). */
export const GET = withApiAuth<RouteContext<'/api/v1/posters/[tconst]'>>(async (request, { params }) => {
  const parsed = querySchema.safeParse({ ...queryOf(request), tconst: (await params).tconst });
  if (!parsed.success) return invalid(parsed.error);
  const poster = await openPoster(parsed.data.tconst, parsed.data.size);
  if (!poster) return notFound();
  return new Response(poster.body, {
    headers: {
      'Content-Type': poster.type,
      'Content-Length': String(poster.size),
      'Cache-Control': parsed.data.v ? 'private, max-age=31536000, immutable' : 'private, no-cache',
    },
  });
});
