// Reading back the authority layout after a person worked on it: only changed cells count, names are matched to
// the register (unknown ones create records, reported), columns may move and headers may be in another language.
import ExcelJS from 'exceljs';
import { authorityRegisterColumns } from './columnMap';
import { internalFieldKeys } from '../model/recordFields';
import { describe, expect, it } from 'vitest';
import { registerSchema, type Register } from '../model';
import { isUnchanged } from '../register/compare';
import { sampleRegister } from '../sample/sampleRegister';
import { exportWorkbook, planWorkbookImport } from '.';

// The authority register as exported by default: internal fields (the owner) left out.
const STANDARD_COLUMNS = authorityRegisterColumns('standard', internalFieldKeys());

const base = { exportedAt: new Date('2026-11-20T09:30:00Z'), today: '2026-11-20' };
type Activity = Register['activities'][number];

async function exported(
  register: Register,
  lang: 'nl' | 'fr' | 'en' = 'nl',
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await exportWorkbook(register, { ...base, lang, layout: 'authority' })) as unknown as ExcelJS.Buffer,
  );
  return { workbook, sheet: workbook.worksheets[1] as ExcelJS.Worksheet };
}

const column = (key: string) => STANDARD_COLUMNS.findIndex((c) => c.key === key) + 1;

function rowOf(sheet: ExcelJS.Worksheet, id: string): number {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(column('id')).value === id) found = n;
  });
  return found;
}

async function reimport(workbook: ExcelJS.Workbook, register: Register) {
  return planWorkbookImport(new Uint8Array(await workbook.xlsx.writeBuffer()), register, { lang: 'en' });
}

