/**
 * Page geometry, typography and table rules of the PDF, in one place so every section looks alike and the widths
 * of tables are computed, not guessed: pdfmake breaks an over-long word only in columns of fixed width, so every
 * table here gets numeric widths that add up to the text block.
 */
import type { Style, TableLayout, TableNode } from './docTypes';
import { FONT_FAMILY } from './engine';

export const PAGE = { width: 595.28, height: 841.89 } as const; // A4 in points
export const MARGIN = { left: 50, top: 62, right: 50, bottom: 58 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const COLOR = {
  text: '#1d2430',
  accent: '#1f3a5f',
  muted: '#6b7480',
  rule: '#c9d0da',
  labelFill: '#f3f5f8',
  groupFill: '#e4eaf2',
  sensitive: '#9a3412',
} as const;

/**
 * The looks of headings, captions and page chrome. Nodes spread these in rather than naming them: pdfmake resolves a
 * named style afresh for every property of every word beneath it.
 */
export const STYLES = {
  h1: { fontSize: 17, bold: true, color: COLOR.accent, margin: [0, 0, 0, 10] },
  h2: { fontSize: 13, bold: true, color: COLOR.accent, margin: [0, 0, 0, 8], lineHeight: 1.1 },
  h3: { fontSize: 10.5, bold: true, color: COLOR.accent, margin: [0, 14, 0, 5] },
  eyebrow: { fontSize: 7.5, bold: true, color: COLOR.muted, margin: [0, 0, 0, 2] },
  group: { fontSize: 8.5, bold: true, color: COLOR.accent },
  tableHeader: { fontSize: 8, bold: true, color: '#ffffff' },
  pageChrome: { fontSize: 7.5, color: COLOR.muted },
  tocTitle: { fontSize: 17, bold: true, color: COLOR.accent, margin: [0, 0, 0, 12] },
  toc1: { fontSize: 10, bold: true, color: COLOR.accent },
  toc2: { fontSize: 8.5 },
  coverKind: { fontSize: 10, bold: true, color: COLOR.muted, margin: [0, 40, 0, 6] },
  coverTitle: { fontSize: 24, bold: true, color: COLOR.accent, lineHeight: 1.1, margin: [0, 0, 0, 8] },
  coverOrganisation: { fontSize: 14, color: COLOR.text, margin: [0, 0, 0, 4] },
  coverDescription: { fontSize: 9, color: COLOR.muted, margin: [0, 6, 0, 0] },
  coverLabel: { fontSize: 8.5, bold: true, color: COLOR.accent },
} as const satisfies Record<string, Style>;

/**
 * Styles of the runs inside paragraphs, given as properties rather than named styles: pdfmake looks every property of
 * every word up through the stack of enclosing nodes and named styles, so a run that carries its own properties is
 * measured faster. On a 1,000-activity register that is most of the layout time.
 */
export const INLINE = {
  detail: { fontSize: 8, color: COLOR.muted },
  muted: { color: COLOR.muted },
  fallback: { fontSize: 6.5, color: COLOR.muted },
  tag: { fontSize: 7.5, bold: true, color: COLOR.sensitive },
  notRecorded: { italics: true, color: COLOR.muted },
  citation: { fontSize: 7, color: COLOR.muted, bold: false },
  label: { fontSize: 8.5, bold: true, color: '#374151' },
  small: { fontSize: 8 },
} as const satisfies Record<string, Style>;

export const DEFAULT_STYLE: Style = { font: FONT_FAMILY, fontSize: 9, lineHeight: 1.2, color: COLOR.text };

const CELL_PADDING_X = 5;
const CELL_PADDING_Y = 3;
const RULE_WIDTH = 0.5;

/**
 * The ruled table used everywhere: horizontal rules between rows, an accent bar for the header rows, a light fill for
 * label columns. No vertical rules, so long cells read like text; it also keeps the number of drawn lines (pdfmake
 * draws every rule of every row as a separate path) low in a register of thousands of pages.
 */
export function ruledLayout(options: { labelColumn?: boolean; titled?: boolean } = {}): TableLayout {
  return {
    // A title row (see dataTable) has no rule above it.
    hLineWidth: (i: number) => (i === 0 && options.titled === true ? 0 : RULE_WIDTH),
    vLineWidth: () => 0,
    hLineColor: () => COLOR.rule,
    paddingLeft: () => CELL_PADDING_X,
    paddingRight: () => CELL_PADDING_X,
    paddingTop: () => CELL_PADDING_Y,
    paddingBottom: () => CELL_PADDING_Y,
    fillColor: (row: number, node: TableNode, column: number) => {
      if (row === 0 && options.titled === true) return null;
      if (row < (node.table.headerRows ?? 0)) return options.labelColumn === true ? COLOR.groupFill : COLOR.accent;
      return options.labelColumn === true && column === 0 ? COLOR.labelFill : null;
    },
  };
}

/** A borderless layout for the cover's facts. */
export const PLAIN_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i: number) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/**
 * Splits the text block into columns of the given relative sizes, leaving room for the padding and rules of
 * `ruledLayout`, so the table is exactly as wide as the text.
 */
export function columnWidths(relative: readonly number[]): number[] {
  const overhead = relative.length * 2 * CELL_PADDING_X;
  const available = CONTENT_WIDTH - overhead;
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((r) => Math.floor(((available * r) / sum) * 100) / 100);
  return widths;
}
