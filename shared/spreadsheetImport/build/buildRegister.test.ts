// Building records from foreign registers: field values, links to records matched or created once, periods, legal
// bases and the report — on a Dutch copy of the authority's model, a French register, a record over several rows,
// unknown values reported cell by cell, and a merge into the sample register that updates instead of adding.
import { describe, expect, it } from 'vitest';
import { emptyRegister, registerSchema, type Register } from '../../model/register';
import { sampleRegister } from '../../sample/sampleRegister';
import { dutchRegister, frenchRegister } from '../../test/foreignRegisters';
import { bookOf } from '../../test/sourceTables';
import { proposeImport } from '../mapping/proposeMapping';
import type { ColumnMapping } from '../types';
import { buildRegister, type BuildOptions } from './buildRegister';

function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
}

const TODAY = '2026-01-01';

type Kind =
  | 'recipients'
  | 'processors'
  | 'transfers'
  | 'dataCategories'
  | 'subjectCategories'
  | 'securityMeasures'
  | 'legalReferences'
  | 'organisations';

/** Names of the records a list of ids points at, for readable expectations. */
function names(register: Register, kind: Kind, ids: readonly string[]): string[] {
  return ids.map((id) => (register[kind] as { id: string; name: string }[]).find((r) => r.id === id)?.name ?? `?${id}`);
}

function activity(register: Register, reference: string) {
  const found = register.activities.find((a) => a.reference === reference);
  if (!found) throw new Error(`no activity ${reference}`);
  return found;
}

function build(
  source: ReturnType<typeof dutchRegister>,
  current: Register,
  options: BuildOptions = {},
  mapping?: ColumnMapping[],
) {
  const proposal = proposeImport(source.sheet, source.table, { lang: options.lang ?? 'en' });
  const result = buildRegister(source.book, source.table, mapping ?? proposal.columns, current, {
    today: TODAY,
    newId: counter(),
    language: proposal.language,
    ...options,
  });
  expect(registerSchema.safeParse(result.register).success).toBe(true);
  return result;
}

