import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS, registerSchema } from '../model';
import { fingerprint } from '../register/canonical';
import { FILE_VERSION } from '../register/fileVersion';
import { sampleRegister } from '../sample/sampleRegister';
import { registerArb } from '../test/arbitraries';
import {
  GITATTRIBUTES,
  MERGE_DRIVER_NAME,
  parseRecordPath,
  README_MD,
  recordPath,
  REGISTER_JSON,
} from './folderFormat';
import {
  folderUpdate,
  readRegisterFolder,
  registerFromFolder,
  RegisterFolderError,
  registerToFolder,
} from './registerFolder';

const id = (tag: string): string => `00000000-0000-0000-0000-${tag.padStart(12, '0')}`;

const small = registerSchema.parse({
  meta: { title: 'Small', mainLanguage: 'en' },
  dataCategories: [{ id: id('d1'), name: 'Identity', kind: 'ordinary' }],
  activities: [
    {
      id: id('a1'),
      name: 'Payroll',
      purposes: [{ id: id('b1'), description: 'Pay' }],
      dataCategoryIds: [id('d1')],
    },
  ],
});

function refusal(files: Map<string, string>): RegisterFolderError {
  try {
    registerFromFolder(files);
  } catch (error) {
    if (error instanceof RegisterFolderError) return error;
    throw error;
  }
  throw new Error('the folder was accepted');
}

