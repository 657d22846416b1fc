'use client';

import { useEffect, useId, useState } from 'react';
import type { DatePrecision } from '@/lib/journal/schemas';
import { formatWatchedOn, localDay } from '@/lib/journal/watches-format';

type Mode = 'today' | 'yesterday' | 'day' | 'month' | 'year' | 'unknown';

const CHIPS: { mode: Mode; label: string }[] = [
  { mode: 'today', label: 'Today' },
  { mode: 'yesterday', label: 'Yesterday' },
  { mode: 'day', label: 'Pick a date' },
  { mode: 'month', label: 'Month' },
  { mode: 'year', label: 'Year' },
  { mode: 'unknown', label: 'Don’t know' },
];

function dayBefore(day: string): string {
  const d = new Date(`${day}T12:00:00`);
  d.setDate(d.getDate() - 1);
  return localDay(d);
}

interface State {
  mode: Mode;
  day: string;
  month: string;
  year: string;
}

function initialState(
  today: string,
  watchedOn: string | null | undefined,
  precision: DatePrecision | undefined,
): State {
  const base = { day: today, month: today.slice(0, 7), year: today.slice(0, 4) };
  if (watchedOn === undefined || precision === undefined) return { mode: 'today', ...base };
  if (precision === 'unknown' || !watchedOn) return { mode: 'unknown', ...base };
  if (precision === 'year') return { ...base, mode: 'year', year: watchedOn };
  if (precision === 'month') return { ...base, mode: 'month', month: watchedOn, year: watchedOn.slice(0, 4) };
  if (watchedOn === today) return { mode: 'today', ...base };
  if (watchedOn === dayBefore(today)) return { mode: 'yesterday', ...base };
  return { ...base, mode: 'day', day: watchedOn };
}

/**
 * When it was watched: Today (the default), Yesterday, a date, a month, a year, or unknown.
 * "Today" is the phone's today. The value goes out as `watchedOn` in its precision.
 */
export function DateChooser({
  watchedOn,
  precision,
  errors,
  onChange,
}: {
  watchedOn?: string | null;
  precision?: DatePrecision;
  errors?: string[];
  /** Told the value (as `watchedOn` goes out) whenever it changes, and at first. */
  onChange?: (value: string) => void;
}) {
  const labelId = useId();
  const [today] = useState(() => localDay(new Date()));
  const [state, setState] = useState<State>(() => initialState(today, watchedOn, precision));
  const value =
    state.mode === 'today'
      ? today
      : state.mode === 'yesterday'
        ? dayBefore(today)
        : state.mode === 'day'
          ? state.day
          : state.mode === 'month'
            ? state.month
            : state.mode === 'year'
              ? state.year
              : '';
  useEffect(() => onChange?.(value), [value, onChange]);
  const shownPrecision: DatePrecision =
    state.mode === 'month' ? 'month' : state.mode === 'year' ? 'year' : state.mode === 'unknown' ? 'unknown' : 'day';
  const inputClass =
    'min-h-12 w-full rounded-xl border border-zinc-300 bg-white px-4 text-base text-zinc-900 outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-ink-950 dark:text-zinc-100 dark:[color-scheme:dark]';

  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-baseline justify-between gap-3">
        <span id={labelId} className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
          Watched
        </span>
        <span className="truncate text-sm text-zinc-500 dark:text-zinc-400" data-testid="date-summary">
          {value === '' && state.mode !== 'unknown' ? '' : formatWatchedOn(value || null, shownPrecision)}
        </span>
      </div>
      <input type="hidden" name="watchedOn" value={value} />
      <fieldset className="-mx-5 flex min-w-0 gap-2 overflow-x-auto px-5 pb-1 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0">
        <legend className="sr-only">When did you watch it?</legend>
        {CHIPS.map((chip) => {
          const active = state.mode === chip.mode;
          return (
            <button
              key={chip.mode}
              type="button"
              aria-pressed={active}
              onClick={() => setState((s) => ({ ...s, mode: chip.mode }))}
              className={`h-11 shrink-0 rounded-full px-4 text-sm font-semibold whitespace-nowrap transition ${
                active
                  ? 'bg-brand-600 text-white shadow-sm shadow-brand-600/30'
                  : 'bg-zinc-100 text-zinc-700 hover:bg-zinc-200 dark:bg-ink-800 dark:text-zinc-200 dark:hover:bg-zinc-800'
              }`}
            >
              {chip.label}
            </button>
          );
        })}
      </fieldset>
      {state.mode === 'day' ? (
        <input
          type="date"
          aria-label="Date watched"
          className={inputClass}
          value={state.day}
          max={today}
          min="1874-01-01"
          onChange={(e) => setState((s) => ({ ...s, day: e.target.value }))}
        />
      ) : null}
      {state.mode === 'month' ? (
        <input
          type="month"
          aria-label="Month watched"
          placeholder="YYYY-MM"
          className={inputClass}
          value={state.month}
          max={today.slice(0, 7)}
          min="1874-01"
          onChange={(e) => setState((s) => ({ ...s, month: e.target.value }))}
        />
      ) : null}
      {state.mode === 'year' ? (
        <input
          type="number"
          inputMode="numeric"
          aria-label="Year watched"
          className={inputClass}
          value={state.year}
          min={1874}
          max={Number(today.slice(0, 4))}
          onChange={(e) => setState((s) => ({ ...s, year: e.target.value }))}
        />
      ) : null}
      {errors?.length ? (
        <p className="text-sm text-red-600 dark:text-red-400" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