describe('a Dutch copy of the authority model into a new register', () => {
  const { register, report } = build(dutchRegister(), emptyRegister({ mainLanguage: 'nl' }), { lang: 'nl' });

  it('makes one activity per record, the continuation row included in the record above', () => {
    expect(register.activities.map((a) => [a.reference, a.name])).toEqual([
      ['VW-001', 'Aansluiting van leden'],
      ['VW-002', 'Telefonische opnames'],
      ['VW-003', 'Opnames via het nieuwe platform'],
      ['VW-004', 'Loonadministratie'],
    ]);
    expect(report.rows).toEqual({ read: 5, records: 4, skipped: 0 });
    const first = activity(register, 'VW-001');
    expect(first).toMatchObject({
      businessProcess: 'Ledenadministratie',
      owner: 'Dienst Leden',
      description: 'Beheer van de aansluiting',
      status: 'active',
    });
    // "Statuten toekennen", "Financiële gegevens" and "KSZ" stand on the continuation row.
    expect(first.purposes.map((p) => p.description)).toEqual([
      'Leden identificeren',
      'Verzekerbaarheid beheren',
      'Statuten toekennen',
    ]);
    expect(names(register, 'dataCategories', first.dataCategoryIds)).toEqual([
      'Identificatiegegevens',
      'Rijksregisternummer',
      'Gezondheidsgegevens',
      'Financiële gegevens',
    ]);
    expect(names(register, 'recipients', first.recipientIds)).toEqual(['RIZIV', 'KSZ']);
    expect(names(register, 'subjectCategories', first.subjectCategoryIds)).toEqual(['Leden', 'Personen ten laste']);
    expect(names(register, 'securityMeasures', first.securityMeasureIds)).toEqual(['Toegangsbeheer', 'Logging']);
  });

  it('reads legal bases with the statute named beside them as a linked legal reference', () => {
    const first = activity(register, 'VW-001');
    const statute = register.legalReferences.find((r) => r.name.startsWith('Wet van 6 augustus 1990'));
    expect(statute).toMatchObject({ kind: 'statute', date: '1990-08-06' });
    expect(first.legalBases.map((b) => [b.ground, b.legalReferenceIds])).toEqual([
      ['art6-1-c', [statute?.id]],
      ['art6-1-e', [statute?.id]],
    ]);
    // A contract needs no statute: the wage act goes to the legal obligation only.
    const payroll = activity(register, 'VW-004');
    expect(payroll.legalBases.map((b) => [b.ground, names(register, 'legalReferences', b.legalReferenceIds)])).toEqual([
      ['art6-1-b', []],
      ['art6-1-c', ['Wet van 12 april 1965 betreffende de bescherming van het loon der werknemers']],
    ]);
    expect(activity(register, 'VW-002').legalBases).toEqual([
      expect.objectContaining({ ground: 'art6-1-f', explanation: 'kwaliteit van de dienstverlening' }),
    ]);
  });

  it('reads periods in words with their start, and periods per purpose', () => {
    expect(activity(register, 'VW-001').retention).toEqual([
      expect.objectContaining({ period: 'P10Y', trigger: 'na einde aansluiting', purposeIds: [] }),
    ]);
    const recordings = activity(register, 'VW-002');
    const purpose = (text: string) => recordings.purposes.find((p) => p.description === text)?.id;
    expect(recordings.retention.map((r) => [r.period, r.purposeIds])).toEqual([
      ['P3M', [purpose('Coaching van medewerkers')]],
      ['P18M', [purpose('Klachtenbehandeling')]],
    ]);
  });

  it('makes processors of names marked as such, and external recipients with their country', () => {
    const first = activity(register, 'VW-001');
    expect(names(register, 'processors', first.processorIds)).toEqual(['Mutas']);
    expect(register.recipients.find((r) => r.name === 'RIZIV')).toMatchObject({ internal: false, country: 'BE' });
    expect(names(register, 'processors', activity(register, 'VW-004').processorIds)).toEqual(['Sociaal secretariaat']);
    expect(names(register, 'recipients', activity(register, 'VW-004').recipientIds)).toEqual(['RSZ']);
  });

  it('creates a record named in several rows once', () => {
    const leden = register.subjectCategories.filter((c) => c.name === 'Leden');
    expect(leden).toHaveLength(1);
    expect(register.activities.filter((a) => a.subjectCategoryIds.includes(leden[0]?.id ?? ''))).toHaveLength(3);
    expect(report.created.find((c) => c.name === 'Leden')).toMatchObject({
      kind: 'subjectCategories',
      rows: [4, 6, 7],
    });
    expect(register.securityMeasures.filter((m) => m.name === 'Versleuteling')).toEqual([
      expect.objectContaining({ type: 'technical', family: 'encryption' }),
    ]);
    expect(register.dataCategories.find((c) => c.name === 'Gezondheidsgegevens')).toMatchObject({
      kind: 'special',
      specialTypes: ['health'],
    });
  });

  it('reads the transfer from its country and safeguard columns', () => {
    expect(names(register, 'transfers', activity(register, 'VW-002').transferIds)).toEqual([
      'Verenigde Staten – SCC (art. 46.2.c AVG)',
    ]);
    expect(register.transfers[0]).toMatchObject({ country: 'US', mechanism: 'art46-2-c' });
    // "België" in the recipients' country column is no transfer.
    expect(activity(register, 'VW-001').transferIds).toEqual([]);
  });

  it('reads the Status group: status, end date and the replacing processing', () => {
    const ended = activity(register, 'VW-002');
    expect(ended).toMatchObject({
      status: 'retired',
      endDate: '2024-12-31',
      replacedByActivityId: activity(register, 'VW-003').id,
    });
  });

  it('reports the values it did not understand, cell by cell', () => {
    expect(report.cells.map(({ row, column, header, text, code }) => ({ row, column, header, text, code }))).toEqual([
      { row: 7, column: 'G', header: 'Rechtsgrond', text: 'Omdat het moet', code: 'legalBasisUnknown' },
      { row: 7, column: 'S', header: 'Einddatum', text: 'morgen', code: 'dateUnknown' },
    ]);
    expect(report.cells[0]?.why).toBe(
      'geen AVG-grond (art. 6, 9, 10) gevonden in "Omdat het moet"; het wordt niet ingelezen',
    );
    expect(report.cells.every((c) => c.sheet === 'Register verwerkingen')).toBe(true);
  });

  it('reports the columns mapped with their confidence, and the records created per kind', () => {
    expect(report.columns.ignored).toEqual([]);
    expect(report.columns.mapped).toHaveLength(20);
    expect(report.columns.mapped[0]).toEqual({
      column: 1,
      letter: 'A',
      header: 'Naam',
      group: 'Bedrijfsproces',
      target: { kind: 'activities', path: 'businessProcess' },
      label: 'Bedrijfsproces',
      confidence: 0.9,
    });
    expect(report.counts.activities).toEqual({ created: 4, updated: 0 });
    expect(report.counts.recipients).toEqual({ created: 3, updated: 0 });
    expect(report.counts.processors).toEqual({ created: 3, updated: 0 });
    expect(report.counts.subjectCategories).toEqual({ created: 4, updated: 0 });
    expect(report.counts.legalReferences).toEqual({ created: 2, updated: 0 });
    expect(report.counts.transfers).toEqual({ created: 1, updated: 0 });
  });

  it('lists what Art. 30 still needs, by letter', () => {
    expect(
      report.stillNeeded.map((s) => [s.point, s.records.map((r) => `${r.reference}: ${r.fields.join(', ')}`)]),
    ).toEqual([
      [
        '1a',
        [
          'VW-001: Verwerkingsverantwoordelijken',
          'VW-002: Verwerkingsverantwoordelijken',
          'VW-003: Verwerkingsverantwoordelijken',
          'VW-004: Verwerkingsverantwoordelijken',
        ],
      ],
      ['1d', ['VW-003: Ontvangers, Verwerkers']],
      ['1g', ['VW-004: Beveiligingsmaatregelen, Toelichting beveiliging']],
    ]);
    expect(report.stillNeeded[0]?.what).toBe('naam en contactgegevens van de verwerkingsverantwoordelijke');
  });
});

