// Finding 8 (imports): text a register cannot keep (NUL, lone surrogates) never enters through a workbook. ExcelJS
// already drops NUL and replaces lone surrogates when a file is written; a workbook from another tool may still hold
// them (OOXML can escape any code unit), so every cell read is checked: cleaned, and reported with its cell.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gridsOf } from './readWorkbook';

describe('finding 8: unsafe text in an imported workbook', () => {
  it('is cleaned when the cell is read, and the cell is listed for the preview', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Processing activities');
    sheet.getCell(1, 1).value = 'Name';
    sheet.getCell(2, 1).value = 'Leden\u0000administratie';
    sheet.getCell(3, 1).value = 'Half \uD800 pair';
    sheet.getCell(4, 1).value = 'Clean';
    const [grid] = gridsOf(workbook);
    expect(grid?.rows.get(2)?.[1]).toBe('Ledenadministratie');
    expect(grid?.rows.get(3)?.[1]).toBe('Half \uFFFD pair');
    expect(grid?.rows.get(4)?.[1]).toBe('Clean');
    expect(grid?.cleaned).toEqual([
      { row: 2, col: 1 },
      { row: 3, col: 1 },
    ]);
  });
});
