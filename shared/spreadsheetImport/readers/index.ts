/**
 * `readSourceBook`: any spreadsheet a DPO may bring (an Excel workbook, an OpenDocument spreadsheet, a CSV or TSV
 * file) as sheets of plain cells. The reader is chosen by what the bytes are, then by the file's extension: an
 * encrypted document (an OLE compound file) is refused; a zip holding `xl/workbook.xml` is a workbook, one whose
 * `mimetype` says so is an OpenDocument spreadsheet, and one of JSON files only is another register tool's export
 * (`jsonExportReader.ts`), after the zip-bomb checks that guard the workbook import; any other zip is refused; anything else is read as delimited text if it is text. Every refusal is a
 * `SpreadsheetReadError` with a reason code and a message in each interface language.
 */
import JSZip from 'jszip';
import { WorkbookImportError } from '../../excel/importErrors';
import { DEFAULT_MAX_FILE_BYTES, inspectArchive, mb, verifyUnpackedSizes, type ZipEntry } from '../../excel/zipGuard';
import type { ReadBook, ReadOptions } from './readTypes';
import { SpreadsheetReadError, type ReadErrorReason } from './readError';
import { odsIsEncrypted, readOds } from './odsReader';
import { extensionOf, readDelimitedText } from './textReader';
import { isJsonExport, readJsonExport } from './jsonExportReader';
import { readXlsx, type PartText } from './xlsxReader';

export { SpreadsheetReadError } from './readError';
export type { ReadErrorReason } from './readError';
export type { ReadBook, ReadOptions, ReadSheet, UnreadableCell, UnreadableReason } from './readTypes';
export { decodeText, detectSeparator } from './textReader';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const ODS_MIMETYPE = /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?\s*$/;

export async function readSourceBook(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadBook> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.byteLength === 0) throw new SpreadsheetReadError('emptyFile');
  if (bytes.byteLength > maxBytes) {
    throw new SpreadsheetReadError('tooLarge', { size: mb(bytes.byteLength), limit: mb(maxBytes) });
  }
  // Excel and LibreOffice store a password-protected document in an OLE compound file, as old .xls files are.
  if (startsWith(bytes, CFB)) throw new SpreadsheetReadError('encrypted');
  if (startsWith(bytes, ZIP_EMPTY)) throw new SpreadsheetReadError('zipNotSpreadsheet');
  if (startsWith(bytes, ZIP_LOCAL)) return readZipped(bytes, fileName, maxBytes);
  const text = readDelimitedText(bytes, fileName);
  return { format: text.format, sheets: [text.sheet], encoding: text.encoding, separator: text.separator };
}

async function readZipped(bytes: Uint8Array, fileName: string, maxBytes: number): Promise<ReadBook> {
  const entries = guarded(() => inspectArchive(bytes, maxBytes));
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  const isXlsx = names.has('xl/workbook.xml');
  const maybeOds = !isXlsx && names.has('content.xml');
  const isJson = !isXlsx && !maybeOds && isJsonExport([...names]);
  if (!isXlsx && !maybeOds && !isJson) throw new SpreadsheetReadError('zipNotSpreadsheet');
  // Every part is unpacked once with a stop at its declared size before any library unpacks it without one; a
  // workbook's XML parts (or an export's JSON files) are kept from that pass and read as they are.
  const keep = (name: string): boolean => (isXlsx && /\.(xml|rels)$/i.test(name)) || (isJson && /\.json$/i.test(name));
  const unpacked = await guardedAsync(() => verifyUnpackedSizes(bytes, entries, keep));
  const part = partReader(bytes, entries, unpacked);
  if (isXlsx) return { format: 'xlsx', sheets: await readXlsx(part) };
  if (isJson) {
    const files = [];
    for (const name of [...names].filter((n) => /\.json$/i.test(n)))
      files.push({ path: name, text: (await part(name)) ?? '' });
    return { format: 'json', sheets: readJsonExport(files) };
  }
  const zip = await openZip(bytes);
  const mimetype = names.has('mimetype') ? await zip.file('mimetype')?.async('string') : undefined;
  const isOds = mimetype !== undefined ? ODS_MIMETYPE.test(mimetype) : extensionOf(fileName) === 'ods';
  if (!isOds) throw new SpreadsheetReadError('zipNotSpreadsheet');
  if (await odsIsEncrypted(zip)) throw new SpreadsheetReadError('encrypted');
  return { format: 'ods', sheets: await readOds(zip) };
}

/**
 * The workbook's parts as text, from what the size check unpacked; a runtime without DecompressionStream unpacks
 * them here with JSZip instead. Names are compared as the zip's directory spells them, with or without a leading slash.
 */
function partReader(bytes: Uint8Array, entries: readonly ZipEntry[], unpacked: Map<string, Uint8Array>): PartText {
  const decoder = new TextDecoder('utf-8');
  const stored = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e.name]));
  let zip: Promise<JSZip> | undefined;
  return async (path) => {
    const name = stored.get(path);
    if (name === undefined) return undefined;
    const part = unpacked.get(name);
    if (part) return decoder.decode(part);
    zip ??= openZip(bytes);
    return (await zip).file(name)?.async('string');
  };
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new SpreadsheetReadError('truncated', { detail: error instanceof Error ? error.message : String(error) });
  }
}

/** The workbook guards' refusals, said as a spreadsheet's: the same reasons, words that fit every format. */
const FROM_WORKBOOK: Partial<Record<WorkbookImportError['key'], ReadErrorReason>> = {
  emptyFile: 'emptyFile',
  tooLarge: 'tooLarge',
  encrypted: 'encrypted',
  notXlsx: 'notASpreadsheet',
  notAWorkbook: 'zipNotSpreadsheet',
  truncated: 'truncated',
  zipTooBig: 'zipTooBig',
  zipRatio: 'zipRatio',
  zipEntries: 'zipEntries',
  zipSizeMismatch: 'zipSizeMismatch',
  unreadable: 'unreadable',
};

function translated(error: unknown): unknown {
  if (!(error instanceof WorkbookImportError)) return error;
  const reason = FROM_WORKBOOK[error.key];
  return reason
    ? new SpreadsheetReadError(reason, error.params)
    : new SpreadsheetReadError('unreadable', { detail: error.message });
}

function guarded(check: () => ZipEntry[]): ZipEntry[] {
  try {
    return check();
  } catch (error) {
    throw translated(error);
  }
}

async function guardedAsync<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    throw translated(error);
  }
}
