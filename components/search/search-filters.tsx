'use client';

import { useEffect, useId, useState } from 'react';
import { FilterIcon } from '@/components/shell/icons';

export interface SearchFilterValues {
  /** IMDb titleTypes. */
  types: string[];
  yearFrom: string;
  yearTo: string;
}

/** The type chips: each stands for one or more of IMDb's title types. */
const TYPE_GROUPS: { label: string; types: string[] }[] = [
  { label: 'Films', types: ['movie'] },
  { label: 'Series', types: ['tvSeries', 'tvMiniSeries'] },
  { label: 'TV films', types: ['tvMovie', 'tvSpecial'] },
  { label: 'Shorts', types: ['short', 'tvShort'] },
  { label: 'Video', types: ['video'] },
];

/** Type and year filters, folded away behind one button until wanted. */
export function SearchFilters({
  values,
  activeCount,
  onChange,
}: {
  values: SearchFilterValues;
  activeCount: number;
  onChange: (values: SearchFilterValues) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(activeCount > 0);
  const [from, setFrom] = useState(values.yearFrom);
  const [to, setTo] = useState(values.yearTo);
  useEffect(() => {
    setFrom(values.yearFrom);
    setTo(values.yearTo);
  }, [values.yearFrom, values.yearTo]);

  const toggleGroup = (group: string[]) => {
    const on = group.every((t) => values.types.includes(t));
    const types = on ? values.types.filter((t) => !group.includes(t)) : [...new Set([...values.types, ...group])];
    onChange({ ...values, types });
  };
  const commitYears = () => {
    if (from !== values.yearFrom || to !== values.yearTo) onChange({ ...values, yearFrom: from, yearTo: to });
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
          className="inline-flex h-9 items-center gap-1.5 rounded-full px-3 text-sm font-semibold text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-ink-800"
        >
          <FilterIcon width={16} height={16} strokeWidth={2} />
          Filters
          {activeCount ? (
            <span className="grid size-5 place-items-center rounded-full bg-brand-600 text-[11px] text-white">
              {activeCount}
            </span>
          ) : null}
        </button>
        {activeCount ? (
          <button
            type="button"
            onClick={() => onChange({ types: [], yearFrom: '', yearTo: '' })}
            className="h-9 rounded-full px-3 text-sm text-zinc-500 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-ink-800"
          >
            Clear filters
          </button>
        ) : null}
      </div>
      <div id={id} hidden={!open} className="flex flex-col gap-3 pb-1">
        <fieldset className="-mx-4 flex min-w-0 gap-2 overflow-x-auto px-4 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0">
          <legend className="sr-only">Type</legend>
          {TYPE_GROUPS.map((g) => {
            const on = g.types.every((t) => values.types.includes(t));
            return (
              <button
                key={g.label}
                type="button"
                aria-pressed={on}
                onClick={() => toggleGroup(g.types)}
                className={`h-10 shrink-0 rounded-full px-4 text-sm font-semibold whitespace-nowrap transition ${
                  on
                    ? 'bg-brand-600 text-white'
                    : 'bg-zinc-100 text-zinc-700 hover:bg-zinc-200 dark:bg-ink-800 dark:text-zinc-200 dark:hover:bg-zinc-800'
                }`}
              >
                {g.label}
              </button>
            );
          })}
        </fieldset>
        <div className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          <span>Released</span>
          <YearInput label="From year" placeholder="from" value={from} onChange={setFrom} onCommit={commitYears} />
          <span>to</span>
          <YearInput label="To year" placeholder="to" value={to} onChange={setTo} onCommit={commitYears} />
        </div>
      </div>
    </div>
  );
}

/** A four-digit year box: digits only, committed on blur or Enter. */
function YearInput({
  label,
  placeholder,
  value,
  onChange,
  onCommit,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  onCommit: () => void;
}) {
  return (
    <input
      aria-label={label}
      inputMode="numeric"
      placeholder={placeholder}
      value={value}
      maxLength={4}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
      onBlur={onCommit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onCommit();
        }
      }}
      className="h-11 w-24 rounded-xl border border-zinc-300 bg-white px-3 text-base tabular-nums outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-ink-900"
    />
  );
}
