// The diary's URL filters. The extra ones come from the statistics' tap-throughs and have no
// select of their own: the diary shows each as a pill that removes it.

export const EXTRA_FILTERS = [
  'month',
  'weekday',
  'decade',
  'released',
  'runtime',
  'person',
  'region',
  'rewatch',
  'from',
  'to',
  'kind',
] as const;
export type ExtraFilter = (typeof EXTRA_FILTERS)[number];

export const DIARY_FILTERS = ['year', 'grade', 'tag', 'genre', 'type', 'q', ...EXTRA_FILTERS] as const;
