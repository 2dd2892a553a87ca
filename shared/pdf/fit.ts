/**
 * Breaks the lines of table cells before pdfmake sees them, and marks each line as one unwrapped run. pdfmake
 * measures, lays out and writes every word of wrappable text as a separate piece, which is most of the export time of a
 * large register (a million words for 1,000 activities); a run marked `noWrap` is handled as one piece. Lines are
 * broken at spaces, greedily, with the advance widths of the bundled Roboto faces (robotoWidths.ts) plus an allowance
 * for kerning, so each line is at most as wide as pdfmake would make it and never runs past its column. Whatever this
 * module cannot measure safely (a word longer than the column, a page reference, text in another font) is left to
 * pdfmake as before.
 */
import type { Content, Inline, InlineText, Style, TextNode } from './docTypes';
import { usingBundledFonts } from './engine';
import { ROBOTO_CODE_RANGES, ROBOTO_UNITS_PER_EM, ROBOTO_WIDTHS } from './robotoWidths';
import { DEFAULT_STYLE } from './styles';

type Face = keyof typeof ROBOTO_WIDTHS;

const WIDTHS = new Map<Face, Map<number, number>>();
for (const face of Object.keys(ROBOTO_WIDTHS) as Face[]) {
  const values = ROBOTO_WIDTHS[face].split(' ').map((v) => parseInt(v, 36));
  const table = new Map<number, number>();
  let i = 0;
  for (const [from, to] of ROBOTO_CODE_RANGES)
    for (let code = from; code <= to; code++) table.set(code, values[i++] ?? 0);
  WIDTHS.set(face, table);
}

/** Kerning can widen a pair by up to 50 units in Roboto; allowed for as 13 units a character (measured on real text). */
const KERNING_ALLOWANCE = 13;
/** A character outside the table counts as this wide (the widest glyphs of the table are under 2,048). */
const UNKNOWN_WIDTH = 2048;
/** Points kept free at the end of every line. */
const SLACK = 1;
/** Indent of a bulleted list item in pdfmake (the marker and its gap), from above. */
export const LIST_INDENT = 14;

export function faceOf(bold: boolean, italics: boolean): Face {
  return bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal';
}

/** Width of a text in points, from above: pdfmake will measure it at most this wide. */
export function textWidth(text: string, fontSize: number, face: Face): number {
  const table = WIDTHS.get(face) as Map<number, number>;
  let units = 0;
  for (const ch of text) units += (table.get(ch.codePointAt(0) as number) ?? UNKNOWN_WIDTH) + KERNING_ALLOWANCE;
  return (units * fontSize) / ROBOTO_UNITS_PER_EM;
}

interface Look {
  fontSize: number;
  bold: boolean;
  italics: boolean;
}

function lookOf(style: Style, inherited: Look): Look {
  return {
    fontSize: style.fontSize ?? inherited.fontSize,
    bold: style.bold ?? inherited.bold,
    italics: style.italics ?? inherited.italics,
  };
}

/** A piece of a run between break opportunities: a word and the spaces after it. */
interface Token {
  run: number;
  text: string;
  /** Width of the text without its trailing spaces. */
  width: number;
  /** Width of the trailing spaces (zero when the word runs on into the next run). */
  space: number;
}

/**
 * One line of a paragraph (no line breaks inside) as lines that fit `width`, each run marked `noWrap`; undefined when
 * it cannot be done safely.
 */
