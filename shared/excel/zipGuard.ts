/**
 * Checks the bytes of a supposed workbook before ExcelJS sees them. ExcelJS unpacks every part of the zip into
 * memory, so a small file that unpacks to gigabytes (a zip bomb) would take the app down; an encrypted workbook, a
 * renamed text file or a half-copied file would give an obscure error. Here each of those is refused with its own
 * message, from the zip's central directory (declared sizes and entry count) and then by unpacking each part with a
 * hard stop at its declared size, so a zip that lies about its sizes is caught too.
 */
import { WorkbookImportError } from './importErrors';

export const MB = 1024 * 1024;
/** Default for `maxBytes`: the largest workbook file accepted. */
export const DEFAULT_MAX_FILE_BYTES = 50 * MB;
/** The most a workbook may unpack to, all parts together. */
export const MAX_UNPACKED_BYTES = 300 * MB;
/** The most a large part may expand (uncompressed / compressed size)... */
export const MAX_RATIO = 100;
/** ...where a part is large from this unpacked size on (small parts such as styles expand a lot, harmlessly). */
export const RATIO_MIN_BYTES = 10 * MB;
export const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A size in megabytes as the refusals print it (0.25, 12.5, 50). */
export const mb = (bytes: number): string => (bytes / MB).toFixed(bytes < MB ? 2 : 1).replace(/\.0+$/, '');

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/** The checks that need no unpacking: size, signature, central directory, declared sizes and entry count. */
export function inspectZip(bytes: Uint8Array, maxBytes: number): ZipEntry[] {
  const entries = inspectArchive(bytes, maxBytes);
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml')) throw new WorkbookImportError('notAWorkbook');
  return entries;
}

/**
 * The same checks for any zip-packed document, whatever it holds (an xlsx workbook, an OpenDocument spreadsheet):
 * the caller decides from the entries' names what the archive is.
 */
export function inspectArchive(bytes: Uint8Array, maxBytes: number): ZipEntry[] {
  if (bytes.byteLength === 0) throw new WorkbookImportError('emptyFile');
  if (bytes.byteLength > maxBytes)
    throw new WorkbookImportError('tooLarge', { size: mb(bytes.byteLength), limit: mb(maxBytes) });
  // Excel and LibreOffice store a password-protected workbook in an OLE compound file, as old .xls files are.
  if (startsWith(bytes, CFB)) throw new WorkbookImportError('encrypted');
  if (startsWith(bytes, ZIP_EMPTY)) throw new WorkbookImportError('notAWorkbook');
  if (!startsWith(bytes, ZIP_LOCAL)) throw new WorkbookImportError('notXlsx');

  const entries = readCentralDirectory(bytes);
  if (entries.length > MAX_ENTRIES)
    throw new WorkbookImportError('zipEntries', { count: entries.length, limit: MAX_ENTRIES });
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw new WorkbookImportError('encrypted');
    total += entry.uncompressedSize;
  }
  if (total > MAX_UNPACKED_BYTES)
    throw new WorkbookImportError('zipTooBig', { size: mb(total), limit: mb(MAX_UNPACKED_BYTES) });
  for (const entry of entries) {
    if (
      entry.uncompressedSize >= RATIO_MIN_BYTES &&
      entry.uncompressedSize / Math.max(entry.compressedSize, 1) > MAX_RATIO
    ) {
      throw new WorkbookImportError('zipRatio', {
        entry: entry.name,
        ratio: Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1)),
        limit: MAX_RATIO,
        min: mb(RATIO_MIN_BYTES),
      });
    }
  }
  return entries;
}

