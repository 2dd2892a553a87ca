/**
 * Writes one table of the column map to a worksheet, with what makes a register readable on screen and on paper:
 * header frozen and filtered, wrapped text, widths from the content, landscape print fitted to the page width with
 * the header repeated. Style objects are shared, never built per cell: ExcelJS recognises a style it has seen by
 * object identity, which is what keeps a 5,000-row export close to the cost of writing bare values.
 */
import type ExcelJS from 'exceljs';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { type CellOut, cellParts, columnLetter, fitCell, fitsInCell, xlsxText } from './cells';
import { type ColumnDef, type DropDownId, GROUPS, type GroupId, type TableDef } from './columnMap';
import type { RenderContext } from './context';
import { addListValidation, type Workbook, type Worksheet } from './excelIo';
import { workbookLabels } from './words';

const FONT = { name: 'Calibri', size: 10 } as const;
const TOP_WRAP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const THIN = { style: 'thin', color: { argb: 'FF808080' } } as const;
const BOX: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** The shared styles; each is one object for every cell that uses it. */
export const STYLES = {
  text: { font: FONT, alignment: TOP_WRAP } as Partial<ExcelJS.Style>,
  /** Main-language text shown for want of a current translation; the legend on the cover or instructions explains it. */
  fallbackText: {
    font: { ...FONT, italic: true, color: { argb: 'FF7F4F00' } },
    alignment: TOP_WRAP,
    fill: solid('FFFCE4C4'),
  } as Partial<ExcelJS.Style>,
  date: { font: FONT, alignment: { vertical: 'top' }, numFmt: 'dd/mm/yyyy' } as Partial<ExcelJS.Style>,
  dateTime: {
    font: FONT,
    alignment: { vertical: 'top', horizontal: 'left' },
    numFmt: 'dd/mm/yyyy hh:mm',
  } as Partial<ExcelJS.Style>,
  header: {
    font: { ...FONT, bold: true },
    fill: solid('FFD9E1F2'),
    alignment: { vertical: 'middle', wrapText: true },
    border: BOX,
  } as Partial<ExcelJS.Style>,
  /** Mandatory columns: red, as in the GBA/APD model. */
  mandatoryHeader: {
    font: { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } },
    fill: solid('FFC00000'),
    alignment: { vertical: 'middle', wrapText: true },
    border: BOX,
  } as Partial<ExcelJS.Style>,
  group: {
    font: { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } },
    fill: solid('FF44546A'),
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
    border: BOX,
  } as Partial<ExcelJS.Style>,
  title: {
    font: { name: 'Calibri', size: 14, bold: true },
    alignment: { vertical: 'top', wrapText: true },
  } as Partial<ExcelJS.Style>,
  label: { font: { ...FONT, bold: true }, alignment: TOP_WRAP } as Partial<ExcelJS.Style>,
} as const;

export interface PrintOptions {
  /** Footer texts (left part, joined with " · "); page numbers are added on the right. */
  footer: readonly string[];
  /** Print on A3 rather than A4. */
  wide?: boolean;
  /** Print the cell grid (tables); off for the cover and instructions. */
  grid?: boolean;
}

/** Header and footer text is a mini-language where `&` starts a code. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Excel's most characters in a header or footer, its `&` codes included; beyond it Excel refuses the file. */
export const HEADER_FOOTER_LIMIT = 255;
const FOOTER_LEFT = '&L&8';
const FOOTER_PAGES = '&R&8&P / &N';
const FOOTER_SEPARATOR = ' · ';

/**
 * The footer within Excel's limit. The page numbers are always there; when the texts are too long, the longest one
 * (a long register title or snapshot name) is cut with "…" until they fit, so the edition, date and fingerprint,
 * which are short, stay whole.
 */
