import internals from '@prisma/internals';

type Datamodel = Awaited<ReturnType<typeof internals.getDMMF>>['datamodel'];
type Model = Datamodel['models'][number];
type Field = Model['fields'][number];
type FieldDefault = NonNullable<Field['default']>;
type ListDefault = Extract<FieldDefault, readonly unknown[]>;

const isListDefault = (value: FieldDefault): value is ListDefault => Array.isArray(value);

/**
 * A database structure flattened to named objects ("column watches.tags", "index
 * watches_user_id_idx", ...), each with the attributes that matter. Both sides of the
 * drift check are brought to this form so they can be compared key by key.
 */
export type SchemaShape = Map<string, Record<string, string>>;

// PostgreSQL's NAMEDATALEN - 1; Prisma truncates default names to fit it.
const MAX_IDENTIFIER_LENGTH = 63;

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Boolean: 'boolean',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  DateTime: 'timestamp(3)',
  Json: 'jsonb',
  Bytes: 'bytea',
};

// Prisma's other PostgreSQL native types (Text, Uuid, SmallInt, JsonB, ByteA, ...) are
// named like the database type, so lower-casing them is enough. Time types without an
// explicit precision get PostgreSQL's maximum, 6.
const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  VarChar: ([n]) => (n ? `character varying(${n})` : 'character varying'),
  Char: ([n]) => `character(${n ?? 1})`,
  DoublePrecision: () => 'double precision',
  Decimal: ([p, s]) => (p ? `numeric(${p},${s ?? 0})` : 'numeric'),
  Timestamp: ([p]) => `timestamp(${p ?? 6})`,
  Timestamptz: ([p]) => `timestamptz(${p ?? 6})`,
  Time: ([p]) => `time(${p ?? 6})`,
  Timetz: ([p]) => `timetz(${p ?? 6})`,
  Bit: ([n]) => `bit(${n ?? 1})`,
  VarBit: ([n]) => (n ? `bit varying(${n})` : 'bit varying'),
};

const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

export async function parseDatamodel(schema: string): Promise<Datamodel> {
  return (await internals.getDMMF({ datamodel: schema })).datamodel;
}

/** Prisma's default constraint/index name, e.g. `watches_user_id_idx`. */
function defaultName(table: string, columns: readonly string[], suffix: string): string {
  const base = [table, ...columns].join('_');
  return `${base.slice(0, MAX_IDENTIFIER_LENGTH - suffix.length - 1)}_${suffix}`;
}

/**
 * Normalises a default expression as PostgreSQL prints it (`pg_get_expr`) so that it can be
 * compared with what schema.prisma implies: literal casts (`'day'::date_precision`) are
 * dropped and sequence names, which Prisma never states, are hidden.
 */
export function canonicalDefault(expression: string): string {
  if (/^nextval\('.+'::regclass\)$/.test(expression)) return 'nextval(<sequence>)';
  return expression.replace(/('(?:[^']|'')*')::(?:"[^"]+"|[a-z_][\w ]*)(?:\[\])?/gi, '$1');
}

