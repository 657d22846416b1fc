import Link from 'next/link';
import type { Delivery } from '@/lib/connections/deliveries';
import { CONNECTION_LABELS, isConnectionKind } from '@/lib/connections/types';
import { watchedWhen } from '@/lib/connections/when';
import { Card } from '../ui/card';
import { type InboxEntry, InboxItem } from './inbox-item';

function entryOf(d: Delivery, now: Date): InboxEntry {
  const server = isConnectionKind(d.kind) ? CONNECTION_LABELS[d.kind] : d.kind;
  const title = `${d.title ?? d.imdbId ?? 'Untitled'}${d.year ? ` (${d.year})` : ''}`;
  if (d.outcome !== 'logged' || d.watchId === null) {
    return { id: d.id, lead: `${server} sent a title no entry matched`, title, watchId: null, reason: d.reason };
  }
  const when = watchedWhen(d.watchedAt ?? d.receivedAt, now, d.timeZone);
  return { id: d.id, lead: `Watched ${when} on ${d.player ?? server}`, title, watchId: d.watchId, reason: null };
}

/** Home: what the media servers logged, waiting for a grade, and what they sent that matched nothing. */
export function Inbox({ items }: { items: Delivery[] }) {
  if (items.length === 0) return null;
  const now = new Date();
  return (
    <Card title="From your media server">
      <ul className="-my-3 divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Inbox">
        {items.map((d) => (
          <InboxItem key={d.id} entry={entryOf(d, now)} />
        ))}
      </ul>
      <Link
        href="/settings#connections"
        className="mt-3 inline-block text-sm font-semibold text-brand-600 dark:text-brand-400"
      >
        Connections and delivery log →
      </Link>
    </Card>
  );
}
