// A complete workbook without a column of the register sheet (written before the column existed, or with the column
// deleted) leaves that field of the register as it is.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isUnchanged } from '../register/compare';
import { sampleRegister } from '../sample/sampleRegister';
import { exportWorkbook, planWorkbookImport } from '.';

describe('register sheet columns', () => {
  it('a workbook without the internal fields column keeps the fields the DPO marked internal', async () => {
    const register = sampleRegister();
    register.meta.internalFields = ['activities.businessProcess'];
    const bytes = await exportWorkbook(register, {
      lang: 'en',
      layout: 'complete',
      exportedAt: new Date('2026-12-01T10:00:00Z'),
      today: '2026-12-01',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Register details');
    if (!sheet) throw new Error('no register details sheet');
    const header = sheet.getRow(1).values as unknown[];
    const column = header.findIndex((v) => v === 'Internal fields');
    expect(column).toBeGreaterThan(0);
    sheet.spliceColumns(column, 1);
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());

    const plan = await planWorkbookImport(edited, register);
    expect(isUnchanged(plan.diff)).toBe(true);
    expect(plan.register.meta.internalFields).toEqual(['activities.businessProcess']);
  });
});
