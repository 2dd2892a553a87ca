// The value readers on what registers kept by hand really hold, in Dutch, French, English and German: each table
// is a cell as written and what the register must get from it.
import { describe, expect, it } from 'vitest';
import { findCountries, readCountryName } from './country';
import { findDateInText, readDateCell } from './date';
import { readEnumValue } from './enumValue';
import { readLegalBases } from './legalBasis';
import { readLegalReference } from './legalReference';
import { readInternal, readParty } from './party';
import { readPeriods } from './period';
import { splitValues } from './splitValues';
import { readTransferMechanism } from './transferMechanism';
import { readYesNo } from './yesNo';
import { guessDataCategory, guessSecurityMeasure } from './categoryKinds';

describe('several values in one cell', () => {
  it.each([
    ['• RIZIV\n• RSZ', ['RIZIV', 'RSZ']],
    ['Naam; adres; telefoon', ['Naam', 'adres', 'telefoon']],
    ['- Mutas\n- Doccle', ['Mutas', 'Doccle']],
    ['* Leden\r\n* Personen ten laste', ['Leden', 'Personen ten laste']],
    ['RIZIV • RSZ • NIC', ['RIZIV', 'RSZ', 'NIC']],
    ['1. Eerste doel\n2) Tweede doel', ['Eerste doel', 'Tweede doel']],
    ['Leden identificeren\n\n  \nAdviseren', ['Leden identificeren', 'Adviseren']],
    ['Les salarié·es du siège', ['Les salarié·es du siège']],
  ])('splits %j on lines, semicolons and bullets', (cell, values) => {
    expect(splitValues(cell)).toEqual(values);
  });

  it.each([
    ['RIZIV, RSZ, FOD Financiën', ['RIZIV', 'RSZ', 'FOD Financiën']],
    [
      'Identificatiegegevens (naam, adres), rijksregisternummer',
      ['Identificatiegegevens (naam, adres)', 'rijksregisternummer'],
    ],
    ['Données d’identification (nom, prénom); NISS', ['Données d’identification (nom, prénom)', 'NISS']],
    ['1,5 jaar', ['1,5 jaar']],
  ])('with commas for names, %j keeps brackets and decimals whole', (cell, values) => {
    expect(splitValues(cell, { commas: true })).toEqual(values);
  });

  it('keeps commas of a sentence when names are not asked for', () => {
    expect(splitValues('Leden identificeren, contacteren en adviseren')).toEqual([
      'Leden identificeren, contacteren en adviseren',
    ]);
  });
});

