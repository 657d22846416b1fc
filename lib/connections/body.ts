import 'server-only';

// Reads a webhook body as it streams in, counting bytes: a body over the limit is refused at
// the byte that crosses it, never held whole. Plex sends multipart/form-data whose `thumb` part
// is a poster image: file parts are skipped as they stream, only text fields are kept.

/** Text bodies (JSON, form fields): far above any real delivery. */
const TEXT_LIMIT = 256 * 1024;
/** A multipart body as a whole, poster included (it is discarded as it streams). */
const MULTIPART_LIMIT = 16 * 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

const tooLarge = (limit: number) =>
  ({ ok: false, status: 413, message: `The body is larger than ${sizeOf(limit)}.` }) as const;

const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`);

export async function readWebhookBody(request: Request): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const declared = Number(request.headers.get('content-length'));
  if (type.startsWith('multipart/form-data')) {
    if (declared > MULTIPART_LIMIT) return tooLarge(MULTIPART_LIMIT);
    const boundary = /boundary="?([^";]+)"?/i.exec(request.headers.get('content-type') ?? '')?.[1];
    if (!boundary) return { ok: false, status: 400, message: 'multipart/form-data without a boundary.' };
    const fields = await readMultipart(request.body, boundary);
    return 'fields' in fields ? fromFields(fields.fields) : fields;
  }
  if (declared > TEXT_LIMIT) return tooLarge(TEXT_LIMIT);
  const text = await readText(request.body, TEXT_LIMIT);
  if (text === null) return tooLarge(TEXT_LIMIT);
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return fromFields(Object.fromEntries(new URLSearchParams(text)));
  }
  return parseJson(text, 'The body');
}

/** Plex names its JSON field `payload`, Emby `data`. */
function fromFields(fields: Record<string, string>): BodyResult {
  const name = 'payload' in fields ? 'payload' : 'data' in fields ? 'data' : null;
  if (!name) return { ok: false, status: 400, message: 'The form has no `payload` (Plex) or `data` (Emby) field.' };
  return parseJson(fields[name], `The \`${name}\` field`);
}

function parseJson(text: string, what: string): BodyResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: `${what} is not JSON.` };
  }
}

async function readText(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | null> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_PART_HEADERS = 8 * 1024;

interface Part {
  name: string | null;
  file: boolean;
  chunks: Buffer[];
  size: number;
}

/** The text fields of a multipart body; file parts are dropped as they stream. */
async function readMultipart(
  body: ReadableStream<Uint8Array> | null,
  boundary: string,
): Promise<{ fields: Record<string, string> } | Extract<BodyResult, { ok: false }>> {
  const fields: Record<string, string> = {};
  if (!body) return { fields };
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const reader = body.getReader();
  // A leading CRLF lets the first boundary match the same delimiter as the others.
  let buffer = Buffer.from('\r\n');
  let state: 'preamble' | 'boundary' | 'headers' | 'body' | 'end' = 'preamble';
  let part: Part | null = null;
  let total = 0;
  const keep = (bytes: Buffer) => {
    if (!part || part.file || bytes.length === 0) return true;
    part.size += bytes.length;
    if (part.size > TEXT_LIMIT) return false;
    part.chunks.push(bytes);
    return true;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MULTIPART_LIMIT) {
      await reader.cancel();
      return tooLarge(MULTIPART_LIMIT);
    }
    buffer = Buffer.concat([buffer, value]);
    for (let progress = true; progress && state !== 'end'; ) {
      progress = false;
      if (state === 'preamble' || state === 'body') {
        const at = buffer.indexOf(delimiter);
        if (at === -1) {
          // Keep only what could be the start of a delimiter split across chunks.
          const safe = Math.max(0, buffer.length - delimiter.length);
          if (state === 'body' && !keep(buffer.subarray(0, safe))) return fieldTooLarge(reader);
          buffer = Buffer.from(buffer.subarray(safe));
          break;
        }
        if (state === 'body' && part) {
          if (!keep(buffer.subarray(0, at))) return fieldTooLarge(reader);
          if (!part.file && part.name) fields[part.name] = Buffer.concat(part.chunks).toString('utf8');
        }
        buffer = Buffer.from(buffer.subarray(at + delimiter.length));
        state = 'boundary';
        progress = true;
      } else if (state === 'boundary') {
        if (buffer.length < 2) break;
        const next = buffer.subarray(0, 2).toString('latin1');
        state = next === '--' ? 'end' : 'headers';
        buffer = Buffer.from(buffer.subarray(next === '\r\n' ? 2 : next === '--' ? 2 : 0));
        progress = true;
      } else if (state === 'headers') {
        const at = buffer.indexOf(HEADER_END);
        if (at === -1) {
          if (buffer.length > MAX_PART_HEADERS)
            return { ok: false, status: 400, message: 'A part header is too long.' };
          break;
        }
        const headers = buffer.subarray(0, at).toString('utf8');
        const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
        part = {
          name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? null,
          file: /\bfilename\*?=/i.test(disposition),
          chunks: [],
          size: 0,
        };
        buffer = Buffer.from(buffer.subarray(at + HEADER_END.length));
        state = 'body';
        progress = true;
      }
    }
    if (state === 'end') {
      await reader.cancel();
      break;
    }
  }
  return { fields };
}

async function fieldTooLarge(reader: ReadableStreamDefaultReader<Uint8Array>) {
  await reader.cancel();
  return tooLarge(TEXT_LIMIT);
}
