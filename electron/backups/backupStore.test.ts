import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyRegister } from '../../shared/model/register';
import { readRegisterFile, writeRegisterFile } from '../../shared/register/registerFile';
import { writeFileAtomic } from '../files/atomicWrite';
import { selectBackupsToKeep } from './backupRotation';
import { backupFileName, backupSavedAt, BackupRefusal, createBackupStore, type BackupFileSystem } from './backupStore';

const nodeFs: BackupFileSystem = {
  mkdir: (folder, options) => fs.mkdir(folder, options),
  readdir: (folder) => fs.readdir(folder),
  stat: (file) => fs.stat(file),
  unlink: (file) => fs.unlink(file),
  writeFileAtomic,
};

const registerText = (title: string) => writeRegisterFile(emptyRegister({ title }));

let root: string;
let folder: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ropa-backups-'));
  folder = path.join(root, 'userData', 'backups');
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** A clock the test moves by hand. */
function clock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => (t += ms),
  };
}

describe('backup file names', () => {
  it('are UTC timestamps that sort like the times they name, and read back', () => {
    const date = new Date('2026-11-22T08:05:03.042Z');
    expect(backupFileName(date)).toBe('register-2026-11-22T08-05-03-042Z.ropa.json');
    expect(backupSavedAt('register-2026-11-22T08-05-03-042Z.ropa.json')).toEqual(date);
    expect(
      backupFileName(new Date('2026-11-22T08:05:03.999Z')) < backupFileName(new Date('2026-11-22T08:05:04.000Z')),
    ).toBe(true);
  });

  it.each([
    'register-2026-13-01T00-00-00-000Z.ropa.json',
    'register-2026-02-31T00-00-00-000Z.ropa.json',
    'register-2026-11-22T24-00-00-000Z.ropa.json',
    'register-2026-11-22T08-05-03Z.ropa.json',
    'register-2026-11-22T08-05-03-042Z.ropa.json.tmp',
    '.register-2026-11-22T08-05-03-042Z.ropa.json.123.456.tmp',
    'register-2026-11-22T08-05-03-042Z.json',
    'Register-2026-11-22T08-05-03-042Z.ropa.json',
    'notes.txt',
  ])('%s is not a backup', (name) => {
    expect(backupSavedAt(name)).toBeNull();
  });
});

