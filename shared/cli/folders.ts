/**
 * Register folders on disk: reading one into the map of files `shared/registerFolder` reads, and writing one from
 * the map it writes. Writing refuses a folder that holds other things than a register folder, replaces each changed
 * file atomically, and removes the files of records that are gone.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  folderUpdate,
  isRegisterFolder,
  readRegisterFolder,
  RegisterFolderError,
  type FolderReadResult,
} from '../registerFolder/registerFolder';
import { CliError, InputFileError } from './errors';
import { decodeText, readInputBytes, writeFileAtomic } from './files';

/** Whether `file` is a folder (false when it does not exist). */
export async function isFolder(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined))?.isDirectory() ?? false;
}

/** The files of a folder, by `/`-separated relative path; hidden folders (`.git`) are not entered. */
export async function readFolderFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (relative: string): Promise<void> => {
    const entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true }).catch(() => {
      throw new CliError('cannotRead', { file: path.join(dir, relative), detail: 'readdir' });
    });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk(child);
      } else if (entry.isFile() && (entry.name.endsWith('.json') || entry.name === '.gitattributes')) {
        const file = path.join(dir, child);
        files.set(child, decodeText(file, await readInputBytes(file)));
      }
    }
  };
  await walk('');
  return files;
}

/** Reads a register folder; refusals name the folder. */
export async function readRegisterFolderInput(dir: string): Promise<FolderReadResult> {
  const files = await readFolderFiles(dir);
  try {
    return readRegisterFolder(files);
  } catch (error) {
    if (error instanceof RegisterFolderError) throw new InputFileError(dir, error);
    throw error;
  }
}

/**
 * Checks, before any work, that `dir` can receive a register folder: it does not exist yet (its parent does), or is
 * empty but for hidden entries (`.git` of a fresh clone), or is a register folder already.
 */
export async function checkFolderOutput(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat === undefined) {
    const parent = await fs.stat(path.dirname(path.resolve(dir))).catch(() => undefined);
    if (!parent?.isDirectory()) throw new CliError('outFolderMissing', { file: dir });
    return;
  }
  if (!stat.isDirectory()) throw new CliError('outNotAFolder', { file: dir });
  const visible = (await fs.readdir(dir)).filter((name) => !name.startsWith('.'));
  if (visible.length === 0) return;
  const registerJson = await fs.readFile(path.join(dir, 'register.json'), 'utf8').catch(() => undefined);
  if (registerJson === undefined || !isRegisterFolder(new Map([['register.json', registerJson]]))) {
    throw new CliError('outNotRegisterFolder', { file: dir });
  }
}

/**
 * Writes the folder's files into `dir` (checked with `checkFolderOutput`): the files that are new or changed, each
 * atomically, then removes the files of records that are gone (`folderUpdate`).
 */
export async function writeRegisterFolder(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const { write, remove } = folderUpdate(await readFolderFiles(dir), files);
  for (const [relative, text] of write) {
    const target = path.join(dir, ...relative.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, text);
  }
  for (const relative of remove) await fs.rm(path.join(dir, ...relative.split('/')));
}
