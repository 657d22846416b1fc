// Turning the bytes of an uploaded file into text without losing a character. Spreadsheet
// programs save UTF-8 with or without a byte-order mark, or Windows-1252 (older Excel, IMDb
// exports of 2021 and earlier); a file that is mostly UTF-8 with a few bad bytes is damaged,
// and the records holding them are reported instead of being read with wrong letters.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Some bytes were not valid UTF-8 in an otherwise UTF-8 file: U+FFFD marks them. */
  damaged: boolean;
}

export const REPLACEMENT = '\uFFFD';

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). Node's TextDecoder
 *  decodes 'windows-1252' as Latin-1, which would turn € — “ ” Œ into control characters. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Lead bytes of well-formed multi-byte UTF-8 sequences: evidence that the file is UTF-8. */
function countUtf8Sequences(bytes: Uint8Array): number {
  let sequences = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (extra === 0) continue;
    let ok = i + extra < bytes.length;
    for (let k = 1; ok && k <= extra; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      sequences++;
      i += extra;
    }
  }
  return sequences;
}

export function decodeText(bytes: Uint8Array): DecodedText | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', damaged: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', damaged: false };
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return { error: 'this is a binary file, not a text (CSV) file' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', damaged: false };
  } catch {
    if (body !== bytes || countUtf8Sequences(body) > 0)
      return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', damaged: true };
    return { text: decodeWindows1252(body), encoding: 'windows-1252', damaged: false };
  }
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
