/**
 * The workbook for translators, end to end: written for a language, opened and filled in with ExcelJS as a
 * spreadsheet program would (then saved), and planned back in. Cells stay text both ways: a source or a translation
 * that starts with `=` is never a formula, and a formula a translator types is reported, not imported.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { xlsxText } from '../../excel/cells';
import type { Register } from '../../model';
import { exchangeFixture as fixture, KEY, TAX } from '../../test/translationExchange';
import { sourceStamp } from '../sourceStamp';
import { translationTasks } from '../translationTasks';
import { TranslationFileError } from './errors';
import { planTranslationImport } from './planImport';
import { COLUMNS, INFO_SHEET, readTranslationWorkbook, writeTranslationWorkbook } from './translationWorkbook';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const textSheet = (workbook: ExcelJS.Workbook): ExcelJS.Worksheet => workbook.worksheets[0] as ExcelJS.Worksheet;

/** The row of the text `key` in the sheet of texts. */
function rowOf(sheet: ExcelJS.Worksheet, key: string): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, COLUMNS.key).value === key) return sheet.getRow(r);
  throw new Error(`no row for ${key}`);
}

/** The workbook with translations typed into it, opened and saved as a spreadsheet program would. */
async function filled(bytes: Uint8Array, translations: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
  const workbook = await open(bytes);
  const sheet = textSheet(workbook);
  for (const [key, value] of Object.entries(translations)) rowOf(sheet, key).getCell(COLUMNS.translation).value = value;
  return save(workbook);
}

async function refusal(promise: Promise<unknown>): Promise<TranslationFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranslationFileError);
  return error as TranslationFileError;
}

describe('the workbook for translators', () => {
  it('has a row per task, headers in the interface language, hidden key and stamp, and only text cells', async () => {
    const register = fixture();
    const workbook = await open(await writeTranslationWorkbook(register, 'fr', { ui: 'nl' }));
    const sheet = textSheet(workbook);
    expect(sheet.name).toBe('Vertaling');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Sleutel',
      'Record',
      'Veld',
      'Tekst in het Nederlands',
      'Vertaling in het Frans',
      'Vroegere vertaling (verouderd)',
      'Bronstempel',
    ]);
    expect(sheet.getColumn(COLUMNS.key).hidden).toBe(true);
    expect(sheet.getColumn(COLUMNS.stamp).hidden).toBe(true);
    expect(sheet.getColumn(COLUMNS.translation).hidden).toBe(false);
    const tasks = translationTasks(register, 'fr');
    expect(sheet.rowCount).toBe(tasks.length + 1);
    tasks.forEach((task, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(COLUMNS.key).value).toBe(task.key);
      expect(row.getCell(COLUMNS.stamp).value).toBe(task.stamp);
      expect(row.getCell(COLUMNS.source).value).toBe(task.source);
      expect(row.getCell(COLUMNS.translation).value).toBeNull();
      expect(row.getCell(COLUMNS.translation).numFmt).toBe('@');
      expect(row.getCell(COLUMNS.translation).protection?.locked).toBe(false);
    });
    // The purpose that starts with "=" is a string cell, not a formula.
    const tax = rowOf(sheet, KEY.tax).getCell(COLUMNS.source);
    expect(tax.type).toBe(ExcelJS.ValueType.String);
    expect(tax.value).toBe('=Belasting inhouden');
    const pay = rowOf(sheet, KEY.pay);
    expect(pay.getCell(COLUMNS.previous).value).toBe('Payer les salaires (ancien)');
    expect(pay.getCell(COLUMNS.record).value).toBe('Verwerkingsactiviteit: Loonadministratie');
    expect(pay.getCell(COLUMNS.field).value).toBe('Doeleinden 1');
    expect(workbook.getWorksheet(INFO_SHEET)?.state).toBe('hidden');
  });

  it('reads itself back: keys, stamps, sources and the languages', async () => {
    const register = fixture();
    const file = await readTranslationWorkbook(await writeTranslationWorkbook(register, 'de'));
    expect(file).toMatchObject({ format: 'xlsx', marked: true, sourceLanguage: 'nl', targetLanguage: 'de' });
    const tasks = translationTasks(register, 'de');
    expect(file.entries.map((e) => [e.key, e.stamp, e.source, e.target])).toEqual(
      tasks.map((t) => [t.key, t.stamp, t.source, '']),
    );
  });
});

