import { EtlButtons } from '../status/etl-buttons';
import { Card } from '../ui/card';

/** Shown until IMDb's datasets have been loaded into this server's database. */
export function ImdbDataNotice({ running, isOwner }: { running: boolean; isOwner: boolean }) {
  return (
    <Card title="No IMDb data yet">
      <p className="mb-4 text-zinc-600 dark:text-zinc-400">
        Search, title pages and statistics read IMDb's open datasets from this server's own database. Load them once
        (about 1.7 GB to download; the weekly refresh keeps them current), or try the app first with a small sample that
        needs no internet.
      </p>
      <EtlButtons running={running} offerSample isOwner={isOwner} />
      <p className="mt-4 text-sm text-zinc-500 dark:text-zinc-400">
        On the server, the same is <code>npm run etl</code> (or <code>npm run etl -- --source etl/sample --force</code>
        ). Progress is on the Data page.
      </p>
    </Card>
  );
}
