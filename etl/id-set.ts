// A set of IMDb ids (`tt0000001`, `nm0000001`) as a growable bitset over their number:
// about 5 MB for every title id IMDb has issued, and the same at any input size.

const MAX_ID = 2 ** 31;

export class IdSet {
  private bits = new Uint8Array(1 << 20);
  size = 0;

  has(id: number): boolean {
    const byte = id >>> 3;
    return byte < this.bits.length && (this.bits[byte] & (1 << (id & 7))) !== 0;
  }

  /** Adds the id; returns false when it was already there. */
  add(id: number): boolean {
    const byte = id >>> 3;
    if (byte >= this.bits.length) this.grow(byte);
    const mask = 1 << (id & 7);
    if (this.bits[byte] & mask) return false;
    this.bits[byte] |= mask;
    this.size += 1;
    return true;
  }

  private grow(byte: number): void {
    if (byte >= MAX_ID / 8) throw new Error(`IMDb id ${byte * 8} is beyond the supported range`);
    let length = this.bits.length;
    while (length <= byte) length *= 2;
    const next = new Uint8Array(length);
    next.set(this.bits);
    this.bits = next;
  }
}

/**
 * The number of an id written as two letters and digits (`tt0111161` → 111161), read
 * straight from the bytes; -1 when the bytes are not such an id.
 */
export function idNumber(buf: Uint8Array, start: number, end: number): number {
  if (end - start < 3 || end - start > 12) return -1;
  let n = 0;
  for (let i = start + 2; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
