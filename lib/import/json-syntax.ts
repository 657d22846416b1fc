// Where a JSON text stops being JSON. Node's JSON.parse says only "Unexpected token", without a
// position, so a file that fails it is scanned once more by this small validator (iterative, so
// a thousand nested brackets cannot overflow the stack) to name the line and column.

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

type State = 'value' | 'firstValue' | 'key' | 'firstKey' | 'after';

function at(text: string, offset: number, message: string): JsonSyntaxError {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), message };
}

/** The end of the string that starts at `i` (just past its closing quote), or an error. */
function scanString(text: string, i: number): number | JsonSyntaxError {
  for (let k = i + 1; k < text.length; ) {
    const c = text.charCodeAt(k);
    if (c === 0x22) return k + 1;
    if (c === 0x5c) {
      ESCAPE.lastIndex = k;
      if (!ESCAPE.test(text)) return at(text, k, 'a backslash that starts no valid escape');
      k = ESCAPE.lastIndex;
    } else if (c < 0x20) return at(text, k, 'a control character inside a string (a line break must be written \\n)');
    else k++;
  }
  return at(text, text.length, 'a string that never closes');
}

function sticky(pattern: RegExp, text: string, i: number): number | null {
  pattern.lastIndex = i;
  return pattern.test(text) ? pattern.lastIndex : null;
}

/** Why `text` is not JSON, with the position, or null when it is. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (expected: string) =>
    at(text, i, i >= text.length ? `the text ends where ${expected} should follow` : `expected ${expected}`);
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    const c = text[i];
    if (state === 'after') {
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? fail('the end of the text') : null;
      const close = top === '[' ? ']' : '}';
      if (c === ',') state = top === '[' ? 'value' : 'key';
      else if (c === close) stack.pop();
      else return fail(`"," or "${close}"`);
      i++;
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        stack.pop();
        state = 'after';
        i++;
        continue;
      }
      if (c !== '"') return fail('a property name in double quotes');
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
      if (text[i] !== ':') return fail('":"');
      i++;
      state = 'value';
    } else if (state === 'firstValue' && c === ']') {
      stack.pop();
      state = 'after';
      i++;
    } else if (c === '[' || c === '{') {
      stack.push(c);
      state = c === '[' ? 'firstValue' : 'firstKey';
      i++;
    } else {
      const end = c === '"' ? scanString(text, i) : (sticky(LITERAL, text, i) ?? sticky(NUMBER, text, i));
      if (end === null) return fail('a value');
      if (typeof end !== 'number') return end;
      i = end;
      state = 'after';
    }
  }
}
