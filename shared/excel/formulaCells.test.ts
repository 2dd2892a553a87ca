// Finding 9: a formula cell in an imported workbook is never taken as the field's value (its cached result may be
// stale, and a formula without one reads as empty): the field keeps its current value and the preview says so,
// with sheet, row and column, in the user's language. Both layouts.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../i18n/languages';
import type { Register } from '../model';
import { isUnchanged } from '../register/compare';
import { sampleRegister } from '../sample/sampleRegister';
import { exportWorkbook, planWorkbookImport } from '.';
import { COLUMN_MAP, type Layout, type TableId } from './columnMap';

const base = { exportedAt: new Date('2026-11-20T09:30:00Z'), today: '2026-11-20' };

type Activity = Register['activities'][number];

/** A formula with the result Excel saved with it, and one saved without (as a generator that never computes). */
const WITH_RESULT: ExcelJS.CellFormulaValue = {
  formula: 'UPPER("changed by a formula")',
  result: 'CHANGED BY A FORMULA',
  date1904: false,
};
const WITHOUT_RESULT = { formula: 'CONCATENATE(A1,"x")' } as ExcelJS.CellFormulaValue;

interface Edit {
  key: string;
  row: number;
  value: ExcelJS.CellValue;
}

/** The export with some cells replaced, written again by ExcelJS. */
async function editedWorkbook(
  register: Register,
  layout: Layout,
  lang: UiLanguage,
  table: TableId,
  headerRow: number,
  edits: readonly Edit[],
): Promise<{ bytes: Uint8Array; sheet: string; headers: Map<string, string> }> {
  const exported = await exportWorkbook(register, { ...base, lang, layout });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exported as unknown as ExcelJS.Buffer);
  const name = COLUMN_MAP[table].sheet[lang];
  const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
  const headers = new Map<string, string>();
  const columnOf = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, col) => {
    const column = COLUMN_MAP[table].columns.find((c) => c.header[lang] === cell.value);
    if (column) {
      headers.set(column.key, column.header[lang]);
      columnOf.set(column.key, col);
    }
  });
  for (const edit of edits) {
    const col = columnOf.get(edit.key);
    if (col === undefined) throw new Error(`no column ${edit.key}`);
    sheet.getCell(edit.row, col).value = edit.value;
  }
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), sheet: name, headers };
}

const FORMULA_KEPT: Record<UiLanguage, RegExp> = {
  en: /^formula, value not used \(=.+\): the field keeps its current value$/,
  nl: /^formule, waarde niet gebruikt \(=.+\): het veld behoudt zijn huidige waarde$/,
  fr: /^formule, valeur non reprise \(=.+\) : le champ garde sa valeur actuelle$/,
  de: /^Formel, Wert nicht übernommen \(=.+\): das Feld behält seinen aktuellen Wert$/,
};