describe('backup store', () => {
  it('creates the folder, writes a restorable backup atomically and lists it', async () => {
    const time = clock('2026-11-22T08:00:00.000Z');
    const store = createBackupStore({ folder, fs: nodeFs, now: time.now });
    const text = registerText('Backup test');
    const result = await store.write(text, 'manual');
    expect(result).toEqual({ fileName: 'register-2026-11-22T08-00-00-000Z.ropa.json', folder });
    const written = await fs.readFile(path.join(folder, result.fileName), 'utf8');
    expect(written).toBe(text);
    expect(readRegisterFile(written).register.meta.title).toBe('Backup test');
    // No temporary file is left beside it.
    expect(await fs.readdir(folder)).toEqual([result.fileName]);
    expect(await store.list()).toEqual([
      { fileName: result.fileName, savedAt: '2026-11-22T08:00:00.000Z', bytes: Buffer.byteLength(text) },
    ]);
  });

  it('lists backups newest first', async () => {
    const time = clock('2026-11-22T08:00:00.000Z');
    const store = createBackupStore({ folder, fs: nodeFs, now: time.now });
    for (const step of [0, 9 * 60_000, 50, 3 * 86_400_000]) {
      time.advance(step);
      await store.write(registerText(`at ${time.now().toISOString()}`), 'change');
    }
    expect((await store.list()).map((f) => f.savedAt)).toEqual([
      '2026-11-25T08:09:00.050Z',
      '2026-11-22T08:09:00.050Z',
      '2026-11-22T08:09:00.000Z',
      '2026-11-22T08:00:00.000Z',
    ]);
  });

  it('gives two backups in the same millisecond different names', async () => {
    const time = clock('2026-11-22T08:00:00.000Z');
    const store = createBackupStore({ folder, fs: nodeFs, now: time.now });
    const [a, b] = await Promise.all([
      store.write(registerText('A'), 'change'),
      store.write(registerText('B'), 'quit'),
    ]);
    expect(a?.fileName).not.toBe(b?.fileName);
    expect(await store.list()).toHaveLength(2);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const store = createBackupStore({ folder, fs: nodeFs, now: () => new Date() });
    expect(await store.list()).toEqual([]);
    await store.ensureFolder();
    expect((await fs.stat(folder)).isDirectory()).toBe(true);
  });

  it('refuses a text that is not a register file and writes nothing', async () => {
    const store = createBackupStore({ folder, fs: nodeFs, now: () => new Date('2026-11-22T08:00:00.000Z') });
    await fs.mkdir(folder, { recursive: true });
    const notRegisters = [
      'not json',
      '{"format":"something-else","version":1}',
      JSON.stringify({ format: 'ropa-register', version: 999 }),
      registerText('Cut short').slice(0, 200),
      '',
    ];
    for (const text of notRegisters) {
      await expect(store.write(text, 'change')).rejects.toBeInstanceOf(BackupRefusal);
    }
    expect(await fs.readdir(folder)).toEqual([]);
    // The store still works after a refusal.
    await store.write(registerText('Fine'), 'change');
    expect(await store.list()).toHaveLength(1);
  });

  it('prunes 100 backups over 40 days to the last 30 plus one a day, leaving other files alone', async () => {
    const time = clock('2026-10-01T07:30:00.000Z');
    const store = createBackupStore({ folder, fs: nodeFs, now: time.now });
    await fs.mkdir(path.join(folder, 'register-2026-10-01T00-00-00-000Z.ropa.json'), { recursive: true });
    const unrelated = [
      'notes.txt',
      'register.ropa.json',
      'register-2026-13-01T00-00-00-000Z.ropa.json',
      'register-2020-01-01T00-00-00-000Z.ropa.json.bak',
      '.register-2020-01-01T00-00-00-000Z.ropa.json.4242.1.tmp',
    ];
    for (const name of unrelated) await fs.writeFile(path.join(folder, name), 'keep me');

    const text = registerText('Rotating');
    const written: { fileName: string; savedAt: Date }[] = [];
    const step = (40 * 86_400_000) / 100; // 9 h 36 min: 100 backups spread over 40 days
    for (let i = 0; i < 100; i++) {
      const { fileName } = await store.write(text, i % 10 === 0 ? 'quit' : 'change');
      written.push({ fileName, savedAt: time.now() });
      time.advance(step);
    }
    // The moment of the last write, when the last prune ran.
    const now = new Date(time.now().getTime() - step);
    const listed = await store.list();
    const names = listed.map((f) => f.fileName);

    // Exactly what the rotation keeps of all 100 (pruning after each write removes nothing it would later keep).
    expect(names).toEqual(selectBackupsToKeep(written, now).keep);
    expect(names.length).toBeGreaterThan(30);
    expect(names.length).toBeLessThanOrEqual(60);
    expect(names[0]).toBe(written[99]?.fileName);
    expect(names.slice(0, 30)).toEqual(
      written
        .slice(-30)
        .map((w) => w.fileName)
        .reverse(),
    );
    // Every one of the last 30 days that had backups still has one, and nothing older than that survives
    // outside the last 30.
    const day = (d: Date) => Math.floor(d.getTime() / 86_400_000);
    const today = day(now);
    for (let d = today - 29; d <= today; d++) {
      if (written.some((w) => day(w.savedAt) === d))
        expect(listed.some((f) => day(new Date(f.savedAt)) === d)).toBe(true);
    }
    const lastThirty = new Set(names.slice(0, 30));
    for (const f of listed)
      if (!lastThirty.has(f.fileName)) expect(day(new Date(f.savedAt))).toBeGreaterThan(today - 30);

    // Only backups were touched: unrelated files and a folder with a backup's name are still there, unlisted.
    const onDisk = await fs.readdir(folder);
    for (const name of unrelated) {
      expect(onDisk).toContain(name);
      expect(await fs.readFile(path.join(folder, name), 'utf8')).toBe('keep me');
    }
    expect(onDisk).toContain('register-2026-10-01T00-00-00-000Z.ropa.json');
    expect(names).not.toContain('register-2026-10-01T00-00-00-000Z.ropa.json');
    expect(onDisk.sort()).toEqual([...names, ...unrelated, 'register-2026-10-01T00-00-00-000Z.ropa.json'].sort());
  });

  it('prune on its own removes only what the policy does not keep', async () => {
    const time = clock('2026-11-01T12:00:00.000Z');
    const store = createBackupStore({ folder, fs: nodeFs, now: time.now, policy: { keepLast: 2, keepDailyDays: 0 } });
    await fs.mkdir(folder, { recursive: true });
    // Backups put there by an earlier version (or copied back by the user), not pruned yet.
    const names = ['2026-10-01T00:00:00.000Z', '2026-10-02T00:00:00.000Z', '2026-10-03T00:00:00.000Z'].map((iso) =>
      backupFileName(new Date(iso)),
    );
    for (const name of names) await fs.writeFile(path.join(folder, name), registerText('old'));
    await fs.writeFile(path.join(folder, 'readme.txt'), 'mine');
    expect(await store.prune()).toEqual([names[0]]);
    expect((await fs.readdir(folder)).sort()).toEqual([names[1], names[2], 'readme.txt'].sort());
  });
});
