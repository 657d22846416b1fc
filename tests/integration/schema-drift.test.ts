import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/database';
import { canonicalDefault, expectedSchema, parseDatamodel, type SchemaShape } from '../helpers/prisma-expected-schema';

// Prisma's schema engine (and so `prisma migrate diff`) is not available everywhere, so this
// compares what the migrations build with what schema.prisma describes, object by object.

const SCHEMA_PATH = 'prisma/schema.prisma';

const TABLES = `
  SELECT c.relname AS table_name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

const COLUMNS = `
  SELECT c.relname AS table_name, a.attname AS column_name, a.attnotnull AS not_null,
         t.typcategory = 'A' AS is_array, e.typtype = 'e' AS is_enum, e.typname AS element_name,
         format_type(e.oid, a.atttypmod) AS element_type,
         pg_get_expr(d.adbin, d.adrelid) AS default_expr
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  JOIN pg_type e ON e.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    AND a.attnum > 0 AND NOT a.attisdropped`;

const INDEXES = `
  SELECT i.relname AS index_name, c.relname AS table_name, x.indisunique AS is_unique,
         am.amname AS method,
         ARRAY(SELECT coalesce(a.attname::text, '(expression)')
                      || CASE WHEN x.indoption[k.ord - 1] & 1 = 1 THEN ' DESC' ELSE '' END
               FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
               ORDER BY k.ord) AS columns
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class c ON c.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_am am ON am.oid = i.relam
  WHERE n.nspname = 'public' AND NOT x.indisprimary AND c.relname <> '_prisma_migrations'`;

const KEY_COLUMNS = (relation: string, keys: string) => `
  ARRAY(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum ORDER BY k.ord)`;

const CONSTRAINTS = `
  SELECT con.conname AS name, con.contype AS kind, c.relname AS table_name,
         ${KEY_COLUMNS('con.conrelid', 'con.conkey')} AS columns,
         f.relname AS referenced_table,
         ${KEY_COLUMNS('con.confrelid', 'con.confkey')} AS referenced_columns,
         con.confdeltype AS on_delete, con.confupdtype AS on_update
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class f ON f.oid = con.confrelid
  WHERE n.nspname = 'public' AND con.contype IN ('p', 'f') AND c.relname <> '_prisma_migrations'`;

const ENUM_VALUES = `
  SELECT t.typname AS enum_name, e.enumlabel AS value
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE n.nspname = 'public' AND t.typtype = 'e'`;

const ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/** `timestamp(3) with time zone` → `timestamptz(3)`; no typmod means PostgreSQL's 6. */
function canonicalType(formatted: string): string {
  const time = /^(timestamp|time)(?:\((\d+)\))? with(out)? time zone$/.exec(formatted);
  return time ? `${time[1]}${time[3] ? '' : 'tz'}(${time[2] ?? 6})` : formatted;
}

async function migratedSchema(client: pg.ClientBase): Promise<SchemaShape> {
  const shape: SchemaShape = new Map();
  for (const e of (await client.query(ENUM_VALUES)).rows) {
    shape.set(`enum ${e.enum_name}`, {});
    if (e.value !== null) shape.set(`enum value ${e.enum_name}.${e.value}`, {});
  }
  for (const t of (await client.query(TABLES)).rows) shape.set(`table ${t.table_name}`, {});
  for (const c of (await client.query(COLUMNS)).rows) {
    const type = c.is_enum ? `enum ${c.element_name}` : canonicalType(c.element_type);
    shape.set(`column ${c.table_name}.${c.column_name}`, {
      type: c.is_array ? `${type}[]` : type,
      nullable: String(!c.not_null),
      default: c.default_expr === null ? '(none)' : canonicalDefault(c.default_expr),
    });
  }
  for (const i of (await client.query(INDEXES)).rows) {
    shape.set(`index ${i.index_name}`, {
      table: i.table_name,
      columns: i.columns.join(', '),
      unique: String(i.is_unique),
      method: i.method,
    });
  }
  for (const k of (await client.query(CONSTRAINTS)).rows) {
    const common = { table: k.table_name, columns: k.columns.join(', ') };
    if (k.kind === 'p') shape.set(`primary key ${k.name}`, common);
    else {
      shape.set(`foreign key ${k.name}`, {
        ...common,
        references: `${k.referenced_table}(${k.referenced_columns.join(', ')})`,
        onDelete: ACTIONS[k.on_delete],
        onUpdate: ACTIONS[k.on_update],
      });
    }
  }
  return shape;
}

function differences(expected: SchemaShape, actual: SchemaShape): string[] {
  const found: string[] = [];
  for (const [key, attributes] of expected) {
    const got = actual.get(key);
    if (!got) {
      found.push(`${key}: in schema.prisma but not in migrations`);
      continue;
    }
    for (const [attribute, value] of Object.entries(attributes)) {
      if (got[attribute] !== value) {
        found.push(`${key}: ${attribute} is ${value} in schema.prisma but ${got[attribute]} in migrations`);
      }
    }
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) found.push(`${key}: in migrations but not in schema.prisma`);
  }
  return found;
}

const url = await freshDatabase();
const schema = await readFile(SCHEMA_PATH, 'utf8');
const expected = expectedSchema(await parseDatamodel(schema));
const client = new pg.Client({ connectionString: url });
beforeAll(() => client.connect());
afterAll(() => client.end());

describe('prisma/migrations match prisma/schema.prisma', () => {
  it('builds exactly the tables, columns, keys, indexes and enums the schema describes', async () => {
    expect(differences(expected, await migratedSchema(client))).toEqual([]);
  });

  // The two checks below guard against a comparison that passes because it sees nothing;
  // they only look at differences they introduce themselves.
  it('notices a field that has no migration', async () => {
    const edited = schema.replace(/(\n {2}tconst +String\n)/, '$1  foo String?\n');
    expect(edited).not.toBe(schema);
    const actual = await migratedSchema(client);
    const before = differences(expected, actual);
    const after = differences(expectedSchema(await parseDatamodel(edited)), actual);
    expect(after.filter((d) => !before.includes(d))).toEqual([
      'column watches.foo: in schema.prisma but not in migrations',
    ]);
  });

  it('notices a database that differs from the schema', async () => {
    const before = differences(expected, await migratedSchema(client));
    await client.query('BEGIN');
    try {
      await client.query(`
        ALTER TABLE watches ALTER COLUMN review TYPE varchar(500), ALTER COLUMN place SET NOT NULL,
          ALTER COLUMN rewatch SET DEFAULT true, DROP CONSTRAINT watches_import_batch_id_fkey,
          ADD CONSTRAINT watches_import_batch_id_fkey FOREIGN KEY (import_batch_id)
            REFERENCES import_batches (id) ON DELETE CASCADE ON UPDATE CASCADE;
        DROP INDEX watches_user_id_watched_on_idx;
        CREATE INDEX watches_user_id_watched_on_idx ON watches (user_id, watched_on);
        ALTER TYPE date_precision ADD VALUE 'decade'`);
      const after = differences(expected, await migratedSchema(client));
      expect(after.filter((d) => !before.includes(d))).toEqual([
        'column watches.rewatch: default is false in schema.prisma but true in migrations',
        'column watches.review: type is text in schema.prisma but character varying(500) in migrations',
        'column watches.place: nullable is true in schema.prisma but false in migrations',
        'foreign key watches_import_batch_id_fkey: onDelete is SET NULL in schema.prisma but CASCADE in migrations',
        'index watches_user_id_watched_on_idx: columns is user_id, watched_on DESC in schema.prisma but user_id, watched_on in migrations',
        'enum value date_precision.decade: in migrations but not in schema.prisma',
      ]);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
