// findSourceTables on the registers DPOs bring: the peer fixtures (the CNIL's template, CISO Assistant's workbooks)
// and hand-written ones in the authority model's shape, in Dutch and French, as xlsx (ExcelJS and openpyxl) and as
// Windows-1252 CSV. What a user checks: the right sheet, the column names as the sheet shows them (without the
// asterisks, with their groups and instructions), where the records start; and that a price list is no register.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  authorityStyleBook,
  bookJson,
  delimited,
  exceljsBytes,
  OPENPYXL_WRITER,
  priceListBook,
  registerColumns,
  registerData,
  registerSheetNames,
  windows1252,
  type HandBook,
} from '../test/foreignSpreadsheets';
import { readSourceBook } from './readers';
import { analyseSourceBook, findSourceTables, type FoundTable } from './tableFinder';
import type { SourceBook, SourceCell } from './types';

const PEERS = join(__dirname, '../../../shared/fixtures/peers');
const peer = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PEERS, name)));

// openpyxl installs for the system interpreter; the first python3 on PATH may be another one.
const PYTHON = ['/usr/bin/python3', 'python3'].find(
  (p) => spawnSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore', timeout: 30_000 }).status === 0,
);
const dir = mkdtempSync(join(tmpdir(), 'ropa-foreign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function headers(table: FoundTable | undefined): string[] {
  return table?.columns.map((c) => c.header) ?? [];
}
function column(table: FoundTable | undefined, header: string) {
  const found = table?.columns.find((c) => c.header === header);
  if (!found) throw new Error(`no column "${header}" in ${headers(table).join(' | ')}`);
  return found;
}
function firstRecord(book: SourceBook, table: FoundTable, header: string): SourceCell | undefined {
  const sheet = book.sheets.find((s) => s.name === table.sheet);
  return sheet?.rows.get(table.firstDataRow)?.[column(table, header).index];
}

describe('files written by other tools', () => {
  it('the CNIL template (.ods): the list of processings is the table; each fiche is reported as a form', async () => {
    const book = await readSourceBook(peer('cnil-registre-traitement-simplifie-2019.ods'), 'registre.ods');
    const { tables, forms } = analyseSourceBook(book);
    const list = tables[0];
    expect(list?.sheet).toBe('2_-_Liste_des_traitements');
    expect(list?.kind).toBe('activities');
    expect(list?.confidence).toBeGreaterThan(0.6);
    // Row 7 groups the columns, row 8 names them; row 9 is the template's "(EXEMPLE)" row, not a record.
    expect(list?.headerRows).toEqual([7, 8, 9]);
    expect(list?.firstDataRow).toBe(10);
    expect(headers(list)).toEqual([
      'Nom du traitement',
      'N° / RÉF',
      'Date de création de la fiche',
      'Dernière mise à jour de la fiche',
      'Finalité du traitement',
      'Oui/non',
    ]);
    expect(column(list, 'Nom du traitement')).toMatchObject({
      index: 1,
      group: 'Identification du traitement',
      instruction: '(EXEMPLE) Gestion de la paie',
      mandatory: false,
    });
    // The purpose column is named by its merged group cell alone; "Oui/non" sits under "Données sensibles ?".
    expect(column(list, 'Finalité du traitement')).toMatchObject({ index: 5 });
    expect(column(list, 'Finalité du traitement').group).toBeUndefined();
    expect(column(list, 'Oui/non').group).toBe('Données sensibles ?');
    // The lists of values are no register, the tutorial has no table, and the fiches are forms.
    expect(tables.map((t) => t.sheet)).not.toContain('Tutoriel');
    const lists = tables.find((t) => t.sheet === '5_-_Listes');
    expect(lists?.confidence ?? 0).toBeLessThan(0.3);
    expect(forms.map((f) => f.sheet).sort()).toEqual(['3_-_Modèle_de_fiche_de_registre', '4_-_Exemple_de_fiche']);
    const example = forms.find((f) => f.sheet === '4_-_Exemple_de_fiche');
    expect(example?.labelColumn).toBe(1);
    expect(example?.labels).toContainEqual({ row: 4, label: 'Nom du traitement', field: 'name', valueColumn: 2 });
    expect(
      example?.labels.some((l) => l.label === 'Finalité(s) du traitement effectué' && l.field === 'purposes'),
    ).toBe(true);
  });

  it("CISO Assistant's processing template (.xlsx): its one sheet, with the snake_case header", async () => {
    const book = await readSourceBook(peer('peer-ciso-assistant-processings_template.xlsx'), 'processings.xlsx');
    const [table, ...rest] = findSourceTables(book);
    expect(rest).toEqual([]);
    expect(table).toMatchObject({ sheet: 'Sheet1', headerRows: [1], firstDataRow: 2 });
    expect(headers(table)).toEqual([
      'ref_id',
      'name',
      'description',
      'status',
      'processing_nature',
      'folder',
      'assigned_to',
      'labels',
      'dpia_required',
      'dpia_reference',
    ]);
    expect(table?.confidence).toBeGreaterThan(0.5);
    expect(firstRecord(book, table as FoundTable, 'name')).toBe('processing 2');
  });

  it("CISO Assistant's full workbook: the Processing sheet first, the sheets of other kinds after it", async () => {
    const book = await readSourceBook(peer('peer-ciso-assistant-sample_processing_workbook.xlsx'), 'sample.xlsx');
    const tables = findSourceTables(book);
    expect(tables[0]?.sheet).toBe('Processing');
    expect(tables[0]?.kind).toBe('activities');
    expect(headers(tables[0]).slice(0, 3)).toEqual(['ref_id', 'name', 'description']);
    expect(firstRecord(book, tables[0] as FoundTable, 'name')).toBe('HR Payroll');
    for (const other of tables.slice(1)) {
      expect(other.kind, other.sheet).toBe('other');
      expect(other.confidence, other.sheet).toBeLessThan((tables[0] as FoundTable).confidence / 1.5);
    }
  });
});

/** What a user checks on the hand-written register, whichever program wrote it. */
function expectAuthorityRegister(book: SourceBook, lang: 'nl' | 'fr'): void {
  const tables = findSourceTables(book);
  const table = tables[0] as FoundTable;
  expect(table.sheet).toBe(registerSheetNames(lang).register);
  expect(table.confidence).toBeGreaterThan(0.8);
  expect(tables.map((t) => t.sheet)).not.toContain(registerSheetNames(lang).identification);
  for (const other of tables.slice(1)) expect(other.confidence).toBeLessThan(0.3);
  // Title rows 1–2 above; groups on row 3, names on row 4, instructions on row 5; the records from row 6.
  expect(table.headerRows).toEqual([3, 4, 5]);
  expect(table.firstDataRow).toBe(6);
  const columns = registerColumns(lang);
  expect(table.columns.map((c) => c.index)).toEqual(columns.map((_, i) => i + 1));
  table.columns.forEach((c, i) => {
    const source = columns[i] as (typeof columns)[number];
    expect(c.group).toBe(source.group);
    expect(c.instruction).toBe(source.instruction);
    expect(c.mandatory).toBe(source.name.includes('*'));
    expect(c.header).not.toMatch(/[*\n]/);
  });
  const data = registerData(lang);
  if (lang === 'nl') {
    expect(headers(table).slice(2, 7)).toEqual([
      'Verwerkingsnummer',
      'Naam van de verwerking',
      'Functionele omschrijving',
      'Doeleinde(n)',
      'Rechtsgrond (art. 6 AVG)',
    ]);
    expect(column(table, 'Categorieën van betrokkenen').group).toBe('Gegevens en betrokkenen');
    expect(column(table, 'Einddatum').group).toBe('Status');
    expect(column(table, 'Vervangende verwerking')).toMatchObject({ index: 17, group: 'Status', mandatory: false });
    expect(firstRecord(book, table, 'Doeleinde(n)')).toBe('Beheer van het ledenbestand\nInning van bijdragen');
  } else {
    expect(headers(table).slice(2, 7)).toEqual([
      'N° du traitement',
      'Nom du traitement',
      'Description fonctionnelle',
      'Finalité(s)',
      'Base légale (art. 6 RGPD)',
    ]);
    expect(column(table, 'Date de fin').group).toBe('Statut');
    expect(firstRecord(book, table, 'Finalité(s)')).toBe('Gestion du fichier des membres\nPerception des cotisations');
  }
  // The record that ended keeps its end date as a date.
  const sheet = book.sheets.find((s) => s.name === table.sheet);
  expect(sheet?.rows.get(table.firstDataRow + 1)?.[16]).toEqual(data[1]?.[15]);
}

describe("the authority's model as organisations keep it (written by hand)", () => {
  it.each(['nl', 'fr'] as const)('%s, written by ExcelJS', async (lang) => {
    const book = await readSourceBook(await exceljsBytes(authorityStyleBook(lang)), `register-${lang}.xlsx`);
    expectAuthorityRegister(book, lang);
  });

  describe.skipIf(!PYTHON)(
    `written by openpyxl${PYTHON ? '' : ' — SKIPPED: no python3 with openpyxl (apt-get install python3-openpyxl)'}`,
    () => {
      it.each(['nl', 'fr'] as const)('%s', async (lang) => {
        const json = join(dir, `book-${lang}.json`);
        const out = join(dir, `register-${lang}.xlsx`);
        const script = join(dir, 'write.py');
        writeFileSync(json, bookJson(authorityStyleBook(lang)));
        writeFileSync(script, OPENPYXL_WRITER);
        const run = spawnSync(PYTHON as string, [script, json, out], { encoding: 'utf-8', timeout: 60_000 });
        expect(run.stderr).toBe('');
        expectAuthorityRegister(await readSourceBook(new Uint8Array(readFileSync(out)), out), lang);
      });
    },
  );

  it('a name column merged down over the group and name rows is named by its own text, not grouped', async () => {
    const book = authorityStyleBook('nl');
    const register = book.sheets[1] as HandBook['sheets'][number];
    // Put a "Nr." column in front, merged over rows 3–4.
    register.rows = register.rows.map((row, i) => [
      i === 2 ? 'Nr.' : i === 4 ? 'Volgnummer' : i >= 5 ? i - 4 : null,
      ...row,
    ]);
    register.merges = [
      'A3:A4',
      'A1:R1',
      ...register.merges
        .slice(1)
        .map((m) =>
          m.replace(/([A-Z])(\d)/g, (_, c: string, d: string) => `${String.fromCharCode(c.charCodeAt(0) + 1)}${d}`),
        ),
    ];
    const read = await readSourceBook(await exceljsBytes(book), 'register.xlsx');
    const table = findSourceTables(read)[0] as FoundTable;
    expect(table.headerRows).toEqual([3, 4, 5]);
    expect(table.columns[0]).toMatchObject({ index: 1, header: 'Nr.', instruction: 'Volgnummer' });
    expect(table.columns[0]?.group).toBeUndefined();
    expect(table.columns[1]).toMatchObject({ index: 2, header: 'Naam bedrijfsproces', group: 'Bedrijfsproces' });
  });
});

describe('CSV registers', () => {
  it.each(['nl', 'fr'] as const)(
    '%s, semicolons in Windows-1252: the header on row 1, records from row 2',
    async (lang) => {
      const rows = [registerColumns(lang).map((c) => c.name), ...registerData(lang)];
      const book = await readSourceBook(windows1252(delimited(rows, ';')), `register-${lang}.csv`);
      expect(book.encoding).toBe('windows-1252');
      const table = findSourceTables(book)[0] as FoundTable;
      expect(table).toMatchObject({ sheet: `register-${lang}`, headerRows: [1], firstDataRow: 2 });
      expect(table.confidence).toBeGreaterThan(0.8);
      expect(headers(table)[lang === 'nl' ? 8 : 9]).toBe(
        lang === 'nl' ? 'Categorieën van betrokkenen' : 'Catégories de données',
      );
      expect(table.columns.every((c) => c.group === undefined && c.instruction === undefined)).toBe(true);
    },
  );

  it("the UK ICO controller template's headers (long, with asides), under a title row", async () => {
    const ico = [
      'Business function',
      'Purpose of processing',
      'Name and contact details of joint controller (if applicable)',
      'Categories of individuals',
      'Categories of personal data',
      'Categories of recipients',
      'Link to contract with processor',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)',
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
      'Retention schedule (if applicable)',
      'General description of technical and organisational security measures (if applicable)',
      'Article 6 lawful basis for processing personal data',
      'Article 9 basis for processing special category data',
      'Existence of automated decision-making, including profiling (if applicable)',
      'The source of the personal data',
      'Data Protection Impact Assessment required?',
    ];
    const rows = [['Record of processing activities'], ico, ['HR', 'Payroll', '', 'Employees', 'Bank details', 'HMRC']];
    const table = findSourceTables(await readSourceBook(new TextEncoder().encode(delimited(rows, ',')), 'ico.csv'))[0];
    expect(table).toMatchObject({ headerRows: [2], firstDataRow: 3 });
    expect(headers(table)).toEqual(ico);
    expect(table?.confidence).toBeGreaterThan(0.6);
    const named = new Map(table?.evidence.map((e) => [e.header, e.field]));
    expect(named.get('Retention schedule (if applicable)')).toBe('retention');
    expect(named.get(ico[7] as string)).toBe('transferIds');
    expect(named.get(ico[10] as string)).toBe('securityMeasureIds');
    expect(named.get('The source of the personal data')).toBe('sources');
  });

  it('a first record written in long sentences is a record, not an instruction row', async () => {
    const rows = [
      ['Naam', 'Doeleinden', 'Rechtsgrond', 'Beveiligingsmaatregelen'],
      [
        'Cameratoezicht',
        'Beveiliging van de gebouwen en van de personen die er werken of op bezoek komen',
        'Gerechtvaardigd belang van de organisatie om haar gebouwen te beveiligen (art. 6.1.f AVG)',
        'Beelden worden na dertig dagen automatisch gewist en alleen door de veiligheidsdienst bekeken',
      ],
    ];
    const table = findSourceTables(await readSourceBook(windows1252(delimited(rows, ';')), 'camera.csv'))[0];
    expect(table).toMatchObject({ headerRows: [1], firstDataRow: 2 });
  });
});

describe('an unrelated spreadsheet yields no table', () => {
  it('a price list workbook', async () => {
    const book = await readSourceBook(await exceljsBytes(priceListBook()), 'prijslijst.xlsx');
    expect(analyseSourceBook(book)).toEqual({ tables: [], forms: [] });
  });

  it('a price list CSV (French, comma-separated)', async () => {
    const csv = 'Référence,Désignation,Prix HT,TVA,Stock,Statut\r\nA-100,Stylo bleu,"0,45",21%,1200,Actif\r\n';
    const book = await readSourceBook(new TextEncoder().encode(csv), 'tarifs.csv');
    expect(findSourceTables(book)).toEqual([]);
  });
});
