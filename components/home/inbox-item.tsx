'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { dismissInboxAction } from '@/lib/connections/actions/dismiss-inbox';
import { gradeInboxAction } from '@/lib/connections/actions/grade-inbox';

const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export interface InboxEntry {
  id: number;
  /** "Watched last night on SHIELD Android TV", or for a delivery no title matched, what it said. */
  lead: string;
  title: string;
  /** Set when a viewing was logged and waits for a grade; null when no title matched. */
  watchId: number | null;
  reason: string | null;
}

function DismissButton({ id, label }: { id: number; label: string }) {
  return (
    <form action={dismissInboxAction}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        aria-label={label}
        className="flex size-11 items-center justify-center rounded-full text-xl text-zinc-500 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-ink-800"
      >
        ×
      </button>
    </form>
  );
}

/** One inbox line: two taps grade the viewing (Grade, then the number), one dismisses it. */
export function InboxItem({ entry }: { entry: InboxEntry }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(gradeInboxAction, {});
  return (
    <li className="flex flex-col gap-2 py-3" data-testid="inbox-item">
      <div className="flex items-start gap-2">
        <p className="min-w-0 flex-1 py-2 text-sm">
          {entry.lead}: <strong className="font-semibold">{entry.title}</strong>
          {entry.watchId ? ' — grade it' : null}
          {entry.reason ? <span className="block text-xs text-zinc-500 dark:text-zinc-400">{entry.reason}</span> : null}
        </p>
        {entry.watchId ? (
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            className="min-h-11 rounded-xl bg-accent-500 px-4 text-sm font-semibold text-ink-950"
          >
            Grade
          </button>
        ) : (
          <Link
            href={`/search?q=${encodeURIComponent(entry.title)}`}
            className="flex min-h-11 items-center rounded-xl border border-zinc-300 px-4 text-sm font-semibold dark:border-zinc-700"
          >
            Find it
          </Link>
        )}
        <DismissButton id={entry.id} label={`Dismiss ${entry.title}`} />
      </div>
      {open && entry.watchId ? (
        <form action={action}>
          <input type="hidden" name="id" value={entry.id} />
          <fieldset className="grid grid-cols-5 gap-2 sm:grid-cols-10" disabled={pending}>
            <legend className="sr-only">Grade {entry.title} from 1 to 10</legend>
            {GRADES.map((n) => (
              <button
                key={n}
                type="submit"
                name="grade"
                value={n}
                className="h-12 rounded-2xl bg-zinc-100 text-lg font-bold tabular-nums hover:bg-accent-400/30 active:scale-95 disabled:opacity-50 dark:bg-ink-800"
              >
                {n}
              </button>
            ))}
          </fieldset>
          {state.message && !state.ok ? <p className="mt-2 text-sm text-red-600">{state.message}</p> : null}
        </form>
      ) : null}
    </li>
  );
}