function breakLine(runs: readonly InlineText[], look: Look, width: number): InlineText[] | undefined {
  const tokens: Token[] = [];
  const styles: (Omit<Inline, 'text'> | undefined)[] = [];
  for (const [index, run] of runs.entries()) {
    const text = typeof run === 'string' ? run : run.text;
    if (typeof text !== 'string' || (typeof run !== 'string' && run.pageReference !== undefined)) return undefined;
    const { text: _text, ...style } = typeof run === 'string' ? { text } : run;
    styles.push(typeof run === 'string' ? undefined : style);
    const runLook = typeof run === 'string' ? look : lookOf(run, look);
    const face = faceOf(runLook.bold, runLook.italics);
    for (const match of text.matchAll(/([^\s\u200b]*)([\s\u200b]*)/g)) {
      const [whole, word = '', spaces = ''] = match;
      if (whole === '') continue;
      tokens.push({
        run: index,
        text: whole,
        width: textWidth(word, runLook.fontSize, face),
        space: textWidth(spaces.replace(/\u200b/g, ''), runLook.fontSize, face),
      });
    }
  }

  // Words glued across runs ("Naam" + " [nl]" has a break, "CM-" + "001" has none) are placed as one.
  const lines: Token[][] = [[]];
  let used = 0;
  let pending: Token[] = [];
  let pendingWidth = 0;
  const place = (): boolean => {
    const current = lines[lines.length - 1] as Token[];
    const last = pending[pending.length - 1] as Token;
    if (current.length > 0 && used + pendingWidth > width - SLACK) {
      lines.push([]);
      used = 0;
    }
    if (pendingWidth > width - SLACK) return false;
    (lines[lines.length - 1] as Token[]).push(...pending);
    used += pendingWidth + last.space;
    pending = [];
    pendingWidth = 0;
    return true;
  };
  for (const token of tokens) {
    pending.push(token);
    pendingWidth += token.width;
    if (token.space > 0 || /[\s\u200b]$/.test(token.text)) {
      if (!place()) return undefined;
    } else {
      pendingWidth += token.space;
    }
  }
  if (pending.length > 0 && !place()) return undefined;

  const out: InlineText[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push('\n');
    let previous = -1;
    for (const token of line) {
      const last = out[out.length - 1];
      if (token.run === previous && last !== undefined && typeof last !== 'string') {
        last.text = `${last.text as string}${token.text}`;
      } else {
        out.push({ ...(styles[token.run] ?? {}), text: token.text, noWrap: true });
      }
      previous = token.run;
    }
  });
  return out;
}

function breakNode(node: TextNode, inherited: Look, width: number): void {
  const look = lookOf(node, inherited);
  const runs: InlineText[] = typeof node.text === 'string' ? [node.text] : node.text;
  const out: InlineText[] = [];
  let line: InlineText[] = [];
  const flush = (): void => {
    if (line.length > 0) out.push(...(breakLine(line, look, width) ?? line));
    line = [];
  };
  for (const run of runs) {
    const text = typeof run === 'string' ? run : run.text;
    if (typeof text === 'string' && text.includes('\n')) {
      // Split a run at its own line breaks, so each part is broken on its own.
      text.split('\n').forEach((part, i) => {
        if (i > 0) {
          flush();
          out.push('\n');
        }
        if (part !== '') line.push(typeof run === 'string' ? part : { ...run, text: part });
      });
    } else line.push(run);
  }
  flush();
  node.text = out;
}

const DEFAULT_LOOK: Look = { fontSize: DEFAULT_STYLE.fontSize ?? 9, bold: false, italics: false };

/**
 * Breaks the text of a cell's content into lines of at most `width` points. Lists are narrower by their indent;
 * columns are handled when their widths are fixed or shared out ('*'); nested tables are left to pdfmake.
 */
export function keepShortLines(content: Content | undefined, width: number, inherited: Look = DEFAULT_LOOK): void {
  if (content === undefined || typeof content === 'string' || !usingBundledFonts()) return;
  if ('text' in content) breakNode(content, inherited, width);
  else if ('stack' in content) {
    const look = lookOf(content, inherited);
    for (const item of content.stack) keepShortLines(item, width, look);
  } else if ('ul' in content && content.ul !== undefined) {
    const look = lookOf(content, inherited);
    for (const item of content.ul) keepShortLines(item, width - LIST_INDENT, look);
  } else if ('columns' in content) {
    const columns = content.columns;
    if (columns.some((c) => typeof c !== 'string' && c.width === 'auto')) return;
    const look = lookOf(content, inherited);
    const fixed = columns.reduce(
      (sum, c) => sum + (typeof c !== 'string' && typeof c.width === 'number' ? c.width : 0),
      0,
    );
    const stars = columns.filter((c) => typeof c === 'string' || c.width === undefined || c.width === '*').length;
    const gaps = (content.columnGap ?? 0) * (columns.length - 1);
    const star = stars === 0 ? 0 : (width - fixed - gaps) / stars;
    for (const column of columns) {
      if (typeof column === 'string') continue;
      keepShortLines(column, typeof column.width === 'number' ? column.width : star, look);
    }
  }
}
