/**
 * Register folders on disk: reading one into the map of files `shared/registerFolder` reads, and writing one from
 * the map it writes. Writing refuses a folder that holds other things than a register folder (or one of a newer
 * version), writes every changed file beside its place before it puts any in place, and removes the files of
 * records that are gone.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  folderUpdate,
  isRegisterFolder,
  readRegisterFolder,
  readRegisterJson,
  RegisterFolderError,
  type FolderReadResult,
} from '../registerFolder/registerFolder';
import { REGISTER_JSON } from '../registerFolder/folderFormat';
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
 * empty but for hidden entries (`.git` of a fresh clone), or is a register folder already, of this version or an
 * older one.
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
  // A folder of a newer version holds what this version does not know: writing over it would lose that.
  try {
    readRegisterJson(registerJson);
  } catch (error) {
    if (error instanceof RegisterFolderError) throw new InputFileError(dir, error);
    throw error;
  }
}

/** A name beside `target` for a file or folder being prepared: hidden, and unique to this run. */
function besideName(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

function renameError(file: string, error: unknown): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EISDIR' || code === 'ENOTEMPTY') return new CliError('outIsDirectory', { file });
  return new CliError('cannotWrite', { file, detail: typeof code === 'string' ? code : String(error) });
}

/**
 * Writes the folder's files into `dir` (checked with `checkFolderOutput`) so that a failure leaves it as it was.
 * A new folder is written whole beside its place and then renamed into it. An existing one (a clone with `.git`, a
 * user's notes: it cannot be swapped) is updated in two steps: every new or changed file is first written beside its
 * place (a hidden temporary name), and only when all are written are the files of records that are gone removed,
 * the files renamed into place, `register.json` last; a failure in the first step removes what it wrote. Only a
 * failure of a rename in the second step (rare: the files are written, the folders exist) can leave a mix.
 */
export async function writeRegisterFolder(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  if ((await fs.stat(dir).catch(() => undefined)) === undefined) {
    const temp = besideName(path.resolve(dir));
    try {
      await fs.mkdir(temp);
      await updateFolder(temp, files);
      await fs.rename(temp, dir).catch((error: unknown) => {
        throw renameError(dir, error);
      });
    } catch (error) {
      await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    return;
  }
  await updateFolder(dir, files);
}

async function updateFolder(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const { write, remove } = folderUpdate(await readFolderFiles(dir), files);
  const staged: { temp: string; target: string; relative: string }[] = [];
  const createdFolders: string[] = [];
  try {
    for (const [relative, text] of write) {
      const target = path.join(dir, ...relative.split('/'));
      const created = await fs.mkdir(path.dirname(target), { recursive: true }).catch(() => {
        throw new CliError('outFolderMissing', { file: target });
      });
      if (created !== undefined) createdFolders.push(created);
      // A folder where the file must go would make the rename fail in the second step: refuse it in the first.
      const existing = await fs.stat(target).catch(() => undefined);
      if (existing?.isDirectory()) throw new CliError('outIsDirectory', { file: target });
      const temp = besideName(target);
      await writeFileAtomic(temp, text);
      staged.push({ temp, target, relative });
    }
  } catch (error) {
    for (const { temp } of staged) await fs.rm(temp, { force: true }).catch(() => undefined);
    for (const folder of createdFolders.reverse())
      await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  for (const relative of remove) await fs.rm(path.join(dir, ...relative.split('/')), { force: true });
  // register.json last: until it is in place, a reader sees the folder's old metadata and version.
  staged.sort((a, b) => Number(a.relative === REGISTER_JSON) - Number(b.relative === REGISTER_JSON));
  for (const { temp, target } of staged) {
    await fs.rename(temp, target).catch((error: unknown) => {
      throw renameError(target, error);
    });
  }
}