export function footerCode(parts: readonly string[]): string {
  const room = HEADER_FOOTER_LIMIT - FOOTER_LEFT.length - FOOTER_PAGES.length;
  const texts = [...parts];
  for (;;) {
    const left = footerText(texts.join(FOOTER_SEPARATOR));
    const over = left.length - room;
    if (over <= 0) return `${FOOTER_LEFT}${left}${FOOTER_PAGES}`;
    let longest = 0;
    texts.forEach((text, i) => {
      if (text.length > (texts[longest] as string).length) longest = i;
    });
    const text = texts[longest] as string;
    if (text.length <= 1) return `${FOOTER_LEFT}${FOOTER_PAGES}`;
    // Cutting `over` characters of text takes at least `over` off the code (an `&` is two); one more makes room for
    // the ellipsis.
    let keep = Math.max(0, text.length - over - 1);
    if (keep > 0 && isHighSurrogate(text.charCodeAt(keep - 1))) keep -= 1;
    texts[longest] = `${text.slice(0, keep).trimEnd()}…`;
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

export function printSetup(sheet: Worksheet, headerRows: number, print: PrintOptions): void {
  sheet.pageSetup = {
    paperSize: (print.wide ? 8 : 9) as ExcelJS.PaperSize,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    showGridLines: print.grid ?? true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
    ...(headerRows > 0 ? { printTitlesRow: `1:${headerRows}` } : {}),
  };
  const footer = footerCode(print.footer);
  sheet.headerFooter = { oddFooter: footer, evenFooter: footer };
}

function cellWidth(value: CellOut): number {
  if (value === undefined) return 0;
  if (value instanceof Date) return 10;
  let widest = 0;
  let start = 0;
  for (;;) {
    const end = value.indexOf('\n', start);
    const length = (end === -1 ? value.length : end) - start;
    if (length > widest) widest = length;
    if (end === -1) return widest;
    start = end + 1;
  }
}

/** Points per line of 10-point text, and Excel's largest row height. */
export const LINE_HEIGHT = 13;
const MAX_ROW_HEIGHT = 409;

/**
 * How many lines a text takes in a column of `width` characters once wrapped. Estimated on the wide side (fonts
 * differ between Excel and LibreOffice, and words do not break), since a row a little too tall reads better than
 * a row that cuts text off.
 */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, width - 2);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil((line.length * 1.1) / capacity));
  return lines;
}

function headerWordWidth(text: string): number {
  return Math.max(...text.split(/\s+/).map((w) => w.length));
}

export interface TableSheet<R> {
  name: string;
  table: TableDef<R>;
  rows: readonly R[];
  ctx: RenderContext;
  print: PrintOptions;
  /** Where each drop-down list's values are, e.g. `'Lijsten'!$A$2:$A$4`. */
  dropDowns?: Partial<Record<DropDownId, string>>;
  /**
   * What becomes of a text longer than a cell holds (see EXCEL_CELL_LIMIT): 'shorten' cuts it with a note, for
   * sheets made for people; 'continue' puts the rest in continuation columns, for sheets that must read back.
   */
  overflow: 'shorten' | 'continue';
}

const CONTINUED = workbookLabels('continued');

/** The header of the column with part `part` (2, 3...) of a column's texts; the importer recognises it. */
export function continuationHeader(header: string, part: number, lang: UiLanguage): string {
  return `${header} (${CONTINUED[lang]} ${part})`;
}

/**
 * Texts too long for a cell, spread over continuation columns: part 1 stays in its column, parts 2, 3... go to
 * columns "<header> (continued 2)"... after the table's own columns. Columns, not rows: a row stays one record, so
 * sorting or filtering in Excel keeps a text together, and the table's columns keep their places. The importer
 * joins the parts back (see tableRows), which keeps the promise that the complete workbook reads back into the same
 * register; refusing to export would have left a DPO with a long text no workbook at all.
 */
