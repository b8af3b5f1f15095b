/** COPY text encoding: NULLs, booleans, escapes and array literals. */
import { arrayLiteral, copyField, copyLines } from '../../src/seed/copy-format';

describe('COPY text format', () => {
  it('writes NULL, booleans and numbers', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
    expect(copyField(42.5)).toBe('42.5');
    expect(() => copyField(Number.NaN)).toThrow();
  });

  it('escapes backslash, tab, newline and carriage return', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('Straße 1, "Haus A"')).toBe('Straße 1, "Haus A"');
  });

  it('quotes every array element so commas, braces and NULL stay text', () => {
    expect(arrayLiteral([])).toBe('{}');
    expect(arrayLiteral(['a', 'b c', 'x,y', 'NULL', '{z}', 'q"t', 'b\\s'])).toBe(
      '{"a","b c","x,y","NULL","{z}","q\\"t","b\\\\s"}',
    );
    // The literal's own backslashes are escaped once more for COPY.
    expect(copyField(['q"t'])).toBe('{"q\\\\"t"}');
  });

  it('writes rows as tab-separated lines in column order', () => {
    expect(
      copyLines(
        [
          { id: 1, name: 'A', extra: 'ignored' },
          { id: 2, name: null },
        ],
        ['id', 'name'],
      ),
    ).toBe('1\tA\n2\t\\N\n');
  });
});
