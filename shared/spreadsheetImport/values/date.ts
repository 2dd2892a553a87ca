/**
 * Dates as other tools and people leave them in a cell: a date cell, an Excel day number, ISO `2026-11-20`, Belgian
 * `20/11/2026`, German `20.11.2026`, two-digit years, and dates in words in the four languages ("14 juli 1994",
 * "1er janvier 2020", "14. März 2021", "March 3, 2021"). A whole number between 1900 and 2100 is a year, not a
 * day number, and is not read as a date.
 */
import { CellError, readDate } from '../../excel/cells';
import { LOCALE_OF, TEXT_LANGUAGES } from '../../i18n/languages';
import type { SourceCell } from '../types';
import { foldText } from './fold';
import { memoized } from './memo';

/** The ISO date a cell holds, or undefined when it holds none (an empty cell, a year alone, other text). */
export function readDateCell(cell: SourceCell | undefined): string | undefined {
  if (cell === undefined || typeof cell === 'boolean') return undefined;
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return undefined;
    return tryRead(cell);
  }
  if (cell instanceof Date) return tryRead(cell);
  return readDateText(cell);
}

/** Texts are read once each: the mapping asks every sampled cell of every column whether it is a date. */
const readDateText = memoized((cell: string): string | undefined => {
  const text = cell.trim();
  if (text === '') return undefined;
  const dateTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(text);
  if (dateTime) return tryRead(dateTime[1] as string);
  const slashedIso = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (slashedIso) return tryRead(`${slashedIso[1]}-${slashedIso[2]}-${slashedIso[3]}`);
  const shortYear = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/.exec(text);
  if (shortYear) {
    const yy = Number(shortYear[3]);
    return tryRead(`${shortYear[1]}/${shortYear[2]}/${yy < 70 ? 2000 + yy : 1900 + yy}`);
  }
  return tryRead(text) ?? findDateInText(text, true);
});

/** The text forms `readDate` accepts; other text is not handed to it (a refusal is an exception, and costly). */
const READ_DATE_FORMS = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/;

function tryRead(value: string | number | Date): string | undefined {
  if (typeof value === 'string' && !READ_DATE_FORMS.test(value.trim())) return undefined;
  try {
    return readDate(value);
  } catch (error) {
    if (error instanceof CellError) return undefined;
    throw error;
  }
}

let months: Map<string, number> | undefined;

/** Month names and abbreviations of the four languages, folded and without dots, from the platform's CLDR data. */
function monthIndex(): Map<string, number> {
  if (months) return months;
  months = new Map();
  for (const lang of TEXT_LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(LOCALE_OF[lang], { month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m += 1) {
        const name = foldText(format.format(new Date(Date.UTC(2000, m, 1)))).replace(/\./g, '');
        if (!months.has(name)) months.set(name, m + 1);
      }
    }
  }
  // Abbreviations people write that CLDR spells otherwise.
  for (const [name, m] of [
    ['sept', 9],
    ['mrt', 3],
    ['febr', 2],
    ['juil', 7],
    ['aout', 8],
  ] as const)
    if (!months.has(name)) months.set(name, m);
  return months;
}

/**
 * A date written in words inside a text ("wet van 14 juli 1994 betreffende ..."), or with `whole` only when the
 * text is nothing but that date.
 */
export function findDateInText(text: string, whole = false): string | undefined {
  const folded = foldText(text);
  const index = monthIndex();
  const dayFirst = /(?<![\p{L}\p{N}])(\d{1,2})(?:er|e|\.)?\s+([\p{L}]+)\.?\s+(\d{4})(?![\p{N}])/u;
  const monthFirst = /(?<![\p{L}\p{N}])([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?![\p{N}])/u;
  const bounds = whole ? (pattern: RegExp) => new RegExp(`^\\s*${pattern.source}\\s*$`, 'u') : (p: RegExp) => p;
  const a = bounds(dayFirst).exec(folded);
  if (a) {
    const month = index.get(a[2] as string);
    if (month !== undefined) return tryRead(`${a[3]}-${month}-${a[1]}`);
  }
  const b = bounds(monthFirst).exec(folded);
  if (b) {
    const month = index.get(b[1] as string);
    if (month !== undefined) return tryRead(`${b[3]}-${month}-${b[2]}`);
  }
  return undefined;
}
