import type { RefreshReason } from '@/lib/server/refresh-requests';
import { AutoRefresh } from '../status/auto-refresh';

const AFTER: Record<RefreshReason, string> = {
  import: 'your import',
  undo: 'the undone import',
  review: 'your review of imported rows',
  imdb: 'the IMDb data refresh',
};

/** While statistics and picks are being remade in the background: says so, and shows the page
 *  again every few seconds until they are done. */
export function UpdatingNotice({ updating, className = '' }: { updating: RefreshReason | null; className?: string }) {
  if (!updating) return null;
  return (
    <p role="status" className={`text-zinc-600 dark:text-zinc-400 ${className}`} data-testid="picks-updating">
      <AutoRefresh active everyMs={3000} />
      Updating your statistics and picks after {AFTER[updating]}…
    </p>
  );
}
