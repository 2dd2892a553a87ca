/**
 * Writes a file whole or not at all: to a temporary file beside the target, flushed to disk, then renamed
 * over it. A crash or a full disk leaves the previous file as it was.
 */
import { closeSync, fsyncSync, openSync, promises as fs, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempNameFor(file);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/**
 * The same, synchronously: for the small state files (window bounds, recent files) written while the window
 * closes, when an asynchronous write could be cut short by the process quitting.
 */
export function writeFileAtomicSync(file: string, data: string): void {
  const temp = tempNameFor(file);
  const handle = openSync(temp, 'w');
  try {
    writeSync(handle, data);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  try {
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
