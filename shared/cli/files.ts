/**
 * Files in and out. Input errors (missing, a folder, unreadable, not text, not a register) become one-line
 * CliErrors that name the file. Output is atomic: written to a temporary file in the same folder, flushed to
 * disk, then renamed over the target, so the output file is written whole or not at all and an existing one is
 * left untouched when anything fails.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readRegisterFile, RegisterFileError, type ReadResult } from '../register/registerFile';
import { CliError, InputFileError } from './errors';

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The bytes of an input file. */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError('isDirectory', { file });
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('fileNotFound', { file });
    if (code === 'EISDIR') throw new CliError('isDirectory', { file });
    if (code === 'EACCES' || code === 'EPERM') throw new CliError('permissionDenied', { file });
    throw new CliError('cannotRead', { file, detail: code ?? String(error) });
  }
}

/** UTF-8 text of an input file; refuses binary files rather than reading them as garbage. */
export function decodeText(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError('notText', { file });
  }
}

/** Reads, migrates and validates a register file; refusals carry the file name. */
export async function readRegisterInput(file: string): Promise<ReadResult> {
  return parseRegisterInput(file, await readInputBytes(file));
}

export function parseRegisterInput(file: string, bytes: Uint8Array): ReadResult {
  const text = decodeText(file, bytes);
  try {
    return readRegisterFile(text);
  } catch (error) {
    if (error instanceof RegisterFileError) throw new InputFileError(file, error);
    throw error;
  }
}

/** Checks, before any work is done, that `file` can be an output file (not a folder, its folder exists). */
export async function checkOutputPath(file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat?.isDirectory()) throw new CliError('outIsDirectory', { file });
  const folder = await fs.stat(path.dirname(path.resolve(file))).catch(() => undefined);
  if (!folder?.isDirectory()) throw new CliError('outFolderMissing', { file });
}

/**
 * Writes `data` to `file` atomically: temporary file in the same folder (so the rename stays on one file
 * system), fsync, rename, then fsync of the folder where the platform allows it. On failure the temporary file
 * is removed and `file` is as it was.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const target = path.resolve(file);
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw new CliError('outIsDirectory', { file });
    await fs.rename(temp, target);
    created = false;
  } catch (error) {
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(file, error);
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for syncing; there the rename is enough.
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already on disk.
  } finally {
    await handle.close();
  }
}

function writeError(file: string, error: unknown): unknown {
  if (error instanceof CliError) return error;
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError('outFolderMissing', { file });
  if (code === 'EISDIR') return new CliError('outIsDirectory', { file });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new CliError('outPermissionDenied', { file });
  if (code !== undefined) return new CliError('cannotWrite', { file, detail: code });
  return error;
}
