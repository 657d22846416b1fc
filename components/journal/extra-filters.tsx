'use client';

// The statistics' tap-through filters: each shows as a pill that removes it.

import { EXTRA_FILTERS, type ExtraFilter } from '@/lib/journal/diary-filters';

const WEEKDAYS = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

function label(key: ExtraFilter, value: string): string {
  switch (key) {
    case 'weekday':
      return WEEKDAYS[Number(value) - 1] ?? value;
    case 'decade':
      return `${value}s`;
    case 'released':
      return `Released ${value}`;
    case 'runtime': {
      const [lo, hi] = value.split('-');
      return hi ? `${lo}–${Number(hi) - 1} min` : `${lo}+ min`;
    }
    case 'rewatch':
      return value === 'true' ? 'Rewatches' : 'First viewings';
    case 'from':
      return `From ${value}`;
    case 'to':
      return `To ${value}`;
    case 'kind':
      return value === 'films' ? 'Films' : 'Series';
    case 'person':
      return `With ${value}`;
    case 'region':
      return `From ${value}`;
    default:
      return value;
  }
}

export function ExtraFilters({
  filters,
  labels = {},
  onRemove,
}: {
  filters: Partial<Record<string, string>>;
  labels?: Partial<Record<ExtraFilter, string>>;
  onRemove: (key: ExtraFilter) => void;
}) {
  const text = (key: ExtraFilter) => labels[key] ?? label(key, filters[key] ?? '');
  return EXTRA_FILTERS.filter((key) => filters[key]).map((key) => (
    <button
      key={key}
      type="button"
      onClick={() => onRemove(key)}
      aria-label={`Remove the filter ${text(key)}`}
      className="inline-flex h-10 shrink-0 items-center gap-1.5 rounded-full border border-brand-600 bg-brand-600 px-4 text-sm font-semibold text-white"
    >
      {text(key)}
      <span aria-hidden="true">×</span>
    </button>
  ));
}
