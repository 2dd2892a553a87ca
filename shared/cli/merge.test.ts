/**
 * `ropa export --format folder`, `ropa import DIR` and `ropa merge` in-process: the register folder on disk, the
 * merge of register files and of the folder's single files (as Git's merge driver calls it), and their refusals.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSchema, type Register, type RegisterInput } from '../model';
import { fingerprint } from '../register/canonical';
import { FILE_VERSION } from '../register/fileVersion';
import { readRegisterFile, writeRegisterFile } from '../register/registerFile';
import { readFolderFiles } from './folders';
import { ropaInProcess, type RopaRun } from '../test/ropaInProcess';

const NOW = new Date('2026-11-22T08:00:00.000Z');
const id = (tag: string): string => `00000000-0000-0000-0000-${tag.padStart(12, '0')}`;
const ACT = id('a1');
const D1 = id('d1');

const base = registerSchema.parse({
  meta: { title: 'Fixture', mainLanguage: 'en' },
  dataCategories: [{ id: D1, name: 'Identity', kind: 'ordinary' }],
  activities: [{ id: ACT, name: 'Payroll', description: 'Paying staff', owner: 'HR', dataCategoryIds: [D1] }],
} satisfies RegisterInput);

function edited(change: (activity: Record<string, unknown>, register: Register) => void): Register {
  const copy = structuredClone(base);
  change(copy.activities[0] as unknown as Record<string, unknown>, copy);
  return registerSchema.parse(copy);
}

let dir = '';
const file = (name: string): string => path.join(dir, name);
const exists = (name: string): Promise<boolean> =>
  stat(file(name)).then(
    () => true,
    () => false,
  );

function ropa(...argv: string[]): Promise<RopaRun> {
  return ropaInProcess(argv, NOW);
}

async function writeRegister(name: string, register: Register): Promise<string> {
  await writeFile(file(name), writeRegisterFile(register));
  return file(name);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ropa-merge-'));
  await writeRegister('base.ropa.json', base);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ropa export --format folder and ropa import DIR', () => {
  it('writes a register folder and reads it back with the same fingerprint', async () => {
    const out = await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('folder'));
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toBe(
      `Wrote the register folder ${file('folder')} (2 records, fingerprint ${fingerprint(base)}).\n`,
    );
    expect((await readdir(file('folder'))).sort()).toEqual(
      ['.gitattributes', 'README.md', 'activities', 'dataCategories', 'register.json'].sort(),
    );
    const back = await ropa('import', file('folder'), '--out', file('back.ropa.json'));
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toContain(`(file version ${FILE_VERSION}) into ${file('back.ropa.json')}`);
    expect(readRegisterFile(await readFile(file('back.ropa.json'), 'utf8')).fingerprint).toBe(fingerprint(base));
  });

  it('updates a register folder: files of records that are gone are removed, other files kept', async () => {
    await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('update'));
    await writeFile(file('update/notes.txt'), 'ours');
    const smaller = await writeRegister(
      'smaller.ropa.json',
      edited((_a, r) => (r.activities = [])),
    );
    const out = await ropa('export', smaller, '--format', 'folder', '--out', file('update'));
    expect(out.code, out.stderr).toBe(0);
    expect(await exists(`update/activities/${ACT}.json`)).toBe(false);
    expect(await exists('update/notes.txt')).toBe(true);
  });

  it('leaves an existing register folder as it was when a file cannot be written (a folder in its place)', async () => {
    await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('blocked'));
    const snapshot = async (): Promise<Map<string, string>> => readFolderFiles(file('blocked'));
    const before = await snapshot();
    const extra = id('a2');
    const next = registerSchema.parse({
      ...structuredClone(base),
      meta: { ...base.meta, title: 'Changed' },
      dataCategories: [],
      activities: [
        { ...base.activities[0], dataCategoryIds: [] },
        { id: extra, name: 'Blocked' },
      ],
    });
    await writeRegister('next.ropa.json', next);
    // A folder where the new record's file must go: the write fails after others could have been written.
    await mkdir(file(`blocked/activities/${extra}.json`));
    const out = await ropa('export', file('next.ropa.json'), '--format', 'folder', '--out', file('blocked'));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('it is a folder');
    expect(await snapshot()).toEqual(before);
    expect((await readdir(file('blocked/activities'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Once the way is clear, the same export updates it whole.
    await rm(file(`blocked/activities/${extra}.json`), { recursive: true });
    const done = await ropa('export', file('next.ropa.json'), '--format', 'folder', '--out', file('blocked'));
    expect(done.code, done.stderr).toBe(0);
    expect((await readFile(file('blocked/register.json'), 'utf8')).includes('"Changed"')).toBe(true);
    expect(await exists(`blocked/dataCategories/${D1}.json`)).toBe(false);
    expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it("keeps the user's lines of .gitattributes, and refuses to write over a folder of a newer version", async () => {
    await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('attrs'));
    const lfs = '*.pdf filter=lfs diff=lfs merge=lfs -text\n';
    const attributes = await readFile(file('attrs/.gitattributes'), 'utf8');
    await writeFile(file('attrs/.gitattributes'), lfs + attributes);
    const again = await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('attrs'));
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(file('attrs/.gitattributes'), 'utf8')).toBe(lfs + attributes);

    const newer = `${JSON.stringify({ format: 'ropa-register-folder', version: FILE_VERSION + 1, meta: {} })}\n`;
    await writeFile(file('attrs/register.json'), newer);
    const refused = await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('attrs'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('written by a newer version of RoPA Desk');
    expect(await readFile(file('attrs/register.json'), 'utf8')).toBe(newer);
  });

  it('writes the part of one controller, and refuses to merge a folder --into a register', async () => {
    const scoped = await ropa(
      'export',
      file('base.ropa.json'),
      '--format',
      'folder',
      '--out',
      file('scoped'),
      '--controller',
      id('ff'),
    );
    expect(scoped.code).toBe(2);
    expect(scoped.stderr).toMatch(/no organisation with id/);
    expect(await exists('scoped')).toBe(false);
    const into = await ropa('import', file('folder'), '--out', file('x.ropa.json'), '--into', file('base.ropa.json'));
    expect(into.code).toBe(2);
    expect(into.stderr).toMatch(/is a register folder itself/);
  });

  it('refuses a folder that holds other things, and a file, as the output', async () => {
    await mkdir(file('busy'));
    await writeFile(file('busy/photo.jpg'), 'x');
    const busy = await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('busy'));
    expect(busy.code).toBe(2);
    expect(busy.stderr).toBe(
      `ropa: cannot write the register folder ${file('busy')}: it holds other things and no register.json; choose a new or empty folder.\n`,
    );
    const onFile = await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('base.ropa.json'));
    expect(onFile.stderr).toMatch(/it is a file\.\n$/);
  });

  it('refuses a folder that is not a register folder, or of a newer version, naming it', async () => {
    await mkdir(file('empty'));
    const empty = await ropa('import', file('empty'), '--out', file('x.ropa.json'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(
      `ropa: ${file('empty')}: The folder holds no register.json: it is not a RoPA Desk register folder.\n`,
    );
    await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('newer'));
    await writeFile(
      file('newer/register.json'),
      JSON.stringify({ format: 'ropa-register-folder', version: FILE_VERSION + 1, meta: {} }),
    );
    const newer = await ropa('import', file('newer'), '--out', file('x.ropa.json'), '--lang', 'fr');
    expect(newer.code).toBe(2);
    expect(newer.stderr).toContain('version plus récente');
    expect(await exists('x.ropa.json')).toBe(false);
  });
});

describe('ropa merge', () => {
  it('merges register files changed in different fields, and writes OUT', async () => {
    const ours = await writeRegister(
      'ours.ropa.json',
      edited((a) => (a['description'] = 'Paying staff monthly')),
    );
    const theirs = await writeRegister(
      'theirs.ropa.json',
      edited((a) => (a['owner'] = 'Finance')),
    );
    const out = await ropa('merge', file('base.ropa.json'), ours, theirs, '--out', file('merged.ropa.json'));
    expect(out.code, out.stderr).toBe(0);
    const merged = readRegisterFile(await readFile(file('merged.ropa.json'), 'utf8')).register;
    expect(merged.activities[0]).toMatchObject({ description: 'Paying staff monthly', owner: 'Finance' });
    expect(out.stdout).toBe(
      `Merged into ${file('merged.ropa.json')} without conflicts (fingerprint ${fingerprint(merged)}).\n`,
    );
  });

  it('lists the conflicts with both values, exits 1 and writes nothing', async () => {
    const ours = await writeRegister(
      'ours2.ropa.json',
      edited((a) => (a['description'] = 'Ours')),
    );
    const theirs = await writeRegister(
      'theirs2.ropa.json',
      edited((a) => (a['description'] = 'Theirs')),
    );
    const out = await ropa('merge', file('base.ropa.json'), ours, theirs, '--out', file('conflict.ropa.json'));
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(
      'CONFLICT activities «Payroll» description: ours "Ours"; theirs "Theirs"; base "Paying staff"\n' +
        `1 conflict: the same field changed two ways; ${file('conflict.ropa.json')} was not written.\n`,
    );
    expect(await exists('conflict.ropa.json')).toBe(false);
    const nl = await ropa(
      'merge',
      file('base.ropa.json'),
      ours,
      theirs,
      '--out',
      file('conflict.ropa.json'),
      '--lang',
      'nl',
    );
    expect(nl.stdout).toContain('wij "Ours"; zij "Theirs"');
  });

  it('reports a record deleted on one side and changed on the other, and links to records the merge deleted', async () => {
    const ours = await writeRegister(
      'ours3.ropa.json',
      edited((_a, r) => (r.activities = [])),
    );
    const theirs = await writeRegister(
      'theirs3.ropa.json',
      edited((a) => (a['owner'] = 'Finance')),
    );
    const out = await ropa('merge', file('base.ropa.json'), ours, theirs, '--out', file('x.ropa.json'));
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^CONFLICT activities «Payroll» \(the record\): ours \(absent\); theirs \{/);
    expect(await exists('x.ropa.json')).toBe(false);

    const noCategory = await writeRegister(
      'ours4.ropa.json',
      edited((a, r) => ((r.dataCategories = []), (a['dataCategoryIds'] = []))),
    );
    const linked = await writeRegister(
      'theirs4.ropa.json',
      edited((a) => (a['owner'] = 'Finance')),
    );
    const clean = await ropa('merge', file('base.ropa.json'), noCategory, linked, '--out', file('y.ropa.json'));
    expect(clean.code, clean.stdout).toBe(0);
    const dangling = await writeRegister(
      'ours5.ropa.json',
      edited((_a, r) => (r.dataCategories = [])),
    );
    const out5 = await ropa('merge', file('base.ropa.json'), dangling, linked, '--out', file('z.ropa.json'));
    expect(out5.code).toBe(0);
    expect(out5.stderr).toBe(
      `ropa: note: activities ${ACT} dataCategoryIds links to ${D1}, a record the merge deleted.\n`,
    );
  });

  it("merges one record file or register.json of a folder as Git's driver does: %O %A %B --out %A", async () => {
    await ropa('export', file('base.ropa.json'), '--format', 'folder', '--out', file('drv'));
    const record = `drv/activities/${ACT}.json`;
    const baseText = await readFile(file(record), 'utf8');
    const json = JSON.parse(baseText) as Record<string, unknown>;
    await writeFile(file('O.json'), baseText);
    await writeFile(file('A.json'), `${JSON.stringify({ ...json, description: 'Monthly' }, null, 2)}\n`);
    await writeFile(file('B.json'), `${JSON.stringify({ ...json, owner: 'Finance' }, null, 2)}\n`);
    const out = await ropa('merge', file('O.json'), file('A.json'), file('B.json'), '--out', file('A.json'));
    expect(out.code, out.stdout + out.stderr).toBe(0);
    expect(out.stdout).toBe(`Merged into ${file('A.json')} without conflicts.\n`);
    const merged = await readFile(file('A.json'), 'utf8');
    expect(JSON.parse(merged)).toMatchObject({ description: 'Monthly', owner: 'Finance' });
    expect(merged).toContain('\n  "description": "Monthly",\n');

    // Both sides added the file (Git gives an empty base) with different names: a conflict, A left as it was.
    await writeFile(file('O.json'), '');
    await writeFile(file('A.json'), baseText);
    await writeFile(file('B.json'), JSON.stringify({ ...json, name: 'Salaries' }));
    const added = await ropa('merge', file('O.json'), file('A.json'), file('B.json'), '--out', file('A.json'));
    expect(added.code).toBe(1);
    expect(added.stdout).toContain(
      'CONFLICT activities «Payroll» name: ours "Payroll"; theirs "Salaries"; base (absent)',
    );
    expect(await readFile(file('A.json'), 'utf8')).toBe(baseText);

    const meta = await readFile(file('drv/register.json'), 'utf8');
    const metaJson = JSON.parse(meta) as { meta: Record<string, unknown> };
    await writeFile(file('O.json'), meta);
    await writeFile(file('A.json'), JSON.stringify({ ...metaJson, meta: { ...metaJson.meta, title: 'Ours' } }));
    await writeFile(file('B.json'), JSON.stringify({ ...metaJson, meta: { ...metaJson.meta, description: 'Theirs' } }));
    const metaOut = await ropa('merge', file('O.json'), file('A.json'), file('B.json'), '--out', file('A.json'));
    expect(metaOut.code, metaOut.stdout + metaOut.stderr).toBe(0);
    expect(JSON.parse(await readFile(file('A.json'), 'utf8'))).toMatchObject({
      format: 'ropa-register-folder',
      version: FILE_VERSION,
      meta: { title: 'Ours', description: 'Theirs' },
    });
  });

  it('does not merge record files of different ids (Git took a copy under a new id for a rename)', async () => {
    const baseText = await readFile(file(`drv/activities/${ACT}.json`), 'utf8');
    const json = JSON.parse(baseText) as Record<string, unknown>;
    const copy = `${JSON.stringify({ ...json, id: id('c0de') }, null, 2)}\n`;
    await writeFile(file('O.json'), baseText);
    await writeFile(file('A.json'), copy);
    await writeFile(file('B.json'), `${JSON.stringify({ ...json, description: 'Edited by Bob' }, null, 2)}\n`);
    const out = await ropa('merge', file('O.json'), file('A.json'), file('B.json'), '--out', file('A.json'));
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`are not one record (ids ${ACT}, ${id('c0de')})`);
    expect(out.stdout).toMatch(/\nCONFLICT activities «Payroll» \(the record\): /);
    expect(await readFile(file('A.json'), 'utf8')).toBe(copy);
    // As Git's driver, with --name %P: messages name the file's path, not Git's temporary file.
    const named = await ropa(
      'merge',
      file('O.json'),
      file('A.json'),
      file('B.json'),
      '--out',
      file('A.json'),
      '--name',
      'activities/x.json',
    );
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('; activities/x.json was not written.');
    expect(named.stdout).not.toContain(file('A.json'));
  });

  it('notes, as the driver, a retention rule of a record file that points at a purpose the merge removed', async () => {
    const [p1, p2, r1] = [id('b1'), id('b2'), id('e1')];
    const json = JSON.parse(await readFile(file(`drv/activities/${ACT}.json`), 'utf8')) as Record<string, unknown>;
    const purposes = [
      { id: p1, description: 'Pay' },
      { id: p2, description: 'Tax' },
    ];
    const baseRecord = { ...json, purposes };
    const text = (record: object): string => `${JSON.stringify(record, null, 2)}\n`;
    await writeFile(file('O.json'), text(baseRecord));
    // Ours drops the purpose p2; theirs adds a retention rule for it.
    await writeFile(file('A.json'), text({ ...baseRecord, purposes: purposes.slice(0, 1) }));
    await writeFile(file('B.json'), text({ ...baseRecord, retention: [{ id: r1, period: 'P1Y', purposeIds: [p2] }] }));
    const out = await ropa('merge', file('O.json'), file('A.json'), file('B.json'), '--out', file('A.json'));
    expect(out.code, out.stdout + out.stderr).toBe(0);
    expect(out.stderr).toBe(
      `ropa: note: activities ${ACT} retention[].purposeIds links to ${p2}, a purpose of the record that the merge removed.\n`,
    );
  });

  it('does not merge register.json files of different versions: the app migrates both sides first', async () => {
    const meta = JSON.parse(await readFile(file('drv/register.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(file('O.json'), JSON.stringify({ ...meta, version: FILE_VERSION - 1 }));
    await writeFile(file('A.json'), JSON.stringify(meta));
    await writeFile(file('B.json'), JSON.stringify(meta));
    const out = await ropa('merge', file('O.json'), file('A.json'), file('B.json'), '--out', file('A.json'));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/of different format versions \(\d, \d\)/);
  });

  it('refuses files of different sorts, files that are none of them, and a missing argument', async () => {
    const record = (await readdir(file('drv/activities')))[0] as string;
    const mixed = await ropa(
      'merge',
      file('base.ropa.json'),
      file(`drv/activities/${record}`),
      file('base.ropa.json'),
      '--out',
      file('m.json'),
    );
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/are not the same sort of file/);
    await writeFile(file('other.json'), '{"hello": 1}');
    const other = await ropa(
      'merge',
      file('other.json'),
      file('other.json'),
      file('other.json'),
      '--out',
      file('m.json'),
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/is not a register file, the register\.json of a register folder or a record file/);
    await writeFile(file('bad-record.json'), JSON.stringify({ id: ACT, name: '' }));
    const bad = await ropa(
      'merge',
      file('bad-record.json'),
      file('bad-record.json'),
      file('bad-record.json'),
      '--out',
      file('m.json'),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/does not hold a valid record/);
    const missing = await ropa('merge', file('base.ropa.json'), file('base.ropa.json'), '--out', file('m.json'));
    expect(missing.stderr).toMatch(/^ropa: missing the input file; usage: ropa merge BASE OURS THEIRS --out OUT/);
    expect(await exists('m.json')).toBe(false);
  });
});
