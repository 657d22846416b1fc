import type { Delivery, Outcome } from '@/lib/connections/deliveries';
import { CONNECTION_LABELS, isConnectionKind } from '@/lib/connections/types';

const OUTCOME_STYLE: Record<Outcome, string> = {
  logged: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  graded: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  duplicate: 'bg-zinc-100 text-zinc-700 dark:bg-ink-800 dark:text-zinc-300',
  ignored: 'bg-zinc-100 text-zinc-700 dark:bg-ink-800 dark:text-zinc-300',
  unmatched: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  refused: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
};

function moment(at: Date, timeZone: string | null, seconds = true): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : { year: 'numeric' }),
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** The last 100 deliveries, newest first: what a person debugging their media server needs. */
export function DeliveryLog({ deliveries }: { deliveries: Delivery[] }) {
  return (
    <section className="mt-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <h3 className="font-semibold">Delivery log</h3>
      <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">
        The last 100 deliveries to your URLs. A wrong URL gets no entry here: the server answers it 404.
      </p>
      {deliveries.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Nothing delivered yet.</p>
      ) : (
        <ol className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="delivery-log">
          {deliveries.map((d) => (
            <li key={d.id} className="flex flex-col gap-0.5 py-2 text-sm" data-testid="delivery">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${OUTCOME_STYLE[d.outcome]}`}>
                  {d.outcome}
                </span>
                <span className="font-medium">{isConnectionKind(d.kind) ? CONNECTION_LABELS[d.kind] : d.kind}</span>
                <code className="text-xs text-zinc-600 dark:text-zinc-400">{d.event}</code>
                <time
                  className="ml-auto text-xs tabular-nums text-zinc-500 dark:text-zinc-400"
                  dateTime={d.receivedAt.toISOString()}
                >
                  {moment(d.receivedAt, d.timeZone)}
                </time>
              </div>
              {d.title || d.reason ? (
                <p className="text-zinc-600 dark:text-zinc-400">
                  {d.title ? (
                    <span className="text-zinc-900 dark:text-zinc-100">
                      {d.title}
                      {d.year ? ` (${d.year})` : ''}
                    </span>
                  ) : null}
                  {d.title && d.reason ? ' — ' : ''}
                  {d.reason}
                  {d.watchedAt ? (
                    <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                      played until {moment(d.watchedAt, d.timeZone, false)}
                    </span>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
