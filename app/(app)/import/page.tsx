import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportHistory } from '@/components/import/import-history';
import { ImportUploader } from '@/components/import/import-uploader';
import { ReviewBanner } from '@/components/import/review-banner';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/request';
import { listImportBatches, reviewQueue } from '@/lib/import';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage() {
  const user = await requireUser();
  const [batches, queue] = await Promise.all([listImportBatches(user.id), reviewQueue(user.id, { limit: 1 })]);
  return (
    <div className="flex flex-col gap-5">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Import</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Bring your history from IMDb, Letterboxd, Trakt or a spreadsheet. You see a preview first; every import can be
          undone.
        </p>
      </header>
      <ReviewBanner pending={queue.total} />
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Card title="New import" className="min-w-0">
          <ImportUploader />
        </Card>
        <Card title="History" className="min-w-0">
          <ImportHistory batches={batches} />
          <p className="mt-4 text-sm text-zinc-500 dark:text-zinc-400">
            To take your journal elsewhere, use{' '}
            <Link href="/settings#export" className="font-semibold text-brand-700 hover:underline dark:text-brand-400">
              Export in Settings
            </Link>
            .
          </p>
        </Card>
      </div>
    </div>
  );
}
