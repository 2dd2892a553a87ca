/**
 * Issue 14 from the command line: a register file edited by another tool (a Dutch text changed, its translations
 * left as they were) is exported by `ropa export` with the main text marked instead of the outdated translation, and
 * `ropa validate` reports the outdated translation. The real executable, as a user or a script runs it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const OLD_NL = 'Leden identificeren, contacteren, correct adviseren en hun dossier beheren';
const NEW_NL = 'Leden identificeren en contacteren, en hun dossier beheren (herzien)';
const OLD_EN = 'Identifying, contacting and advising members and managing their file';

let dir = '';
const file = (name: string): string => path.join(dir, name);

function ropa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ropa-translation-'));
  expect((await ropa('sample', '--out', file('sample.ropa.json'))).code).toBe(0);
  // Another tool changes the Dutch purpose and leaves everything else, translations and their stamps included.
  const text = await readFile(file('sample.ropa.json'), 'utf8');
  expect(text).toContain(JSON.stringify(OLD_NL));
  await writeFile(file('edited.ropa.json'), text.replace(JSON.stringify(OLD_NL), JSON.stringify(NEW_NL)));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a register file whose main text was changed by another tool', () => {
  it('ropa validate reports the outdated translations of that text', async () => {
    const outcome = await ropa('validate', 'edited.ropa.json', '--today', '2026-12-01');
    expect(outcome.stdout).toMatch(
      /WARNING TRANSLATION_OUTDATED activities «Aansluiting en verzekerbaarheid» purposes:.*\(fr, en\)/,
    );
    const before = await ropa('validate', 'sample.ropa.json', '--today', '2026-12-01');
    expect(before.stdout).not.toContain('TRANSLATION_OUTDATED');
  });

  it('ropa export in English shows the new Dutch text, marked, and never the old English one', async () => {
    const [xlsx, pdf] = await Promise.all([
      ropa('export', 'edited.ropa.json', '--format', 'xlsx', '--lang', 'en', '--out', file('edited.xlsx')),
      ropa('export', 'edited.ropa.json', '--format', 'pdf', '--lang', 'en', '--out', file('edited.pdf')),
    ]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(pdf.code, pdf.stderr).toBe(0);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(file('edited.xlsx'))).buffer as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    expect(cells.some((c) => String(c.value).includes(OLD_EN))).toBe(false);
    const shown = cells.filter((c) => String(c.value).includes(NEW_NL));
    expect(shown.length).toBeGreaterThan(0);
    for (const cell of shown) expect(cell.font?.italic).toBe(true);

    // The PDF as an auditor's tool reads it (poppler's pdftotext; .ci/run installs it), lines joined.
    const text = execFileSync('pdftotext', [file('edited.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).not.toContain(OLD_EN);
    expect(text).toContain(`${NEW_NL} [nl]`);
  });
});
