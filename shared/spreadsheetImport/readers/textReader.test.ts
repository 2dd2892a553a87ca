// The CSV reader's round trip: any grid of texts written as CSV with any of the three separators, in UTF-8 with or
// without a byte-order mark and with either line end, reads back as the same grid, the separator found on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceCell, SourceSheet } from '../types';
import { decodeWindows1252 } from './textReader';
import { readSourceBook } from '.';

type Separator = ',' | ';' | '\t';

/**
 * RFC 4180 quoting, and a cell holding one of the other separators quoted too (as spreadsheet programs write
 * "a;b" in a comma file when asked to quote text): without that, "a,b;c" is as much two comma fields as two
 * semicolon fields, and no reader can know which was meant.
 */
function writeCsv(grid: readonly string[][], separator: Separator, rowEnd: string): string {
  const quote = (cell: string): string => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return grid.map((row) => row.map(quote).join(separator)).join(rowEnd) + rowEnd;
}

/** A grid as the reader gives it: empty cells are no value, empty rows are left out, rows keep their number. */
function expected(grid: readonly string[][]): Map<number, (string | undefined)[]> {
  const out = new Map<number, (string | undefined)[]>();
  grid.forEach((row, i) => {
    if (row.every((c) => c === '')) return;
    out.set(i + 1, trimmed([undefined, ...row.map((c) => (c === '' ? undefined : c))]));
  });
  return out;
}
function trimmed(cells: (SourceCell | undefined)[]): (string | undefined)[] {
  const out = cells.map((c) => (c === undefined ? undefined : String(c)));
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}
function actual(sheet: SourceSheet): Map<number, (string | undefined)[]> {
  return new Map([...sheet.rows].map(([n, cells]) => [n, trimmed([...cells])]));
}

// Texts with what CSV has to quote, accents, and any other character; no NUL (that makes a file binary) and no
// U+FEFF (at the start of a file it is the byte-order mark, by definition).
const cellText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(',', ';', '\t', '"', '\n', '\r', ' ', 'é', 'ë', '€', '’'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 12,
  })
  // eslint-disable-next-line no-control-regex -- NUL is what is taken out.
  .map((s) => s.replace(/[\u0000\uFEFF]/g, ''));

const grid = fc
  .integer({ min: 2, max: 6 })
  .chain((width) =>
    fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
  );

describe('CSV round trip (fast-check)', () => {
  it('any grid, any separator, UTF-8 with or without a mark, CRLF or LF: the same grid, the separator detected', async () => {
    await fc.assert(
      fc.asyncProperty(
        grid,
        fc.constantFrom<Separator>(',', ';', '\t'),
        fc.boolean(),
        fc.constantFrom('\r\n', '\n'),
        async (cells, separator, bom, rowEnd) => {
          const text = new TextEncoder().encode(writeCsv(cells, separator, rowEnd));
          const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...text]) : text;
          const book = await readSourceBook(bytes, 'export.csv');
          const rows = expected(cells);
          expect(actual(book.sheets[0] as SourceSheet)).toEqual(rows);
          // A file with no text at all has no separator to find.
          if (rows.size > 0) expect(book.separator).toBe(separator);
          expect(book.encoding).toBe(bom ? 'utf-8-bom' : 'utf-8');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('Windows-1252 decodes its 0x80–0x9F characters (€ ’ – …), which TextDecoder in Node gets wrong', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x92, 0x96, 0x85, 0xe9, 0xeb, 0x41]))).toBe('€’–…éëA');
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all.length).toBe(256);
    expect(all.charAt(0xff)).toBe('ÿ');
  });
});
