// The whole plan (read, find, map, build, report) on the registers other tools wrote (`shared/fixtures/peers`): the
// CNIL template as .ods, whose records are in its fiches (form sheets) while its list is an empty template; CISO
// Assistant's flat template and full workbook; a Dutch register tool's JSON export in a zip. What a DPO checks after
// importing: the fields of each record, the records they link to, and the report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../model/activity';
import { emptyRegister, type Register } from '../model/register';
import { sampleRegister } from '../sample/sampleRegister';
import {
  analyseReadBook,
  analyseSpreadsheet,
  buildSpreadsheetImport,
  isRopaDeskWorkbook,
  planSpreadsheetImport,
  SpreadsheetImportError,
  type SpreadsheetImportPlan,
} from './planSpreadsheetImport';
import { readSourceBook } from './readers';

const PEERS = join(__dirname, '../../../shared/fixtures/peers');
const peer = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PEERS, name)));
const CNIL = 'cnil-registre-traitement-simplifie-2019.ods';
const TODAY = '2026-11-20';

function only(plan: SpreadsheetImportPlan): Activity {
  expect(plan.register.activities).toHaveLength(1);
  return plan.register.activities[0] as Activity;
}

/** The names of the records of a kind an activity links to, in link order. */
function names<K extends 'recipients' | 'processors' | 'dataCategories' | 'subjectCategories' | 'securityMeasures'>(
  register: Register,
  kind: K,
  ids: readonly string[],
): string[] {
  return ids.map((id) => (register[kind] as { id: string; name: string }[]).find((r) => r.id === id)?.name ?? id);
}

