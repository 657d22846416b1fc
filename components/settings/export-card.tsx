import Link from 'next/link';
import { Card } from '../ui/card';

const linkClass =
  'inline-flex min-h-12 flex-1 items-center justify-center gap-2 rounded-xl border border-zinc-300 px-5 text-base font-semibold text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-ink-800';

/** Settings → Export: the whole journal as a download, and the way to the import screen. */
export function ExportCard() {
  return (
    <Card title="Import and export">
      <div id="export" className="flex scroll-mt-6 flex-col gap-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <strong className="text-zinc-900 dark:text-zinc-100">CSV</strong>: one row per viewing, in columns Letterboxd
          and spreadsheets read. <strong className="text-zinc-900 dark:text-zinc-100">JSON</strong>: everything —
          viewings, watchlist, tags, places, company and imports — and it imports back here as it was.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <a href="/api/v1/export?format=csv" download className={linkClass}>
            Download CSV
          </a>
          <a href="/api/v1/export?format=json" download className={linkClass}>
            Download JSON
          </a>
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Coming from IMDb, Letterboxd or a spreadsheet?{' '}
          <Link href="/import" className="font-semibold text-brand-700 hover:underline dark:text-brand-400">
            Import your history
          </Link>
          .
        </p>
      </div>
    </Card>
  );
}