function truncated(detail: string): WorkbookImportError {
  return new WorkbookImportError('truncated', { detail });
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const length = bytes.byteLength;
  let eocd = -1;
  for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at -= 1) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw truncated('no end of central directory');
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) throw truncated('damaged ZIP64 directory');
    const record = u64(bytes, locator + 8);
    if (record + 56 > length || u32(bytes, record) !== 0x06064b50) throw truncated('damaged ZIP64 directory');
    count = u64(bytes, record + 32);
    cdSize = u64(bytes, record + 40);
    cdOffset = u64(bytes, record + 48);
  }
  if (count > MAX_ENTRIES) throw new WorkbookImportError('zipEntries', { count, limit: MAX_ENTRIES });
  if (cdOffset + cdSize > length) throw truncated('central directory beyond the end of the file');

  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > length || u32(bytes, at) !== 0x02014b50) throw truncated('damaged central directory');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength + extraLength + commentLength > length) throw truncated('damaged central directory');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let uncompressedSize = u32(bytes, at + 24);
    let compressedSize = u32(bytes, at + 20);
    let localHeaderOffset = u32(bytes, at + 42);
    // ZIP64 extra field: 64-bit values for the fields set to 0xFFFFFFFF, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const size = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let p = extra + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = u64(bytes, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, p);
          p += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, p);
      }
      extra += 4 + size;
    }
    if (localHeaderOffset + 30 > length || u32(bytes, localHeaderOffset) !== 0x04034b50)
      throw truncated(`part ${name} is missing`);
    entries.push({
      name,
      method: u16(bytes, at + 10),
      flags: u16(bytes, at + 8),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
type DecompressionCtor = new (format: string) => {
  readable: { getReader(): ByteReader };
  writable: { getWriter(): ByteWriter };
};

/**
 * Unpacks every part with a stop at its declared size (Node ≥ 20 and browsers have DecompressionStream), so a zip
 * whose directory understates its sizes is refused before ExcelJS would unpack it without limit. The parts `keep`
 * asks for are returned unpacked, so a reader that needs them does not unpack them a second time; a part missing
 * from the result (a runtime without DecompressionStream) is for the caller to unpack another way.
 */
export async function verifyUnpackedSizes(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  keep: (name: string) => boolean = () => false,
): Promise<Map<string, Uint8Array>> {
  const kept = new Map<string, Uint8Array>();
  const Decompression = (globalThis as { DecompressionStream?: DecompressionCtor }).DecompressionStream;
  for (const entry of entries) {
    const start =
      entry.localHeaderOffset +
      30 +
      u16(bytes, entry.localHeaderOffset + 26) +
      u16(bytes, entry.localHeaderOffset + 28);
    if (start + entry.compressedSize > bytes.byteLength) throw truncated(`part ${entry.name} is cut off`);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize)
        throw new WorkbookImportError('zipSizeMismatch', { entry: entry.name });
      if (keep(entry.name)) kept.set(entry.name, bytes.subarray(start, start + entry.compressedSize));
      continue;
    }
    if (entry.method !== 8)
      throw new WorkbookImportError('unreadable', {
        detail: `part ${entry.name} uses compression method ${entry.method}`,
      });
    if (!Decompression) continue;
    let stream;
    try {
      stream = new Decompression('deflate-raw');
    } catch {
      return kept; // a runtime without raw deflate: the declared sizes have been checked
    }
    const chunks: Uint8Array[] | undefined = keep(entry.name) ? [] : undefined;
    const unpacked = await unpackedSize(
      stream,
      bytes.subarray(start, start + entry.compressedSize),
      entry.uncompressedSize,
      chunks,
    );
    if (unpacked === 'damaged') throw truncated(`part ${entry.name} cannot be unpacked`);
    if (unpacked === 'over') throw new WorkbookImportError('zipSizeMismatch', { entry: entry.name });
    if (chunks) kept.set(entry.name, joined(chunks, unpacked));
  }
  return kept;
}

async function unpackedSize(
  stream: InstanceType<DecompressionCtor>,
  data: Uint8Array,
  limit: number,
  chunks?: Uint8Array[],
): Promise<number | 'over' | 'damaged'> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value?.byteLength ?? 0;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return 'over';
      }
      if (chunks && value) chunks.push(value);
    }
  } catch {
    return 'damaged';
  }
}

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
