import { Parser } from 'htmlparser2';

// The parts of a workbook (sheet XML, shared strings, styles) read as a stream of tags and
// text, a chunk of inflated bytes at a time: no part is ever held whole, nor a tree built.

export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string> }
  | { type: 'text'; text: string }
  | { type: 'close'; name: string };

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** The events of an XML document given as byte chunks (UTF-8), in order, elements by their local
 *  name (`x:row` and `row` alike, `table:table-row` → `table-row`). Text may come in several pieces. */
export function* xmlEvents(chunks: Iterable<Uint8Array>): Generator<XmlEvent> {
  const pending: XmlEvent[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attrs) => pending.push({ type: 'open', name: local(name), attrs }),
      ontext: (text) => pending.push({ type: 'text', text }),
      onclosetag: (name) => pending.push({ type: 'close', name: local(name) }),
    },
    { xmlMode: true },
  );
  const decoder = new TextDecoder('utf-8');
  for (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield* pending;
    pending.length = 0;
  }
  parser.end(decoder.decode());
  yield* pending;
}

/** An attribute by its local name, whatever its namespace prefix (`r:id`, `table:name`). */
export function attr(attrs: Record<string, string>, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  for (const [name, value] of Object.entries(attrs)) if (name.endsWith(`:${local}`)) return value;
  return undefined;
}
