/**
 * Reads a CSV or TSV file as one sheet of text cells. A register exported elsewhere comes in whatever its program
 * wrote: UTF-8 with or without a byte-order mark, or Windows-1252 (Excel's "CSV" on a Belgian or French Windows);
 * separated by commas, semicolons (Excel where the decimal mark is a comma) or tabs; with quoted cells that hold
 * separators, quotes and line breaks. The encoding is what decodes without error (UTF-8 first); the separator is the
 * one that splits the first rows into the same number of fields, more than one; papaparse does the quoting rules.
 * Cells stay text: what a "3" or "01/02/2024" means is for the mapping to decide.
 */
import Papa from 'papaparse';
import type { SourceBook } from '../types';
import type { ReadSheet } from './readTypes';
import { SheetCells } from './sheetCells';
import { SpreadsheetReadError } from './readError';

export type Separator = NonNullable<SourceBook['separator']>;
export type TextEncoding = NonNullable<SourceBook['encoding']>;

export interface TextRead {
  format: 'csv' | 'tsv';
  encoding: TextEncoding;
  separator: Separator;
  sheet: ReadSheet;
}

/** How many rows the separator is judged on. */
const SAMPLE_ROWS = 50;
/** How far a NUL byte is looked for: text files have none, binary files have one early. */
const BINARY_PROBE = 64 * 1024;

/** The text and its encoding; a file that is no text at all is refused. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // ignoreBOM: the mark is taken off here; a second one would be the first cell's own character.
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  // Excel's "Unicode text" is UTF-16 with a byte-order mark: refused with a way out rather than read as garbage.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SpreadsheetReadError('unsupportedEncoding', { encoding: 'UTF-16' });
  }
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) throw new SpreadsheetReadError('notASpreadsheet');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252, the encoding of text files from Windows in nl/fr/de.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 is Latin-1 with 27 printable characters in 0x80–0x9F (€, ’, –, …). Not `TextDecoder('windows-1252')`:
 * Node 20.18.3+, 22.13+ and 24 decode that label as Latin-1 and turn those bytes into control characters
 * (nodejs/node#56542, #60888), so "l’URSSAF" and "1 200 €" would lose their apostrophe and euro sign.
 */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const units = new Uint16Array(Math.min(bytes.byteLength, CHUNK));
  for (let start = 0; start < bytes.byteLength; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.byteLength);
    for (let i = start; i < end; i += 1) {
      const b = bytes[i] as number;
      units[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}

const SEPARATORS: readonly Separator[] = [';', ',', '\t'];

/** The separator candidates in the order that wins a tie: the file's extension first, then the semicolon. */
function candidates(fileName: string): Separator[] {
  const ext = extensionOf(fileName);
  return ext === 'tsv' || ext === 'tab' ? ['\t', ';', ','] : [...SEPARATORS];
}

export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function parse(text: string, separator: Separator, preview = 0): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, {
    delimiter: separator,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview,
  });
}

/**
 * How well a separator splits the sample: the number of fields most rows have, and the share of rows that have it.
 * Blank lines do not count.
 */
function consistency(rows: string[][]): { fields: number; share: number } {
  const counts = new Map<number, number>();
  let total = 0;
  for (const row of rows) {
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue;
    counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    total += 1;
  }
  let fields = 0;
  let most = 0;
  for (const [n, c] of counts) {
    if (c > most || (c === most && n > fields)) {
      fields = n;
      most = c;
    }
  }
  return { fields, share: total === 0 ? 0 : most / total };
}

/**
 * True when, read with this separator, the first rows' quotes sit where a CSV writer puts them: a quote opens a
 * field and closes it just before a separator or the end of the row, and no unquoted field holds one. Under a wrong
 * separator they do not ("a;b" quoted in a comma file, read with semicolons, leaves a quote inside a field).
 */
function quotesFit(text: string, separator: Separator, maxRows: number): boolean {
  let rows = 0;
  let i = 0;
  const n = text.length;
  while (i < n && rows < maxRows) {
    // One field.
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= n) return true; // an unclosed quote at the end of the sample: the sample may have cut a cell
        if (text[i] === '"') {
          if (text[i + 1] === '"') i += 2;
          else break;
        } else i += 1;
      }
      i += 1;
      const next = text[i];
      if (i < n && next !== separator && next !== '\r' && next !== '\n') return false;
    } else {
      while (i < n && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') return false;
        i += 1;
      }
    }
    if (text[i] === separator) i += 1;
    else {
      if (text[i] === '\r') i += 1;
      if (text[i] === '\n') i += 1;
      rows += 1;
    }
  }
  return true;
}

/**
 * The separator that splits the first rows most consistently into more than one field, among those under which the
 * quotes fit (`quotesFit`).
 */
export function detectSeparator(text: string, fileName = ''): Separator {
  const order = candidates(fileName);
  let best: { separator: Separator; clean: boolean; fields: number; share: number } | undefined;
  for (const separator of order) {
    const sample = parse(text, separator, SAMPLE_ROWS);
    const { fields, share } = consistency(sample.data);
    if (fields < 2) continue;
    const clean = quotesFit(text, separator, SAMPLE_ROWS);
    // Quotes that pair up first; then consistency; then more fields; then the order.
    const better =
      !best ||
      (clean && !best.clean) ||
      (clean === best.clean &&
        (share > best.share + 1e-9 || (Math.abs(share - best.share) <= 1e-9 && fields > best.fields)));
    if (better) best = { separator, clean, fields, share };
  }
  return best?.separator ?? (order[0] as Separator);
}

/** Excel's own hint on the first line, `sep=;`, names the separator. */
const SEP_HINT = /^sep=(.)\r?\n/i;

export function readDelimitedText(bytes: Uint8Array, fileName: string): TextRead {
  const { text, encoding } = decodeText(bytes);
  const hint = SEP_HINT.exec(text);
  const hinted =
    hint && (SEPARATORS as readonly string[]).includes(hint[1] as string) ? (hint[1] as Separator) : undefined;
  const body = hint ? text.slice(hint[0].length) : text;
  // Rows keep their number in the file, so a report's row numbers match what the user sees in a text editor's
  // record count (a cell with a line break is one row).
  const offset = hint ? 1 : 0;
  const separator = hinted ?? detectSeparator(body, fileName);
  const result = parse(body, separator);
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) throw new SpreadsheetReadError('unclosedQuote', { row: (unclosed.row ?? 0) + 1 + offset });
  const sheet = new SheetCells(sheetName(fileName));
  result.data.forEach((fields, i) => {
    fields.forEach((field, j) => sheet.set(i + 1 + offset, j + 1, field));
  });
  return { format: separator === '\t' ? 'tsv' : 'csv', encoding, separator, sheet: sheet.finish() };
}

/** The file's name without folder and extension: the one sheet's name. */
function sheetName(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
