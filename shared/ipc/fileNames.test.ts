import { describe, expect, it } from 'vitest';
import { saveFileRequestSchema } from './channels';
import { fileNameSlug, suggestedFileName, withKindExtension } from './fileNames';

describe('suggested file names', () => {
  const date = new Date(2026, 10, 22, 23, 30);

  it('names exports and backups register-<organisation>-<local date>', () => {
    expect(suggestedFileName('xlsx', 'CM Brussel', date)).toBe('register-cm-brussel-2026-11-22.xlsx');
    expect(suggestedFileName('pdf', 'Mutualité Chrétienne / Christelijke Mutualiteit', date)).toBe(
      'register-mutualite-chretienne-christelijke-mutualiteit-2026-11-22.pdf',
    );
    expect(suggestedFileName('backup', 'RMOB & Co.', date)).toBe('register-rmob-co-2026-11-22.ropa.json');
    expect(suggestedFileName('xlsx', '', date)).toBe('register-2026-11-22.xlsx');
    expect(suggestedFileName('xlsx', '/// ..', date)).toBe('register-2026-11-22.xlsx');
  });

  it('makes names the save channel accepts, for any organisation name', () => {
    for (const organisation of ['a/b\\c:d*e?f"g<h>i|j', '\u0000\u001f', 'x'.repeat(500), 'Ωmega', '']) {
      for (const kind of ['xlsx', 'pdf', 'backup'] as const) {
        const name = suggestedFileName(kind, organisation, date);
        expect(saveFileRequestSchema.safeParse({ suggestedName: name, data: '' }).success, name).toBe(true);
      }
    }
    expect(fileNameSlug('x'.repeat(500))).toHaveLength(60);
    expect(fileNameSlug('a'.repeat(59) + ' b')).toBe('a'.repeat(59));
  });

  it("adds the kind's extension when it is missing", () => {
    expect(withKindExtension('register', 'xlsx')).toBe('register.xlsx');
    expect(withKindExtension('register.XLSX', 'xlsx')).toBe('register.XLSX');
    expect(withKindExtension('register.json', 'backup')).toBe('register.ropa.json');
    expect(withKindExtension('register.ropa.json', 'backup')).toBe('register.ropa.json');
    expect(withKindExtension('register.xlsx', 'pdf')).toBe('register.xlsx.pdf');
  });
});
