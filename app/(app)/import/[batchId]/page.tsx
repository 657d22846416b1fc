import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { BatchHeader } from '@/components/import/batch-header';
import { CommitBar } from '@/components/import/commit-bar';
import { ImportCounts } from '@/components/import/import-counts';
import { RECORDS_PER_PAGE, RecordList } from '@/components/import/record-list';
import { RemapColumns } from '@/components/import/remap-columns';
import { ReviewBanner } from '@/components/import/review-banner';
import { SkippedRows } from '@/components/import/skipped-rows';
import { UndoButton } from '@/components/import/undo-button';
import { requireUser } from '@/lib/auth/request';
import { getImportSummary, listImportRecords } from '@/lib/import';
import { idField, RECORD_STATUSES } from '@/lib/import/schemas';

export const metadata: Metadata = { title: 'Import' };

const querySchema = z.object({
  batchId: idField('batch'),
  status: z.enum(RECORD_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(0).max(100_000).optional().catch(undefined),
});

/** A batch: its preview (Import / Discard), or after the import its report (Undo). */
export default async function ImportBatchPage({ params, searchParams }: PageProps<'/import/[batchId]'>) {
  const user = await requireUser();
  const query = querySchema.safeParse({ ...(await searchParams), ...(await params) });
  if (!query.success) notFound();
  const { batchId, status, page = 0 } = query.data;
  const [summary, records] = await Promise.all([
    getImportSummary(user.id, batchId),
    listImportRecords(user.id, batchId, { status, offset: page * RECORDS_PER_PAGE, limit: RECORDS_PER_PAGE }),
  ]);
  if (!summary || !records) notFound();
  return (
    <div className="flex flex-col gap-5">
      <BatchHeader summary={summary} />
      {summary.status === 'preview' && summary.format === 'csv' ? <RemapColumns batchId={batchId} /> : null}
      <ImportCounts counts={summary.counts} hrefFor={(key) => `/import/${batchId}?status=${key}`} />
      <SkippedRows rows={summary.skipped} />
      {summary.status === 'committed' ? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          {/* This import's own rows: another import's queue is not this report's business. */}
          <ReviewBanner pending={summary.counts.review} batchId={batchId} />
          <UndoButton batchId={batchId} label="this import" />
        </div>
      ) : null}
      <RecordList batchId={batchId} counts={summary.counts} status={status ?? null} page={page} records={records} />
      {summary.status === 'preview' ? (
        <CommitBar batchId={batchId} writes={summary.counts.new + summary.counts.watchlist} />
      ) : null}
    </div>
  );
}
