// What the export options and the print/view set-up produce, read back with ExcelJS and from the sheet XML.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { authorityRegisterColumns } from './columnMap';
import { internalFieldKeys } from '../model/recordFields';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleRegister } from '../sample/sampleRegister';
import { fingerprint } from '../register/canonical';
import { scopeToController } from '../register/controllerScope';
import { countBySeverity, validateRegister } from '../validation/validate';
import { exportWorkbook } from '.';
import type { Layout } from './columnMap';

// The authority register as exported by default: internal fields (the owner) left out.
const STANDARD_COLUMNS = authorityRegisterColumns('standard', internalFieldKeys());

const base = { exportedAt: new Date('2026-11-20T09:30:00Z'), today: '2026-11-20' };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function rowTexts(sheet: ExcelJS.Worksheet, row: number): string[] {
  const out: string[] = [];
  sheet.getRow(row).eachCell((cell) => out.push(String(cell.value)));
  return out;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}; sheets: ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return found;
}

describe('export language', () => {
  const expected = {
    nl: {
      register: 'Register',
      group: 'Bedrijfsproces',
      header: 'Doeleinden',
      activities: 'Verwerkingsactiviteiten',
      cover: 'Overzicht',
    },
    fr: {
      register: 'Registre',
      group: 'Processus métier',
      header: 'Finalités',
      activities: 'Activités de traitement',
      cover: 'Synthèse',
    },
    en: {
      register: 'Register',
      group: 'Business process',
      header: 'Purposes',
      activities: 'Processing activities',
      cover: 'Cover',
    },
  } as const;

  it.each(['nl', 'fr', 'en'] as const)('names sheets, groups and headers in %s', async (lang) => {
    const e = expected[lang];
    const authority = await load(await exportWorkbook(sampleRegister(), { ...base, lang, layout: 'authority' }));
    const register = sheet(authority, e.register);
    expect(rowTexts(register, 1)[0]).toBe(e.group);
    expect(rowTexts(register, 2)).toContain(e.header);
    const complete = await load(await exportWorkbook(sampleRegister(), { ...base, lang, layout: 'complete' }));
    expect(complete.worksheets[0]?.name).toBe(e.cover);
    expect(rowTexts(sheet(complete, e.activities), 1)[0]).toBe('ID');
  });

  it('writes register texts in their translation when there is one, else as written', async () => {
    const register = sampleRegister();
    const workbook = await load(await exportWorkbook(register, { ...base, lang: 'fr', layout: 'authority' }));
    const names = sheet(workbook, 'Registre')
      .getColumn(STANDARD_COLUMNS.findIndex((c) => c.key === 'name') + 1)
      .values.map(String);
    expect(names).toContain('Affiliation et assurabilité');
    const untranslated = register.activities.find((a) => !a.i18n?.fr?.name);
    if (untranslated) expect(names).toContain(untranslated.name);
  });
});

describe('controllerId', () => {
  it("limits the export to that controller's activities", async () => {
    const register = sampleRegister();
    const controller = register.organisations.find(
      (o) =>
        o.kind === 'controller' &&
        register.activities.some((a) => a.controllers.some((c) => c.organisationId === o.id)),
    );
    const scoped = scopeToController(register, controller?.id as string);
    expect(scoped.activities.length).toBeLessThan(register.activities.length);
    const workbook = await load(
      await exportWorkbook(register, {
        ...base,
        lang: 'nl',
        layout: 'authority',
        controllerId: controller?.id as string,
      }),
    );
    const reg = sheet(workbook, 'Register');
    const idColumn = STANDARD_COLUMNS.findIndex((c) => c.key === 'id') + 1;
    const ids = reg.getColumn(idColumn).values.slice(3).map(String);
    expect(ids.sort()).toEqual(scoped.activities.map((a) => a.id).sort());
    // The controller sheet names it first.
    expect(String(sheet(workbook, 'Identificatie').getCell(3, 1).value)).toBe(controller?.name);
  });
});

