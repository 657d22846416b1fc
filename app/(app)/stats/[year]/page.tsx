import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { YearReviewScreen } from '@/components/stats/year-review';
import { requireUser } from '@/lib/auth/request';
import { postersFor } from '@/lib/posters/availability';
import { getYearReview } from '@/lib/stats/year-review';

const yearSchema = z.coerce.number().int().min(1874).max(2200);

export async function generateMetadata({ params }: PageProps<'/stats/[year]'>): Promise<Metadata> {
  return { title: `${(await params).year} in review` };
}

export default async function YearReviewPage({ params }: PageProps<'/stats/[year]'>) {
  const user = await requireUser();
  const year = yearSchema.safeParse((await params).year);
  if (!year.success) notFound();
  const review = await getYearReview(user.id, year.data);
  const posters = await postersFor([...review.topTitles, review.first, review.last].filter((t) => t !== null));
  return <YearReviewScreen review={review} posters={posters} />;
}
