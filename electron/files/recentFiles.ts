/**
 * File › Recent files: the register files the user opened through the open dialog or from the system (a
 * double-click on a `.ropa.json`), most recent first, kept in `recent-files.json` in userData. The paths stay in the
 * main process; the menu shows names, and the renderer only ever receives a file's name and bytes.
 * Takes its file system and path functions as parameters so it is tested in plain Node.
 */
import nodePath from 'node:path';
import { z } from 'zod';

export const RECENT_FILES_FILE = 'recent-files.json';
export const MAX_RECENT_FILES = 10;

export interface RecentFilesFileSystem {
  readFileSync(file: string, encoding: 'utf8'): string;
  writeFileAtomicSync(file: string, data: string): void;
}

export interface RecentFiles {
  /** The paths, most recent first. */
  paths(): readonly string[];
  /** What the menu shows: each file's name, with its folder's name where two files share a name. */
  labels(): string[];
  /** The path at `index` in `paths()`, if any. */
  at(index: number): string | undefined;
  /** Puts `file` first (once), drops the oldest beyond the maximum, and saves. */
  add(file: string): void;
  remove(file: string): void;
  clear(): void;
}

const stateSchema = z.object({
  version: z.literal(1),
  files: z.array(z.string().min(1).max(4096)).max(100),
});

export interface RecentFilesDeps {
  file: string;
  fs: RecentFilesFileSystem;
  max?: number;
  /** `node:path` of the platform (injectable so Windows paths are tested on Linux). */
  path?: Pick<typeof nodePath, 'basename' | 'dirname' | 'isAbsolute' | 'normalize'>;
  /** Whether two paths name the same file: case-insensitive on Windows and macOS by default. */
  caseInsensitive?: boolean;
}

export function createRecentFiles(deps: RecentFilesDeps): RecentFiles {
  const path = deps.path ?? nodePath;
  const max = deps.max ?? MAX_RECENT_FILES;
  const caseInsensitive = deps.caseInsensitive ?? process.platform !== 'linux';
  const key = (file: string) => (caseInsensitive ? path.normalize(file).toLowerCase() : path.normalize(file));

  let files: string[] = load();

  function load(): string[] {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(deps.fs.readFileSync(deps.file, 'utf8')));
      if (!parsed.success) return [];
      const seen = new Set<string>();
      return parsed.data.files
        .filter((file) => {
          if (!path.isAbsolute(file) || seen.has(key(file))) return false;
          seen.add(key(file));
          return true;
        })
        .slice(0, max);
    } catch {
      return [];
    }
  }

  function save(): void {
    try {
      deps.fs.writeFileAtomicSync(deps.file, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
    } catch {
      // A list that cannot be saved still works for this session.
    }
  }

  return {
    paths: () => [...files],
    labels: () => {
      const names = files.map((file) => path.basename(file));
      return files.map((file, index) => {
        const name = names[index] ?? file;
        const shared = names.filter((other) => other.toLowerCase() === name.toLowerCase()).length > 1;
        return shared ? `${name} — ${path.basename(path.dirname(file))}` : name;
      });
    },
    at: (index) => (Number.isInteger(index) && index >= 0 ? files[index] : undefined),
    add: (file) => {
      if (!path.isAbsolute(file)) return;
      files = [file, ...files.filter((other) => key(other) !== key(file))].slice(0, max);
      save();
    },
    remove: (file) => {
      const before = files.length;
      files = files.filter((other) => key(other) !== key(file));
      if (files.length !== before) save();
    },
    clear: () => {
      files = [];
      save();
    },
  };
}
