/**
 * The few shapes the PDF is made of: the label | value table of a record, the data table of an appendix, lists,
 * multi-line paragraphs and headings that register themselves in the table of contents and the outline. Sections
 * compose these, so a change of look is made once.
 *
 * Values are kept flat on purpose (one text node with line breaks rather than a stack of small paragraphs): pdfmake's
 * cost per word grows with the depth of the nodes around it, and a large register has a million words.
 */
import type { RecordKind } from '../model/register';
import type { ExportContext } from './context';
import type { Content, InlineText, Style, TableCell, TableNode, TextNode } from './docTypes';
import { keepShortLines } from './fit';
import { COLOR, columnWidths, INLINE, ruledLayout, STYLES } from './styles';

export type Line = InlineText[];

export interface FieldRow {
  /** The record's field the row shows, so an edition can leave internal fields out. */
  field?: string;
  label: string;
  /** The GDPR provision the field answers, shown small under the label. */
  citation?: string | undefined;
  /** Undefined shows "not recorded", so a gap in the register is visible on paper. */
  value: Content | undefined;
}

export interface FieldGroup {
  title: string;
  citation?: string;
  rows: FieldRow[];
}

/** Bookmark ids of the top-level sections, so records can nest under them in the outline. */
export type OutlineParent = 'activities' | 'processorActivities';

/** A heading that is a table-of-contents entry, a PDF bookmark and a link target at once. */
export function heading(options: {
  text: InlineText[];
  /** The same words without styling, for the bookmark. */
  plain: string;
  level: 1 | 2;
  id: string;
  outlineParent?: OutlineParent | undefined;
  pageBreak?: boolean;
}): TextNode {
  const node: TextNode = {
    text: options.text,
    ...(options.level === 1 ? STYLES.h1 : STYLES.h2),
    id: options.id,
    tocItem: true,
    tocStyle: options.level === 1 ? STYLES.toc1 : STYLES.toc2,
    tocMargin: options.level === 1 ? [0, 7, 0, 1] : [14, 1, 0, 1],
    outline: true,
    outlineText: options.plain,
  };
  if (options.outlineParent !== undefined) node.outlineParentId = options.outlineParent;
  if (options.pageBreak === true) node.pageBreak = 'before';
  return node;
}

/** Runs with the given look; strings become runs, runs keep what they set themselves (a fallback marker stays small). */
export function styled(text: string | readonly InlineText[], style: Style): Line {
  const parts = typeof text === 'string' ? [text] : text;
  return parts.map((part) => (typeof part === 'string' ? { text: part, ...style } : { ...style, ...part }));
}

/** A small grey line: country, dates, kind. */
export function detail(text: string | readonly InlineText[]): Line {
  return styled(text, INLINE.detail);
}

/** Several lines in one paragraph; absent lines are skipped. */
export function lines(...parts: (Line | string | undefined)[]): TextNode {
  const text: InlineText[] = [];
  for (const part of parts) {
    if (part === undefined || part.length === 0) continue;
    if (text.length > 0) text.push('\n');
    if (typeof part === 'string') text.push(part);
    else text.push(...part);
  }
  return { text };
}

/** One paragraph from runs and lists of runs. */
export function para(...parts: (InlineText | readonly InlineText[] | undefined)[]): TextNode {
  const text: InlineText[] = [];
  for (const part of parts) {
    if (part === undefined) continue;
    if (Array.isArray(part)) text.push(...(part as InlineText[]));
    else text.push(part as InlineText);
  }
  return { text };
}

/** One item as is, several as a bulleted list, none as nothing (the caller shows "not recorded"). */
export function list(items: readonly Content[]): Content | undefined {
  if (items.length === 0) return undefined;
  if (items.length === 1) return items[0];
  return { ul: [...items], markerColor: COLOR.muted };
}

/** Room for "p. 00000", the placeholder pdfmake measures before it knows the page, in 9-point type. */
const PAGE_NUMBER_WIDTH = 40;

/**
 * Text with the page of another section beside it, like a table-of-contents line. The page number is a node of
 * its own: pdfmake fills in page references only on the first line of a paragraph, so a reference placed after a
 * name that wraps would stay a placeholder.
 */
export function withPage(ctx: ExportContext, text: InlineText[], anchor: string, style: Style = {}): Content {
  return {
    columns: [
      { text, width: '*', ...style },
      {
        text: ctx.pageOf(anchor),
        width: PAGE_NUMBER_WIDTH,
        alignment: 'left',
        noWrap: true,
        ...style,
        ...INLINE.muted,
      },
    ],
    columnGap: 6,
  };
}

/** Rows up to this many characters are safe to keep on one page with their table's header (see keepWithHeader). */
const SMALL_ROW_CHARS = 600;