describe('a French register', () => {
  const { register, report } = build(frenchRegister(), emptyRegister({ mainLanguage: 'fr' }), { lang: 'fr' });

  it('reads names, purposes, legal bases, categories split on commas and dates', () => {
    const members = activity(register, 'T-01');
    expect(members).toMatchObject({
      name: 'Gestion des membres',
      startDate: '2019-03-15',
      lastReviewDate: '2024-01-10',
    });
    expect(members.purposes.map((p) => p.description)).toEqual(['Affiliation des membres', 'Remboursement des soins']);
    expect(members.legalBases.map((b) => [b.ground, names(register, 'legalReferences', b.legalReferenceIds)])).toEqual([
      ['art6-1-c', ['loi du 6 août 1990 relative aux mutualités']],
    ]);
    expect(names(register, 'dataCategories', members.dataCategoryIds)).toEqual([
      "Données d'identification (nom, prénom)",
      'numéro de registre national',
      'données de santé',
    ]);
    expect(register.dataCategories.map((c) => c.kind).slice(0, 3)).toEqual(['ordinary', 'national-id', 'special']);
    expect(members.retention).toEqual([
      expect.objectContaining({ period: 'P10Y', trigger: "après la fin de l'affiliation" }),
    ]);
    // An Excel day number in a date column.
    expect(activity(register, 'T-02').startDate).toBe('2021-09-01');
    expect(activity(register, 'T-02').notes).toBe('À revoir');
  });

  it('tells internal from external recipients and finds processors among them', () => {
    expect(register.recipients.map((r) => [r.name, r.internal])).toEqual([
      ['INAMI', false],
      ['Service social', true],
    ]);
    expect(names(register, 'processors', activity(register, 'T-03').processorIds)).toEqual(["Prestataire d'envoi"]);
    expect(register.processors.find((p) => p.name === 'Salesforce')?.countries).toEqual(['US']);
  });

  it('reads transfers by country and ground, and "Non" as none', () => {
    expect(activity(register, 'T-01').transferIds).toEqual([]);
    expect(register.transfers.map((t) => [t.name, t.country, t.mechanism])).toEqual([
      ['États-Unis (clauses contractuelles types)', 'US', 'art46-2-c'],
      ['Japon (art. 45)', 'JP', 'art45'],
    ]);
    expect(activity(register, 'T-03').retention).toEqual([
      expect.objectContaining({ criterion: "jusqu'au retrait du consentement" }),
    ]);
    expect(activity(register, 'T-03').legalBases.map((b) => b.ground)).toEqual(['art6-1-a']);
  });

  it('reports in French', () => {
    expect(report.language).toBe('fr');
    expect(report.cells).toEqual([]);
    expect(report.stillNeeded[0]?.what).toBe('le nom et les coordonnées du responsable du traitement');
  });
});

