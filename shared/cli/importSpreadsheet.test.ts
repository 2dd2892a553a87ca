/**
 * `ropa import` of registers kept in other spreadsheets, through the real executable (issue 15): the peer files
 * (the CNIL template as .ods, CISO Assistant's workbooks, a Dutch register tool's zip), hand-written workbooks in the
 * authority model's shape, a Windows-1252 CSV; a saved mapping passed back with --mapping; --into; and refusals
 * that write nothing. What a user sees: the exit code, the summary, the register file and the report file.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorityStyleBook,
  delimited,
  exceljsBytes,
  priceListBook,
  registerColumns,
  registerData,
  windows1252,
  type HandBook,
} from '../test/foreignSpreadsheets';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const PEERS = fileURLToPath(new URL('../../../shared/fixtures/peers/', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

let dir = '';
const file = (name: string): string => path.join(dir, name);
const exists = (name: string): Promise<boolean> =>
  stat(file(name)).then(
    () => true,
    () => false,
  );

function ropa(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { ...process.env, ROPA_DEBUG: '' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface Named {
  id: string;
  name: string;
}
interface RegisterJson {
  activities: (Named & Record<string, unknown>)[];
  recipients: (Named & { internal: boolean })[];
  processors: Named[];
  [kind: string]: unknown;
}
interface ReportJson {
  format: string;
  source: string;
  read: { format: string; sheet: string; headerRows: number[]; firstDataRow: number; language: string };
  mapping: { format: string; name: string; columns: { header: string; target?: { kind: string; path: string } }[] };
  report: {
    rows: { records: number };
    columns: { mapped: { header: string; target: { path: string } }[]; ignored: { header: string }[] };
    cells: { sheet: string; row: number; column: string; code: string; text: string }[];
    counts: Record<string, { created: number; updated: number }>;
    forms?: { sheet: string; name: string; values: { row: number; column: string; target: { path: string } }[] }[];
    stillNeeded: { point: string; records: { name: string; fields: string[] }[] }[];
  };
}

const json = async <T>(name: string): Promise<T> => JSON.parse(await readFile(file(name), 'utf8')) as T;
const byName = (records: readonly Named[], name: string) => records.find((r) => r.name === name);

/** A refusal: exit 2, one line on stderr naming what was looked for, nothing on stdout. */
function expectRefusal(outcome: Outcome, pattern: RegExp): void {
  expect(outcome.code, outcome.stderr).toBe(2);
  expect(outcome.stdout).toBe('');
  const lines = outcome.stderr.split('\n').filter((l) => l !== '');
  expect(lines, outcome.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^ropa: /);
  expect(lines[0]).toMatch(pattern);
}