function textLength(content: Content | InlineText | undefined): number {
  if (content === undefined) return 0;
  if (typeof content === 'string') return content.length;
  if ('text' in content) {
    return typeof content.text === 'string' ? content.text.length : content.text.reduce((n, r) => n + textLength(r), 0);
  }
  if ('stack' in content) return content.stack.reduce((n, c) => n + textLength(c), 0);
  if ('ul' in content && content.ul !== undefined) return content.ul.reduce((n, c) => n + textLength(c), 0);
  if ('columns' in content) return content.columns.reduce((n, c) => n + textLength(c), 0);
  return 0;
}

/**
 * How many body rows pdfmake should keep on the page with the header rows: one, so a header never ends a page alone,
 * unless that row may be taller than a page. pdfmake lays the header and the kept rows out as one unbreakable block,
 * and silently drops a block taller than the page.
 */
function keepWithHeader(firstRow: readonly TableCell[] | undefined): number {
  if (firstRow === undefined) return 0;
  return firstRow.reduce((n, cell) => n + textLength(cell), 0) <= SMALL_ROW_CHARS ? 1 : 0;
}

/**
 * The label | value table of one record: one table per group of fields, headed by the Art. 30 item the group answers
 * and the record's number. The heading row is repeated when a group runs onto the next page, and it never stays
 * behind alone at the foot of a page.
 */
export function fieldTable(ctx: ExportContext, caption: InlineText[], groups: readonly FieldGroup[]): Content {
  const widths = columnWidths([1, 2.7]);
  const [labelWidth = 0, valueWidth = 0] = widths;
  const captionWidth = 130;
  const tables = groups.map((group): TableNode => {
    const title: InlineText[] = [group.title];
    if (group.citation !== undefined) title.push({ text: `   ${group.citation}`, ...INLINE.citation });
    const band: TableCell = {
      columns: [
        { text: title, width: '*' },
        { text: caption, width: captionWidth, alignment: 'right', ...INLINE.citation, bold: true },
      ],
      columnGap: 8,
      ...STYLES.group,
      colSpan: 2,
      fillColor: COLOR.groupFill,
    };
    keepShortLines(band, widths.reduce((a, b) => a + b, 0) + 10);
    const rows = group.rows.map((row): TableCell[] => {
      const label = lines(
        [{ text: row.label, ...INLINE.label }],
        row.citation === undefined ? undefined : [{ text: row.citation, ...INLINE.citation }],
      );
      const value = row.value ?? ctx.notRecorded();
      keepShortLines(label, labelWidth);
      keepShortLines(value, valueWidth);
      return [label, value];
    });
    return {
      table: {
        widths,
        headerRows: 1,
        keepWithHeaderRows: keepWithHeader(rows[0]),
        body: [[band, { text: '' }], ...rows],
      },
      layout: ruledLayout({ labelColumn: true }),
    };
  });
  return { stack: tables };
}

/**
 * A table with a repeated header, for lists that can run over many pages (appendices, findings, summary tables).
 * With a title, the title is the table's first header row: it is repeated on every page the table covers and can
 * never be left alone at the foot of a page. Rows may break across pages, since a row can be taller than a page (a
 * catalogue entry used by hundreds of activities) and pdfmake cannot place an unbreakable row taller than the page.
 */
export function dataTable(
  headers: readonly (string | { text: string; alignment: 'right' })[],
  relative: readonly number[],
  rows: TableCell[][],
  title?: string,
): TableNode {
  const widths = columnWidths(relative);
  for (const row of rows) row.forEach((cell, i) => keepShortLines(cell, widths[i] ?? 0));
  const header = headers.map((h, i): TableCell => {
    const cell: TableCell =
      typeof h === 'string' ? { text: h, ...STYLES.tableHeader } : { ...h, ...STYLES.tableHeader };
    keepShortLines(cell, widths[i] ?? 0);
    return cell;
  });
  const titleRows: TableCell[][] =
    title === undefined
      ? []
      : [
          [
            {
              text: title,
              ...STYLES.h3,
              colSpan: headers.length,
              margin: [-5, 0, 0, 0],
            },
            ...headers.slice(1).map((): TableCell => ({ text: '' })),
          ],
        ];
  return {
    table: {
      widths,
      headerRows: titleRows.length + 1,
      keepWithHeaderRows: keepWithHeader(rows[0]),
      body: [...titleRows, header, ...rows],
    },
    layout: ruledLayout({ titled: title !== undefined }),
    margin: [0, 0, 0, 6],
  };
}

/** A small table that is never worth splitting (a handful of counts): kept whole with its title. */
export function keepTogether(table: TableNode): TableNode {
  return { ...table, table: { ...table.table, dontBreakRows: true }, unbreakable: true };
}

/** The groups of a record's section with the rows of internal fields left out (unless the edition keeps them). */
export function shownRows(ctx: ExportContext, kind: RecordKind, groups: readonly FieldGroup[]): FieldGroup[] {
  return groups
    .map((group) => ({
      ...group,
      rows: group.rows.filter((row) => row.field === undefined || ctx.shows(kind, row.field)),
    }))
    .filter((group) => group.rows.length > 0);
}
