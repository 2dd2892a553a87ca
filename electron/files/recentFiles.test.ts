import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from './atomicWrite';
import { createRecentFiles, RECENT_FILES_FILE } from './recentFiles';

const realFs = { readFileSync: (file: string, encoding: 'utf8') => readFileSync(file, encoding), writeFileAtomicSync };
let folders: string[] = [];
function stateFile(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ropa-recent-'));
  folders.push(folder);
  return path.join(folder, RECENT_FILES_FILE);
}
afterEach(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders = [];
});

describe('recent files', () => {
  it('starts empty, puts the latest first once, and remembers across starts', () => {
    const file = stateFile();
    const recents = createRecentFiles({ file, fs: realFs, caseInsensitive: false });
    expect(recents.paths()).toEqual([]);
    recents.add('/home/dpo/a.ropa.json');
    recents.add('/home/dpo/b.ropa.json');
    recents.add('/home/dpo/a.ropa.json');
    expect(recents.paths()).toEqual(['/home/dpo/a.ropa.json', '/home/dpo/b.ropa.json']);
    expect(createRecentFiles({ file, fs: realFs, caseInsensitive: false }).paths()).toEqual([
      '/home/dpo/a.ropa.json',
      '/home/dpo/b.ropa.json',
    ]);
    expect(recents.at(1)).toBe('/home/dpo/b.ropa.json');
    expect(recents.at(2)).toBeUndefined();
    expect(recents.at(-1)).toBeUndefined();
    expect(recents.at(0.5)).toBeUndefined();
  });

  it('keeps at most the maximum, dropping the oldest', () => {
    const recents = createRecentFiles({ file: stateFile(), fs: realFs, max: 3 });
    for (const name of ['a', 'b', 'c', 'd']) recents.add(`/r/${name}.ropa.json`);
    expect(recents.paths()).toEqual(['/r/d.ropa.json', '/r/c.ropa.json', '/r/b.ropa.json']);
  });

  it('shows names, with the folder where two files share a name', () => {
    const recents = createRecentFiles({ file: stateFile(), fs: realFs, caseInsensitive: false });
    recents.add('/home/dpo/cm/register.ropa.json');
    recents.add('/home/dpo/rmob/register.ropa.json');
    recents.add('/home/dpo/other.ropa.json');
    expect(recents.labels()).toEqual(['other.ropa.json', 'register.ropa.json — rmob', 'register.ropa.json — cm']);
  });

  it('removes one file or all of them', () => {
    const file = stateFile();
    const recents = createRecentFiles({ file, fs: realFs });
    recents.add('/a/x.ropa.json');
    recents.add('/a/y.ropa.json');
    recents.remove('/a/x.ropa.json');
    expect(recents.paths()).toEqual(['/a/y.ropa.json']);
    recents.clear();
    expect(createRecentFiles({ file, fs: realFs }).paths()).toEqual([]);
  });

  it('treats Windows paths case-insensitively', () => {
    const recents = createRecentFiles({ file: stateFile(), fs: realFs, path: path.win32, caseInsensitive: true });
    recents.add('C:\\Users\\dpo\\Register.ropa.json');
    recents.add('c:\\users\\dpo\\register.ropa.json');
    expect(recents.paths()).toEqual(['c:\\users\\dpo\\register.ropa.json']);
    expect(recents.labels()).toEqual(['register.ropa.json']);
  });

  it('ignores relative paths, duplicates and a damaged file', () => {
    const file = stateFile();
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        files: ['relative.ropa.json', '/a/x.ropa.json', '/a/x.ropa.json', '/b/y.ropa.json'],
      }),
    );
    const recents = createRecentFiles({ file, fs: realFs, caseInsensitive: false });
    expect(recents.paths()).toEqual(['/a/x.ropa.json', '/b/y.ropa.json']);
    recents.add('relative.ropa.json');
    expect(recents.paths()).toHaveLength(2);
    writeFileSync(file, '{"version":1,"files":"nope"}');
    expect(createRecentFiles({ file, fs: realFs }).paths()).toEqual([]);
    writeFileSync(file, 'garbage');
    expect(createRecentFiles({ file, fs: realFs }).paths()).toEqual([]);
  });

  it('keeps working for the session when the list cannot be saved', () => {
    const failing = {
      readFileSync: () => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
      writeFileAtomicSync: () => {
        throw new Error('EROFS');
      },
    };
    const recents = createRecentFiles({ file: '/ro/recent-files.json', fs: failing });
    recents.add('/a/x.ropa.json');
    expect(recents.paths()).toEqual(['/a/x.ropa.json']);
  });
});