describe('register folder', () => {
  it('round-trips any register with the same fingerprint', () => {
    fc.assert(
      fc.property(registerArb(), (register) => {
        expect(fingerprint(registerFromFolder(registerToFolder(register)))).toBe(fingerprint(register));
      }),
      { numRuns: 60 },
    );
  });

  it('round-trips the sample register', () => {
    const register = sampleRegister();
    const result = readRegisterFolder(registerToFolder(register));
    expect(result.fingerprint).toBe(fingerprint(register));
    expect(result.fileVersion).toBe(FILE_VERSION);
  });

  it('writes register.json, README.md, .gitattributes and one file per record named after its id', () => {
    const files = registerToFolder(small);
    expect([...files.keys()]).toEqual([
      REGISTER_JSON,
      README_MD,
      GITATTRIBUTES,
      `activities/${id('a1')}.json`,
      `dataCategories/${id('d1')}.json`,
    ]);
    expect(files.get(GITATTRIBUTES)).toContain(`\n/register.json text eol=lf merge=${MERGE_DRIVER_NAME}\n`);
    for (const kind of RECORD_KINDS) expect(files.get(GITATTRIBUTES)).toContain(`\n/${kind}/*.json text eol=lf merge=`);
    expect(files.get(README_MD)).toContain(`git config merge.${MERGE_DRIVER_NAME}.driver`);
    const registerJson = JSON.parse(files.get(REGISTER_JSON) as string) as Record<string, unknown>;
    expect(registerJson).toEqual({ format: 'ropa-register-folder', version: FILE_VERSION, meta: small.meta });
    // Sorted keys, two spaces, one value per line: a change to one field is a change to one line.
    const activity = files.get(`activities/${id('a1')}.json`) as string;
    const keys = Object.keys(JSON.parse(activity) as object);
    expect(keys).toEqual([...keys].sort());
    expect(activity).toContain(`\n  "name": "Payroll",\n`);
    expect(activity).toContain(`\n  "dataCategoryIds": [\n    "${id('d1')}"\n  ],\n`);
    expect(activity.endsWith('}\n')).toBe(true);
  });

  it('names record files from the kinds and ids only', () => {
    for (const kind of RECORD_KINDS) expect(parseRecordPath(recordPath(kind, id('1')))).toEqual({ kind, id: id('1') });
    expect(parseRecordPath('activities/not-an-id.json')).toBeUndefined();
    expect(parseRecordPath(`unknownKind/${id('1')}.json`)).toBeUndefined();
    expect(parseRecordPath(`activities/sub/${id('1')}.json`)).toBeUndefined();
  });

  it('ignores files that are not JSON, and hidden folders', () => {
    const files = registerToFolder(small);
    files.delete(README_MD);
    files.set('notes.txt', 'anything');
    files.set('.git/config', '[core]');
    files.set('.vscode/settings.json', '{}');
    expect(fingerprint(registerFromFolder(files))).toBe(fingerprint(small));
  });

  it('refuses a folder of a newer format version, before reading anything else', () => {
    const files = registerToFolder(small);
    files.set(REGISTER_JSON, JSON.stringify({ format: 'ropa-register-folder', version: FILE_VERSION + 1, meta: {} }));
    files.set(`activities/${id('a1')}.json`, 'not json');
    const error = refusal(files);
    expect(error.key).toBe('newerFolderVersion');
    expect(error.message).toContain(`format version ${FILE_VERSION + 1}`);
    expect(error.localized('nl')).toContain('nieuwere versie');
  });

  it('refuses what is not a register folder', () => {
    expect(refusal(new Map([['a.json', '{}']])).key).toBe('missingRegisterJson');
    expect(refusal(new Map([[REGISTER_JSON, '{"format":"other"}']])).message).toContain('"other"');
    expect(refusal(new Map([[REGISTER_JSON, '{"format":"ropa-register-folder"}']])).key).toBe('badFolderVersion');
    expect(refusal(new Map([[REGISTER_JSON, '[']])).key).toBe('malformedFile');
  });

  it('names the file of a broken, misplaced or renamed record', () => {
    const broken = registerToFolder(small);
    broken.set(`activities/${id('a1')}.json`, '{ "id": ');
    expect(refusal(broken).message).toBe(`activities/${id('a1')}.json is not valid JSON.`);

    const stray = registerToFolder(small);
    stray.set('activities/copy of payroll.json', '{}');
    expect(refusal(stray).key).toBe('unknownFile');

    const renamed = registerToFolder(small);
    const text = renamed.get(`activities/${id('a1')}.json`) as string;
    renamed.delete(`activities/${id('a1')}.json`);
    renamed.set(`activities/${id('a2')}.json`, text);
    const error = refusal(renamed);
    expect(error.key).toBe('idMismatch');
    expect(error.message).toContain(`activities/${id('a2')}.json holds the record with id "${id('a1')}"`);
  });

  it('names the file and the field of an invalid record, in the reader language', () => {
    const files = registerToFolder(small);
    const path = `activities/${id('a1')}.json`;
    const record = JSON.parse(files.get(path) as string) as Record<string, unknown>;
    files.set(path, JSON.stringify({ ...record, purposes: [{ id: id('b1'), description: '' }] }));
    const error = refusal(files);
    expect(error.key).toBe('invalidContent');
    expect(error.message).toBe(`${path} is not valid. purposes[0].description: must not be empty`);
    expect(error.localized('fr')).toContain(`${path} n'est pas valide.`);

    const meta = registerToFolder(small);
    meta.set(
      REGISTER_JSON,
      JSON.stringify({
        format: 'ropa-register-folder',
        version: FILE_VERSION,
        meta: { title: '', mainLanguage: 'en' },
      }),
    );
    expect(refusal(meta).message).toMatch(/^register\.json is not valid\. /);
  });

  it('migrates a folder written in an older version, as a register file of that version', () => {
    const files = new Map([
      [REGISTER_JSON, JSON.stringify({ format: 'ropa-register-folder', version: 0, meta: {} })],
      [`activities/${id('a1')}.json`, JSON.stringify({ id: id('a1'), name: 'Payroll', purpose: 'Pay' })],
    ]);
    const result = readRegisterFolder(files);
    expect(result.fileVersion).toBe(0);
    expect(result.register.meta.mainLanguage).toBe('nl');
    expect(result.register.activities[0]?.purposes.map((p) => p.description)).toEqual(['Pay']);
  });

  it('tells what to write and what to remove to bring a folder up to date, never removing other files', () => {
    const current = registerToFolder(small);
    current.set('notes.txt', 'mine');
    const next = registerToFolder({
      ...small,
      activities: [],
      dataCategories: [{ ...small.dataCategories[0]!, name: 'Identity data' }],
    });
    const { write, remove } = folderUpdate(current, next);
    expect([...write.keys()]).toEqual([`dataCategories/${id('d1')}.json`]);
    expect(remove).toEqual([`activities/${id('a1')}.json`]);
  });
});
