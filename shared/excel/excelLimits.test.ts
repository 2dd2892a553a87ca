// Finding 10: exports stay within Excel's documented limits (a cell holds at most 32,767 characters, a header or
// footer at most 255), which LibreOffice does not enforce but Excel does: beyond them Excel refuses or "repairs" the
// file. The authority layout shortens a longer text with a visible note; the complete layout spreads it over
// continuation cells and still reads back into the same register.
import { stampLegacyTranslations } from '../translation/legacyStamps';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LOCALE_OF } from '../i18n/languages';
import { emptyRegister, type Register } from '../model';
import { fingerprint } from '../register/canonical';
import { isUnchanged } from '../register/compare';
import { sampleRegister } from '../sample/sampleRegister';
import { exportWorkbook, planWorkbookImport } from '.';
import { xlsxText } from './cells';
import { COLUMN_MAP, type Layout } from './columnMap';

const base = { exportedAt: new Date('2026-11-20T09:30:00Z'), today: '2026-11-20' };
const CELL_LIMIT = 32_767;
const HEADER_FOOTER_LIMIT = 255;

/** 40,000 characters with what grows when written (XML entities, escaped control characters, `&` in footers) and
 * characters that take two UTF-16 units, so that no split may fall inside one. */
function longText(length: number): string {
  const piece = 'Lorem ipsum & <dolor> "sit" 😀 amet, _x0041_ \u0001 consectetur\r\nadipiscing. ';
  let text = '';
  while (text.length + piece.length <= length) text += piece;
  return text + 'x'.repeat(length - text.length);
}
const LONG = longText(40_000);
const TITLE = `Register & ${'verwerkingsactiviteiten & '.repeat(12)}`.slice(0, 300);

function registerAtTheLimits(): Register {
  const register = sampleRegister();
  const [first, second] = register.activities as [Register['activities'][number], Register['activities'][number]];
  // The first shows the long text in its own sheet cell (no English translation); the second keeps its English
  // translation, so its long original goes to the translations sheet of the complete layout.
  first.description = LONG;
  if (first.i18n?.en) delete first.i18n.en.description;
  second.description = LONG;
  register.meta.title = TITLE;
  for (const texts of Object.values(register.meta.i18n ?? {})) if (texts) texts.title = TITLE;
  // The translations left are translations of the new texts: stamped afresh.
  for (const holder of [first, second, register.meta]) delete holder.i18nSource;
  return stampLegacyTranslations(register);
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface WrittenXml {
  /**
   * Every cell text: shared strings and inline strings, XML entities decoded. Escaped characters (`_x0001_`) count
   * as written, which is never less than Excel counts.
   */
  texts: string[];
  /** Every header and footer of every sheet. */
  headerFooters: string[];
}

async function writtenXml(bytes: Uint8Array): Promise<WrittenXml> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => (zip.file(name) as JSZip.JSZipObject).async('string');
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const parts = [...(await Promise.all(sheets.map(read)))];
  const shared = zip.file('xl/sharedStrings.xml') ? await read('xl/sharedStrings.xml') : '';
  const texts: string[] = [];
  for (const si of shared.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    texts.push(
      [...(si[1] as string).matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1] as string)).join(''),
    );
  }
  const headerFooters: string[] = [];
  for (const xml of parts) {
    for (const is of xml.matchAll(/<is>([\s\S]*?)<\/is>/g)) {
      texts.push(
        [...(is[1] as string).matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1] as string)).join(''),
      );
    }
    for (const v of xml.matchAll(/<c [^>]*t="str"[^>]*>\s*<v>([\s\S]*?)<\/v>/g)) texts.push(decodeXml(v[1] as string));
    for (const hf of xml.matchAll(/<(odd|even|first)(Header|Footer)>([\s\S]*?)<\/\1\2>/g))
      headerFooters.push(decodeXml(hf[3] as string));
  }
  return { texts, headerFooters };
}

async function exported(register: Register, layout: Layout): Promise<Uint8Array> {
  return exportWorkbook(register, { ...base, lang: 'en', layout });
}

