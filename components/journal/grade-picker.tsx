'use client';

import { useId } from 'react';
import { formatGrade } from '@/lib/journal/watches-format';

const WHOLE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The grade: ten big buttons for the whole numbers and a ½ toggle that adds a half (½ alone
 * is 0.5). Tapping the chosen number again clears the grade. The value goes out as `grade`.
 */
export function GradePicker({
  value,
  onChange,
  errors,
}: {
  value: number | null;
  onChange: (grade: number | null) => void;
  errors?: string[];
}) {
  const labelId = useId();
  const whole = value === null ? null : Math.floor(value);
  const half = value !== null && !Number.isInteger(value);

  const pick = (n: number) => {
    if (whole === n && !half) onChange(null);
    else if (whole === n && half) onChange(n);
    else onChange(n === 10 ? 10 : n + (half ? 0.5 : 0));
  };
  const toggleHalf = () => {
    if (value === null) onChange(0.5);
    else if (half) onChange(whole === 0 ? null : whole);
    else if (value < 10) onChange(value + 0.5);
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-baseline justify-between">
        <span id={labelId} className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
          Grade
        </span>
        <p className="text-sm text-zinc-500 tabular-nums dark:text-zinc-400" aria-live="polite">
          {value === null ? (
            'No grade yet'
          ) : (
            <>
              <span className="text-2xl font-bold text-zinc-900 dark:text-white">{formatGrade(value)}</span> / 10
            </>
          )}
        </p>
      </div>
      <input type="hidden" name="grade" value={value === null ? '' : String(value)} />
      <fieldset className="grid min-w-0 grid-cols-5 gap-2 sm:grid-cols-10">
        <legend className="sr-only">Grade from 1 to 10</legend>
        {WHOLE.map((n) => {
          const chosen = whole === n;
          const below = value !== null && n <= value;
          return (
            <button
              key={n}
              type="button"
              aria-pressed={chosen}
              onClick={() => pick(n)}
              className={`h-14 rounded-2xl text-lg font-bold tabular-nums transition active:scale-95 ${
                chosen
                  ? 'bg-accent-500 text-ink-950 shadow-md shadow-accent-500/30'
                  : below
                    ? 'bg-accent-400/25 text-amber-900 dark:bg-accent-400/20 dark:text-amber-200'
                    : 'bg-zinc-100 text-zinc-700 hover:bg-zinc-200 dark:bg-ink-800 dark:text-zinc-200 dark:hover:bg-zinc-800'
              }`}
            >
              {n}
            </button>
          );
        })}
      </fieldset>
      <div className="flex items-center gap-2">
        <button
          type="button"
          aria-pressed={half}
          onClick={toggleHalf}
          disabled={value === 10}
          className={`h-11 rounded-full px-5 text-sm font-semibold disabled:opacity-40 ${
            half
              ? 'bg-accent-500 text-ink-950'
              : 'border border-zinc-300 text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-ink-800'
          }`}
        >
          + ½
        </button>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">Half steps: 7 + ½ is 7.5</span>
        {value !== null ? (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="ml-auto h-11 rounded-full px-4 text-sm font-medium text-zinc-500 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-ink-800"
          >
            Clear
          </button>
        ) : null}
      </div>
      {errors?.length ? (
        <p className="text-sm text-red-600 dark:text-red-400" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