describe('records over several rows and several values per cell', () => {
  it('joins rows with the same name, or with no name under a record, when there is no number column', () => {
    const source = bookOf('Blad1', { headers: ['Verwerking', 'Doeleinden', 'Ontvangers', 'Bewaartermijn'] }, [
      ['Ledenbeheer', '• Aansluiting\n• Verzekerbaarheid', 'RIZIV; RSZ', '10 jaar'],
      ['', 'Statuten', 'NIC', ''],
      ['Marketing', 'Nieuwsbrief', '', '2 jaar na laatste contact'],
      ['Ledenbeheer', 'Aansluiting', 'KSZ', '5 jaar'],
    ]);
    const { register, report } = build(source, emptyRegister({ mainLanguage: 'nl' }));
    expect(register.activities.map((a) => a.name)).toEqual(['Ledenbeheer', 'Marketing']);
    const members = register.activities[0];
    expect(members?.purposes.map((p) => p.description)).toEqual(['Aansluiting', 'Verzekerbaarheid', 'Statuten']);
    expect(names(register, 'recipients', members?.recipientIds ?? [])).toEqual(['RIZIV', 'RSZ', 'NIC', 'KSZ']);
    expect(members?.retention.map((r) => r.period)).toEqual(['P10Y', 'P5Y']);
    expect(register.activities[1]?.retention).toEqual([
      expect.objectContaining({ period: 'P2Y', trigger: 'na laatste contact' }),
    ]);
    expect(report.created.find((c) => c.kind === 'activities' && c.name === 'Ledenbeheer')?.rows).toEqual([2, 3, 5]);
  });

  it('gives a value merged down over several records to each of them, and over one record to it once', () => {
    const source = bookOf('Blad1', { headers: ['Bedrijfsproces', 'Nr', 'Naam', 'Doeleinden'] }, [
      ['Klantendienst', 'K-1', 'Telefonie', 'Coaching'],
      ['', 'K-2', 'Chat', 'Klachten'],
      ['Personeel', 'P-1', 'Lonen', 'Lonen betalen'],
      ['', '', '', 'Loonbeslag'],
    ]);
    // The business process is merged over K-1 and K-2; the name of P-1 over its two rows.
    source.sheet.merges.push({ top: 2, left: 1, bottom: 3, right: 1 }, { top: 4, left: 3, bottom: 5, right: 3 });
    const { register } = build(source, emptyRegister({ mainLanguage: 'nl' }));
    expect(
      register.activities.map((a) => [a.reference, a.businessProcess, a.purposes.map((p) => p.description)]),
    ).toEqual([
      ['K-1', 'Klantendienst', ['Coaching']],
      ['K-2', 'Klantendienst', ['Klachten']],
      ['P-1', 'Personeel', ['Lonen betalen', 'Loonbeslag']],
    ]);
  });

  it('keeps a conflicting single value of a later row out and says so', () => {
    const source = bookOf('Blad1', { headers: ['Nr', 'Naam', 'Status'] }, [
      ['A-1', 'Ledenbeheer', 'Actief'],
      ['A-1', '', 'Beëindigd'],
    ]);
    const { register, report } = build(source, emptyRegister({ mainLanguage: 'nl' }));
    expect(register.activities.map((a) => [a.reference, a.status])).toEqual([['A-1', 'active']]);
    expect(report.cells.map((c) => [c.row, c.column, c.code, c.text])).toEqual([
      [3, 'C', 'conflictingValue', 'Beëindigd'],
    ]);
  });

  it('skips rows that belong to no record and reports them', () => {
    const source = bookOf('Blad1', { headers: ['Naam', 'Doeleinden'] }, [
      ['', 'Een doel zonder verwerking'],
      ['Ledenbeheer', 'Aansluiting'],
    ]);
    const { register, report } = build(source, emptyRegister());
    expect(register.activities.map((a) => a.name)).toEqual(['Ledenbeheer']);
    expect(report.rows).toEqual({ read: 2, records: 1, skipped: 1 });
    expect(report.cells.map((c) => [c.row, c.code])).toEqual([[2, 'missingName']]);
  });
});

