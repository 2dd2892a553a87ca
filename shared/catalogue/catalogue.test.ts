// Every catalogue: complete labels in every interface language, and no two entries that read the same.
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type Labels, type UiLanguage } from '../i18n/languages';
import { GDPR_ABBREVIATION } from './citation';
import { CITATION_WORDS } from './citation/index';
import { ADEQUACY_DECISIONS } from './countries';
import { COUNTRY_WORDS } from './countries/index';
import { ENUM_LABELS } from './enumLabels';
import { ENUM_LABEL_WORDS } from './enumLabels/index';
import { LEGAL_GROUND_CODES, LEGAL_GROUNDS } from './legalGrounds';
import { LEGAL_GROUND_WORDS } from './legalGrounds/index';
import { TRANSFER_MECHANISM_CODES, TRANSFER_MECHANISMS } from './transferMechanisms';
import { TRANSFER_MECHANISM_WORDS } from './transferMechanisms/index';

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
        ['a', { nl: 'Een', fr: 'Un', en: 'One', de: 'Eins' }],
        ['b', { nl: 'een', fr: '', en: 'Two', de: ' Zwei' }],
      ]),
    ).toEqual(['b and a: same nl label "een"', 'b: empty fr label', 'b: de label has surrounding spaces']);
  });
});

