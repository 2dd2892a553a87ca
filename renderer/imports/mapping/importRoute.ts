/**
 * Which import a chosen file goes to. RoPA Desk's own files keep their paths: a register file (`.ropa.json`) is read
 * as one, a workbook this app wrote (the complete layout, or any layout that still carries the app's hidden
 * `ropa-desk` sheet) is planned by `planWorkbookImport`. Every other spreadsheet — a copy of the authority's model
 * kept by hand, the CNIL's template, another tool's CSV — goes to the mapping screen, because the workbook import
 * recognises such a copy by its sheet name and then reads none of its rows (issue 15).
 */
import JSZip from 'jszip';
import type { OpenedFile } from '../../../shared/ipc/desktopApi';

export type FirstRoute = 'registerFile' | 'workbook' | 'spreadsheet';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b]);

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The first character that is not a byte order mark or white space, as text. */
function firstCharacter(bytes: Uint8Array): string {
  let at = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[at] as number)) at += 1;
  return at < bytes.length ? String.fromCharCode(bytes[at] as number) : '';
}

/** Where a file goes first, from its name and its first bytes (nothing is parsed yet). */
export function firstRoute(file: OpenedFile): FirstRoute {
  const ext = extension(file.name);
  if (ext === 'json') return 'registerFile';
  if (isZip(file.bytes)) return ext === 'ods' || ext === 'ots' ? 'spreadsheet' : 'workbook';
  // A text file named .xlsx goes where it always went: the workbook import refuses it with its own clear words.
  if (ext === 'xlsx') return 'workbook';
  // A register file saved under another name still starts as a JSON object; a CSV never does.
  if (firstCharacter(file.bytes) === '{') return 'registerFile';
  return 'spreadsheet';
}

/** The hidden sheet every workbook exported by RoPA Desk carries (shared/excel/columnMap.ts INFO_SHEET). */
const INFO_SHEET_NAME = /<sheet\b[^>]*\bname="ropa-desk"/;

/**
 * Whether a workbook was written by RoPA Desk. Only called after `planWorkbookImport` accepted the file, so the
 * zip-bomb checks have already passed and `xl/workbook.xml` is known to be there and of a sane size.
 */
export async function isOwnWorkbook(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file('xl/workbook.xml')?.async('string');
    return workbook !== undefined && INFO_SHEET_NAME.test(workbook);
  } catch {
    // Unreadable here means not ours to recognise: the spreadsheet reader will say what is wrong with it.
    return false;
  }
}
