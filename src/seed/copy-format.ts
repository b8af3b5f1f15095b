/**
 * PostgreSQL COPY text format: one line per row, columns separated by tabs, NULL as \N, and backslash,
 * tab, newline and carriage return escaped. Arrays are written as array literals ({"a","b"}) whose
 * quoting is then escaped like any other text.
 */
type CopyValue = string | number | boolean | null | readonly string[];

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_GLOBAL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function escapeCopyText(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIAL_GLOBAL, (c) => ESCAPES[c]!) : value;
}

/** An array literal with every element quoted, so commas, braces, spaces and "NULL" stay text. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeCopyText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot COPY a non-finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeCopyText(arrayLiteral(value));
}

/** Encodes rows as COPY text lines, reading the given columns in order. */
export function copyLines(rows: readonly object[], columns: readonly string[]): string {
  let out = '';
  for (const row of rows) {
    const record = row as Record<string, CopyValue>;
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) out += '\t';
      out += copyField(record[columns[c]!]!);
    }
    out += '\n';
  }
  return out;
}