describe('legal-basis text to GDPR grounds', () => {
  it.each([
    ['Wettelijke verplichting (art. 6.1.c AVG)', ['art6-1-c']],
    ['Obligation légale', ['art6-1-c']],
    ['legal obligation', ['art6-1-c']],
    ['Rechtliche Verpflichtung', ['art6-1-c']],
    ['art. 6, 1, e) RGPD', ['art6-1-e']],
    ['Toestemming', ['art6-1-a']],
    ['Consentement de la personne concernée', ['art6-1-a']],
    ['Einwilligung', ['art6-1-a']],
    ['Uitvoering van de overeenkomst', ['art6-1-b']],
    ["Exécution d'un contrat", ['art6-1-b']],
    ['Art. 6 Abs. 1 lit. b DSGVO', ['art6-1-b']],
    ['Art. 6(1)(f) GDPR', ['art6-1-f']],
    ['Gerechtvaardigd belang', ['art6-1-f']],
    ['Intérêt légitime', ['art6-1-f']],
    ['Berechtigtes Interesse', ['art6-1-f']],
    ['Taak van algemeen belang', ['art6-1-e']],
    ['Mission d’intérêt public', ['art6-1-e']],
    ['public task', ['art6-1-e']],
    ['Vitale belangen', ['art6-1-d']],
    ['artikel 9, lid 2, h)', ['art9-2-h']],
    ['Uitdrukkelijke toestemming (art. 9.2.a AVG)', ['art9-2-a']],
    ['Zwaarwegend algemeen belang', ['art9-2-g']],
    ['Art. 9 Abs. 2 Buchst. b DSGVO', ['art9-2-b']],
    ['Art. 10 AVG', ['art10']],
    ['6.1.c en 6.1.e', ['art6-1-c', 'art6-1-e']],
    ['Wettelijke verplichting (art. 6.1.c AVG) en art. 9.2.b AVG', ['art6-1-c', 'art9-2-b']],
  ])('%j', (cell, grounds) => {
    expect(readLegalBases(cell).flatMap((v) => v.grounds)).toEqual(grounds);
  });

  it('reads several values per cell, each with its own grounds and references', () => {
    expect(
      readLegalBases(
        'Wettelijke verplichting (wet van 6 augustus 1990 betreffende de ziekenfondsen)\nTaak van algemeen belang',
      ),
    ).toEqual([
      { grounds: ['art6-1-c'], references: ['wet van 6 augustus 1990 betreffende de ziekenfondsen'] },
      { grounds: ['art6-1-e'], references: [] },
    ]);
    expect(readLegalBases("Mission d'intérêt public; art. 9.2.h RGPD").map((v) => v.grounds)).toEqual([
      ['art6-1-e'],
      ['art9-2-h'],
    ]);
  });

  it('keeps the statute beside a citation as a reference', () => {
    expect(readLegalBases('art. 6.1.c AVG - KB van 3 juli 1996, art. 5')).toEqual([
      { grounds: ['art6-1-c'], references: ['KB van 3 juli 1996, art. 5'] },
    ]);
  });

  it('takes other words beside a single ground as its explanation', () => {
    expect(readLegalBases('Gerechtvaardigd belang (fraudebestrijding)')).toEqual([
      { grounds: ['art6-1-f'], references: [], explanation: 'fraudebestrijding' },
    ]);
  });

  it('does not take a statute article for a GDPR article', () => {
    expect(readLegalBases('Wet van 30 juli 2018, art. 10')).toEqual([
      { grounds: [], references: ['Wet van 30 juli 2018, art. 10'] },
    ]);
  });

  it.each(['Omdat het moet', 'art. 6 AVG', 'Décision de la direction'])('reports %j as not understood', (cell) => {
    const [value] = readLegalBases(cell);
    expect(value?.grounds).toEqual([]);
    expect(value?.unknown).toBe(cell);
  });
});

describe('legal references named in cells', () => {
  it('reads a statute with its date and article', () => {
    expect(readLegalReference('Wet van 14 juli 1994 betreffende de verplichte verzekering, art. 53')).toEqual({
      name: 'Wet van 14 juli 1994 betreffende de verplichte verzekering, art. 53',
      kind: 'statute',
      date: '1994-07-14',
      article: 'art. 53',
    });
    expect(readLegalReference('Loi du 6 août 1990')).toMatchObject({ kind: 'statute', date: '1990-08-06' });
  });

  it('reads a deliberation of the Information Security Committee with its number', () => {
    expect(readLegalReference('Beraadslaging nr. 22/080 van 6 september 2022')).toMatchObject({
      kind: 'isc-deliberation',
      number: '22/080',
      date: '2022-09-06',
    });
    expect(readLegalReference('Délibération CSI n° 18/184')).toMatchObject({
      kind: 'isc-deliberation',
      number: '18/184',
    });
  });

  it('reads a protocol as an agreement', () => {
    expect(readLegalReference('Protocol RIZIV-NIC van 1 maart 2020')).toMatchObject({
      kind: 'agreement',
      date: '2020-03-01',
    });
  });
});

