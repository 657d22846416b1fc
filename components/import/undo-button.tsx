'use client';

import { useActionState, useState } from 'react';
import { undoImportAction } from '@/lib/import/actions/undo-import';

/** Undo of one import in the history, confirmed by a second tap. */
export function UndoButton({ batchId, label }: { batchId: number; label: string }) {
  const [state, action, pending] = useActionState(undoImportAction, {});
  const [asking, setAsking] = useState(false);
  const base = 'min-h-11 rounded-xl px-4 text-sm font-semibold transition disabled:opacity-60';
  if (!asking) {
    return (
      <div className="flex flex-col items-end gap-1">
        <button
          type="button"
          onClick={() => setAsking(true)}
          className={`${base} border border-zinc-300 text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-ink-800`}
          aria-label={`Undo ${label}`}
        >
          Undo
        </button>
        {state.message ? (
          <p
            role={state.ok ? 'status' : 'alert'}
            className={`text-xs ${state.ok ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-400'}`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <form action={action} className="flex gap-2">
      <input type="hidden" name="batchId" value={batchId} />
      <button
        type="button"
        onClick={() => setAsking(false)}
        className={`${base} text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-ink-800`}
      >
        Keep
      </button>
      <button type="submit" disabled={pending} className={`${base} bg-red-600 text-white hover:bg-red-700`}>
        {pending ? 'Undoing…' : 'Undo import'}
      </button>
    </form>
  );
}
