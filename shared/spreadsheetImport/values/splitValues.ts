/**
 * Several values in one cell. Registers kept by hand put a list in one cell with line breaks, semicolons or bullets
 * ("• RIZIV\n• RSZ", "Naam; adres; telefoon", "- Mutas"), and lists of names often with commas. Text inside
 * parentheses is never cut ("Identificatiegegevens (naam, adres)"), and neither is a comma between digits ("1,5 jaar").
 */

import { memoized } from './memo';

export interface SplitOptions {
  /** Also split on commas: right for lists of names, wrong for sentences such as purposes. */
  commas?: boolean;
}

/**
 * Bullet characters that separate values wherever they stand on a line. The middle dot only counts at the start of
 * a line: French inclusive writing puts it inside words ("salarié·es").
 */
const INLINE_BULLETS = new Set(['•', '▪', '◦', '●', '■', '►']);
/** A list marker at the start of a value: a bullet, a dash or an asterisk, or a number such as "1." or "2)". */
const LEADING_MARKER = /^(?:[-–—*•▪◦●■►·>]+|\d{1,2}[.)](?!\d))\s*/u;

/** Whatever can separate values or open one: without any of these, a text is one value as it stands. */
const SEPARATORS = /[;\n\r•▪◦●■►]/;
const SEPARATORS_OR_COMMA = /[;,\n\r•▪◦●■►]/;
const MARKER_START = /^\s*(?:[-–—*·>]|\d{1,2}[.)])/u;

const splitWithCommas = memoized((text: string) => splitOnce(text, true));
const splitWithoutCommas = memoized((text: string) => splitOnce(text, false));

/**
 * The values of a cell's text, trimmed, without list markers and without empty ones, in order. Each distinct text
 * is split once (the mapping and the builder ask about the same cells again and again); the result is shared, so
 * callers must not change it.
 */
export function splitValues(text: string, options: SplitOptions = {}): readonly string[] {
  return options.commas === true ? splitWithCommas(text) : splitWithoutCommas(text);
}

function splitOnce(text: string, commas: boolean): string[] {
  // Most cells hold one plain value: no need to walk them character by character.
  if (!(commas ? SEPARATORS_OR_COMMA : SEPARATORS).test(text) && !MARKER_START.test(text) && !/,\s*$/.test(text)) {
    const value = text.trim();
    return value === '' ? [] : [value];
  }
  return splitSlowly(text, { commas });
}

const LINE_SEPARATORS = /[;•▪◦●■►]/;
const LINE_SEPARATORS_OR_COMMA = /[;,•▪◦●■►]/;

function splitSlowly(text: string, options: SplitOptions): string[] {
  const values: string[] = [];
  const commas = options.commas === true;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    // A line without brackets (and without a comma between digits) splits on its separators as they stand.
    if (!/[([]/.test(line) && !(commas && /\d,\d/.test(line))) {
      values.push(...line.split(commas ? LINE_SEPARATORS_OR_COMMA : LINE_SEPARATORS));
      continue;
    }
    let depth = 0;
    let current = '';
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i] as string;
      if (char === '(' || char === '[') depth += 1;
      else if ((char === ')' || char === ']') && depth > 0) depth -= 1;
      const comma =
        char === ',' && options.commas === true && !(/\d/.test(line[i - 1] ?? '') && /\d/.test(line[i + 1] ?? ''));
      if (depth === 0 && (char === ';' || comma || (INLINE_BULLETS.has(char) && current.trim() !== ''))) {
        values.push(current);
        current = '';
        continue;
      }
      current += char;
    }
    values.push(current);
  }
  return values.map(cleanValue).filter((value) => value !== '');
}

function cleanValue(value: string): string {
  let out = value.trim();
  if (!/^[-–—*•▪◦●■►·>\d]/u.test(out)) return /[,;]$/.test(out) ? out.replace(/[,;]+$/, '').trim() : out;
  // A marker may be repeated ("- • item") and may be followed by nothing at all.
  for (let i = 0; i < 3; i += 1) {
    const next = out.replace(LEADING_MARKER, '');
    if (next === out) break;
    out = next;
  }
  return out.replace(/[,;]+$/, '').trim();
}
