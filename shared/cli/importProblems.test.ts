/**
 * Finding 7 for workbooks: the lines `ropa import` writes for cells it cannot read are in the --lang language and
 * short, whatever the workbook holds. The workbook import is replaced here, so only the CLI's part is tested; the
 * input is a workbook marked as RoPA Desk's (its information sheet), which the CLI sends to the workbook import.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyRegister } from '../model';
import { run, type CliIo } from './main';

vi.mock('../excel', () => ({
  planWorkbookImport: async () => ({
    register: emptyRegister({ title: 'From a workbook' }),
    problems: [
      { sheet: 'Activities', row: 3, column: 'Start', reason: 'Grund' },
      { sheet: 'S'.repeat(10_000), row: 0, column: 'C\n'.repeat(10_000), reason: 'R'.repeat(10_000) },
    ],
  }),
}));

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ropa-cells-'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Register').getCell('A1').value = 'Name';
  const info = workbook.addWorksheet('ropa-desk', { state: 'hidden' });
  info.addRow(['format', 'ropa-desk-workbook']);
  await writeFile(path.join(dir, 'in.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('finding 7: workbook problems', () => {
  it('finding 7: names sheet, row and column in the --lang language, each line short and one line', async () => {
    let stderr = '';
    const io: CliIo = { stdout: () => undefined, stderr: (t) => void (stderr += t), now: () => new Date(), env: {} };
    const code = await run(
      ['import', path.join(dir, 'in.xlsx'), '--out', path.join(dir, 'out.json'), '--lang', 'de'],
      io,
    );
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('ropa: Activities!Start Zeile 3: Grund');
    expect((lines[1] as string).length).toBeLessThan(600);
  });
});