function withContinuations<R>(
  columns: readonly ColumnDef<R>[],
  values: CellOut[][],
): { columns: readonly ColumnDef<R>[]; values: CellOut[][] } {
  const split = new Map<number, Map<number, string[]>>();
  const parts = columns.map(() => 1);
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== 'string' || fitsInCell(value)) return;
      const pieces = cellParts(value);
      const cells = split.get(r) ?? new Map<number, string[]>();
      cells.set(c, pieces);
      split.set(r, cells);
      parts[c] = Math.max(parts[c] as number, pieces.length);
    }),
  );
  if (split.size === 0) return { columns, values };
  const extra: { column: number; part: number }[] = [];
  parts.forEach((count, c) => {
    for (let part = 2; part <= count; part += 1) extra.push({ column: c, part });
  });
  const added = extra.map(({ column, part }): ColumnDef<R> => {
    const base = columns[column] as ColumnDef<R>;
    return {
      key: `${base.key}~${part}`,
      header: Object.fromEntries(
        UI_LANGUAGES.map((lang) => [lang, continuationHeader(base.header[lang], part, lang)]),
      ) as ColumnDef<R>['header'],
      width: base.width,
      ...(base.hidden ? { hidden: true } : {}),
      value: () => undefined,
    };
  });
  const out = values.map((row, r) => {
    const cells = split.get(r);
    if (!cells) return [...row, ...extra.map(() => undefined)];
    return [
      ...row.map((value, c) => cells.get(c)?.[0] ?? value),
      ...extra.map(({ column, part }) => cells.get(column)?.[part - 1]),
    ];
  });
  return { columns: [...columns, ...added], values: out };
}

/** Rows below the data that still get the drop-down lists, for rows a person adds in Excel. */
const SPARE_VALIDATED_ROWS = 500;

export function writeTableSheet<R>(workbook: Workbook, spec: TableSheet<R>): Worksheet {
  const { table, ctx } = spec;
  const lang: UiLanguage = ctx.lang;
  // Every value first: the columns depend on them (continuation columns), and so do the widths.
  // Which cells show main-language text for want of a current translation: they are marked (italic, amber).
  const fellBack: boolean[][] = [];
  ctx.takeFallback();
  const computed: CellOut[][] = spec.rows.map((record) => {
    const flags: boolean[] = [];
    fellBack.push(flags);
    return (table.columns as readonly ColumnDef<R>[]).map((column) => {
      const value = column.value(record, ctx);
      flags.push(ctx.takeFallback());
      return value;
    });
  });
  if (spec.overflow === 'shorten') {
    for (const row of computed) for (let i = 0; i < row.length; i += 1) row[i] = fitCell(row[i], lang);
  }
  const { columns, values } =
    spec.overflow === 'continue'
      ? withContinuations(table.columns as readonly ColumnDef<R>[], computed)
      : { columns: table.columns as readonly ColumnDef<R>[], values: computed };
  const headerRows = table.groupRow ? 2 : 1;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [
      {
        state: 'frozen',
        xSplit: 0,
        ySplit: headerRows,
        topLeftCell: `A${headerRows + 1}`,
        activeCell: `A${headerRows + 1}`,
      },
    ],
  });

  const widths = columns.map((c) => Math.min(c.width, Math.max(headerWordWidth(c.header[lang]) + 1, 6)));

  // Header rows.
  if (table.groupRow) {
    const groupRow = sheet.getRow(1);
    let start = 0;
    while (start < columns.length) {
      const group: GroupId | undefined = columns[start]?.group;
      let end = start;
      while (end + 1 < columns.length && columns[end + 1]?.group === group) end += 1;
      const cell = groupRow.getCell(start + 1);
      cell.value = group ? GROUPS[group][lang] : '';
      for (let c = start; c <= end; c += 1) groupRow.getCell(c + 1).style = STYLES.group;
      if (end > start) sheet.mergeCells(1, start + 1, 1, end + 1);
      start = end + 1;
    }
  }
  const headerRow = sheet.getRow(headerRows);
  columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = column.header[lang];
    cell.style = column.mandatory ? STYLES.mandatoryHeader : STYLES.header;
  });

  // Data rows: cells with one shared style each, and a row height from the wrapped text: neither Excel nor
  // LibreOffice sizes rows of a generated file by themselves.
  const dateColumns = columns.map((c) => c.date === true);
  for (const rowValues of values) {
    rowValues.forEach((value, i) => {
      const w = cellWidth(value) + 2;
      if (w > (widths[i] as number)) widths[i] = Math.min(columns[i]?.width ?? w, w);
    });
  }
  const headerHeight = Math.max(
    ...columns.map((c, i) => (c.hidden ? 1 : wrappedLines(c.header[lang], widths[i] as number))),
  );
  sheet.getRow(headerRows).height = Math.min(MAX_ROW_HEIGHT, headerHeight * LINE_HEIGHT + 4);
  let rowNumber = headerRows;
  for (const [r, rowValues] of values.entries()) {
    const flags = fellBack[r] ?? [];
    rowNumber += 1;
    const row = sheet.getRow(rowNumber);
    let lines = 1;
    for (let i = 0; i < rowValues.length; i += 1) {
      const value = rowValues[i];
      if (value === undefined) continue;
      const cell = row.getCell(i + 1);
      if (value instanceof Date) {
        cell.value = value;
        cell.style = STYLES.date;
      } else {
        cell.value = xlsxText(value);
        cell.style = dateColumns[i] ? STYLES.date : flags[i] ? STYLES.fallbackText : STYLES.text;
        if (!columns[i]?.hidden) lines = Math.max(lines, wrappedLines(value, widths[i] as number));
      }
    }
    row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
  }

  columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = widths[i] as number;
    col.style = column.date ? STYLES.date : STYLES.text;
    if (column.hidden) col.hidden = true;
  });
  if (table.groupRow) sheet.getRow(1).height = 18;
  const printedWidth = columns.reduce((sum, column, i) => sum + (column.hidden ? 0 : (widths[i] as number)), 0);

  sheet.autoFilter = { from: { row: headerRows, column: 1 }, to: { row: headerRows, column: columns.length } };
  const lastValidated = rowNumber + SPARE_VALIDATED_ROWS;
  columns.forEach((column, i) => {
    const source = column.dropDown ? spec.dropDowns?.[column.dropDown] : undefined;
    if (source) {
      const letter = columnLetter(i + 1);
      addListValidation(sheet, `${letter}${headerRows + 1}:${letter}${lastValidated}`, source);
    }
  });
  printSetup(sheet, headerRows, { ...spec.print, wide: printedWidth > WIDE_SHEET });
  return sheet;
}

