import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import type { Column, Dataset } from './datasets';
import { encodeList, validField } from './fields';
import { IdSet, idNumber } from './id-set';

// The fast path of the ETL: one pass over the raw bytes of each line, looking only at the
// fields that decide whether a row is kept, never building a string per row. Kept lines
// go on to COPY byte for byte, except list fields, which are rewritten as array literals.

const TAB = 9;
const LF = 10;
const CR = 13;
const COPY_QUOTE = 1;
const OUT_SIZE = 1 << 18;

interface BadLine {
  line: number;
  reason: string;
}

export interface FilterStats {
  /** Data lines read (the header excluded). */
  lines: number;
  rows: number;
  dropped: number;
  duplicates: number;
  badLines: number;
  badSamples: BadLine[];
}

export interface LineFilterOptions {
  dataset: Dataset;
  /** Names the file in messages. */
  label: string;
  /** title.basics only: the title types to drop. */
  dropTypes?: ReadonlySet<string>;
  /** Filled by title.basics, read by the files that belong to titles. */
  keptTitles: IdSet;
  /** Filled from the people kept rows name, read by name.basics. */
  keptPeople: IdSet;
  maxBadSamples?: number;
}

export class LineFilter extends Transform {
  readonly stats: FilterStats = { lines: 0, rows: 0, dropped: 0, duplicates: 0, badLines: 0, badSamples: [] };
  private readonly columns: Column[];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly listFields: boolean[];
  private readonly hasLists: boolean;
  private readonly seen: IdSet | undefined;
  private carry: Buffer | undefined;
  private out = Buffer.allocUnsafe(OUT_SIZE);
  private pos = 0;
  private lineNo = 0;
  private chunkIsUtf8 = false;