describe("the CNIL's simplified register template (.ods)", () => {
  it('makes one activity of the example fiche, its list being an empty template', async () => {
    const plan = await planSpreadsheetImport(peer(CNIL), CNIL, emptyRegister(), { into: 'new', today: TODAY });
    const activity = only(plan);
    const { register } = plan;
    expect(register.meta.mainLanguage).toBe('fr');
    expect(activity).toMatchObject({ name: 'Gestion de la paie', reference: '1 - Exemple', startDate: '2018-05-26' });
    expect(activity.purposes.map((p) => p.description)).toEqual([
      'Gestion de la paie',
      'Calcul des rémunérations',
      'Calcul du montant des versements adressés aux organismes sociaux',
      'Ordre de virement à la banque',
    ]);
    // "Responsable du traitement" names the controller.
    const controller = register.organisations.find((o) => o.id === activity.controllers[0]?.organisationId);
    expect(controller).toMatchObject({ name: 'Louise DUPONT', kind: 'controller' });
    expect(activity.controllers[0]?.role).toBe('controller');

    // Data categories: the description of each family row, one category per row, commas kept.
    expect(names(register, 'dataCategories', activity.dataCategoryIds)).toEqual([
      'Noms, prénoms, adresses',
      'RIB',
      'Numéros de sécurité sociale des salariés',
    ]);
    // The same period on the three rows is one rule, for the three categories.
    expect(activity.retention).toHaveLength(1);
    expect(activity.retention[0]).toMatchObject({
      period: 'P5Y',
      trigger: 'à compter du versement de la paie',
      dataCategoryIds: activity.dataCategoryIds,
      purposeIds: [],
    });
    expect(names(register, 'subjectCategories', activity.subjectCategoryIds)).toEqual(['Salariés']);

    // Recipients: named by "Précisions"; the type says internal ("Service interne…") or not.
    expect(names(register, 'recipients', activity.recipientIds)).toEqual([
      'Dir. Administrative et Financière',
      'Organismes sociaux',
      "Banque d'Andorre",
    ]);
    const recipient = (name: string) => register.recipients.find((r) => r.name === name);
    expect(recipient('Dir. Administrative et Financière')?.internal).toBe(true);
    expect(recipient('Organismes sociaux')?.internal).toBe(false);
    expect(activity.processorIds).toEqual([]);

    expect(names(register, 'securityMeasures', activity.securityMeasureIds)).toEqual([
      'Mesures de protection des logiciels',
      'Sauvegarde des données',
      "Contrôle d'accès des utilisateurs",
    ]);
    const backup = register.securityMeasures.find((m) => m.name === 'Sauvegarde des données');
    expect(backup).toMatchObject({ type: 'technical', family: 'backup' });

    // The transfer: recipient, country, safeguard (standard contractual clauses) and its documentation.
    expect(activity.transferIds).toHaveLength(1);
    const transfer = register.transfers.find((t) => t.id === activity.transferIds[0]);
    expect(transfer).toMatchObject({
      name: "Banque d'Andorre",
      country: 'AD',
      mechanism: 'art46-2-c',
      documentation: 'Contrat en date du 23/01/2018',
      recipientId: recipient("Banque d'Andorre")?.id,
    });
  });

  it('reports the fiche read, cell by cell, and the empty template fiche as not imported', async () => {
    const { report } = await planSpreadsheetImport(peer(CNIL), CNIL, emptyRegister(), { lang: 'fr', today: TODAY });
    expect(report.sheet).toBe('2_-_Liste_des_traitements');
    expect(report.rows.records).toBe(1);
    expect(report.counts.activities).toEqual({ created: 1, updated: 0 });
    expect(report.counts.recipients.created).toBe(3);
    expect(report.counts.dataCategories.created).toBe(3);
    expect(report.counts.transfers.created).toBe(1);
    expect(report.created.find((c) => c.kind === 'activities')).toMatchObject({
      name: 'Gestion de la paie',
      sheet: '4_-_Exemple_de_fiche',
    });
    expect(report.created.find((c) => c.name === "Banque d'Andorre" && c.kind === 'transfers')?.rows).toEqual([39]);

    const [form] = report.forms ?? [];
    expect(form).toMatchObject({ sheet: '4_-_Exemple_de_fiche', name: 'Gestion de la paie', reference: '1 - Exemple' });
    const value = (row: number, column: string) => form?.values.find((v) => v.row === row && v.column === column);
    expect(value(4, 'B')).toMatchObject({ label: 'Nom du traitement', target: { path: 'name' }, field: 'Nom' });
    expect(value(10, 'B')?.target.path).toBe('controllers');
    expect(value(21, 'E')).toMatchObject({ target: { path: 'retention' } });
    // The recipient is named by its "Précisions" column.
    expect(value(30, 'E')?.target.path).toBe('recipientIds');
    expect(value(39, 'B')?.target.path).toBe('transferIds');
    expect(value(39, 'C')).toMatchObject({
      label: 'Transferts hors UE › Pays',
      target: { path: 'transferIds.country' },
    });
    expect(value(39, 'D')?.target.path).toBe('transferIds.mechanism');
    expect(value(39, 'F')?.target.path).toBe('transferIds.documentation');

    expect(report.cells).toEqual([
      expect.objectContaining({
        sheet: '3_-_Modèle_de_fiche_de_registre',
        row: 0,
        code: 'formWithoutName',
        why: expect.stringMatching(/modèle vide/),
      }),
    ]);
    // Everything Art. 30(1) asks is in the fiche (no transfer point: the report checks what the fiche gives).
    expect(report.stillNeeded).toEqual([]);
  });

  it('imports the fiches alone when the list sheet is gone, and refuses the list alone', async () => {
    const book = await readSourceBook(peer(CNIL), CNIL);
    const fichesOnly = { ...book, sheets: book.sheets.filter((s) => s.name !== '2_-_Liste_des_traitements') };
    const analysis = analyseReadBook(fichesOnly, CNIL);
    expect(analysis.table.columns).toEqual([]);
    expect(analysis.language).toBe('fr');
    expect(analysis.formRecords.map((f) => f.sheet)).toEqual(['4_-_Exemple_de_fiche']);
    expect(analysis.unnamedForms).toEqual(['3_-_Modèle_de_fiche_de_registre']);
    const plan = buildSpreadsheetImport(analysis, emptyRegister(), { into: 'new', today: TODAY });
    expect(only(plan).name).toBe('Gestion de la paie');

    // Without its fiches, the list is a header over an example row: refused, saying so.
    const full = analyseReadBook(book, CNIL);
    const refusal = (() => {
      try {
        buildSpreadsheetImport(full, emptyRegister(), { forms: false, today: TODAY });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(SpreadsheetImportError);
    expect((refusal as SpreadsheetImportError).localized('fr')).toBe(
      "La feuille « 2_-_Liste_des_traitements » a l'en-tête d'un registre, mais aucune activité de traitement en dessous.",
    );
  });

  it('merges a fiche with the list row that names the same processing: one activity', async () => {
    const book = await readSourceBook(peer(CNIL), CNIL);
    const list = book.sheets.find((s) => s.name === '2_-_Liste_des_traitements');
    // The DPO listed the processing under the example row: number, name, and a purpose of its own.
    list?.rows.set(10, [undefined, 'Gestion de la paie', '1 - Exemple', undefined, undefined, 'Déclarations sociales']);
    const plan = buildSpreadsheetImport(analyseReadBook(book, CNIL), emptyRegister(), { into: 'new', today: TODAY });
    const activity = only(plan);
    expect(activity.purposes.map((p) => p.description)).toEqual([
      'Déclarations sociales',
      'Gestion de la paie',
      'Calcul des rémunérations',
      'Calcul du montant des versements adressés aux organismes sociaux',
      'Ordre de virement à la banque',
    ]);
    expect(plan.report.counts.activities).toEqual({ created: 1, updated: 0 });
    expect(plan.report.updated).toEqual([]);
  });
});

describe("CISO Assistant's processing files (.xlsx)", () => {
  it('the flat template: numbers, names, statuses, DPIA; unknown columns ignored with their reason', async () => {
    const name = 'peer-ciso-assistant-processings_template.xlsx';
    const plan = await planSpreadsheetImport(peer(name), name, emptyRegister(), { into: 'new', today: TODAY });
    const byReference = new Map(plan.register.activities.map((a) => [a.reference, a]));
    expect(byReference.get('process 2')).toMatchObject({
      name: 'processing 2',
      description: '# hello',
      status: 'draft',
    });
    expect(byReference.get('process1')).toMatchObject({ name: 'processing 1', status: 'active' });
    // The "=FALSE()" formula cell of the template is not read as a value.
    expect(byReference.get('process 2')?.dpia).toBeUndefined();
    const { report } = plan;
    expect(report.columns.mapped.map((c) => [c.header, c.target.path])).toEqual([
      ['ref_id', 'reference'],
      ['name', 'name'],
      ['description', 'description'],
      ['status', 'status'],
      ['processing_nature', 'characteristics'],
      ['dpia_required', 'dpia.status'],
      ['dpia_reference', 'dpia.reference'],
    ]);
    expect(report.columns.ignored.map((c) => c.header)).toEqual(['folder', 'assigned_to', 'labels']);
    expect(report.columns.ignored[0]?.reason).toBe('no field is named by the header "folder"');
    expect(report.cells).toEqual([]);
    // Nothing but names and statuses: Art. 30 still needs everything else, for both records.
    expect(report.stillNeeded.map((s) => s.point)).toEqual(['1a', '1b', '1c', '1d', '1f', '1g']);
    expect(report.stillNeeded.find((s) => s.point === '1b')?.records.map((r) => r.reference)).toEqual([
      'process 2',
      'process1',
    ]);
  });

  it('the full workbook: the Processing sheet, its DPIA, and its status the register does not know', async () => {
    const name = 'peer-ciso-assistant-sample_processing_workbook.xlsx';
    const plan = await planSpreadsheetImport(peer(name), name, emptyRegister(), { into: 'new', today: TODAY });
    expect(only(plan)).toMatchObject({
      reference: 'PRC-001',
      name: 'HR Payroll',
      description: 'Monthly payroll processing for employees',
      dpia: { status: 'required', reference: 'DPIA-42' },
      status: 'draft',
    });
    expect(plan.analysis.table.sheet).toBe('Processing');
    expect(plan.report.cells).toEqual([
      expect.objectContaining({ sheet: 'Processing', row: 2, column: 'E', text: 'privacy_draft', code: 'enumUnknown' }),
    ]);
    expect(plan.report.columns.ignored.map((c) => c.header)).toEqual([
      'domain',
      'information_channel',
      'usage_channel',
      'assigned_to',
      'labels',
    ]);
  });

  it('merged into the sample register: new activities beside the existing ones, nothing else changed', async () => {
    const name = 'peer-ciso-assistant-processings_template.xlsx';
    const current = sampleRegister();
    const plan = await planSpreadsheetImport(peer(name), name, current, { today: TODAY });
    expect(plan.register.activities).toHaveLength(current.activities.length + 2);
    expect(plan.diff.kinds.activities.added.map((a) => a.name).sort()).toEqual(['processing 1', 'processing 2']);
    expect(plan.diff.kinds.activities.removed).toEqual([]);
    expect(plan.diff.kinds.activities.changed).toEqual([]);
  });
});

describe("the Dutch government register tool's JSON export", () => {
  const name = 'peer-openvwr-avg-register-rijksoverheid-import.zip';

  it('imports the controller register: names, number, status, purposes, grounds, parties, data, retention', async () => {
    const plan = await planSpreadsheetImport(peer(name), name, emptyRegister(), { into: 'new', today: TODAY });
    expect(plan.analysis.kind).toBe('activities');
    expect(plan.analysis.language).toBe('nl');
    const [activity] = plan.register.activities;
    expect(plan.register.activities).toHaveLength(1);
    expect(activity).toMatchObject({ name: 'Jet Tours', reference: 'M5071', status: 'active' });
    expect(activity?.businessProcess).toBe('Kern - Directie Informatiebeleid / CIO');
    expect(activity?.purposes[0]?.description).toMatch(/^Het Platform Informatieberaad Zorg is een online omgeving/);
    // "Toestemming betrokkene": consent.
    expect(activity?.legalBases.map((b) => b.ground)).toEqual(['art6-1-a']);
    const names = (kind: 'organisations' | 'processors' | 'recipients' | 'dataCategories', ids: readonly string[]) =>
      ids.map((id) => (plan.register[kind] as { id: string; name: string }[]).find((r) => r.id === id)?.name);
    expect(names('organisations', activity?.controllers.map((c) => c.organisationId) ?? [])).toEqual([
      'Bakkerij Leemans',
    ]);
    expect(names('processors', activity?.processorIds ?? [])).toEqual(['Stichting ICTU']);
    // A recipient described as "ICTU: is opdrachtnemer …" is ICTU; the description is kept in the notes.
    expect(names('recipients', activity?.recipientIds ?? [])).toEqual(
      expect.arrayContaining(['ICTU', 'Mett', 'HTX automatisering', 'AZ-DPC']),
    );
    expect(activity?.notes).toContain('Ontvanger: ICTU: Is opdrachtnemer voor de functionele en technische realisatie');
    // The special categories the tool flags become special data categories.
    const special = plan.register.dataCategories.filter((d) => d.kind === 'special').map((d) => d.name);
    expect(special).toEqual(expect.arrayContaining(['Gezondheidsgegevens', 'Ras of etnische afkomst']));
    // "tot uiterlijk 1 maand bewaard": one month.
    expect(activity?.retention.map((r) => r.period)).toContain('P1M');
    expect(activity?.automatedDecision?.exists).toBe(false);
    expect(activity?.systems).toBe('Database en servers van Mett.');
  });

  it("the processor register is the table to choose instead, with the processor's fields", async () => {
    const analysis = await analyseSpreadsheet(peer(name), name);
    const processors = analysis.tables.find((t) => t.sheet === 'AVG Verwerker Verwerkingen');
    expect(processors).toBeDefined();
  });
});

describe('files that are no spreadsheet of ours to read', () => {
  it('a workbook RoPA Desk wrote is told apart by its information sheet; the peer files are not', async () => {
    const { exportWorkbook } = await import('../excel');
    const bytes = await exportWorkbook(sampleRegister(), {
      lang: 'nl',
      layout: 'authority',
      edition: 'standard',
      exportedAt: new Date('2026-11-20T09:00:00Z'),
      today: TODAY,
    });
    expect(isRopaDeskWorkbook(await readSourceBook(bytes, 'register.xlsx'))).toBe(true);
    for (const name of [CNIL, 'peer-ciso-assistant-processings_template.xlsx'])
      expect(isRopaDeskWorkbook(await readSourceBook(peer(name), name)), name).toBe(false);
  });
});
