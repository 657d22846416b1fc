'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/action';
import { regeneratePicksAction } from '@/lib/picks/actions/regenerate-picks';

/** "Regenerate now": retrains on the journal as it is and remakes this week's list. */
export function RegenerateButton({ primary = false }: { primary?: boolean }) {
  const [state, regenerate, pending] = useActionState<ActionState, FormData>(regeneratePicksAction, {});
  return (
    <form action={regenerate} className="flex flex-col items-start gap-1">
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex min-h-11 items-center justify-center rounded-xl px-4 text-sm font-semibold transition disabled:opacity-60 ${
          primary
            ? 'bg-brand-600 text-white hover:bg-brand-700'
            : 'border border-zinc-300 text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-ink-800'
        }`}
      >
        {pending ? 'Working…' : 'Regenerate now'}
      </button>
      {state.message ? (
        <p role="status" className={`text-sm ${state.ok ? 'text-zinc-500 dark:text-zinc-400' : 'text-red-600'}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
