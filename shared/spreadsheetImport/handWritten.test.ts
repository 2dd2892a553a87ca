// Registers written by hand in the authority model's shape (`shared/test/foreignSpreadsheets.ts`), imported end to
// end through `planSpreadsheetImport`, in Dutch and in French, as a workbook written by ExcelJS and by openpyxl
// (another xlsx library) and as a semicolon CSV in Windows-1252: a header over three rows with merged groups and an
// instruction row, a Status group at the end, several values per cell, records over several rows. What a DPO
// checks: purposes, legal bases with their statutes, periods with their start, recipients and processors linked,
// status and end date, and the report's list of what Art. 30 still needs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Activity } from '../model/activity';
import { emptyRegister, type Register } from '../model/register';
import {
  authorityStyleBook,
  bookJson,
  delimited,
  exceljsBytes,
  OPENPYXL_WRITER,
  registerColumns,
  registerData,
  windows1252,
} from '../test/foreignSpreadsheets';
import { planSpreadsheetImport, type SpreadsheetImportPlan } from './planSpreadsheetImport';

type Lang = 'nl' | 'fr';
const TODAY = '2026-11-20';

// openpyxl installs for the system interpreter; the first python3 on PATH may be another one.
const PYTHON = ['/usr/bin/python3', 'python3'].find(
  (p) => spawnSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore', timeout: 30_000 }).status === 0,
);
const dir = mkdtempSync(join(tmpdir(), 'ropa-handwritten-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openpyxlBytes(lang: Lang): Uint8Array {
  const json = join(dir, `book-${lang}.json`);
  const out = join(dir, `register-${lang}.xlsx`);
  const script = join(dir, 'write.py');
  writeFileSync(json, bookJson(authorityStyleBook(lang)));
  writeFileSync(script, OPENPYXL_WRITER);
  const run = spawnSync(PYTHON as string, [script, json, out], { encoding: 'utf-8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(run.stderr);
  return new Uint8Array(readFileSync(out));
}

/** The register sheet alone as Excel's "CSV (separated by semicolons)" writes it on a Belgian Windows. */
function csvBytes(lang: Lang): Uint8Array {
  return windows1252(delimited([registerColumns(lang).map((c) => c.name), ...registerData(lang)], ';'));
}

interface Writer {
  name: string;
  skip: boolean;
  file: (lang: Lang) => string;
  bytes: (lang: Lang) => Promise<Uint8Array> | Uint8Array;
}

const WRITERS: Writer[] = [
  {
    name: 'a workbook written by ExcelJS',
    skip: false,
    file: (l) => `register-${l}.xlsx`,
    bytes: (l) => exceljsBytes(authorityStyleBook(l)),
  },
  {
    name: `a workbook written by openpyxl${PYTHON ? '' : ' — SKIPPED: no python3 with openpyxl (apt-get install python3-openpyxl)'}`,
    skip: !PYTHON,
    file: (l) => `register-${l}.xlsx`,
    bytes: openpyxlBytes,
  },
  { name: 'a semicolon CSV in Windows-1252', skip: false, file: (l) => `register-${l}.csv`, bytes: csvBytes },
];

async function plan(writer: Writer, lang: Lang): Promise<SpreadsheetImportPlan> {
  return planSpreadsheetImport(await writer.bytes(lang), writer.file(lang), emptyRegister(), {
    into: 'new',
    lang,
    today: TODAY,
  });
}

type LinkKind = 'recipients' | 'processors' | 'dataCategories' | 'subjectCategories' | 'securityMeasures';
function linked(register: Register, kind: LinkKind, ids: readonly string[]): string[] {
  return ids.map((id) => (register[kind] as { id: string; name: string }[]).find((r) => r.id === id)?.name ?? id);
}
function byReference(register: Register, reference: string): Activity {
  const found = register.activities.find((a) => a.reference === reference);
  if (!found) throw new Error(`no activity ${reference}`);
  return found;
}
function references(register: Register, ids: readonly string[]): string[] {
  return ids.map((id) => register.legalReferences.find((r) => r.id === id)?.name ?? id);
}

describe.each(WRITERS)('$name', (writer) => {
  it.skipIf(writer.skip)(
    'Dutch: records, links, periods, legal bases, status, and what Art. 30 still needs',
    async () => {
      const result = await plan(writer, 'nl');
      const { register, report, analysis } = result;
      const csv = writer.file('nl').endsWith('.csv');
      expect(analysis.language).toBe('nl');
      expect(analysis.table).toMatchObject(
        csv ? { sheet: 'register-nl', headerRows: [1] } : { sheet: 'Register', headerRows: [3, 4, 5] },
      );
      const first = analysis.table.firstDataRow;
      expect(register.meta.mainLanguage).toBe('nl');
      expect(register.activities).toHaveLength(3);

      // LA-001, with a later row of the same number (health data, hospitals) further down.
      const members = byReference(register, 'LA-001');
      expect(members).toMatchObject({
        name: 'Ledenbeheer',
        businessProcess: 'Ledenadministratie',
        owner: 'Dienst Leden',
        description: 'Inschrijving en beheer van de leden',
        status: 'draft',
      });
      expect(members.purposes.map((p) => p.description)).toEqual([
        'Beheer van het ledenbestand',
        'Inning van bijdragen',
      ]);
      expect(members.legalBases.map((b) => [b.ground, references(register, b.legalReferenceIds)])).toEqual([
        ['art6-1-c', ['Wet van 6 augustus 1990, art. 3']],
      ]);
      expect(register.legalReferences.find((r) => r.name === 'Wet van 6 augustus 1990, art. 3')).toMatchObject({
        kind: 'statute',
        date: '1990-08-06',
        article: 'art. 3',
      });
      expect(linked(register, 'subjectCategories', members.subjectCategoryIds)).toEqual([
        'Leden',
        'Personen ten laste',
      ]);
      expect(linked(register, 'dataCategories', members.dataCategoryIds)).toEqual([
        'Identificatiegegevens',
        'Rijksregisternummer',
        'Gezondheidsgegevens',
      ]);
      const category = (name: string) => register.dataCategories.find((c) => c.name === name);
      expect(category('Rijksregisternummer')?.kind).toBe('national-id');
      expect(category('Gezondheidsgegevens')).toMatchObject({ kind: 'special', specialTypes: ['health'] });
      // "RIZIV (extern)" is an external recipient, "Mutas (verwerker)" a processor: marks out of the names.
      expect(linked(register, 'recipients', members.recipientIds)).toEqual(['RIZIV', 'Ziekenhuizen']);
      expect(register.recipients.find((r) => r.name === 'RIZIV')?.internal).toBe(false);
      expect(linked(register, 'processors', members.processorIds)).toEqual(['Mutas']);
      expect(members.retention).toEqual([
        expect.objectContaining({ period: 'P10Y', trigger: 'na einde aansluiting', purposeIds: [] }),
      ]);
      expect(linked(register, 'securityMeasures', members.securityMeasureIds)).toEqual([
        'Toegangsbeheer',
        'Versleuteling',
      ]);

      // HR-001 ended and was replaced by HR-002 (the Status group).
      const old = byReference(register, 'HR-001');
      const payroll = byReference(register, 'HR-002');
      expect(old).toMatchObject({ endDate: '2023-12-31', status: 'retired', replacedByActivityId: payroll.id });
      expect(old.legalBases.map((b) => [b.ground, b.legalReferenceIds])).toEqual([['art6-1-b', []]]);
      expect(linked(register, 'processors', old.processorIds)).toEqual(['Sociaal secretariaat']);

      // HR-002 goes on in the row under it, without number or name.
      expect(payroll.status).toBe('draft');
      expect(payroll.purposes.map((p) => p.description)).toEqual(['Loonberekening', 'Fiscale aangifte']);
      expect(payroll.legalBases.map((b) => [b.ground, references(register, b.legalReferenceIds)])).toEqual([
        ['art6-1-b', []],
        ['art6-1-c', ['WIB 1992, art. 57']],
      ]);
      expect(linked(register, 'recipients', payroll.recipientIds)).toEqual(['FOD Financiën']);
      expect(linked(register, 'processors', payroll.processorIds)).toEqual(['Sociaal secretariaat']);
      expect(payroll.transferIds.map((id) => register.transfers.find((t) => t.id === id))).toEqual([
        expect.objectContaining({ name: 'Verenigde Staten – SCC', country: 'US', mechanism: 'art46-2-c' }),
      ]);
      expect(payroll.retention.map((r) => r.period)).toEqual(['P5Y', 'P7Y']);
      expect(linked(register, 'securityMeasures', payroll.securityMeasureIds)).toEqual(['Toegangsbeheer', 'Logging']);
      // The processor named on two records is one record.
      expect(register.processors.map((p) => p.name).sort()).toEqual(['Mutas', 'Sociaal secretariaat']);

      // The report.
      expect(report.rows).toEqual({ read: 5, records: 3, skipped: 0 });
      expect(report.cells).toEqual([]);
      expect(report.columns.mapped).toHaveLength(17);
      expect(report.columns.ignored).toEqual([]);
      const end = report.columns.mapped.find((c) => c.target.path === 'endDate');
      expect(end).toMatchObject({ letter: 'P', label: 'Einddatum' });
      if (!csv) expect(end?.group).toBe('Status');
      expect(report.created.filter((c) => c.kind === 'activities').map((c) => [c.name, c.rows])).toEqual([
        ['Ledenbeheer', [first, first + 4]],
        ['Loonadministratie (oud)', [first + 1]],
        ['Loonadministratie', [first + 2, first + 3]],
      ]);
      expect(report.counts.recipients.created).toBe(3);
      expect(report.counts.dataCategories.created).toBe(4);
      expect(report.counts.legalReferences.created).toBe(2);
      // No column names the controller: Art. 30(1)(a) is what all three still need.
      expect(report.stillNeeded).toEqual([
        {
          point: '1a',
          what: 'naam en contactgegevens van de verwerkingsverantwoordelijke',
          records: ['LA-001', 'HR-001', 'HR-002'].map((reference) =>
            expect.objectContaining({ reference, fields: ['Verwerkingsverantwoordelijken'] }),
          ),
        },
      ]);
    },
  );

  it.skipIf(writer.skip)(
    'French: the same reading, in French, and the replacing processing it does not hold',
    async () => {
      const result = await plan(writer, 'fr');
      const { register, report, analysis } = result;
      expect(analysis.language).toBe('fr');
      const first = analysis.table.firstDataRow;
      expect(register.activities).toHaveLength(2);

      // GM-001, and its number again further down: a second purpose, consent, more data, another processor, a transfer.
      const members = byReference(register, 'GM-001');
      expect(members).toMatchObject({ name: 'Gestion des membres', owner: 'Service Membres' });
      expect(members.purposes.map((p) => p.description)).toEqual([
        'Gestion du fichier des membres',
        'Perception des cotisations',
        'Envoi du journal des membres',
      ]);
      expect(members.legalBases.map((b) => [b.ground, references(register, b.legalReferenceIds)])).toEqual([
        ['art6-1-c', ['Loi du 6 août 1990, art. 3']],
        ['art6-1-a', []],
      ]);
      expect(linked(register, 'dataCategories', members.dataCategoryIds)).toEqual([
        "Données d'identification",
        'Numéro de registre national',
        'Adresse e-mail',
        'Données de santé',
      ]);
      expect(register.dataCategories.find((c) => c.name === 'Données de santé')?.kind).toBe('special');
      expect(linked(register, 'recipients', members.recipientIds)).toEqual(['INAMI']);
      expect(linked(register, 'processors', members.processorIds)).toEqual(['Mutas', 'Imprimerie Dupont']);
      expect(register.processors.find((p) => p.name === 'Imprimerie Dupont')?.countries).toEqual(['BE']);
      expect(members.transferIds.map((id) => register.transfers.find((t) => t.id === id))).toEqual([
        expect.objectContaining({ country: 'CH', mechanism: 'art45' }),
      ]);
      expect(members.retention.map((r) => [r.period, r.trigger])).toEqual([
        ['P10Y', "après la fin de l'affiliation"],
        ['P3Y', undefined],
      ]);

      const payroll = byReference(register, 'RH-001');
      expect(payroll).toMatchObject({ name: 'Gestion de la paie (ancien)', endDate: '2023-12-31', status: 'retired' });
      expect(payroll.replacedByActivityId).toBeUndefined();
      expect(payroll.legalBases.map((b) => b.ground)).toEqual(['art6-1-b']);
      expect(linked(register, 'processors', payroll.processorIds)).toEqual(['Secrétariat social']);

      // RH-002 is not in the file: the link is left out and said, in French, on its cell.
      expect(report.cells).toEqual([
        expect.objectContaining({
          row: first + 1,
          column: 'Q',
          text: 'RH-002',
          code: 'activityUnknown',
          why: expect.stringMatching(/RH-002/),
        }),
      ]);
      expect(report.rows).toEqual({ read: 3, records: 2, skipped: 0 });
      expect(report.stillNeeded.map((s) => [s.point, s.what, s.records.map((r) => r.reference)])).toEqual([
        ['1a', 'le nom et les coordonnées du responsable du traitement', ['GM-001', 'RH-001']],
      ]);
    },
  );
});
