import { revokeSessionAction } from '@/lib/auth/actions/revoke-session';
import { deviceName } from '@/lib/auth/device-name';
import { RevokeButton } from './revoke-button';

export interface SessionListRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  current: boolean;
}

/** Shown at once; the rest (a phone that signed in daily for a month) behind "Show N more". */
const SHOWN = 5;

const day = (d: Date) => d.toISOString().slice(0, 10);

function SessionRow({ s }: { s: SessionListRow }) {
  return (
    <li className="flex items-center justify-between gap-3 py-3">
      <div className="min-w-0">
        <p className="truncate font-medium" title={s.userAgent ?? undefined}>
          {deviceName(s.userAgent)}
          {s.current ? (
            <span className="ml-2 text-xs font-normal text-emerald-700 dark:text-emerald-400">this browser</span>
          ) : null}
        </p>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          signed in {day(s.createdAt)} · last used {day(s.lastSeenAt)}
        </p>
      </div>
      {s.current ? null : <RevokeButton action={revokeSessionAction} id={s.id} label="End" />}
    </li>
  );
}

/** The account's signed-in browsers, this one first, then by last use, each with an End button. */
export function SessionList({ sessions }: { sessions: SessionListRow[] }) {
  const ordered = [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.getTime() - a.lastSeenAt.getTime(),
  );
  const rest = ordered.slice(SHOWN);
  return (
    <div data-testid="sessions">
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {ordered.slice(0, SHOWN).map((s) => (
          <SessionRow key={s.id} s={s} />
        ))}
      </ul>
      {rest.length ? (
        <details className="border-t border-zinc-200 dark:border-zinc-800">
          <summary className="cursor-pointer py-3 text-sm font-medium text-indigo-700 dark:text-indigo-300">
            Show {rest.length} more
          </summary>
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {rest.map((s) => (
              <SessionRow key={s.id} s={s} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