describe('values not understood', () => {
  it('reports each cell with sheet, row, column letter, text and why, and imports the rest of the row', () => {
    const source = bookOf(
      'Export',
      {
        headers: ['Name', 'Legal basis', 'Recipients', 'Recipient country', 'Status', 'Start date', 'Retention period'],
      },
      [
        ['Payroll', 'legal obligation; because we must', 'Bank (external)', 'Atlantis', 'Maybe', '31/02/2024', 'P7Y'],
        ['Website', 'Art. 6(1)(f) GDPR', 'Hosting company', 'Japan', 'Active', '2024-05-01', 'as long as needed'],
      ],
    );
    const { register, report } = build(source, emptyRegister({ mainLanguage: 'en' }));
    expect(report.cells.map(({ sheet, row, column, text, code }) => ({ sheet, row, column, text, code }))).toEqual([
      { sheet: 'Export', row: 2, column: 'B', text: 'because we must', code: 'legalBasisUnknown' },
      { sheet: 'Export', row: 2, column: 'D', text: 'Atlantis', code: 'countryUnknown' },
      { sheet: 'Export', row: 2, column: 'E', text: 'Maybe', code: 'enumUnknown' },
      { sheet: 'Export', row: 2, column: 'F', text: '31/02/2024', code: 'dateUnknown' },
    ]);
    expect(report.cells[2]?.why).toBe('unknown value "Maybe" for Status; it is not imported');
    const payroll = register.activities.find((a) => a.name === 'Payroll');
    expect(payroll?.legalBases.map((b) => b.ground)).toEqual(['art6-1-c']);
    expect(payroll?.status).toBe('draft');
    expect(payroll?.startDate).toBeUndefined();
    expect(payroll?.retention).toEqual([expect.objectContaining({ period: 'P7Y' })]);
    expect(register.recipients.map((r) => [r.name, r.internal, r.country])).toEqual([
      ['Bank', false, 'BE'],
      ['Hosting company', false, 'JP'],
    ]);
    // Words without a figure are the criterion Art. 30(1)(f) allows.
    expect(register.activities.find((a) => a.name === 'Website')?.retention).toEqual([
      expect.objectContaining({ criterion: 'as long as needed' }),
    ]);
  });

  it('reports cells the reader had to clean', () => {
    const source = bookOf('Export', { headers: ['Name', 'Purposes'] }, [['Payroll', 'Paying wages']]);
    source.sheet.cleaned.push({ row: 2, col: 2 }, { row: 1, col: 2 });
    const { report } = build(source, emptyRegister({ mainLanguage: 'en' }));
    expect(report.cells.map((c) => [c.row, c.column, c.header, c.code])).toEqual([[2, 'B', 'Purposes', 'cleanedText']]);
  });

  it('reports a period column without a period', () => {
    const source = bookOf('Export', { headers: ['Name', 'Retention', 'Retention period'] }, [
      ['Payroll', 'Payslips', 'soon'],
    ]);
    const { register, report } = build(source, emptyRegister({ mainLanguage: 'en' }), {}, [
      { column: 1, target: { kind: 'activities', path: 'name' }, confidence: 1, reason: '' },
      { column: 2, target: { kind: 'activities', path: 'retention.criterion' }, confidence: 1, reason: '' },
      { column: 3, target: { kind: 'activities', path: 'retention.period' }, confidence: 1, reason: '' },
    ]);
    expect(report.cells.map((c) => [c.row, c.column, c.code, c.text])).toEqual([[2, 'C', 'periodUnknown', 'soon']]);
    expect(register.activities[0]?.retention).toEqual([expect.objectContaining({ criterion: 'Payslips' })]);
  });
});

