'use client';

import { useActionState } from 'react';
import { commitImportAction } from '@/lib/import/actions/commit-import';
import { discardImportAction } from '@/lib/import/actions/discard-import';
import { Button } from '../ui/button';
import { FormMessage } from '../ui/form-message';

/** Import or Discard, kept at the bottom of the screen on phones. */
export function CommitBar({ batchId, writes }: { batchId: number; writes: number }) {
  const [committed, commit, committing] = useActionState(commitImportAction, {});
  const [discarded, discard, discarding] = useActionState(discardImportAction, {});
  const busy = committing || discarding;
  return (
    <div className="sticky bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-10 -mx-4 flex flex-col gap-2 border-t border-zinc-200 bg-white/95 px-4 py-3 backdrop-blur md:bottom-0 md:mx-0 md:rounded-2xl md:border dark:border-zinc-800 dark:bg-ink-950/95">
      <FormMessage message={committed.message ?? discarded.message} />
      <div className="flex gap-3 md:justify-end">
        <form action={discard} className="flex-1 md:flex-none">
          <input type="hidden" name="batchId" value={batchId} />
          <Button type="submit" variant="quiet" disabled={busy} className="w-full">
            {discarding ? 'Discarding…' : 'Discard'}
          </Button>
        </form>
        <form action={commit} className="flex-[2] md:flex-none">
          <input type="hidden" name="batchId" value={batchId} />
          <Button type="submit" disabled={busy} className="w-full">
            {committing ? 'Importing…' : writes > 0 ? `Import ${writes.toLocaleString('en')}` : 'Import'}
          </Button>
        </form>
      </div>
    </div>
  );
}