  constructor(private readonly o: LineFilterOptions) {
    super();
    this.columns = o.dataset.columns;
    this.starts = new Int32Array(this.columns.length);
    this.ends = new Int32Array(this.columns.length);
    this.listFields = this.columns.map((c) => c.type === 'text[]');
    this.hasLists = this.listFields.some(Boolean);
    // Single-key files: drop repeated ids here; composite keys are de-duplicated in SQL.
    this.seen = o.dataset.primaryKey.length === 1 ? new IdSet() : undefined;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
      // One native check per chunk; lines are checked one by one only in a chunk that fails.
      const lastLf = buf.lastIndexOf(LF);
      this.chunkIsUtf8 = lastLf < 0 || isUtf8(buf.subarray(0, lastLf));
      let lineStart = 0;
      for (;;) {
        const lf = buf.indexOf(LF, lineStart);
        if (lf === -1) break;
        this.line(buf, lineStart, lf > lineStart && buf[lf - 1] === CR ? lf - 1 : lf);
        lineStart = lf + 1;
      }
      this.carry = lineStart < buf.length ? buf.subarray(lineStart) : undefined;
      this.flush(false);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.chunkIsUtf8 = false;
      if (this.carry?.length) this.line(this.carry, 0, this.carry.length);
      this.carry = undefined;
      if (this.lineNo === 0) throw new Error(`${this.o.label}: the file is empty`);
      this.flush(true);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private line(buf: Buffer, start: number, end: number): void {
    this.lineNo += 1;
    if (this.lineNo === 1) {
      this.header(buf.toString('utf8', start, end));
      return;
    }
    this.stats.lines += 1;
    const reason = this.split(buf, start, end);
    if (reason) {
      this.bad(reason);
      return;
    }
    const keep = this.keep(buf);
    if (keep !== true) {
      if (keep === 'duplicate') this.stats.duplicates += 1;
      else this.stats.dropped += 1;
      return;
    }
    for (const f of this.o.dataset.personFields) this.markPeople(buf, this.starts[f], this.ends[f]);
    this.stats.rows += 1;
    this.writeRow(buf, start, end);
  }

  /** Records field boundaries; returns why the line is unusable, if it is. */
  private split(buf: Buffer, start: number, end: number): string | undefined {
    const n = this.columns.length;
    let field = 0;
    this.starts[0] = start;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b === TAB) {
        if (field === n - 1) return `more than ${n} fields`;
        this.ends[field] = i;
        field += 1;
        this.starts[field] = i + 1;
      } else if (b === COPY_QUOTE || b === CR || b === 0) {
        return `contains the control character U+${b.toString(16).padStart(4, '0').toUpperCase()}`;
      }
    }
    if (field !== n - 1) return `${field + 1} fields instead of ${n}`;
    if (!this.chunkIsUtf8 && !isUtf8(buf.subarray(start, end))) return 'not valid UTF-8';
    this.ends[field] = end;
    for (let f = 0; f < n; f++) {
      const column = this.columns[f];
      if (!validField(column.type, buf, this.starts[f], this.ends[f])) {
        const value = buf.toString('utf8', this.starts[f], Math.min(this.ends[f], this.starts[f] + 40));
        return `field ${column.header} is not ${column.type === 'boolean' ? 'a 0/1 flag' : `a valid ${column.type}`}: "${value}"`;
      }
    }
    return undefined;
  }

  private keep(buf: Buffer): true | 'dropped' | 'duplicate' {
    const filter = this.o.dataset.filter;
    const id = idNumber(buf, this.starts[filter.idField], this.ends[filter.idField]);
    if (id < 0) return 'dropped';
    if (filter.kind === 'title-type') {
      const drop = this.o.dropTypes;
      if (drop?.size && drop.has(buf.toString('latin1', this.starts[filter.typeField], this.ends[filter.typeField]))) {
        return 'dropped';
      }
    } else if (!(filter.kind === 'kept-title' ? this.o.keptTitles : this.o.keptPeople).has(id)) {
      return 'dropped';
    }
    if (this.seen && !this.seen.add(id)) return 'duplicate';
    if (filter.kind === 'title-type') this.o.keptTitles.add(id);
    return true;
  }

  private markPeople(buf: Buffer, start: number, end: number): void {
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || buf[i] === 44) {
        const id = idNumber(buf, from, i);
        if (id >= 0) this.o.keptPeople.add(id);
        from = i + 1;
      }
    }
  }

  private writeRow(buf: Buffer, start: number, end: number): void {
    // Worst case of a rewritten line: every byte escaped, plus braces and quotes.
    this.reserve((end - start) * 3 + 64);
    if (!this.hasLists) {
      this.pos += buf.copy(this.out, this.pos, start, end);
    } else {
      for (let f = 0; f < this.columns.length; f++) {
        if (f > 0) this.out[this.pos++] = TAB;
        const s = this.starts[f];
        const e = this.ends[f];
        this.pos = this.listFields[f]
          ? encodeList(buf, s, e, this.out, this.pos, this.o.dataset.name === 'title.akas' ? 2 : 44)
          : this.pos + buf.copy(this.out, this.pos, s, e);
      }
    }
    this.out[this.pos++] = LF;
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes > this.out.length) {
      this.flush(true);
      if (bytes > this.out.length) this.out = Buffer.allocUnsafe(bytes);
    }
  }

  private flush(all: boolean): void {
    if (this.pos === 0 || (!all && this.pos < OUT_SIZE / 2)) return;
    this.push(this.out.subarray(0, this.pos));
    this.out = Buffer.allocUnsafe(Math.max(OUT_SIZE, this.out.length));
    this.pos = 0;
  }

  private header(line: string): void {
    const expected = this.columns.map((c) => c.header).join('\t');
    if (line.replace(/^\uFEFF/, '') !== expected) {
      throw new Error(`${this.o.label} line 1: unexpected header "${line.slice(0, 200)}" (expected "${expected}")`);
    }
  }

  private bad(reason: string): void {
    this.stats.badLines += 1;
    if (this.stats.badSamples.length < (this.o.maxBadSamples ?? 10)) {
      this.stats.badSamples.push({ line: this.lineNo, reason });
    }
  }
}
