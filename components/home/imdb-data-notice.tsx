import { Card } from '../ui/card';

/** Shown until the first ETL run has loaded IMDb's datasets. */
export function ImdbDataNotice() {
  return (
    <Card title="No IMDb data yet">
      <p className="text-zinc-600 dark:text-zinc-400">
        Search, title pages and statistics read IMDb's open datasets from this server's own database. They have not been
        loaded yet. On the server, run:
      </p>
      <pre className="mt-3 overflow-x-auto rounded-xl bg-zinc-100 px-4 py-3 text-sm dark:bg-ink-800">
        <code>npm run etl</code>
      </pre>
      <p className="mt-3 text-sm text-zinc-500 dark:text-zinc-400">
        It downloads the seven dataset files (about 1.7 GB) and loads them; the README explains the options and the
        weekly refresh.
      </p>
    </Card>
  );
}
