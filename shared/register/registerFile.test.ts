import { readFileSync } from 'node:fs';
import { withoutSourceStamps } from '../translation/legacyStamps';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRegister, registerSchema, type Register } from '../model';
import { registerArb } from '../test/arbitraries';
import { fingerprint } from './canonical';
import { FILE_VERSION } from './fileVersion';
import { readRegisterFile, RegisterFileError, writeRegisterFile } from './registerFile';

function refusal(text: string): RegisterFileError {
  try {
    readRegisterFile(text);
  } catch (error) {
    if (error instanceof RegisterFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** Every path to a string, number or boolean inside a register, with a setter that changes it. */
function scalarPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => scalarPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => scalarPaths(v, [...path, k]));
  }
  return [path];
}

describe('register file', () => {
  it('round-trips any register: same content, same fingerprint', () => {
    fc.assert(
      fc.property(registerArb(), (register) => {
        const text = writeRegisterFile(register, { savedAt: '2026-11-22T08:00:00.000Z' });
        const back = readRegisterFile(text);
        expect(back.fingerprint).toBe(fingerprint(register));
        expect(fingerprint(back.register)).toBe(fingerprint(register));
        expect(back.fingerprintMismatch).toBe(false);
        expect(back.savedAt).toBe('2026-11-22T08:00:00.000Z');
      }),
      { numRuns: 60 },
    );
  });

  it('gives a different fingerprint for any single field change', () => {
    fc.assert(
      fc.property(registerArb(3), fc.nat(), (register, choice) => {
        const paths = scalarPaths(register);
        fc.pre(paths.length > 0);
        const path = paths[choice % paths.length] as (string | number)[];
        const changed = structuredClone(register) as unknown as Record<string | number, unknown>;
        let holder = changed;
        for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
        const last = path.at(-1) as string | number;
        const old = holder[last];
        holder[last] = typeof old === 'string' ? `${old}x` : typeof old === 'number' ? old + 1 : !old;
        expect(fingerprint(changed as unknown as Register)).not.toBe(fingerprint(register));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on record order or key order', () => {
    fc.assert(
      fc.property(registerArb(), (register) => {
        const shuffled: Register = { ...register, activities: [...register.activities].reverse() };
        const reverseKeys = (v: unknown): unknown =>
          Array.isArray(v)
            ? v.map(reverseKeys)
            : v !== null && typeof v === 'object'
              ? Object.fromEntries(
                  Object.entries(v)
                    .reverse()
                    .map(([k, x]) => [k, reverseKeys(x)]),
                )
              : v;
        const reKeyed = reverseKeys(shuffled);
        expect(fingerprint(shuffled)).toBe(fingerprint(register));
        expect(fingerprint(registerSchema.parse(reKeyed))).toBe(fingerprint(registerSchema.parse(shuffled)));
      }),
      { numRuns: 30 },
    );
  });

  it('refuses malformed JSON and says where', () => {
    const error = refusal('{\n  "format": "ropa-register",\n  "version": 1,\n  "meta": {,\n}');
    expect(error.key).toBe('malformedJson');
    expect(error.params['line']).toBe(4);
    expect(error.localized('nl')).toContain('regel 4');
  });

  it('refuses a truncated file', () => {
    const text = writeRegisterFile(emptyRegister({ title: 'Test' }));
    expect(refusal(text.slice(0, text.length / 2)).key).toBe('malformedJson');
  });

  it('refuses an empty file, a foreign JSON file and a non-object', () => {
    expect(refusal('').key).toBe('emptyFile');
    expect(refusal('{"format":"something-else","version":1}').localized('en')).toContain('"something-else"');
    expect(refusal('[1,2]').key).toBe('notAnObject');
    expect(refusal('{"format":"ropa-register","version":"1"}').key).toBe('badVersion');
  });

  it('refuses a file written by a newer version', () => {
    const error = refusal(`{"format":"ropa-register","version":${FILE_VERSION + 1},"meta":{}}`);
    expect(error.key).toBe('newerVersion');
    expect(error.localized('fr')).toContain('plus récente');
  });

  it('names the path of an invalid field', () => {
    const register = emptyRegister({ title: 'T' });
    const doc = JSON.parse(writeRegisterFile(register)) as Record<string, unknown>;
    doc['activities'] = [{ id: '00000000-0000-4000-8000-000000000001', name: 'A', status: 'sleeping' }];
    const error = refusal(JSON.stringify(doc));
    expect(error.key).toBe('invalidContent');
    expect(error.problems[0]?.path).toBe('activities[0].status');
    expect(error.message).toContain('activities[0].status');
  });

  it('notices a file whose content was edited after it was written', () => {
    const text = writeRegisterFile(emptyRegister({ title: 'Original' }));
    const result = readRegisterFile(text.replace('"Original"', '"Edited"'));
    expect(result.fingerprintMismatch).toBe(true);
    expect(result.register.meta.title).toBe('Edited');
  });

  it('accepts a UTF-8 byte order mark', () => {
    const text = writeRegisterFile(emptyRegister({ title: 'T' }));
    expect(readRegisterFile(`\uFEFF${text}`).register.meta.title).toBe('T');
  });
});

describe('migrations', () => {
  it('brings a hand-written version 0 file (one purpose string per activity) to version 1', () => {
    const v0 = JSON.stringify({
      format: 'ropa-register',
      version: 0,
      meta: { organisationName: 'CM' },
      activities: [
        { id: '0000000a-0000-4000-8000-000000000001', name: 'Ledenadministratie', purpose: 'Aansluiting van leden' },
        { id: '0000000a-0000-4000-8000-000000000002', name: 'Zonder doel', purpose: '  ' },
      ],
    });
    const first = readRegisterFile(v0);
    expect(first.fileVersion).toBe(0);
    expect(first.register.meta.mainLanguage).toBe('nl');
    expect(first.register.meta.organisationName).toBe('CM');
    const [withPurpose, without] = first.register.activities;
    expect(withPurpose?.purposes).toEqual([
      { id: '0000000a-0000-4000-8000-000000000001', description: 'Aansluiting van leden' },
    ]);
    expect(without?.purposes).toEqual([]);
    expect(readRegisterFile(v0).fingerprint).toBe(first.fingerprint);
    expect(readRegisterFile(writeRegisterFile(first.register)).fingerprint).toBe(first.fingerprint);
  });
});

describe('file version 2: internal fields', () => {
  const fixture = readFileSync(new URL('./fixtures/rmob-brussels-v1.ropa.json', import.meta.url), 'utf8');

  it('reads a version 1 file written by the previous release, with the fingerprint it was written with', () => {
    const stored = (JSON.parse(fixture) as { fingerprint: string }).fingerprint;
    const read = readRegisterFile(fixture);
    expect(read.fileVersion).toBe(1);
    // The content is what the file held, plus the source stamps of its translations (version 3).
    expect(fingerprint(withoutSourceStamps(read.register))).toBe(stored);
    expect(read.fingerprintMismatch).toBe(false);
    expect(read.register.meta.internalFields).toBeUndefined();
    expect(read.register.activities.length).toBeGreaterThan(0);
  });

  it('writes the current version and keeps the fields the DPO marked internal', () => {
    const register = readRegisterFile(fixture).register;
    register.meta.internalFields = ['activities.businessProcess'];
    const text = writeRegisterFile(register);
    expect(JSON.parse(text)).toMatchObject({
      version: FILE_VERSION,
      meta: { internalFields: ['activities.businessProcess'] },
    });
    expect(FILE_VERSION).toBe(3);
    expect(readRegisterFile(text).register.meta.internalFields).toEqual(['activities.businessProcess']);
  });
});
