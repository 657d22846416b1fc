// The seven IMDb dataset files and the table each becomes. Columns are listed in file order;
// `type` is the PostgreSQL type COPY parses the field into. List fields (comma-separated in
// the file) become text[]; the loader wraps them in braces on the way through.

export { TITLE_TYPES } from '../lib/titles/types';

export type ColumnType = 'text' | 'integer' | 'decimal' | 'boolean' | 'text[]';

export interface Column {
  /** Column name in the table (IMDb's name in snake_case). */
  name: string;
  /** Header name in the file. */
  header: string;
  type: ColumnType;
}

/** How rows of a file are kept: by the title they belong to, or by the people kept rows name. */
type RowFilter =
  | { kind: 'title-type'; idField: number; typeField: number }
  | { kind: 'kept-title'; idField: number }
  | { kind: 'kept-person'; idField: number };

export interface Dataset {
  name: DatasetName;
  file: string;
  table: string;
  columns: Column[];
  primaryKey: string[];
  filter: RowFilter;
  /** Fields whose ids (a single nconst or a list of them) mark people to keep in name.basics. */
  personFields: number[];
  /** Secondary indexes built before the swap: [name suffix, what follows `ON table`]. */
  indexes: [string, string][];
}

export const DATASET_NAMES = [
  'title.basics',
  'title.akas',
  'title.ratings',
  'title.crew',
  'title.episode',
  'title.principals',
  'name.basics',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

const col = (name: string, header: string, type: ColumnType = 'text'): Column => ({ name, header, type });

export const DATASETS: Record<DatasetName, Dataset> = {
  'title.basics': {
    name: 'title.basics',
    file: 'title.basics.tsv.gz',
    table: 'title_basics',
    columns: [
      col('tconst', 'tconst'),
      col('title_type', 'titleType'),
      col('primary_title', 'primaryTitle'),
      col('original_title', 'originalTitle'),
      col('is_adult', 'isAdult', 'boolean'),
      col('start_year', 'startYear', 'integer'),
      col('end_year', 'endYear', 'integer'),
      col('runtime_minutes', 'runtimeMinutes', 'integer'),
      col('genres', 'genres', 'text[]'),
    ],
    primaryKey: ['tconst'],
    filter: { kind: 'title-type', idField: 0, typeField: 1 },
    personFields: [],
    indexes: [
      ['title_type', '(title_type)'],
      ['start_year', '(start_year)'],
    ],
  },
  'title.akas': {
    name: 'title.akas',
    file: 'title.akas.tsv.gz',
    table: 'title_akas',
    columns: [
      col('title_id', 'titleId'),
      col('ordering', 'ordering', 'integer'),
      col('title', 'title'),
      col('region', 'region'),
      col('language', 'language'),
      col('types', 'types', 'text[]'),
      col('attributes', 'attributes', 'text[]'),
      col('is_original_title', 'isOriginalTitle', 'boolean'),
    ],
    primaryKey: ['title_id', 'ordering'],
    filter: { kind: 'kept-title', idField: 0 },
    personFields: [],
    indexes: [],
  },
  'title.ratings': {
    name: 'title.ratings',
    file: 'title.ratings.tsv.gz',
    table: 'title_ratings',
    columns: [
      col('tconst', 'tconst'),
      col('average_rating', 'averageRating', 'decimal'),
      col('num_votes', 'numVotes', 'integer'),
    ],
    primaryKey: ['tconst'],
    filter: { kind: 'kept-title', idField: 0 },
    personFields: [],
    indexes: [['num_votes', '(num_votes DESC)']],
  },
  'title.crew': {
    name: 'title.crew',
    file: 'title.crew.tsv.gz',
    table: 'title_crew',
    columns: [col('tconst', 'tconst'), col('directors', 'directors', 'text[]'), col('writers', 'writers', 'text[]')],
    primaryKey: ['tconst'],
    filter: { kind: 'kept-title', idField: 0 },
    personFields: [1, 2],
    indexes: [
      ['directors', 'USING gin (directors)'],
      ['writers', 'USING gin (writers)'],
    ],
  },
  'title.episode': {
    name: 'title.episode',
    file: 'title.episode.tsv.gz',
    table: 'title_episode',
    columns: [
      col('tconst', 'tconst'),
      col('parent_tconst', 'parentTconst'),
      col('season_number', 'seasonNumber', 'integer'),
      col('episode_number', 'episodeNumber', 'integer'),
    ],
    primaryKey: ['tconst'],
    filter: { kind: 'kept-title', idField: 0 },
    personFields: [],
    indexes: [['parent_tconst', '(parent_tconst)']],
  },
  'title.principals': {
    name: 'title.principals',
    file: 'title.principals.tsv.gz',
    table: 'title_principals',
    columns: [
      col('tconst', 'tconst'),
      col('ordering', 'ordering', 'integer'),
      col('nconst', 'nconst'),
      col('category', 'category'),
      col('job', 'job'),
      col('characters', 'characters'),
    ],
    primaryKey: ['tconst', 'ordering'],
    filter: { kind: 'kept-title', idField: 0 },
    personFields: [2],
    // Covering: a person's credits in a role (statistics, person pages) are read from the index alone.
    indexes: [['nconst', '(nconst, category, tconst)']],
  },
  'name.basics': {
    name: 'name.basics',
    file: 'name.basics.tsv.gz',
    table: 'name_basics',
    columns: [
      col('nconst', 'nconst'),
      col('primary_name', 'primaryName'),
      col('birth_year', 'birthYear', 'integer'),
      col('death_year', 'deathYear', 'integer'),
      col('primary_profession', 'primaryProfession', 'text[]'),
      col('known_for_titles', 'knownForTitles', 'text[]'),
    ],
    primaryKey: ['nconst'],
    filter: { kind: 'kept-person', idField: 0 },
    personFields: [],
    indexes: [],
  },
};

export function isDatasetName(name: string): name is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(name);
}