/** What `prisma migrate` would create for this datamodel, in comparable form. */
export function expectedSchema(datamodel: Datamodel): SchemaShape {
  const shape: SchemaShape = new Map();
  for (const e of datamodel.enums) {
    const name = e.dbName ?? e.name;
    shape.set(`enum ${name}`, {});
    for (const v of e.values) shape.set(`enum value ${name}.${v.dbName ?? v.name}`, {});
  }
  for (const model of datamodel.models) {
    const table = tableName(model);
    shape.set(`table ${table}`, {});
    for (const field of model.fields) {
      if (field.kind !== 'object') {
        const type = columnType(field, datamodel);
        shape.set(`column ${table}.${field.dbName ?? field.name}`, {
          type: field.isList ? `${type}[]` : type,
          // Prisma never puts NOT NULL on scalar lists.
          nullable: String(field.isList || !field.isRequired),
          default: columnDefault(field, type, datamodel) ?? '(none)',
        });
      } else if (field.relationFromFields?.length) {
        const columns = field.relationFromFields.map((f) => columnName(model, f));
        const target = modelNamed(datamodel, field.type);
        const targetColumns = (field.relationToFields ?? []).map((f) => columnName(target, f));
        // Prisma's defaults when the schema names no action; DMMF does not expose
        // @relation(map:), so the constraint name is always the default one.
        const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull');
        const onUpdate = field.relationOnUpdate ?? 'Cascade';
        shape.set(`foreign key ${defaultName(table, columns, 'fkey')}`, {
          table,
          columns: columns.join(', '),
          references: `${tableName(target)}(${targetColumns.join(', ')})`,
          onDelete: REFERENTIAL_ACTIONS[onDelete] ?? onDelete,
          onUpdate: REFERENTIAL_ACTIONS[onUpdate] ?? onUpdate,
        });
      }
    }
  }
  for (const index of datamodel.indexes) {
    const model = modelNamed(datamodel, index.model);
    const table = tableName(model);
    const columns = index.fields.map((f) => columnName(model, f.name));
    if (index.type === 'id') {
      shape.set(`primary key ${index.dbName ?? defaultName(table, [], 'pkey')}`, {
        table,
        columns: columns.join(', '),
      });
      continue;
    }
    const unique = index.type === 'unique';
    shape.set(`index ${index.dbName ?? defaultName(table, columns, unique ? 'key' : 'idx')}`, {
      table,
      columns: index.fields.map((f, i) => columns[i] + (f.sortOrder === 'desc' ? ' DESC' : '')).join(', '),
      unique: String(unique),
      method: index.algorithm?.toLowerCase() ?? 'btree',
    });
  }
  return shape;
}

function modelNamed(datamodel: Datamodel, name: string): Model {
  const model = datamodel.models.find((m) => m.name === name);
  if (!model) throw new Error(`schema.prisma: unknown model ${name}`);
  return model;
}

function tableName(model: Model): string {
  return model.dbName ?? model.name;
}

function columnName(model: Model, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) throw new Error(`schema.prisma: unknown field ${model.name}.${fieldName}`);
  return field.dbName ?? field.name;
}

function columnType(field: Field, datamodel: Datamodel): string {
  if (field.kind === 'enum') {
    const e = datamodel.enums.find((candidate) => candidate.name === field.type);
    return `enum ${e?.dbName ?? field.type}`;
  }
  if (field.kind === 'unsupported') return field.type.toLowerCase();
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    return NATIVE_TYPES[name]?.(args) ?? name.toLowerCase();
  }
  const type = SCALAR_TYPES[field.type];
  if (!type) throw new Error(`drift check does not know type ${field.type} (${field.name})`);
  return type;
}

function columnDefault(field: Field, type: string, datamodel: Datamodel): string | null {
  const value = field.default;
  if (value === undefined || field.isUpdatedAt) return null;
  if (isListDefault(value)) {
    const items = value.map((v) => literal(field, v, datamodel));
    return items.length ? `ARRAY[${items.join(', ')}]` : `ARRAY[]::${type.replace(/^enum /, '')}[]`;
  }
  if (typeof value !== 'object') return literal(field, value, datamodel);
  switch (value.name) {
    case 'autoincrement':
      return 'nextval(<sequence>)';
    case 'now':
      return 'CURRENT_TIMESTAMP';
    case 'dbgenerated':
      return value.args.length ? canonicalDefault(String(value.args[0])) : null;
    case 'uuid':
    case 'cuid':
    case 'nanoid':
    case 'ulid':
      return null; // generated by Prisma Client, not by the database
    default:
      throw new Error(`drift check does not know @default(${value.name}()) (${field.name})`);
  }
}

function literal(field: Field, value: string | number | boolean, datamodel: Datamodel): string {
  if (field.kind === 'enum') {
    const e = datamodel.enums.find((candidate) => candidate.name === field.type);
    const dbValue = e?.values.find((v) => v.name === value)?.dbName ?? value;
    return `'${dbValue}'`;
  }
  if (typeof value === 'boolean') return String(value);
  // PostgreSQL prints negative numeric defaults as quoted literals: '-1'::integer.
  if (typeof value === 'number') return value < 0 ? `'${value}'` : String(value);
  if (field.type === 'DateTime' || field.type === 'Bytes') {
    throw new Error(`drift check does not compare literal ${field.type} defaults (${field.name})`);
  }
  if (field.type !== 'String' && field.type !== 'Json') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}
