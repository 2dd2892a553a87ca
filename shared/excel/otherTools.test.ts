// The workbooks as other programs see them: edited with openpyxl (another xlsx library than ExcelJS), saved again by
// LibreOffice, printed to PDF by LibreOffice. Each part is skipped, saying so, when its tool is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyRegister, type Register } from '../model';
import { fingerprint } from '../register/canonical';
import { isUnchanged, type RegisterDiff } from '../register/compare';
import { sampleRegister } from '../sample/sampleRegister';
import { exportWorkbook, planWorkbookImport } from '.';
import type { Layout } from './columnMap';

const base = { exportedAt: new Date('2026-11-20T09:30:00Z'), today: '2026-11-20' };

function found(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return result.status === 0;
}
const SOFFICE = found('soffice', ['--version']) ? 'soffice' : undefined;
// openpyxl installs for the system interpreter; the first python3 on PATH may be another one.
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => found(p, ['-c', 'import openpyxl']));
const PDFTOTEXT = found('pdftotext', ['-v']);

const dir = mkdtempSync(join(tmpdir(), 'ropa-excel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soffice(args: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'ropa-lo-profile-'));
  try {
    execFileSync(SOFFICE as string, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, ...args], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Changes the first purpose of one activity, deletes the row of another, adds a row: with openpyxl. */
const EDIT_SCRIPT = `
import sys, openpyxl
path, out, sheet_name, header_row, change_id, delete_id, new_name, new_purpose, new_status = sys.argv[1:10]
header_row = int(header_row)
wb = openpyxl.load_workbook(path)
ws = wb[sheet_name]
col = {str(c.value).strip(): c.column for c in ws[header_row] if c.value is not None}
ids = {str(ws.cell(r, col['ID']).value): r for r in range(header_row + 1, ws.max_row + 1)}
cell = ws.cell(ids[change_id], col['Doeleinden'])
lines = str(cell.value).split('\\n')
cell.value = '\\n'.join(['Leden identificeren en hun dossier beheren (gewijzigd)'] + lines[1:])
ws.delete_rows(ids[delete_id])
row = ws.max_row + 1
ws.cell(row, col['Naam']).value = new_name
ws.cell(row, col['Doeleinden']).value = new_purpose
ws.cell(row, col['Status']).value = new_status
wb.save(out)
`;

function expectExactlyTheEdits(diff: RegisterDiff, changedId: string, deletedId: string, newName: string): void {
  expect(diff.meta).toEqual([]);
  for (const [kind, k] of Object.entries(diff.kinds)) {
    if (kind === 'activities') continue;
    expect(k, kind).toEqual({ added: [], removed: [], changed: [] });
  }
  const activities = diff.kinds.activities;
  expect(activities.added.map((a) => a.name)).toEqual([newName]);
  expect(activities.removed.map((a) => a.id)).toEqual([deletedId]);
  expect(activities.changed.map((a) => a.id)).toEqual([changedId]);
  expect(activities.changed[0]?.fields.map((f) => f.path)).toEqual(['purposes']);
}

describe.skipIf(!PYTHON)(
  `a workbook edited with openpyxl${PYTHON ? '' : ' — SKIPPED: no python3 with openpyxl (apt-get install python3-openpyxl)'}`,
  () => {
    const register = sampleRegister();
    const referenced = new Set(register.activities.map((a) => a.replacedByActivityId));
    const changed = register.activities[0] as Register['activities'][number];
    const deleted = register.activities.filter((a) => !referenced.has(a.id))[4] as Register['activities'][number];
    const newName = 'Klachtenbehandeling door de ombudsdienst';

    it.each([
      ['authority', 'Register', 2],
      ['complete', 'Verwerkingsactiviteiten', 1],
    ] as const)(
      '%s layout: a changed purpose, an added activity and a deleted row are exactly what the import finds',
      async (layout: Layout, sheet, headerRow) => {
        const source = join(dir, `edit-${layout}.xlsx`);
        const edited = join(dir, `edited-${layout}.xlsx`);
        writeFileSync(source, await exportWorkbook(register, { ...base, lang: 'nl', layout }));
        writeFileSync(join(dir, 'edit.py'), EDIT_SCRIPT);
        execFileSync(
          PYTHON as string,
          [
            join(dir, 'edit.py'),
            source,
            edited,
            sheet,
            String(headerRow),
            changed.id,
            deleted.id,
            newName,
            'Klachten van leden behandelen',
            'Actief',
          ],
          { timeout: 60_000 },
        );

        const plan = await planWorkbookImport(new Uint8Array(readFileSync(edited)), register, { lang: 'nl' });
        expect(plan.layout).toBe(layout);
        expectExactlyTheEdits(plan.diff, changed.id, deleted.id, newName);

        const after = plan.register;
        expect(after.activities.find((a) => a.id === changed.id)?.purposes[0]?.description).toBe(
          'Leden identificeren en hun dossier beheren (gewijzigd)',
        );
        expect(after.activities.find((a) => a.id === changed.id)?.purposes[0]?.id).toBe(changed.purposes[0]?.id);
        expect(after.activities.some((a) => a.id === deleted.id)).toBe(false);
        const added = after.activities.find((a) => a.name === newName);
        expect(added).toMatchObject({ status: 'active', purposes: [{ description: 'Klachten van leden behandelen' }] });
        expect(after.activities).toHaveLength(register.activities.length);
      },
    );
  },
);

describe.skipIf(!SOFFICE)(
  `LibreOffice${SOFFICE ? '' : ' — SKIPPED: soffice not found (apt-get install libreoffice-calc-nogui)'}`,
  () => {
    const register = sampleRegister();
    const files: Record<Layout, string> = {
      authority: join(dir, 'register-authority.xlsx'),
      complete: join(dir, 'register-complete.xlsx'),
    };
    const resaved = join(dir, 'resaved');
    const pdf = join(dir, 'pdf');
    const csv = join(dir, 'csv');
    const formulaFile = join(dir, 'formulas.xlsx');
    const formulaLike = ['=SUM(A1)', '+32 2 246 41 11', '-5', '@x'];

    beforeAll(async () => {
      writeFileSync(files.authority, await exportWorkbook(register, { ...base, lang: 'fr', layout: 'authority' }));
      writeFileSync(
        files.complete,
        await exportWorkbook(register, { ...base, lang: 'fr', layout: 'complete', snapshotName: 'Envoyé à l’APD' }),
      );
      soffice(['--convert-to', 'xlsx', '--outdir', resaved, files.authority, files.complete]);
      soffice(['--convert-to', 'pdf', '--outdir', pdf, files.authority, files.complete]);
      const withFormulas = sampleRegister();
      formulaLike.forEach((text, i) => {
        (withFormulas.activities[i] as Register['activities'][number]).description = text;
      });
      writeFileSync(formulaFile, await exportWorkbook(withFormulas, { ...base, lang: 'nl', layout: 'authority' }));
      // Every sheet to its own CSV file (the last option, -1), as LibreOffice computes the cells.
      soffice([
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        csv,
        formulaFile,
      ]);
    }, 240_000);

    it('reads formula-like text as text, not as formulas', () => {
      const text = readFileSync(join(csv, 'formulas-Register.csv'), 'utf8');
      for (const value of formulaLike) expect(text).toContain(value);
      expect(text).not.toMatch(/#NAME\?|Err:/);
    });

    it.each(['authority', 'complete'] as const)(
      'saves the %s workbook again without changing what it says',
      async (layout) => {
        const bytes = new Uint8Array(readFileSync(join(resaved, `register-${layout}.xlsx`)));
        const plan = await planWorkbookImport(bytes, register);
        expect(plan.layout).toBe(layout);
        expect(
          isUnchanged(plan.diff),
          JSON.stringify(plan.diff.kinds.activities.changed[0] ?? plan.diff.meta).slice(0, 500),
        ).toBe(true);
        if (layout === 'complete') {
          const fresh = await planWorkbookImport(bytes, emptyRegister());
          expect(fingerprint(fresh.register)).toBe(fingerprint(register));
        }
      },
    );

    it.each(['authority', 'complete'] as const)('converts the %s workbook to a PDF, accents intact', (layout) => {
      const file = join(pdf, `register-${layout}.pdf`);
      expect(readdirSync(pdf)).toContain(`register-${layout}.pdf`);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      if (PDFTOTEXT) {
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', timeout: 60_000 });
        expect(text).toContain(layout === 'authority' ? 'Finalités' : 'Empreinte du registre');
        expect(text).toContain('Affiliation et assurabilité');
      }
    });
  },
);