describe('periods in words', () => {
  it.each([
    ['3 maanden', { period: 'P3M' }],
    ['18 mois', { period: 'P18M' }],
    ['10 jaar na einde aansluiting', { period: 'P10Y', start: 'na einde aansluiting' }],
    ['1 an', { period: 'P1Y' }],
    ['5 Jahre', { period: 'P5Y' }],
    ['24 months', { period: 'P24M' }],
    ['one month', { period: 'P1M' }],
    ['één jaar', { period: 'P1Y' }],
    ['a year', { period: 'P1Y' }],
    ['deux ans', { period: 'P2Y' }],
    ['zwei Wochen', { period: 'P2W' }],
    ['30 dagen', { period: 'P30D' }],
    ['1 jaar en 6 maanden', { period: 'P1Y6M' }],
    ['2 ans et 3 mois', { period: 'P2Y3M' }],
    ['1,5 jaar', { period: 'P18M' }],
    ['P18M', { period: 'P18M' }],
    ['maximum 5 jaar na het overlijden', { period: 'P5Y', start: 'na het overlijden' }],
    ['Pendant 5 ans à compter de la fin du contrat', { period: 'P5Y', start: 'à compter de la fin du contrat' }],
    ['bis zu 3 Jahre nach Vertragsende', { period: 'P3Y', start: 'nach Vertragsende' }],
    ['7 years after the end of the contract', { period: 'P7Y', start: 'after the end of the contract' }],
    ['3 maanden (coaching)', { period: 'P3M', criterion: 'coaching' }],
    ['Facturen: 7 jaar', { period: 'P7Y', scope: 'Facturen' }],
  ])('%j', (cell, reading) => {
    expect(readPeriods(cell)).toEqual([reading]);
  });

  it.each(['zolang het lidmaatschap duurt', "jusqu'à la fin du projet", 'données mises à jour'])(
    'keeps %j, without a figure, as a criterion',
    (cell) => {
      expect(readPeriods(cell)).toEqual([{ criterion: cell }]);
    },
  );

  it('reads two periods in one cell as two rules', () => {
    expect(readPeriods('3 maanden voor coaching, 18 maanden voor klachten')).toEqual([
      { period: 'P3M', scope: 'coaching' },
      { period: 'P18M', scope: 'klachten' },
    ]);
    expect(readPeriods('10 ans\n5 ans')).toEqual([{ period: 'P10Y' }, { period: 'P5Y' }]);
  });
});

