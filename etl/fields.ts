import type { ColumnType } from './datasets';

// Byte-level checks and rewrites of single fields, so that COPY never meets a value it
// cannot parse (one bad number would abort the whole file).

const NULL_0 = 92; // '\'
const NULL_1 = 78; // 'N'
const QUOTE = 34;
const BACKSLASH = 92;

function isNullMarker(buf: Uint8Array, start: number, end: number): boolean {
  return end - start === 2 && buf[start] === NULL_0 && buf[start + 1] === NULL_1;
}

export function validField(type: ColumnType, buf: Uint8Array, start: number, end: number): boolean {
  if (type === 'text' || type === 'text[]') return true;
  if (isNullMarker(buf, start, end)) return true;
  if (type === 'boolean') return end - start === 1 && (buf[start] === 48 || buf[start] === 49);
  // Nine digits always fit a PostgreSQL integer; ratings are numeric(3,1) ("10.0" at most).
  if (end === start || end - start > (type === 'integer' ? 9 : 4)) return false;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === 46 && type === 'decimal') dots += 1;
    else if (b < 48 || b > 57) return false;
  }
  return dots <= 1 && buf[start] !== 46 && buf[end - 1] !== 46;
}

/**
 * Writes a list field (`Drama,Romance`) as a PostgreSQL array literal (`{"Drama","Romance"}`)
 * into `out` at `pos`; `\N` stays NULL and an empty field becomes an empty array. Returns
 * the new position. Every element is quoted, so no value can be misread as syntax.
 */
export function encodeList(
  buf: Uint8Array,
  start: number,
  end: number,
  out: Uint8Array,
  pos: number,
  separator: number,
): number {
  if (isNullMarker(buf, start, end)) {
    out[pos] = NULL_0;
    out[pos + 1] = NULL_1;
    return pos + 2;
  }
  out[pos++] = 123; // '{'
  if (end > start) {
    out[pos++] = QUOTE;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b === separator) {
        out[pos++] = QUOTE;
        out[pos++] = 44;
        out[pos++] = QUOTE;
      } else {
        if (b === QUOTE || b === BACKSLASH) out[pos++] = BACKSLASH;
        out[pos++] = b;
      }
    }
    out[pos++] = QUOTE;
  }
  out[pos++] = 125; // '}'
  return pos;
}
