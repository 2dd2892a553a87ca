// Text that looks like a formula stays text: written as a string cell, never as <f>, in both layouts.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Register } from '../model';
import { sampleRegister } from '../sample/sampleRegister';
import { exportWorkbook, planWorkbookImport } from '.';
import { fingerprint } from '../register/canonical';
import { emptyRegister } from '../model';

const FORMULA_LIKE = ['=SUM(A1)', '+32 2 246 41 11', '-5', '@x', '\tx', '\rx'];

function registerWithFormulaText(): Register {
  const register = sampleRegister();
  FORMULA_LIKE.forEach((text, i) => {
    const activity = register.activities[i] as Register['activities'][number];
    activity.description = text;
    activity.owner = text;
    const recipient = register.recipients[i] as Register['recipients'][number];
    recipient.description = text;
  });
  return register;
}

async function sheetXml(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  return Promise.all(names.map((n) => (zip.file(n) as JSZip.JSZipObject).async('string')));
}

describe('formula-like text', () => {
  it.each(['authority', 'complete'] as const)(
    'is written as string cells, with no formula, in the %s layout',
    async (layout) => {
      const register = registerWithFormulaText();
      const bytes = await exportWorkbook(register, {
        lang: 'nl',
        layout,
        exportedAt: new Date('2026-11-20T09:30:00Z'),
        today: '2026-11-20',
      });

      for (const xml of await sheetXml(bytes)) {
        expect(xml).not.toMatch(/<f[ >]/);
        expect(xml).not.toContain('t="str"');
      }

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const found = new Map<string, ExcelJS.ValueType>();
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === 'string' && FORMULA_LIKE.includes(cell.value)) found.set(cell.value, cell.type);
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          }),
        ),
      );
      for (const text of FORMULA_LIKE) expect(found.get(text), JSON.stringify(text)).toBe(ExcelJS.ValueType.String);
    },
  );

  it('reads back exactly, carriage return and tab included', async () => {
    const register = registerWithFormulaText();
    const bytes = await exportWorkbook(register, {
      lang: 'fr',
      layout: 'complete',
      exportedAt: new Date('2026-11-20T09:30:00Z'),
      today: '2026-11-20',
    });
    const plan = await planWorkbookImport(bytes, emptyRegister());
    expect(plan.register.activities.slice(0, FORMULA_LIKE.length).map((a) => a.description)).toEqual(FORMULA_LIKE);
    expect(fingerprint(plan.register)).toBe(fingerprint(register));
  });
});