describe('dates', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])(
    'are real date cells with no day shift (TZ=%s)',
    async (tz) => {
      process.env['TZ'] = tz;
      const register = sampleRegister();
      const activity = register.activities[0] as (typeof register.activities)[number];
      activity.startDate = '2026-01-01';
      activity.endDate = '2026-12-31';
      const bytes = await exportWorkbook(register, { ...base, lang: 'nl', layout: 'authority' });
      const workbook = await load(bytes);
      const reg = sheet(workbook, 'Register');
      const column = (key: string) => STANDARD_COLUMNS.findIndex((c) => c.key === key) + 1;
      const start = reg.getCell(3, column('startDate'));
      expect(start.type).toBe(ExcelJS.ValueType.Date);
      expect((start.value as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
      expect((reg.getCell(3, column('endDate')).value as Date).toISOString()).toBe('2026-12-31T00:00:00.000Z');
      expect(start.numFmt).toBe('dd/mm/yyyy');
      // The stored day number itself: 46023 is 1 January 2026 in Excel's calendar.
      const zip = await JSZip.loadAsync(bytes);
      const xml = await (zip.file('xl/worksheets/sheet2.xml') as JSZip.JSZipObject).async('string');
      expect(xml).toMatch(/<c r="[A-Z]+3" s="\d+"><v>46023<\/v><\/c>/);
    },
  );
});

describe('view and print set-up', () => {
  const sheetsOf: Record<Layout, { name: string; headerRows: number }[]> = {
    authority: [
      { name: 'Register', headerRows: 2 },
      { name: 'Identificatie', headerRows: 2 },
    ],
    complete: [
      { name: 'Verwerkingsactiviteiten', headerRows: 1 },
      { name: 'Ontvangers', headerRows: 1 },
      { name: 'Vertalingen', headerRows: 1 },
    ],
  };

  it.each(['authority', 'complete'] as const)(
    'freezes and filters the header, prints landscape fitted to the width with the header repeated (%s)',
    async (layout) => {
      const workbook = await load(await exportWorkbook(sampleRegister(), { ...base, lang: 'nl', layout }));
      for (const { name, headerRows } of sheetsOf[layout]) {
        const ws = sheet(workbook, name);
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRows });
        expect(String(ws.autoFilter)).toMatch(new RegExp(`^A${headerRows}:[A-Z]+${headerRows}$`));
        expect(ws.pageSetup).toMatchObject({
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: `1:${headerRows}`,
        });
        for (const name of workbook.worksheets.map((s) => s.name)) {
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[:\\/?*[\]]/);
        }
        // Every visible column has a width that fits between a word of its header and its maximum.
        ws.columns.forEach((column) => expect(column.width ?? 0).toBeGreaterThanOrEqual(6));
      }
    },
  );

  it('hides the ID columns, wraps text, and colours mandatory headers red (authority)', async () => {
    const workbook = await load(await exportWorkbook(sampleRegister(), { ...base, lang: 'nl', layout: 'authority' }));
    const ws = sheet(workbook, 'Register');
    const columns = STANDARD_COLUMNS;
    columns.forEach((column, i) => {
      const header = ws.getCell(2, i + 1);
      expect(ws.getColumn(i + 1).hidden, column.key).toBe(column.hidden === true);
      const fill = header.fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb === 'FFC00000', column.key).toBe(column.mandatory === true);
    });
    expect(ws.getCell(3, 7).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('backs each drop-down with one range rule on the lists sheet, never one rule per cell', async () => {
    const bytes = await exportWorkbook(sampleRegister(), { ...base, lang: 'nl', layout: 'authority' });
    const zip = await JSZip.loadAsync(bytes);
    const register = await (zip.file('xl/worksheets/sheet2.xml') as JSZip.JSZipObject).async('string');
    const rules = [...register.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]+)<\/formula1>/g)];
    expect(rules).toHaveLength(1);
    expect(rules[0]?.[1]).toMatch(/^[A-Z]+3:[A-Z]+\d{3,}$/);
    expect(rules[0]?.[2]?.replace(/&apos;/g, "'")).toBe("'Lijsten'!$A$2:$A$4");
  });

  it('puts organisation, DPO, date, fingerprint, snapshot, counts and findings on the cover (complete)', async () => {
    const register = sampleRegister();
    const workbook = await load(
      await exportWorkbook(register, {
        ...base,
        lang: 'en',
        layout: 'complete',
        snapshotName: 'As sent to the GBA on 2026-11-20',
      }),
    );
    const cover = sheet(workbook, 'Cover');
    const rows = new Map<string, unknown>();
    cover.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.get('Register fingerprint (SHA-256)')).toBe(fingerprint(register));
    expect(rows.get('Snapshot')).toBe('As sent to the GBA on 2026-11-20');
    expect(rows.get('Exported on (UTC)')).toEqual(base.exportedAt);
    expect(String(rows.get('Organisation'))).toContain('CM');
    expect(String(rows.get('Data protection officer'))).not.toBe('');
    expect(rows.get('Processing activities')).toBe(String(register.activities.length));
    const findings = countBySeverity(validateRegister(register, { today: base.today }));
    expect(rows.get('Errors')).toBe(String(findings.error));
    expect(rows.get('Warnings')).toBe(String(findings.warning));
  });
});
