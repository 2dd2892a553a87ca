/**
 * What a column's values look like, from a sample of its cells: how many are dates, periods, countries, legal-basis
 * texts, yes/no answers, transfer grounds or short numbers. The mapping weighs a header match with how well the
 * values fit the field ("Bewaring" holding "10 jaar" fits retention; a column of dates does not fit purposes), and
 * proposes a field from the values alone when no header names one but the values leave no doubt.
 */
import type { EnumName } from '../../catalogue/enumLabels';
import { cellText } from '../../excel/cells';
import type { SourceCell, SourceSheet } from '../types';
import { readCountryName } from '../values/country';
import { readDateCell } from '../values/date';
import { readEnumValue } from '../values/enumValue';
import { readLegalBasisValue } from '../values/legalBasis';
import { readInternal } from '../values/party';
import { readPeriodsInValue } from '../values/period';
import { splitValues } from '../values/splitValues';
import { readTransferMechanism } from '../values/transferMechanism';
import { readYesNo } from '../values/yesNo';
import type { ImportTarget } from './targets';

/** Shares (0..1) of the sampled values that look like each kind of value. */
export interface ColumnShape {
  /** Non-empty cells sampled. */
  count: number;
  date: number;
  period: number;
  country: number;
  legalBasis: number;
  yesNo: number;
  mechanism: number;
  /** Short codes with a digit, mostly different from each other: "CM-012", "3.1". */
  reference: number;
  /** Cells holding several values. */
  multi: number;
  /** The sampled texts, for fits that need the field (enum labels). */
  texts: readonly string[];
}

const SAMPLE = 120;

/** The non-empty cells of a column from the first data row down, at most `limit`. */
export function columnCells(sheet: SourceSheet, column: number, firstRow: number, limit = SAMPLE): SourceCell[] {
  const out: SourceCell[] = [];
  const rows = [...sheet.rows.keys()].filter((row) => row >= firstRow).sort((a, b) => a - b);
  for (const row of rows) {
    const cell = sheet.rows.get(row)?.[column];
    if (cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
    out.push(cell);
    if (out.length >= limit) break;
  }
  return out;
}

function plausibleDate(cell: SourceCell): boolean {
  const iso = readDateCell(cell);
  if (iso === undefined) return false;
  const year = Number(iso.slice(0, 4));
  return year >= 1950 && year <= 2100;
}

export function columnShape(cells: readonly SourceCell[]): ColumnShape {
  const texts = cells.map((cell) => cellText(cell) ?? '');
  const count = cells.length;
  if (count === 0)
    return {
      count,
      date: 0,
      period: 0,
      country: 0,
      legalBasis: 0,
      yesNo: 0,
      mechanism: 0,
      reference: 0,
      multi: 0,
      texts,
    };
  const share = (test: (cell: SourceCell, text: string) => boolean) =>
    cells.filter((cell, i) => test(cell, texts[i] as string)).length / count;
  const firstValue = (text: string) => splitValues(text)[0] ?? '';
  const distinct = new Set(texts.map((t) => t.trim().toLowerCase())).size / count;
  return {
    count,
    date: share((cell) => plausibleDate(cell)),
    period: share(
      (cell, text) =>
        typeof cell === 'string' && readPeriodsInValue(firstValue(text)).some((r) => r.period !== undefined),
    ),
    country: share((_, text) => splitValues(text, { commas: true }).every((v) => readCountryName(v) !== undefined)),
    legalBasis: share((_, text) => readLegalBasisValue(firstValue(text)).grounds.length > 0),
    yesNo: share((cell, text) => text.length <= 24 && readYesNo(cell) !== undefined),
    mechanism: share((_, text) => {
      const reading = readTransferMechanism(firstValue(text));
      return reading !== undefined && 'code' in reading;
    }),
    reference:
      share((_, text) => text.trim().length <= 15 && /\d/.test(text) && !/\s.*\s/.test(text.trim())) *
      Math.min(1, distinct * 1.2),
    multi: share((_, text) => splitValues(text).length > 1),
    texts,
  };
}

function share(shape: ColumnShape, test: (text: string) => boolean): number {
  return shape.count === 0 ? 0 : shape.texts.filter(test).length / shape.count;
}

/**
 * Every column is weighed against every field, several of them coded: each column's values are split once and
 * each enum's fit computed once, not once per field that reads that enum.
 */
const splitTexts = new WeakMap<ColumnShape, readonly (readonly string[])[]>();
const enumFits = new WeakMap<ColumnShape, Map<EnumName, number>>();

function enumFit(name: EnumName, shape: ColumnShape): number {
  let fits = enumFits.get(shape);
  if (!fits) {
    fits = new Map();
    enumFits.set(shape, fits);
  }
  const known = fits.get(name);
  if (known !== undefined) return known;
  let values = splitTexts.get(shape);
  if (!values) {
    values = shape.texts.map((text) => splitValues(text));
    splitTexts.set(shape, values);
  }
  const fit =
    shape.count === 0
      ? 0
      : values.filter((v) => v.every((x) => readEnumValue(name, x) !== undefined)).length / shape.count;
  fits.set(name, fit);
  return fit;
}

/**
 * 0..1: how well the values fit a target, or undefined when they say nothing about it (an empty column, a text
 * field holding text).
 */
export function shapeFit(target: ImportTarget, shape: ColumnShape): number | undefined {
  if (shape.count === 0) return undefined;
  switch (target.reader) {
    case 'date':
      return shape.date;
    case 'period':
      return shape.period;
    case 'retention':
      // A retention column holds periods, or criteria in words: only dates or yes/no speak against it.
      return Math.max(shape.period, 1 - Math.max(shape.date, shape.yesNo));
    case 'legalBases':
      return shape.legalBasis;
    case 'boolean':
      if (target.path === 'recipientIds.internal') return share(shape, (text) => readInternal(text) !== undefined);
      return shape.yesNo;
    case 'country':
    case 'countries':
      return shape.country;
    case 'mechanism':
      return shape.mechanism;
    case 'enum':
    case 'enumMulti':
      if (!target.enumName) return undefined;
      // "DPIA: ja/nee" is read as whether one is needed.
      if (target.path === 'dpia.status') return Math.max(enumFit(target.enumName, shape), shape.yesNo);
      return enumFit(target.enumName, shape);
    case 'text':
      if (target.path === 'reference') return shape.reference;
      return against(shape);
    default:
      return against(shape);
  }
}

/** Text and names are rarely only dates, periods or yes/no: such a column fits them badly. */
function against(shape: ColumnShape): number | undefined {
  const odd = Math.max(shape.date, shape.yesNo, shape.period > 0.8 ? shape.period : 0);
  return odd >= 0.6 ? 1 - odd : undefined;
}

/** Targets the values alone may propose, with the share that must fit: no header needed for "Art. 6.1.c AVG". */
export const SHAPE_ONLY: Readonly<Record<string, keyof ColumnShape>> = {
  legalBases: 'legalBasis',
  retention: 'period',
  'transferIds.mechanism': 'mechanism',
};
