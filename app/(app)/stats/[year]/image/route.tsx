import { ImageResponse } from 'next/og';
import { z } from 'zod';
import { SHARED_TITLES, YearReviewImage } from '@/components/stats/year-review-image';
import { currentUser } from '@/lib/auth/request';
import { posterDataUrls } from '@/lib/posters/serve';
import { getYearReview } from '@/lib/stats/year-review';

const yearSchema = z.coerce.number().int().min(1874).max(2200);

/** The year in review as a PNG to share (the signed-in user's own), with the posters already cached. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await currentUser();
  if (!user) return new Response('Sign in first.', { status: 401 });
  const year = yearSchema.safeParse((await params).year);
  if (!year.success) return new Response('No such year.', { status: 404 });
  const review = await getYearReview(user.id, year.data);
  const shown = review.topTitles.slice(0, SHARED_TITLES).map((t) => t.tconst);
  const posters = await posterDataUrls(shown, 'large');
  return new ImageResponse(<YearReviewImage review={review} posters={posters} />, {
    width: 1200,
    height: 630,
    headers: { 'Cache-Control': 'private, no-store' },
  });
}