describe('legal grounds', () => {
  const entries = LEGAL_GROUND_CODES.map((code) => [code, LEGAL_GROUNDS[code].label] as const);
  it('has exactly one entry per code, keyed by its own code', () => {
    expect(Object.keys(LEGAL_GROUNDS).sort()).toEqual([...LEGAL_GROUND_CODES].sort());
    for (const code of LEGAL_GROUND_CODES) expect(LEGAL_GROUNDS[code].code).toBe(code);
  });
  it('labels every ground in every language, each distinct', () => {
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
  it('labels every mechanism in every language, each distinct', () => {
    expect(
      labelProblems(TRANSFER_MECHANISM_CODES.map((code) => [code, TRANSFER_MECHANISMS[code].label] as const)),
    ).toEqual([]);
  });
  it('cites every mechanism distinctly in each language', () => {
    expect(
      labelProblems(TRANSFER_MECHANISM_CODES.map((code) => [code, TRANSFER_MECHANISMS[code].citation] as const)),
    ).toEqual([]);
  });
});

describe('enum labels', () => {
  for (const [enumName, table] of Object.entries(ENUM_LABELS)) {
    it(`${enumName}: labels in every language, each distinct`, () => {
      const entries = Object.entries(table as Record<string, Labels>);
      expect(entries.length).toBeGreaterThan(0);
      expect(labelProblems(entries)).toEqual([]);
    });
  }
});

/** Every text of a word table with its path ("labels.art45"), so a failure names the entry. */
function leaves(table: unknown, path = ''): Array<readonly [string, unknown]> {
  if (typeof table !== 'object' || table === null) return [[path, table]];
  return Object.entries(table).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`));
}

const WORD_TABLES: ReadonlyArray<readonly [string, Readonly<Record<UiLanguage, unknown>>]> = [
  ['citation', CITATION_WORDS],
  ['enumLabels', ENUM_LABEL_WORDS],
  ['legalGrounds', LEGAL_GROUND_WORDS],
  ['transferMechanisms', TRANSFER_MECHANISM_WORDS],
  ['countries', COUNTRY_WORDS],
];

describe('every catalogue in every language', () => {
  for (const [name, words] of WORD_TABLES) {
    it(`${name}: the same entries as English, each a non-empty text`, () => {
      const englishPaths = leaves(words.en).map(([path]) => path);
      expect(englishPaths.length).toBeGreaterThan(0);
      for (const lang of UI_LANGUAGES) {
        const texts = leaves(words[lang]);
        expect(
          texts.map(([path]) => path),
          lang,
        ).toEqual(englishPaths);
        const empty = texts.filter(([, text]) => typeof text !== 'string' || text.trim() === '');
        expect(empty.map(([path]) => `${lang} ${path}`)).toEqual([]);
      }
    });
  }

  it('fills every label the callers read, in all four languages', () => {
    const labels: Array<readonly [string, Labels]> = [
      ['GDPR_ABBREVIATION', GDPR_ABBREVIATION],
      ...LEGAL_GROUND_CODES.flatMap((code) => [
        [`${code} label`, LEGAL_GROUNDS[code].label] as const,
        [`${code} citation`, LEGAL_GROUNDS[code].citation] as const,
      ]),
      ...TRANSFER_MECHANISM_CODES.flatMap((code) => [
        [`${code} label`, TRANSFER_MECHANISMS[code].label] as const,
        [`${code} citation`, TRANSFER_MECHANISMS[code].citation] as const,
      ]),
      ...ADEQUACY_DECISIONS.map((decision) => [`${decision.country} note`, decision.note] as const),
      ...Object.entries(ENUM_LABELS).flatMap(([enumName, table]) =>
        Object.entries(table as Readonly<Record<string, Labels>>).map(
          ([value, l]) => [`${enumName}.${value}`, l] as const,
        ),
      ),
    ];
    expect(UI_LANGUAGES).toEqual(expect.arrayContaining(['nl', 'fr', 'en', 'de']));
    const missing = labels.flatMap(([name, l]) =>
      UI_LANGUAGES.filter((lang) => typeof l[lang] !== 'string' || l[lang].trim() === '').map(
        (lang) => `${name} ${lang}`,
      ),
    );
    expect(missing).toEqual([]);
  });
});

/**
 * The Excel import reads a value back from its label in any language, so a text that names one entry in one
 * language and another entry in another language would be read as whichever comes first.
 */
function crossLanguageClashes(entries: ReadonlyArray<readonly [string, Labels]>): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const [code, labels] of entries) {
    for (const lang of UI_LANGUAGES) {
      const text = labels[lang].toLocaleLowerCase();
      const earlier = owner.get(text);
      if (earlier !== undefined && earlier !== code) clashes.push(`"${labels[lang]}" names ${earlier} and ${code}`);
      owner.set(text, code);
    }
  }
  return clashes;
}

describe('labels read back from a workbook', () => {
  it('never name two entries, whatever the language', () => {
    expect(crossLanguageClashes([['a', { nl: 'Andere', fr: 'Autre', en: 'Other', de: 'Andere' }]])).toEqual([]);
    expect(
      crossLanguageClashes([
        ['a', { nl: 'Een', fr: 'Un', en: 'One', de: 'Eins' }],
        ['b', { nl: 'Twee', fr: 'Deux', en: 'Two', de: 'Een' }],
      ]),
    ).toEqual(['"Een" names a and b']);

    const clashes = [
      ...crossLanguageClashes(LEGAL_GROUND_CODES.map((code) => [code, LEGAL_GROUNDS[code].label] as const)),
      ...crossLanguageClashes(TRANSFER_MECHANISM_CODES.map((code) => [code, TRANSFER_MECHANISMS[code].label] as const)),
      ...Object.values(ENUM_LABELS).flatMap((table) =>
        crossLanguageClashes(Object.entries(table as Readonly<Record<string, Labels>>)),
      ),
    ];
    expect(clashes).toEqual([]);
  });
});

describe('German', () => {
  it('labels every legal ground in its own words, not the English ones', () => {
    const untranslated = LEGAL_GROUND_CODES.filter(
      (code) => LEGAL_GROUNDS[code].label.de === LEGAL_GROUNDS[code].label.en,
    );
    expect(untranslated).toEqual([]);
  });

  it('labels every transfer mechanism in its own words, not the English ones', () => {
    const untranslated = TRANSFER_MECHANISM_CODES.filter(
      (code) => TRANSFER_MECHANISMS[code].label.de === TRANSFER_MECHANISMS[code].label.en,
    );
    expect(untranslated).toEqual([]);
  });

  it('follows the DSGVO for the Art. 6(1) grounds', () => {
    expect(
      LEGAL_GROUND_CODES.filter((code) => code.startsWith('art6-')).map((code) => LEGAL_GROUNDS[code].label.de),
    ).toEqual([
      'Einwilligung',
      'Erfüllung eines Vertrags',
      'Erfüllung einer rechtlichen Verpflichtung',
      'Schutz lebenswichtiger Interessen',
      'Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt',
      'Berechtigte Interessen',
    ]);
  });
});
