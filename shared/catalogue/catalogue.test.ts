// Every catalogue: complete labels in the three interface languages, and no two entries that read the same.
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type Labels } from '../i18n/languages';
import { ENUM_LABELS } from './enumLabels';
import { LEGAL_GROUND_CODES, LEGAL_GROUNDS } from './legalGrounds';
import { TRANSFER_MECHANISM_CODES, TRANSFER_MECHANISMS } from './transferMechanisms';

/** Problems in a label table, as readable strings so a failure names the entry and the language. */
function labelProblems(entries: ReadonlyArray<readonly [string, Labels]>): string[] {
  const problems: string[] = [];
  for (const lang of UI_LANGUAGES) {
    const seen = new Map<string, string>();
    for (const [code, labels] of entries) {
      const text = labels[lang];
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${code}: empty ${lang} label`);
        continue;
      }
      if (text !== text.trim()) problems.push(`${code}: ${lang} label has surrounding spaces`);
      const earlier = seen.get(text.toLocaleLowerCase(lang));
      if (earlier !== undefined) problems.push(`${code} and ${earlier}: same ${lang} label "${text}"`);
      seen.set(text.toLocaleLowerCase(lang), code);
    }
  }
  return problems;
}

describe('labelProblems', () => {
  it('reports empty and duplicate labels, so the checks below can fail', () => {
    expect(
      labelProblems([
        ['a', { nl: 'Een', fr: 'Un', en: 'One' }],
        ['b', { nl: 'een', fr: '', en: 'Two' }],
      ]),
    ).toEqual(['b and a: same nl label "een"', 'b: empty fr label']);
  });
});

describe('legal grounds', () => {
  const entries = LEGAL_GROUND_CODES.map((code) => [code, LEGAL_GROUNDS[code].label] as const);
  it('has exactly one entry per code, keyed by its own code', () => {
    expect(Object.keys(LEGAL_GROUNDS).sort()).toEqual([...LEGAL_GROUND_CODES].sort());
    for (const code of LEGAL_GROUND_CODES) expect(LEGAL_GROUNDS[code].code).toBe(code);
  });
  it('labels every ground in nl, fr and en, each distinct', () => {
    expect(labelProblems(entries)).toEqual([]);
  });
  it('cites every ground distinctly in each language', () => {
    expect(labelProblems(LEGAL_GROUND_CODES.map((code) => [code, LEGAL_GROUNDS[code].citation] as const))).toEqual([]);
  });
});

describe('transfer mechanisms', () => {
  it('has exactly one entry per code, keyed by its own code', () => {
    expect(Object.keys(TRANSFER_MECHANISMS).sort()).toEqual([...TRANSFER_MECHANISM_CODES].sort());
    for (const code of TRANSFER_MECHANISM_CODES) expect(TRANSFER_MECHANISMS[code].code).toBe(code);
  });
  it('labels every mechanism in nl, fr and en, each distinct', () => {
    expect(labelProblems(TRANSFER_MECHANISM_CODES.map((code) => [code, TRANSFER_MECHANISMS[code].label] as const))).toEqual(
      [],
    );
  });
  it('cites every mechanism distinctly in each language', () => {
    expect(
      labelProblems(TRANSFER_MECHANISM_CODES.map((code) => [code, TRANSFER_MECHANISMS[code].citation] as const)),
    ).toEqual([]);
  });
});

describe('enum labels', () => {
  for (const [enumName, table] of Object.entries(ENUM_LABELS)) {
    it(`${enumName}: labels in nl, fr and en, each distinct`, () => {
      const entries = Object.entries(table as Record<string, Labels>);
      expect(entries.length).toBeGreaterThan(0);
      expect(labelProblems(entries)).toEqual([]);
    });
  }
});