describe('authority layout import', () => {
  it('changes nothing when nothing was edited', async () => {
    const register = sampleRegister();
    const { workbook } = await exported(register, 'fr');
    const plan = await reimport(workbook, register);
    expect(plan.layout).toBe('authority');
    expect(isUnchanged(plan.diff)).toBe(true);
    expect(plan.problems).toEqual([]);
    expect(plan.ignoredSheets).toEqual(['Identification', 'Listes', 'Instructions']);
  });

  it('takes over edited cells: status, retention period, an added legal ground, an end date', async () => {
    const register = sampleRegister();
    const activity = register.activities.find((a) => a.retention.some((r) => r.period)) as Activity;
    const { workbook, sheet } = await exported(register);
    const r = rowOf(sheet, activity.id);
    sheet.getCell(r, column('status')).value = 'Beëindigd';
    sheet.getCell(r, column('endDate')).value = new Date(Date.UTC(2026, 5, 30));
    const iso = String(sheet.getCell(r, column('retentionIso')).value ?? '').split('\n');
    const index = iso.findIndex((p) => p !== '');
    iso[index] = 'P7Y';
    sheet.getCell(r, column('retentionIso')).value = iso.join('\n');
    sheet.getCell(r, column('legalGrounds')).value =
      `${String(sheet.getCell(r, column('legalGrounds')).value)}\nArt. 6.1.f AVG – Gerechtvaardigd belang`;

    const plan = await reimport(workbook, register);
    const after = plan.register.activities.find((a) => a.id === activity.id) as Activity;
    expect(after.status).toBe('retired');
    expect(after.endDate).toBe('2026-06-30');
    expect(after.retention[index]?.period).toBe('P7Y');
    expect(after.retention[index]?.id).toBe(activity.retention[index]?.id);
    expect(after.legalBases.map((b) => b.ground)).toEqual([...activity.legalBases.map((b) => b.ground), 'art6-1-f']);
    expect(after.legalBases.slice(0, -1)).toEqual(activity.legalBases);
    const changed = plan.diff.kinds.activities.changed.find((c) => c.id === activity.id);
    expect(changed?.fields.map((f) => f.path).sort()).toEqual(['endDate', 'legalBases', 'retention', 'status']);
    expect(plan.diff.kinds.activities.changed).toHaveLength(1);
  });

  it('matches names to the register and creates, reporting it, what it does not know', async () => {
    const register = sampleRegister();
    const activity = register.activities[2] as Activity;
    const { workbook, sheet } = await exported(register);
    const r = rowOf(sheet, activity.id);
    const add = (key: string, line: string) => {
      const cell = sheet.getCell(r, column(key));
      cell.value = `${String(cell.value ?? '')}\n${line}`.replace(/^\n/, '');
    };
    add('recipients', 'Cloudleverancier voor back-ups');
    add('recipientInternal', 'Extern');
    add('recipientLocation', 'Verenigde Staten (buiten de EER)');
    const existingSubject = register.subjectCategories.find(
      (s) => !activity.subjectCategoryIds.includes(s.id),
    ) as Register['subjectCategories'][number];
    add('subjects', existingSubject.name.toUpperCase());

    const plan = await reimport(workbook, register);
    const created = plan.register.recipients.find((x) => x.name === 'Cloudleverancier voor back-ups');
    expect(created).toMatchObject({ internal: false, country: 'US', category: 'other' });
    const after = plan.register.activities.find((a) => a.id === activity.id) as Activity;
    expect(after.recipientIds.at(-1)).toBe(created?.id);
    expect(after.subjectCategoryIds.at(-1)).toBe(existingSubject.id);
    expect(plan.diff.kinds.recipients.added.map((x) => x.name)).toEqual(['Cloudleverancier voor back-ups']);
    expect(plan.diff.kinds.subjectCategories.added).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        sheet: 'Register',
        row: r,
        column: 'Ontvangers',
        reason: expect.stringContaining('Cloudleverancier voor back-ups'),
      }),
    ]);
    expect(registerSchema.safeParse(plan.register).success).toBe(true);
  });

  it('finds columns by header in any language, in any order, and rows without an ID by name', async () => {
    const register = sampleRegister();
    const activity = register.activities[1] as Activity;
    const { workbook, sheet } = await exported(register);
    // Purposes moved to the front, with a French header; the ID column emptied.
    const purposes = sheet.getColumn(column('purposes')).values.slice(1);
    sheet.spliceColumns(column('purposes'), 1);
    sheet.spliceColumns(1, 0, purposes.map((v, i) => (i === 1 ? 'FINALITÉS' : v)) as ExcelJS.CellValue[]);
    const idColumn = column('id');
    sheet.eachRow((row, n) => {
      if (n > 2) row.getCell(idColumn).value = null;
    });
    // Columns in front of the purposes moved one place to the right.
    const nameColumn = column('name') + 1;
    const r = [...Array(sheet.rowCount).keys()]
      .map((i) => i + 1)
      .find((n) => sheet.getCell(n, nameColumn).value === activity.name) as number;
    const lines = String(sheet.getCell(r, 1).value).split('\n');
    sheet.getCell(r, 1).value = ['Een nieuw doeleinde', ...lines.slice(1)].join('\n');

    const plan = await reimport(workbook, register);
    expect(plan.diff.kinds.activities.added).toEqual([]);
    expect(plan.diff.kinds.activities.removed).toEqual([]);
    expect(plan.diff.kinds.activities.changed.map((c) => [c.id, c.fields.map((f) => f.path)])).toEqual([
      [activity.id, ['purposes']],
    ]);
    const after = plan.register.activities.find((a) => a.id === activity.id)?.purposes ?? [];
    expect(after.map((p) => p.description)).toEqual([
      'Een nieuw doeleinde',
      ...activity.purposes.slice(1).map((p) => p.description),
    ]);
    expect(after.map((p) => p.id)).toEqual(activity.purposes.map((p) => p.id));
  });

  it('leaves internal fields out of the standard edition and keeps them in the internal one', async () => {
    const register = sampleRegister();
    const header = async (edition: 'standard' | 'internal') => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await exportWorkbook(register, {
          ...base,
          lang: 'en',
          layout: 'authority',
          edition,
        })) as unknown as ArrayBuffer,
      );
      const rows: string[] = [];
      workbook.getWorksheet('Register')?.eachRow((row) => rows.push(JSON.stringify(row.values)));
      return {
        text: rows.slice(0, 3).join(' '),
        footer: workbook.getWorksheet('Register')?.headerFooter.oddFooter ?? '',
      };
    };
    const standard = await header('standard');
    const internal = await header('internal');
    expect(standard.text).not.toContain('"Owner"');
    expect(internal.text).toContain('"Owner"');
    expect(standard.footer).not.toContain('Internal edition');
    expect(internal.footer).toContain('Internal edition');
    // An internal edition read back changes nothing either.
    const plan = await planWorkbookImport(
      await exportWorkbook(register, { ...base, lang: 'en', layout: 'authority', edition: 'internal' }),
      register,
    );
    expect(isUnchanged(plan.diff)).toBe(true);
  });

  it('keeps the activities of other controllers when the workbook was limited to one', async () => {
    const register = sampleRegister();
    const controllerId = register.activities[0]?.controllers[0]?.organisationId as string;
    const bytes = await exportWorkbook(register, { ...base, lang: 'en', layout: 'authority', controllerId });
    const plan = await planWorkbookImport(bytes, register);
    expect(isUnchanged(plan.diff)).toBe(true);
  });

  it('says so when the register changed since the export', async () => {
    const register = sampleRegister();
    const { workbook } = await exported(register);
    const changed = structuredClone(register);
    // The owner is internal and not in the authority's copy; the business process is.
    (changed.activities[0] as Activity).businessProcess = 'Ledenadministratie';
    const plan = await reimport(workbook, changed);
    expect(plan.problems[0]?.reason).toContain('another version of the register');
    // The cell still holds the old value, so it counts as edited and wins: the plan shows it before anything happens.
    expect(plan.diff.kinds.activities.changed.map((c) => c.fields.map((f) => f.path))).toEqual([['businessProcess']]);
  });
});
