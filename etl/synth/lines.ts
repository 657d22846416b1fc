import type { Universe } from './model';

// One generator per file. Each appends lines to a Lines buffer and yields it in ~64 KB chunks,
// so a consumer that waits for the gzip stream to drain holds back the generation itself.

export const N = '\\N';

export class Lines {
  buf = '';
  rows = 0;

  add(line: string): void {
    this.buf += line;
    this.rows++;
  }

  get full(): boolean {
    return this.buf.length >= 65536;
  }

  take(): string {
    const s = this.buf;
    this.buf = '';
    return s;
  }
}

export type Writer = (u: Universe, out: Lines) => Generator<string>;