/** The Dutch authority-style workbook with other records: the second file a DPO imports with a saved mapping. */
function secondDutchBook(): HandBook {
  const book = authorityStyleBook('nl');
  const register = book.sheets[1] as HandBook['sheets'][number];
  const header = register.rows.slice(0, 5);
  const first = [...(registerData('nl')[0] as (string | null)[])];
  first[3] = 'Ledenbeheer';
  first[5] = 'Beheer van het ledenbestand\nVerzending van het ledenblad';
  const added = [...first];
  added[2] = 'LA-009';
  added[3] = 'Ledenblad';
  added[5] = 'Verzending van het ledenblad';
  register.rows = [...header, first, added];
  return book;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ropa-import-'));
  const nl = authorityStyleBook('nl');
  const fr = authorityStyleBook('fr');
  const csv = (lang: 'nl' | 'fr') =>
    windows1252(delimited([registerColumns(lang).map((c) => c.name), ...registerData(lang)], ';'));
  await Promise.all([
    writeFile(file('register-nl.xlsx'), await exceljsBytes(nl)),
    writeFile(file('registre-fr.xlsx'), await exceljsBytes(fr)),
    writeFile(file('second-nl.xlsx'), await exceljsBytes(secondDutchBook())),
    writeFile(file('registre-fr.csv'), csv('fr')),
    writeFile(file('prijslijst.xlsx'), await exceljsBytes(priceListBook())),
    writeFile(
      file('tarifs.csv'),
      'Référence,Désignation,Prix HT,TVA,Stock,Statut\r\nA-100,Stylo bleu,"0,45",21%,1200,Actif\r\n',
    ),
    writeFile(file('bad-mapping.json'), JSON.stringify({ format: 'ropa-import-mapping', version: 2 })),
    writeFile(file('precious.ropa.json'), 'precious'),
    writeFile(file('precious-report.json'), 'precious report'),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ropa import: registers kept in other spreadsheets', () => {
  it('imports the CNIL template (.ods) from its example fiche, the empty template fiche reported', async () => {
    const cnil = path.join(PEERS, 'cnil-registre-traitement-simplifie-2019.ods');
    const outcome = await ropa('import', cnil, '--out', 'cnil.ropa.json', '--report', 'cnil-report.json');
    expect(outcome, outcome.stderr).toMatchObject({ code: 0, stderr: '' });
    const lines = outcome.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Imported .*cnil-registre-traitement-simplifie-2019\.ods .* into cnil\.ropa\.json \(fingerprint [0-9a-f]{64}\)\.$/,
    );
    expect(lines[1]).toBe('Processing activities — created: 1, updated: 0; linked records created: 12.');
    expect(lines[2]).toBe('Columns — mapped: 6, ignored: 0; form sheets read: 1; values not understood: 0.');
    expect(lines[3]).toBe('Wrote the import report to cnil-report.json.');

    const register = await json<RegisterJson>('cnil.ropa.json');
    expect(register.activities).toHaveLength(1);
    expect(register.activities[0]).toMatchObject({ name: 'Gestion de la paie', reference: '1 - Exemple' });
    const report = await json<ReportJson>('cnil-report.json');
    expect(report).toMatchObject({ format: 'ropa-import-report', source: 'spreadsheet' });
    expect(report.read).toMatchObject({ format: 'ods', sheet: '2_-_Liste_des_traitements', language: 'fr' });
    expect(report.report.forms?.map((f) => [f.sheet, f.name])).toEqual([
      ['4_-_Exemple_de_fiche', 'Gestion de la paie'],
    ]);
    expect(report.report.cells).toContainEqual(
      expect.objectContaining({ sheet: '3_-_Modèle_de_fiche_de_registre', row: 0, code: 'formWithoutName' }),
    );
  });

  it("imports CISO Assistant's template and full workbook: their processings, statuses and DPIA", async () => {
    const [template, workbook] = await Promise.all([
      ropa('import', path.join(PEERS, 'peer-ciso-assistant-processings_template.xlsx'), '--out', 'ciso1.ropa.json'),
      ropa(
        'import',
        path.join(PEERS, 'peer-ciso-assistant-sample_processing_workbook.xlsx'),
        '--out',
        'ciso2.ropa.json',
        '--lang',
        'de',
      ),
    ]);
    expect(template, template.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(template.stdout).toContain('Processing activities — created: 2, updated: 0');
    expect(workbook.code, workbook.stderr).toBe(0);
    expect(workbook.stdout).toContain('Verarbeitungstätigkeiten — angelegt: 1, aktualisiert: 0');
    // One status the register does not know ("privacy_draft"): counted, and the note points at --report.
    expect(workbook.stdout).toContain('nicht verstandene Werte: 1.');
    expect(workbook.stderr).toMatch(/^ropa: Hinweis: nicht verstandene Werte: 1; --report DATEI/);
    const [a, b] = await Promise.all([json<RegisterJson>('ciso1.ropa.json'), json<RegisterJson>('ciso2.ropa.json')]);
    // The register file orders records by id, which is random: sorted here by number.
    const sorted = [...a.activities].sort((x, y) => (String(x['reference']) < String(y['reference']) ? -1 : 1));
    expect(sorted.map((x) => [x['reference'], x.name, x['status']])).toEqual([
      ['process 2', 'processing 2', 'draft'],
      ['process1', 'processing 1', 'active'],
    ]);
    expect(b.activities[0]).toMatchObject({
      reference: 'PRC-001',
      name: 'HR Payroll',
      description: 'Monthly payroll processing for employees',
      dpia: { status: 'required', reference: 'DPIA-42' },
    });
  });

  it('imports a hand-written register in the authority model (three header rows, Status group): records, not 0', async () => {
    const outcome = await ropa(
      'import',
      'register-nl.xlsx',
      '--out',
      'nl.ropa.json',
      '--report',
      'nl.json',
      '--lang',
      'nl',
    );
    expect(outcome, outcome.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(outcome.stdout).toContain('Verwerkingsactiviteiten — aangemaakt: 3, bijgewerkt: 0;');
    expect(outcome.stdout).toContain('Kolommen — gekoppeld: 17, genegeerd: 0;');
    const register = await json<RegisterJson>('nl.ropa.json');
    expect(register.activities.map((a) => a['reference']).sort()).toEqual(['HR-001', 'HR-002', 'LA-001']);
    const old = register.activities.find((a) => a['reference'] === 'HR-001');
    const replacing = register.activities.find((a) => a['reference'] === 'HR-002');
    expect(old).toMatchObject({ endDate: '2023-12-31', status: 'retired', replacedByActivityId: replacing?.id });
    expect(byName(register.processors, 'Mutas')).toBeDefined();
    expect(byName(register.recipients, 'RIZIV')).toMatchObject({ internal: false });
    const report = await json<ReportJson>('nl.json');
    expect(report.read).toMatchObject({ sheet: 'Register', headerRows: [3, 4, 5], firstDataRow: 6, language: 'nl' });
    expect(report.mapping.columns.find((c) => c.header === 'Doel › Doeleinde(n)')?.target?.path).toBe('purposes');
  });

  it("reuses a saved mapping (the report's, changed) for a second file with --mapping", async () => {
    const first = await ropa('import', 'register-nl.xlsx', '--out', 'first.ropa.json', '--report', 'first.json');
    expect(first.code, first.stderr).toBe(0);
    const { mapping } = await json<ReportJson>('first.json');
    // The DPO does not want the owner column, and names the mapping.
    const changed = {
      ...mapping,
      name: 'Ons register',
      columns: mapping.columns.map((c) => (c.header === 'Bedrijfsproces › Eigenaar' ? { header: c.header } : c)),
    };
    await writeFile(file('mapping.json'), JSON.stringify(changed));
    const second = await ropa('import', 'second-nl.xlsx', '--mapping', 'mapping.json', '--out', 'second.ropa.json');
    expect(second, second.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toContain('Columns — mapped: 16, ignored: 1;');
    const register = await json<RegisterJson>('second.ropa.json');
    expect(register.activities.map((a) => a.name).sort()).toEqual(['Ledenbeheer', 'Ledenblad']);
    for (const activity of register.activities) expect(activity['owner']).toBeUndefined();
    const withOwner = await json<RegisterJson>('first.ropa.json');
    expect(withOwner.activities.find((a) => a['reference'] === 'LA-001')?.['owner']).toBe('Dienst Leden');
  });

  it('merges a second file into the current register with --into: the same number updates its record', async () => {
    await ropa('import', 'register-nl.xlsx', '--out', 'current.ropa.json');
    const merged = await ropa('import', 'second-nl.xlsx', '--into', 'current.ropa.json', '--out', 'merged.ropa.json');
    expect(merged, merged.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toContain('Processing activities — created: 1, updated: 1;');
    const [before, after] = await Promise.all([
      json<RegisterJson>('current.ropa.json'),
      json<RegisterJson>('merged.ropa.json'),
    ]);
    expect(after.activities).toHaveLength(before.activities.length + 1);
    const member = after.activities.find((a) => a['reference'] === 'LA-001');
    expect(member?.id).toBe(before.activities.find((a) => a['reference'] === 'LA-001')?.id);
    const purposes = (member?.['purposes'] as { description: string }[]).map((p) => p.description);
    expect(purposes).toEqual(['Beheer van het ledenbestand', 'Inning van bijdragen', 'Verzending van het ledenblad']);
  });

  it('imports a French register as xlsx and as a semicolon CSV in Windows-1252', async () => {
    const [xlsx, csv] = await Promise.all([
      ropa('import', 'registre-fr.xlsx', '--out', 'fr-xlsx.ropa.json', '--lang', 'fr'),
      ropa('import', 'registre-fr.csv', '--out', 'fr-csv.ropa.json', '--lang', 'fr', '--report', 'fr-csv.json'),
    ]);
    for (const outcome of [xlsx, csv]) {
      expect(outcome.code, outcome.stderr).toBe(0);
      expect(outcome.stdout).toContain('Activités de traitement — créations : 2, mises à jour : 0 ;');
      // RH-001 is replaced by RH-002, which the file does not hold: one value not understood.
      expect(outcome.stdout).toContain('valeurs non comprises : 1.');
    }
    expect(xlsx.stderr).toBe(
      'ropa: remarque : valeurs non comprises : 1 ; --report FICHIER les liste cellule par cellule.\n',
    );
    expect(csv.stderr).toBe('');
    const register = await json<RegisterJson>('fr-csv.ropa.json');
    expect(register.activities.map((a) => a.name).sort()).toEqual([
      'Gestion de la paie (ancien)',
      'Gestion des membres',
    ]);
    expect(byName(register.processors, 'Secrétariat social')).toBeDefined();
    const report = await json<ReportJson>('fr-csv.json');
    expect(report.read).toMatchObject({ format: 'csv', sheet: 'registre-fr', language: 'fr' });
    expect((report.read as unknown as { encoding: string }).encoding).toBe('windows-1252');
    expect(report.report.cells).toEqual([
      expect.objectContaining({ sheet: 'registre-fr', row: 3, column: 'Q', code: 'activityUnknown', text: 'RH-002' }),
    ]);
  });

  it('refuses what holds no processing activity, or is no register, with exit 2 and writes nothing (and reads a register tool export)', async () => {
    const zip = path.join(PEERS, 'peer-openvwr-avg-register-rijksoverheid-import.zip');
    const keep = ['--out', 'precious.ropa.json', '--report', 'precious-report.json'];
    const [priceXlsx, priceCsv, priceNl, tool, badMapping] = await Promise.all([
      ropa('import', 'prijslijst.xlsx', ...keep),
      ropa('import', 'tarifs.csv', ...keep),
      ropa('import', 'prijslijst.xlsx', ...keep, '--lang', 'nl'),
      ropa('import', zip, '--out', 'dutch.ropa.json'),
      ropa('import', 'register-nl.xlsx', '--mapping', 'bad-mapping.json', ...keep),
    ]);
    const looked =
      /No register of processing activities was found in this file: no sheet \(.+\) has a header naming register fields such as the processing, its purposes, legal basis/;
    expectRefusal(priceXlsx, looked);
    expect(priceXlsx.stderr).toContain('Prijslijst 2024');
    expectRefusal(priceCsv, looked);
    expectRefusal(priceNl, /In dit bestand is geen register van verwerkingsactiviteiten gevonden/);
    // Another tool's register export is read, not refused: the Dutch government tool's one processing comes in.
    expect(tool.code).toBe(0);
    const dutch = JSON.parse(await readFile(file('dutch.ropa.json'), 'utf8')) as { activities: { name: string }[] };
    expect(dutch.activities.map((a) => a.name)).toEqual(['Jet Tours']);
    expectRefusal(badMapping, /bad-mapping\.json: not a saved column mapping \(version/);
    expect(await readFile(file('precious.ropa.json'), 'utf8')).toBe('precious');
    expect(await readFile(file('precious-report.json'), 'utf8')).toBe('precious report');
    expect(await exists('never.ropa.json')).toBe(false);
  });
});
