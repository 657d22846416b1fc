import type { GradeStats, GroupStat } from './stats';
import type { TrainedModel } from './train';
import { ROLES, type Role } from './types';

// A trained model as JSON (for the grade_models table) and back. Only the Maps need help.

type Entries = [string, GroupStat][];

export interface StoredModel extends Omit<TrainedModel, 'stats'> {
  version: 2;
  stats: {
    total: GroupStat;
    people: Record<Role, Entries>;
    genres: Entries;
    decades: Entries;
    series: Entries;
    types: Entries;
  };
}

export function toStored(model: TrainedModel): StoredModel {
  const { stats, ...rest } = model;
  return {
    version: 2,
    ...rest,
    stats: {
      total: stats.total,
      people: Object.fromEntries(ROLES.map((r) => [r, [...stats.people[r]]])) as Record<Role, Entries>,
      genres: [...stats.genres],
      decades: [...stats.decades],
      series: [...stats.series],
      types: [...stats.types],
    },
  };
}

/** The model, or null when the JSON is not a model this version can read. */
export function fromStored(json: unknown): TrainedModel | null {
  const stored = json as StoredModel | null;
  if (stored?.version !== 2) return null;
  const { stats, version: _v, ...rest } = stored;
  const people = Object.fromEntries(ROLES.map((r) => [r, new Map(stats.people[r])])) as GradeStats['people'];
  return {
    ...rest,
    stats: {
      total: stats.total,
      people,
      genres: new Map(stats.genres),
      decades: new Map(stats.decades),
      series: new Map(stats.series),
      types: new Map(stats.types),
    },
  };
}