describe('importing a translated workbook', () => {
  it('applies what was typed (edited outside the app), a text starting with "=" staying text', async () => {
    const register = fixture();
    const bytes = await filled(await writeTranslationWorkbook(register, 'fr'), {
      [KEY.name]: 'Gestion des salaires',
      [KEY.tax]: '=Retenir l’impôt',
      [KEY.pay]: { richText: [{ text: 'Payer ' }, { text: 'les salaires', font: { bold: true } }] },
      // Excel and LibreOffice save a literal "_x0041_" escaped (ExcelJS leaves that to its caller: xlsxText).
      [KEY.description]: xlsxText('Calculer\r\net payer _x0041_ tel quel'),
    });
    const plan = await planTranslationImport(register, bytes, { lang: 'fr' });
    expect(plan.format).toBe('xlsx');
    expect(plan.problems).toEqual([]);
    expect(Object.fromEntries(plan.applied.map((r) => [r.key, r.translation]))).toEqual({
      [KEY.name]: 'Gestion des salaires',
      [KEY.tax]: '=Retenir l’impôt',
      [KEY.pay]: 'Payer les salaires',
      [KEY.description]: 'Calculer\r\net payer _x0041_ tel quel',
    });
    const activity = plan.register.activities[0];
    expect(activity?.purposes.find((p) => p.id === TAX)?.i18n?.fr?.description).toBe('=Retenir l’impôt');
    expect(activity?.i18nSource?.fr?.name).toBe(sourceStamp('Loonadministratie'));
    const left = translationTasks(plan.register, 'fr').map((t) => t.key);
    for (const key of [KEY.name, KEY.tax, KEY.pay, KEY.description]) expect(left).not.toContain(key);
    expect(plan.unchanged.every((r) => r.reason === 'empty')).toBe(true);
  });

  it('reports a formula or an error value typed as a translation, and imports the rest', async () => {
    const register = fixture();
    const bytes = await filled(await writeTranslationWorkbook(register, 'fr', { ui: 'fr' }), {
      [KEY.name]: { formula: 'D3&" (FR)"', result: 'x' },
      [KEY.tax]: { error: '#REF!' },
      [KEY.pay]: 'Payer les salaires',
    });
    const plan = await planTranslationImport(register, bytes, { ui: 'fr' });
    expect(plan.applied.map((r) => r.key)).toEqual([KEY.pay]);
    expect(plan.problems.map((p) => [p.key, p.applied, p.reason])).toEqual([
      [
        KEY.name,
        false,
        'la cellule de traduction contient une formule (=D3&" (FR)") ; le texte n’est pas importé. Saisissez la traduction comme texte.',
      ],
      [KEY.tax, false, 'la cellule de traduction contient une valeur d’erreur (#REF!) ; le texte n’est pas importé'],
    ]);
    expect(plan.problems[0]?.record).toBe('Activité de traitement : Loonadministratie');
  });

  it('refuses stale texts and lists unknown ones', async () => {
    const register = fixture();
    const bytes = await filled(await writeTranslationWorkbook(register, 'fr'), {
      [KEY.name]: 'Gestion des salaires',
      [KEY.tax]: 'Retenir l’impôt',
      [KEY.title]: 'Registre',
    });
    const changed: Register = {
      ...register,
      meta: { ...register.meta, title: 'Register van CM' },
      activities: register.activities.map((a) => ({ ...a, purposes: a.purposes.filter((p) => p.id !== TAX) })),
    };
    const plan = await planTranslationImport(changed, bytes);
    expect(plan.applied.map((r) => r.key)).toEqual([KEY.name]);
    expect(plan.stale.map((r) => [r.key, r.source, r.currentSource])).toEqual([
      [KEY.title, 'Register & co', 'Register van CM'],
    ]);
    expect(plan.unknown.map((r) => [r.key, r.reason])).toEqual([[KEY.tax, 'recordGone']]);
  });

  it('refuses a workbook in another language, one that is not ours, and what the workbook guards refuse', async () => {
    const register = fixture();
    const bytes = await writeTranslationWorkbook(register, 'fr');
    expect((await refusal(planTranslationImport(register, bytes, { lang: 'en' }))).key).toBe('wrongLanguage');

    const other = new ExcelJS.Workbook();
    other.addWorksheet('Blad1').getCell('A1').value = 'Naam';
    const notOurs = await refusal(planTranslationImport(register, await save(other)));
    expect(notOurs.key).toBe('noTextSheet');
    expect(notOurs.localized('de')).toContain('„RoPA Desk“');

    const encrypted = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const locked = await refusal(planTranslationImport(register, encrypted, { ui: 'nl' }));
    expect(locked.key).toBe('workbook');
    expect(locked.localized('nl')).toContain('wachtwoord');
    expect(locked.localized('en')).toContain('password-protected');

    const cut = await refusal(planTranslationImport(register, bytes.slice(0, bytes.length - 200)));
    expect(cut.message).toContain('truncated');

    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('xl/workbook.xml', '<workbook/>');
    bomb.file('xl/worksheets/sheet1.xml', new Uint8Array(40 * 1024 * 1024));
    const zipped = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect((await refusal(planTranslationImport(register, zipped))).message).toContain('zip bomb');
  });

  it('property: any subset of the tasks, typed with any text, is applied and leaves the tasks list', async () => {
    const register = fixture();
    const bytes = await writeTranslationWorkbook(register, 'fr');
    const tasks = translationTasks(register, 'fr');
    // Text a cell can hold: no control characters but line breaks (the workbook writer's own escapes are tested
    // in shared/excel), not blank.
    const cellText = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      // eslint-disable-next-line no-control-regex -- control characters a typed cell does not hold
      .map((s) => s.replace(/[\u0000-\u0009\u000b-\u001f\ufffe\uffff]/g, ''))
      .filter((s) => s.trim() !== '');
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.nat({ max: tasks.length - 1 }), cellText), { selector: ([i]) => i, minLength: 1 }),
        async (choices) => {
          const typed = Object.fromEntries(choices.map(([i, text]) => [tasks[i]?.key ?? '', text]));
          const plan = await planTranslationImport(register, await filled(bytes, typed), { lang: 'fr' });
          expect(plan.applied.map((r) => r.key).sort()).toEqual(Object.keys(typed).sort());
          const left = new Set(translationTasks(plan.register, 'fr').map((t) => t.key));
          for (const [key, text] of Object.entries(typed)) {
            expect(left.has(key)).toBe(false);
            expect(plan.applied.find((r) => r.key === key)?.translation).toBe(text);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