describe('finding 9: formula cells on import', () => {
  it.each(['en', 'nl', 'fr', 'de'] as const)(
    'complete layout: a formula in the name and the purposes column keeps both fields and is reported (%s)',
    async (lang) => {
      const register = sampleRegister();
      const [first, second] = register.activities as [Activity, Activity];
      // Rows follow the register's order below the header row (row 1).
      const { bytes, sheet, headers } = await editedWorkbook(register, 'complete', lang, 'activities', 1, [
        { key: 'name', row: 2, value: WITH_RESULT },
        { key: 'purposes.description', row: 3, value: WITHOUT_RESULT },
        { key: 'notes', row: 3, value: WITH_RESULT },
      ]);
      const plan = await planWorkbookImport(bytes, register, { lang });

      expect(isUnchanged(plan.diff), JSON.stringify(plan.diff.kinds.activities.changed).slice(0, 800)).toBe(true);
      const after = plan.register.activities;
      expect(after.find((a) => a.id === first.id)?.name).toBe(first.name);
      expect(after.find((a) => a.id === second.id)?.purposes).toEqual(second.purposes);
      expect(after.find((a) => a.id === second.id)?.notes).toBe(second.notes);

      const formulas = plan.problems.filter((p) => FORMULA_KEPT[lang].test(p.reason));
      expect(formulas.map((p) => `${p.sheet}!${p.row} ${p.column}`).sort()).toEqual(
        [
          `${sheet}!2 ${headers.get('name')}`,
          `${sheet}!3 ${headers.get('purposes.description')}`,
          `${sheet}!3 ${headers.get('notes')}`,
        ].sort(),
      );
      expect(formulas.find((p) => p.row === 2)?.reason).toContain('=UPPER("changed by a formula")');
    },
  );

  it('complete layout: a formula on a new row leaves the field empty and says so', async () => {
    const register = sampleRegister();
    const row = register.activities.length + 2;
    const { bytes, sheet, headers } = await editedWorkbook(register, 'complete', 'en', 'activities', 1, [
      { key: 'name', row, value: 'A new activity' },
      { key: 'status', row, value: 'Draft' },
      { key: 'purposes.description', row, value: WITH_RESULT },
    ]);
    const plan = await planWorkbookImport(bytes, register, { lang: 'en' });
    const added = plan.register.activities.find((a) => a.name === 'A new activity');
    expect(added?.purposes).toEqual([]);
    expect(plan.problems).toContainEqual({
      sheet,
      row,
      column: headers.get('purposes.description'),
      reason: 'formula, value not used (=UPPER("changed by a formula")): the cell is read as empty',
    });
  });

  it('complete layout: a formula in the register details and the translations sheet keeps those texts', async () => {
    const register = sampleRegister();
    const meta = await editedWorkbook(register, 'complete', 'en', 'meta', 1, [
      { key: 'title', row: 2, value: WITH_RESULT },
    ]);
    let plan = await planWorkbookImport(meta.bytes, register, { lang: 'en' });
    expect(isUnchanged(plan.diff), JSON.stringify(plan.diff.meta).slice(0, 800)).toBe(true);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ sheet: meta.sheet, row: 2, column: meta.headers.get('title') }),
    );

    const translations = await editedWorkbook(register, 'complete', 'en', 'translations', 1, [
      { key: 'original', row: 2, value: WITH_RESULT },
      { key: 'text.fr', row: 2, value: WITHOUT_RESULT },
    ]);
    plan = await planWorkbookImport(translations.bytes, register, { lang: 'en' });
    expect(isUnchanged(plan.diff), JSON.stringify(plan.diff).slice(0, 800)).toBe(true);
    expect(
      plan.problems
        .filter((p) => FORMULA_KEPT.en.test(p.reason))
        .map((p) => p.column)
        .sort(),
    ).toEqual([translations.headers.get('original'), translations.headers.get('text.fr')].sort());
  });

  it.each(['en', 'fr'] as const)(
    'authority layout: a formula in the name, description and purposes columns keeps the fields and is reported (%s)',
    async (lang) => {
      const register = sampleRegister();
      const [first, second] = register.activities as [Activity, Activity];
      // Group row, then header row: the data starts on row 3.
      const { bytes, sheet, headers } = await editedWorkbook(register, 'authority', lang, 'authorityRegister', 2, [
        { key: 'name', row: 3, value: WITHOUT_RESULT },
        { key: 'description', row: 3, value: WITH_RESULT },
        { key: 'purposes', row: 4, value: WITH_RESULT },
      ]);
      const plan = await planWorkbookImport(bytes, register, { lang });

      expect(isUnchanged(plan.diff), JSON.stringify(plan.diff.kinds.activities.changed).slice(0, 800)).toBe(true);
      const after = plan.register.activities;
      expect(after.find((a) => a.id === first.id)?.name).toBe(first.name);
      expect(after.find((a) => a.id === first.id)?.description).toBe(first.description);
      expect(after.find((a) => a.id === second.id)?.purposes).toEqual(second.purposes);
      const formulas = plan.problems.filter((p) => FORMULA_KEPT[lang].test(p.reason));
      expect(formulas.map((p) => `${p.sheet}!${p.row} ${p.column}`).sort()).toEqual(
        [
          `${sheet}!3 ${headers.get('name')}`,
          `${sheet}!3 ${headers.get('description')}`,
          `${sheet}!4 ${headers.get('purposes')}`,
        ].sort(),
      );
      expect(formulas.find((p) => p.column === headers.get('name'))?.reason).toContain('=CONCATENATE(A1,"x")');
    },
  );
});
