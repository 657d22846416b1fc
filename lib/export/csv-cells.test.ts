import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, unguardedCell } from './csv-cells';

/** One CSV field back to its text, as a CSV reader does. */
const readField = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);

describe('CSV export cells', () => {
  it.each(['=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\tx', '\rx', "'=already quoted"])(
    'guards %j so that a spreadsheet shows it as text',
    (text) => {
      const cell = readField(csvField(text));
      expect(cell.startsWith("'")).toBe(true);
      expect(unguardedCell(cell)).toBe(text);
    },
  );

  it('leaves plain text, numbers and flags alone', () => {
    expect(csvField('The Thing')).toBe('The Thing');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(7.5)).toBe('7.5');
    expect(csvField(false)).toBe('false');
    expect(csvField("it's")).toBe("it's");
    expect(csvField('a, b')).toBe('"a, b"');
  });

  it('round-trips every text exactly through export and import', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", '"', ',', '\n', 'a');
    const text = fc.oneof(
      fc.string(),
      fc.array(risky, { maxLength: 8 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const cell = readField(csvField(s));
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        expect(unguardedCell(cell)).toBe(s);
      }),
    );
  });
});