describe('countries by name', () => {
  it.each([
    ['Verenigde Staten', 'US'],
    ['États-Unis', 'US'],
    ['United States', 'US'],
    ['Vereinigte Staaten', 'US'],
    ['VS', 'US'],
    ['USA', 'US'],
    ['Vereinigtes Königreich', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['UK', 'GB'],
    ['Zwitserland', 'CH'],
    ['Suisse', 'CH'],
    ['Japon', 'JP'],
    ['Indien', 'IN'],
    ['België', 'BE'],
    ['Belgique', 'BE'],
    ['BE', 'BE'],
    ['Zuid-Korea', 'KR'],
  ])('%j is %s', (name, code) => {
    expect(readCountryName(name)).toBe(code);
  });

  it('finds countries inside a longer text, but not in ordinary words', () => {
    expect(findCountries('Microsoft Ireland (Ierland)')).toEqual(['IE']);
    expect(findCountries('Verenigde Staten – SCC')).toEqual(['US']);
    expect(findCountries('Amazon Web Services in de Verenigde Staten')).toEqual(['US']);
    expect(findCountries('de gegevens worden bewaard')).toEqual([]);
    expect(readCountryName('Atlantis')).toBeUndefined();
  });
});

describe('transfer grounds by article and by name', () => {
  it.each([
    ['art. 45', 'art45'],
    ['Adequaatheidsbesluit', 'art45'],
    ["Décision d'adéquation", 'art45'],
    ['EU-US Data Privacy Framework', 'art45'],
    ['Art. 46.2.c AVG', 'art46-2-c'],
    ['art 46 (2) (c)', 'art46-2-c'],
    ['SCC', 'art46-2-c'],
    ['Clauses contractuelles types', 'art46-2-c'],
    ['Standardvertragsklauseln', 'art46-2-c'],
    ['BCR', 'art47'],
    ['Art. 47 GDPR', 'art47'],
    ['Art. 49(1)(a) GDPR', 'art49-1-a'],
    ['art. 49, 1, tweede alinea', 'art49-1-second'],
  ])('%j is %s', (cell, code) => {
    expect(readTransferMechanism(cell)).toEqual({ code });
  });

  it('says when the article is named without its point', () => {
    expect(readTransferMechanism('Art. 46')).toEqual({ incomplete: 'art46' });
    expect(readTransferMechanism('art. 49 AVG')).toEqual({ incomplete: 'art49' });
    expect(readTransferMechanism('geen idee')).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['20/11/2026', '2026-11-20'],
    ['1.3.2024', '2024-03-01'],
    ['2024-03-01', '2024-03-01'],
    ['2024-03-01T00:00:00', '2024-03-01'],
    ['5/6/24', '2024-06-05'],
    ['14 juli 1994', '1994-07-14'],
    ['1er janvier 2020', '2020-01-01'],
    ['14. März 2021', '2021-03-14'],
    ['March 3, 2021', '2021-03-03'],
  ])('%j is %s', (cell, iso) => {
    expect(readDateCell(cell)).toBe(iso);
  });

  it('reads date cells and Excel day numbers, not years or other text', () => {
    expect(readDateCell(new Date(Date.UTC(2024, 0, 5)))).toBe('2024-01-05');
    expect(readDateCell(45000)).toBe('2023-03-15');
    expect(readDateCell(2024)).toBeUndefined();
    expect(readDateCell('morgen')).toBeUndefined();
    expect(readDateCell('31/02/2024')).toBeUndefined();
    expect(findDateInText('wet van 6 augustus 1990 betreffende de ziekenfondsen')).toBe('1990-08-06');
  });
});

describe('yes and no', () => {
  it.each([
    ['ja', true],
    ['Neen', false],
    ['oui', true],
    ['Non', false],
    ['yes', true],
    ['nein', false],
    ['Ja', true],
    ['x', true],
    ['Ja, via het contactformulier', true],
    [true, true],
    [0, false],
  ] as const)('%j', (cell, answer) => {
    expect(readYesNo(cell)).toBe(answer);
  });

  it.each(['n.v.t.', 'sans objet', 'n/a', 'entfällt'])('%j is not applicable', (cell) => {
    expect(readYesNo(cell)).toBe('not-applicable');
  });

  it('says nothing for other text', () => {
    expect(readYesNo('misschien')).toBeUndefined();
  });
});

describe('names with marks', () => {
  it('reads what a mark in brackets says and takes it out of the name', () => {
    expect(readParty('Mutas (verwerker)')).toEqual({ name: 'Mutas', role: 'processor' });
    expect(readParty('RIZIV (extern)')).toEqual({ name: 'RIZIV', role: 'recipient', internal: false });
    expect(readParty('Dienst HR (intern)')).toEqual({ name: 'Dienst HR', role: 'recipient', internal: true });
    expect(readParty('Salesforce (sous-traitant, États-Unis)')).toEqual({
      name: 'Salesforce',
      role: 'processor',
      country: 'US',
    });
    expect(readParty('CM (gezamenlijk)')).toEqual({ name: 'CM', joint: true });
    expect(readParty('Doccle – verwerker')).toEqual({ name: 'Doccle', role: 'processor' });
  });

  it('keeps brackets that say something else', () => {
    expect(readParty('Rijksinstituut voor Ziekte- en Invaliditeitsverzekering (RIZIV)')).toEqual({
      name: 'Rijksinstituut voor Ziekte- en Invaliditeitsverzekering (RIZIV)',
    });
  });

  it.each([
    ['intern', true],
    ['Externe', false],
    ['external', false],
    ['ja', true],
  ] as const)('internal: %j', (text, internal) => {
    expect(readInternal(text)).toBe(internal);
  });
});

describe('coded values and what names say', () => {
  it.each([
    ['activityStatus', 'Actief', 'active'],
    ['activityStatus', 'Beëindigd', 'retired'],
    ['activityStatus', 'stopgezet', 'retired'],
    ['activityStatus', 'En cours', 'active'],
    ['activityStatus', 'Entwurf', 'draft'],
    ['dpiaStatus', 'uitgevoerd', 'done'],
    ['dataCategoryKind', 'Gevoelig', 'special'],
  ] as const)('%s %j is %s', (name, text, value) => {
    expect(readEnumValue(name, text)).toBe(value);
  });

  it('guesses the kind of a data category and the family of a measure from their names', () => {
    expect(guessDataCategory('Gezondheidsgegevens')).toEqual({ kind: 'special', specialTypes: ['health'] });
    expect(guessDataCategory('Numéro de registre national')).toEqual({ kind: 'national-id', specialTypes: [] });
    expect(guessDataCategory('Strafrechtelijke veroordelingen')).toEqual({ kind: 'criminal', specialTypes: [] });
    expect(guessDataCategory('Adresgegevens')).toEqual({ kind: 'ordinary', specialTypes: [] });
    expect(guessSecurityMeasure('Versleuteling van laptops')).toEqual({ type: 'technical', family: 'encryption' });
    expect(guessSecurityMeasure('Formation du personnel')).toEqual({ type: 'organisational', family: 'awareness' });
  });
});
