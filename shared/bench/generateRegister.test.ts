import { describe, expect, it } from 'vitest';
import { registerSchema, RECORD_KINDS, type Register } from '../model';
import { readRegisterFile, writeRegisterFile } from '../register/registerFile';
import { validateRegister } from '../validation/validate';
import { catalogueSizes, generateRegister, NAME_MARKERS } from './generateRegister';

const between = (value: number, min: number, max: number) => value >= min && value <= max;

describe('generateRegister', () => {
  const register = generateRegister(100);

  it('is valid as it is: the schema accepts it and returns it unchanged', () => {
    expect(registerSchema.parse(structuredClone(register))).toStrictEqual(register);
    // And it survives the register file, fingerprint for fingerprint.
    const read = readRegisterFile(writeRegisterFile(register));
    expect(read.register).toStrictEqual(register);
    expect(read.fingerprintMismatch).toBe(false);
  });

  it('is deterministic: the same count and seed give the same register, another seed another one', () => {
    expect(generateRegister(100)).toStrictEqual(register);
    expect(generateRegister(100, 1)).toStrictEqual(register);
    expect(JSON.stringify(generateRegister(100, 2))).not.toBe(JSON.stringify(register));
    // A larger register starts with the same catalogues' shape but is not a prefix (texts are drawn in order).
    expect(generateRegister(101).activities).toHaveLength(101);
  });

  it('has the catalogue sizes and link counts of the issue', () => {
    const sizes = catalogueSizes(100);
    expect(register.activities).toHaveLength(100);
    expect(register.recipients).toHaveLength(10);
    expect(register.processors).toHaveLength(5);
    expect(register.transfers).toHaveLength(sizes.transfers);
    expect(catalogueSizes(10_000).recipients).toBe(1000);
    expect(catalogueSizes(10_000).processors).toBe(500);
    for (const a of register.activities) {
      expect(between(a.recipientIds.length + a.processorIds.length, 3, 10), a.name).toBe(true);
      expect(between(a.dataCategoryIds.length, 5, 15)).toBe(true);
      expect(a.retention).toHaveLength(2);
      expect(between(a.transferIds.length, 1, 3)).toBe(true);
      expect(new Set(a.recipientIds).size).toBe(a.recipientIds.length);
      expect(new Set(a.dataCategoryIds).size).toBe(a.dataCategoryIds.length);
      // The party of each transfer is among the activity's recipients or processors.
      for (const id of a.transferIds) {
        const t = register.transfers.find((x) => x.id === id);
        expect(t).toBeDefined();
        expect([...a.recipientIds, ...a.processorIds]).toContain(t?.recipientId ?? t?.processorId);
      }
    }
  });

  it('writes realistic texts: names 20–80 characters, descriptions and purposes 50–300, Dutch with accents', () => {
    const names = RECORD_KINDS.filter((k) => k !== 'organisations').flatMap((k) =>
      (register[k] as Register['activities']).map((r) => r.name),
    );
    for (const n of names) expect(between(n.length, 20, 80), n).toBe(true);
    const texts = [
      ...register.activities.flatMap((a) => [a.description ?? '', ...a.purposes.map((p) => p.description)]),
      ...register.dataCategories.map((d) => d.description ?? ''),
      ...register.recipients.map((r) => r.description ?? ''),
    ];
    for (const t of texts) expect(between(t.length, 50, 300), t).toBe(true);
    expect(texts.join(' ')).toMatch(/[ëïéèüö]/);
    const marked = register.activities.filter((a) => a.name.toLowerCase().startsWith(NAME_MARKERS[0])).length;
    expect(marked).toBeGreaterThan(0);
  });

  it('has every id unique and every link resolving', () => {
    const ids = RECORD_KINDS.flatMap((k) => register[k].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const findings = validateRegister(register, { today: '2026-11-22' });
    expect(findings.filter((f) => f.code.startsWith('REF_'))).toEqual([]);
  });
});