/** Sheets wider than this many characters print on A3: on A4 their text would shrink below legibility. */
const WIDE_SHEET = 200;

/** A label/value sheet (cover, instructions): column A labels, column B values. */
export function writeKeyValueSheet(
  workbook: Workbook,
  name: string,
  rows: readonly (readonly [label: string, value: CellOut, style?: Partial<ExcelJS.Style>])[],
  title: string,
  widths: readonly [number, number],
  print: PrintOptions,
  lang: UiLanguage,
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'normal', showGridLines: false }] });
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = xlsxText(fitCell(title, lang) as string);
  titleCell.style = STYLES.title;
  sheet.mergeCells(1, 1, 1, 2);
  sheet.getRow(1).height = Math.max(22, title.split('\n').length * 19);
  let r = 2;
  for (const [label, full, style] of rows) {
    const value = fitCell(full, lang);
    r += 1;
    const row = sheet.getRow(r);
    const lines = Math.max(
      wrappedLines(label, widths[0]),
      typeof value === 'string' ? wrappedLines(value, widths[1]) : 1,
    );
    row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
    if (label !== '') {
      const cell = row.getCell(1);
      cell.value = xlsxText(fitCell(label, lang) as string);
      cell.style = STYLES.label;
    }
    if (value !== undefined) {
      const cell = row.getCell(2);
      cell.value = value instanceof Date ? value : xlsxText(value);
      cell.style = style ?? (value instanceof Date ? STYLES.dateTime : STYLES.text);
    }
  }
  sheet.getColumn(1).width = widths[0];
  sheet.getColumn(2).width = widths[1];
  sheet.getColumn(1).style = STYLES.label;
  sheet.getColumn(2).style = STYLES.text;
  printSetup(sheet, 0, { ...print, grid: false });
  sheet.pageSetup.orientation = 'portrait';
  return sheet;
}
