// Turning the bytes of an uploaded file into text without losing a character. Spreadsheet
// programs save UTF-8 with or without a byte-order mark, or Windows-1252 (older Excel, IMDb
// exports of 2021 and earlier); a file that is mostly UTF-8 with a few bad bytes is damaged,
// and the records holding them are reported instead of being read with wrong letters.

export interface TextEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Some bytes were not valid UTF-8 in an otherwise UTF-8 file: U+FFFD marks them. */
  damaged: boolean;
}

export const REPLACEMENT = '\uFFFD';

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). Node's TextDecoder
 *  decodes 'windows-1252' as Latin-1, which would turn € — “ ” Œ into control characters. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** One chunk at a time only: V8 aborts the whole process (no catch stops it) when asked to decode
 *  hundreds of MB as Latin-1 at once. One byte is one character, so chunks join exactly. */
const decodeWindows1252 = (bytes: Uint8Array) =>
  new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);

/** Counts well-formed multi-byte UTF-8 sequences (evidence that a file is UTF-8) across chunks. */
function utf8SequenceCounter() {
  let sequences = 0;
  let missing = 0;
  return {
    push(bytes: Uint8Array) {
      for (const b of bytes) {
        if (missing > 0 && (b & 0xc0) === 0x80) {
          if (--missing === 0) sequences++;
          continue;
        }
        missing = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
      }
    },
    count: () => sequences,
  };
}

/** Whether a strict decoder's input ends on a whole character. */
function ends(strict: TextDecoder): boolean {
  try {
    strict.decode();
    return true;
  } catch {
    return false;
  }
}

const HEAD = 4096;
const utf16 = (h: Uint8Array) =>
  h[0] === 0xff && h[1] === 0xfe ? 'utf-16le' : h[0] === 0xfe && h[1] === 0xff ? 'utf-16be' : null;

/** How a file's text is encoded, from one pass over its bytes (none kept but the first 4 KB). */
export function detectEncoding(chunks: Iterable<Uint8Array>): TextEncoding | { error: string } {
  const head = new Uint8Array(HEAD);
  let headLength = 0;
  const strict = new TextDecoder('utf-8', { fatal: true });
  let valid = true;
  const counter = utf8SequenceCounter();
  for (const chunk of chunks) {
    if (headLength < HEAD) {
      const part = chunk.subarray(0, HEAD - headLength);
      head.set(part, headLength);
      headLength += part.length;
      if (headLength === HEAD && (utf16(head) || head.includes(0))) break;
    }
    counter.push(chunk);
    if (valid)
      try {
        strict.decode(chunk, { stream: true });
      } catch {
        valid = false;
      }
  }
  const start = head.subarray(0, headLength);
  const wide = utf16(start);
  if (wide) return { encoding: wide, damaged: false };
  if (start.includes(0)) return { error: 'this is a binary file, not a text (CSV) file' };
  if (valid && ends(strict)) return { encoding: 'utf-8', damaged: false };
  // A byte-order mark is a valid sequence too: "UTF-8 with a few bad bytes", as intended.
  if (counter.count() > 0) return { encoding: 'utf-8', damaged: true };
  return { encoding: 'windows-1252', damaged: false };
}

/** The text of a file, a chunk at a time, without a byte-order mark. */
export function* decodeChunks(chunks: Iterable<Uint8Array>, { encoding }: TextEncoding): Generator<string> {
  if (encoding === 'windows-1252') {
    for (const chunk of chunks) yield decodeWindows1252(chunk);
    return;
  }
  const decoder = new TextDecoder(encoding);
  for (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

/** The field separator of a CSV file: whichever of comma, semicolon and tab its header uses most. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 10_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}
