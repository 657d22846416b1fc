import Link from 'next/link';
import { PredictedGrade } from '@/components/picks/predicted-grade';
import { Card } from '@/components/ui/card';
import type { PickListView } from '@/lib/picks';
import type { RefreshReason } from '@/lib/server/refresh-requests';
import { UpdatingNotice } from '../picks/updating-notice';

/** The first few of this week's picks, with their first reason; while they are being remade in
 *  the background, says so (and looks again every few seconds). */
export function PicksTeaser({ list, updating }: { list: PickListView | null; updating: RefreshReason | null }) {
  const picks = list?.sections.flatMap((s) => s.picks).slice(0, 3) ?? [];
  return (
    <Card title="This week's picks">
      <UpdatingNotice updating={updating} className="mb-2" />
      {picks.length === 0 ? (
        updating ? null : (
          <p className="text-zinc-600 dark:text-zinc-400">
            Picks appear once you have graded a few films and the IMDb data is loaded.
          </p>
        )
      ) : (
        <ul className="-mx-2 flex flex-col">
          {picks.map((pick) => (
            <li key={pick.id}>
              <Link
                href={`/titles/${pick.tconst}`}
                className="flex min-h-12 items-center gap-3 rounded-xl px-2 py-1.5 hover:bg-zinc-50 dark:hover:bg-ink-800"
              >
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">
                    {pick.title}
                    {pick.year ? (
                      <span className="font-normal text-zinc-500 dark:text-zinc-400"> ({pick.year})</span>
                    ) : null}
                  </span>
                  <span className="block truncate text-sm text-zinc-500 dark:text-zinc-400">{pick.reasons[0]}</span>
                </span>
                <PredictedGrade grade={pick.predictedGrade} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href="/picks" className="mt-3 inline-block font-semibold text-brand-600 dark:text-brand-400">
        All picks →
      </Link>
    </Card>
  );
}
