import type { ReviewReason } from '@/lib/import/types';

/** What the review queue's address selects. */
export interface ReviewQuery {
  batch?: number;
  reason?: ReviewReason;
  minConfidence?: number;
}

export function reviewHref(query: ReviewQuery, page = 0): string {
  const params = new URLSearchParams();
  if (query.batch) params.set('batch', String(query.batch));
  if (query.reason) params.set('reason', query.reason);
  if (query.minConfidence !== undefined) params.set('min', String(query.minConfidence));
  if (page > 0) params.set('page', String(page));
  const qs = params.toString();
  return `/import/review${qs ? `?${qs}` : ''}`;
}
