/**
 * The part of pdfmake's document definition this exporter uses, typed. pdfmake has no declarations of its own;
 * typing the subset here lets the compiler catch a misspelt property (which pdfmake would silently ignore) and
 * keeps every section builder free of `any`.
 */

export type Margin = number | [number, number] | [number, number, number, number];
export type Alignment = 'left' | 'right' | 'center' | 'justify';

export interface Style {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  background?: string;
  fillColor?: string;
  lineHeight?: number;
  alignment?: Alignment;
  margin?: Margin;
  characterSpacing?: number;
  noWrap?: boolean;
  preserveLeadingSpaces?: boolean;
}

/** A run of text inside a paragraph; page references are filled in with the target's page number. */
export interface Inline extends Style {
  text: string | InlineText[];
  style?: string | string[];
  pageReference?: string;
  linkToDestination?: string;
}
export type InlineText = string | Inline;

interface NodeCommon {
  style?: string | string[];
  id?: string;
  pageBreak?: 'before' | 'after';
  /** Table cells only. */
  colSpan?: number;
  rowSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
  /** Keep the node on one page when it fits on one. */
  unbreakable?: boolean;
}

export interface TextNode extends Style, NodeCommon {
  text: string | InlineText[];
  tocItem?: boolean | string;
  tocStyle?: string | Style;
  tocMargin?: Margin;
  tocNumberStyle?: string | Style;
  outline?: boolean;
  outlineText?: string;
  outlineParentId?: string;
  outlineExpanded?: boolean;
}

export interface StackNode extends Style, NodeCommon {
  stack: Content[];
}

export type ColumnWidth = number | '*' | 'auto';

export interface ColumnsNode extends Style, NodeCommon {
  columns: (Content & { width?: ColumnWidth })[];
  columnGap?: number;
}

export type TableCell = Content;

export interface Table {
  widths: ColumnWidth[];
  body: TableCell[][];
  headerRows?: number;
  keepWithHeaderRows?: number;
  dontBreakRows?: boolean;
}

export interface TableLayout {
  hLineWidth?: (i: number, node: TableNode) => number;
  vLineWidth?: (i: number, node: TableNode) => number;
  hLineColor?: (i: number, node: TableNode) => string;
  vLineColor?: (i: number, node: TableNode) => string;
  paddingLeft?: (i: number, node: TableNode) => number;
  paddingRight?: (i: number, node: TableNode) => number;
  paddingTop?: (i: number, node: TableNode) => number;
  paddingBottom?: (i: number, node: TableNode) => number;
  fillColor?: (rowIndex: number, node: TableNode, columnIndex: number) => string | null;
}

export interface TableNode extends Style, NodeCommon {
  table: Table;
  layout?: TableLayout | 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
}

export interface TocNode extends NodeCommon {
  toc: {
    title?: Content;
    textStyle?: string | Style;
    numberStyle?: string | Style;
    textMargin?: Margin;
  };
}

export interface CanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
}

export interface CanvasRect {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  color?: string;
}

export interface CanvasNode extends NodeCommon {
  canvas: (CanvasLine | CanvasRect)[];
  margin?: Margin;
}

export interface ListNode extends Style, NodeCommon {
  ul?: Content[];
  ol?: Content[];
  markerColor?: string;
}

export type Content = string | TextNode | StackNode | ColumnsNode | TableNode | TocNode | CanvasNode | ListNode;

export interface PageSize {
  width: number;
  height: number;
}

export type DynamicContent = (currentPage: number, pageCount: number, pageSize: PageSize) => Content;

export interface DocInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  creationDate?: Date;
  modDate?: Date;
}

export interface DocDefinition {
  pageSize?: 'A4' | PageSize;
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: Margin;
  info?: DocInfo;
  /** BCP 47 tag written as the document's /Lang, for screen readers. */
  language?: string;
  displayTitle?: boolean;
  compress?: boolean;
  content: Content[];
  /** Called for every page as layout starts it; may return what to draw behind the page. */
  background?: (currentPage: number, pageSize: PageSize) => Content | null;
  header?: DynamicContent;
  footer?: DynamicContent;
  styles?: Record<string, Style>;
  defaultStyle?: Style;
}