describe('merging into the current register', () => {
  it('updates the activity with the same processing number instead of adding one, and links existing records', () => {
    const current = sampleRegister();
    const before = current.activities.find((a) => a.reference === 'CM-001');
    if (!before) throw new Error('CM-001 not in the sample');
    const riziv = current.recipients.find((r) => r.name.endsWith('(RIZIV)'));
    const iriscare = current.recipients.find((r) => r.name === 'Iriscare');
    const mutas = current.processors.find((p) => p.name === 'Mutas');
    const source = bookOf(
      'Register',
      { headers: ['Nummer', 'Naam', 'Doeleinden', 'Ontvangers', 'Categorieën van persoonsgegevens'] },
      [
        [
          'CM-001',
          'Aansluiting en verzekerbaarheid',
          // An existing purpose in other case and spacing, and a new one.
          'toekenning van de  maximumfactuur en de verhoogde tegemoetkoming\nAttesten afleveren',
          'RIZIV (extern)\nIRISCARE\nMutas (verwerker)',
          'identificatiegegevens; Bankgegevens',
        ],
        ['CM-099', 'Nieuwe verwerking', 'Iets nieuws', '', ''],
      ],
    );
    const { register, report } = build(source, current, { lang: 'nl' });
    expect(register.activities).toHaveLength(current.activities.length + 1);
    const after = activity(register, 'CM-001');
    expect(after.id).toBe(before.id);
    expect(register.activities.indexOf(after)).toBe(current.activities.indexOf(before));
    expect(after.purposes.map((p) => p.description)).toEqual([
      ...before.purposes.map((p) => p.description),
      'Attesten afleveren',
    ]);
    expect(after.recipientIds).toEqual(
      expect.arrayContaining([...before.recipientIds, riziv?.id, iriscare?.id].filter(Boolean) as string[]),
    );
    expect(after.processorIds).toContain(mutas?.id);
    // Nothing the register has is lost: legal bases, retention and the rest stay.
    expect(after.legalBases).toEqual(before.legalBases);
    expect(after.retention).toEqual(before.retention);
    expect(register.recipients).toHaveLength(current.recipients.length);
    expect(register.processors).toHaveLength(current.processors.length);
    expect(register.dataCategories).toHaveLength(current.dataCategories.length + 1);
    expect(report.counts.activities).toEqual({ created: 1, updated: 1 });
    expect(report.counts.dataCategories).toEqual({ created: 1, updated: 0 });
    expect(report.updated).toEqual([{ kind: 'activities', id: before.id, name: before.name, rows: [2] }]);
    expect(register.activities.at(-1)).toMatchObject({ reference: 'CM-099', name: 'Nieuwe verwerking' });
  });

  it('matches on the name when there is no number, and keeps other records as they were', () => {
    const current = sampleRegister();
    const source = bookOf('Register', { headers: ['Naam', 'Bewaartermijn'] }, [
      ['OPNAME VAN TELEFOONGESPREKKEN', '5 jaar'],
    ]);
    const { register, report } = build(source, current);
    const target = current.activities.find((a) => a.name === 'Opname van telefoongesprekken');
    expect(report.counts.activities).toEqual({ created: 0, updated: 1 });
    const after = register.activities.find((a) => a.id === target?.id);
    expect(after?.name).toBe('Opname van telefoongesprekken');
    expect(after?.retention.map((r) => r.period)).toContain('P5Y');
    const untouched = current.activities.filter((a) => a.id !== target?.id);
    expect(register.activities.filter((a) => a.id !== target?.id)).toEqual(untouched);
  });

  it('puts texts in another language into the translations of the records it updates', () => {
    const current = sampleRegister();
    const before = activity(current, 'CM-002');
    const source = bookOf('Registre', { headers: ['N°', 'Description'] }, [
      ['CM-002', 'Gestion des remboursements de soins de santé en Belgique et à l’étranger'],
    ]);
    const { register } = build(source, current, { language: 'fr' });
    const after = activity(register, 'CM-002');
    expect(after.description).toBe(before.description);
    expect(after.i18n?.fr?.description).toBe(
      'Gestion des remboursements de soins de santé en Belgique et à l’étranger',
    );
    expect(after.i18nSource?.fr?.description).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('a processor register (Art. 30(2))', () => {
  it('makes processor activities with the controllers they act for and their categories of processing', () => {
    const source = bookOf(
      'Register verwerker',
      {
        headers: [
          'Nr',
          'Naam',
          'In opdracht van verwerkingsverantwoordelijken',
          'Categorieën van verwerkingen',
          'Subverwerkers',
          'Beveiligingsmaatregelen',
        ],
      },
      [
        [
          'V-1',
          'Loonverwerking',
          'Klant A; Klant B',
          'Loonberekening\nAangifte RSZ',
          'Cloudhost (verwerker)',
          'Versleuteling',
        ],
        ['V-2', 'Archivering', 'Klant A', 'Bewaring van dossiers', '', ''],
      ],
    );
    const { register, report } = build(source, emptyRegister({ mainLanguage: 'nl' }), { lang: 'nl' });
    expect(report.kind).toBe('processorActivities');
    expect(register.activities).toEqual([]);
    const [payroll, archive] = register.processorActivities;
    expect(payroll).toMatchObject({ reference: 'V-1', name: 'Loonverwerking' });
    expect(payroll?.processingCategories.map((c) => c.description)).toEqual(['Loonberekening', 'Aangifte RSZ']);
    expect(names(register, 'organisations', payroll?.controllerOrganisationIds ?? [])).toEqual(['Klant A', 'Klant B']);
    expect(register.organisations.map((o) => o.kind)).toEqual(['external-controller', 'external-controller']);
    expect(names(register, 'processors', payroll?.subProcessorIds ?? [])).toEqual(['Cloudhost']);
    expect(archive?.controllerOrganisationIds).toEqual([payroll?.controllerOrganisationIds[0]]);
    expect(
      report.stillNeeded.map((s) => [s.point, s.records.map((r) => `${r.reference}: ${r.fields.join(', ')}`)]),
    ).toEqual([
      ['2a', ['V-1: Verwerker (groepsentiteit)', 'V-2: Verwerker (groepsentiteit)']],
      ['2d', ['V-2: Beveiligingsmaatregelen, Toelichting beveiliging']],
    ]);
  });
});

describe('mappings that cannot be used as they are', () => {
  it('ignores columns mapped to unknown fields, to another register or twice to a single field, and says why', () => {
    const source = dutchRegister();
    const mapping: ColumnMapping[] = [
      { column: 4, target: { kind: 'activities', path: 'name' }, confidence: 1, reason: '' },
      { column: 3, target: { kind: 'activities', path: 'name' }, confidence: 0.5, reason: '' },
      { column: 5, target: { kind: 'activities', path: 'noSuchField' }, confidence: 1, reason: '' },
      { column: 6, target: { kind: 'processorActivities', path: 'processingCategories' }, confidence: 1, reason: '' },
      { column: 7, confidence: 0, reason: 'not wanted' },
    ];
    const { register, report } = build(source, emptyRegister(), {}, mapping);
    expect(register.activities.map((a) => a.name)).toEqual([
      'Aansluiting van leden',
      'Telefonische opnames',
      'Opnames via het nieuwe platform',
      'Loonadministratie',
    ]);
    expect(report.cells.filter((c) => c.row === 0).map((c) => [c.column, c.code, c.text])).toEqual([
      ['C', 'duplicateTarget', 'D'],
      ['E', 'unknownTarget', 'activities.noSuchField'],
      ['F', 'otherKind', 'processorActivities.processingCategories'],
    ]);
    expect(report.columns.mapped.map((c) => c.letter)).toEqual(['D']);
    expect(report.columns.ignored.find((c) => c.letter === 'G')?.reason).toBe('not wanted');
  });

  it('makes no record without a name or number column, and says so', () => {
    const source = dutchRegister();
    const { register, report } = build(source, emptyRegister(), {}, [
      { column: 6, target: { kind: 'activities', path: 'purposes' }, confidence: 1, reason: '' },
    ]);
    expect(register.activities).toEqual([]);
    expect(report.cells.map((c) => c.code)).toEqual(['noNameColumn']);
  });

  it('leaves the register unchanged when the sheet is not in the book', () => {
    const source = dutchRegister();
    const current = sampleRegister();
    const result = buildRegister(source.book, { ...source.table, sheet: 'Elders' }, [], current);
    expect(result.register).toBe(current);
    expect(result.report.cells.map((c) => c.code)).toEqual(['noSheet']);
  });
});