describe("finding 10: Excel's limits", () => {
  it.each(['authority', 'complete'] as const)(
    '%s layout: no cell over 32,767 characters, no header or footer over 255, page numbers kept',
    async (layout) => {
      const { texts, headerFooters } = await writtenXml(await exported(registerAtTheLimits(), layout));
      const longest = Math.max(...texts.map((t) => t.length));
      expect(longest).toBeLessThanOrEqual(CELL_LIMIT);
      // The long text is there, cut to the limit or in parts, not dropped.
      expect(longest).toBeGreaterThan(CELL_LIMIT - 200);
      expect(headerFooters.length).toBeGreaterThan(0);
      for (const text of headerFooters) {
        expect(text.length, text).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT);
        expect(text.endsWith('&R&8&P / &N'), text).toBe(true);
      }
      // The title is in the footer (shortened), its ampersands still escaped.
      expect(headerFooters.some((t) => t.includes('Register && verwerkingsactiviteiten'))).toBe(true);
    },
  );

  it('authority layout: a longer text is shortened with a note, and reading the workbook back changes nothing', async () => {
    const register = registerAtTheLimits();
    const bytes = await exported(register, 'authority');
    const { texts } = await writtenXml(bytes);
    // Numbers are written the Belgian way in every language (40.000 in English too).
    const count = (40_000).toLocaleString(LOCALE_OF.en);
    const note = `… [text shortened: ${count} characters; the full text is in the register file]`;
    const shortened = texts.filter((t) => t.endsWith(note));
    // Both activities show the same text: one shared string.
    expect(shortened).toHaveLength(1);
    const shown = (shortened[0] as string).slice(0, -note.length);
    expect(
      LONG.startsWith(shown.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))),
    ).toBe(true);

    const plan = await planWorkbookImport(bytes, register, { lang: 'en' });
    expect(isUnchanged(plan.diff), JSON.stringify(plan.diff.kinds.activities.changed).slice(0, 500)).toBe(true);
    expect(plan.register.activities[0]?.description).toBe(LONG);
    expect(plan.problems).toEqual([]);
  });

  it('authority layout: a shortened cell edited with its note still in it is refused; without the note it is taken', async () => {
    const register = registerAtTheLimits();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported(register, 'authority')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(COLUMN_MAP.authorityRegister.sheet.en) as ExcelJS.Worksheet;
    // ExcelJS writes control characters raw (Excel escapes them): escaped here, the cells not edited stay as they were.
    sheet.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string') c.value = xlsxText(c.value);
      }),
    );
    const header = COLUMN_MAP.authorityRegister.columns.find((c) => c.key === 'description')?.header.en;
    let col = 0;
    sheet.getRow(2).eachCell((cell, c) => {
      if (cell.value === header) col = c;
    });
    const cell = sheet.getCell(3, col);
    cell.value = `Edited. ${String(cell.value)}`;
    let plan = await planWorkbookImport(new Uint8Array(await workbook.xlsx.writeBuffer()), register, { lang: 'en' });
    expect(isUnchanged(plan.diff)).toBe(true);
    expect(plan.problems).toContainEqual({
      sheet: sheet.name,
      row: 3,
      column: header,
      reason:
        'the text was shortened in this workbook (it is longer than an Excel cell holds) and cannot be edited here; edit it in RoPA Desk. The field keeps its current value',
    });

    cell.value = 'A short description';
    plan = await planWorkbookImport(new Uint8Array(await workbook.xlsx.writeBuffer()), register, { lang: 'en' });
    expect(plan.register.activities[0]?.description).toBe('A short description');
    expect(plan.problems).toEqual([]);
  });

  it('complete layout: a longer text goes over continuation cells and reads back into the same register', async () => {
    const register = registerAtTheLimits();
    const bytes = await exported(register, 'complete');
    const { texts } = await writtenXml(bytes);
    const description = COLUMN_MAP.activities.columns.find((c) => c.key === 'description')?.header.en as string;
    expect(texts).toContain(`${description} (continued 2)`);

    const fresh = await planWorkbookImport(bytes, emptyRegister(), { lang: 'en' });
    expect(fingerprint(fresh.register)).toBe(fingerprint(register));
    expect(fresh.register.activities[0]?.description).toBe(LONG);
    expect(fresh.register.activities[1]?.description).toBe(LONG);

    const same = await planWorkbookImport(bytes, register, { lang: 'en' });
    expect(isUnchanged(same.diff)).toBe(true);
    expect(same.problems).toEqual([]);
  });
});
