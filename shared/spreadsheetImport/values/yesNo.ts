/**
 * Yes and no as people write them in the four languages ("ja", "neen", "oui", "non", "yes", "nein", "x", TRUE),
 * also at the start of a longer answer ("Ja, via het contactformulier"), and "not applicable" ("n.v.t.", "sans
 * objet", "n/a", "entfällt") as an answer of its own.
 */
import { findYesNo } from '../../excel/codecs';
import type { SourceCell } from '../types';
import { foldText } from './fold';
import { memoized } from './memo';

export type YesNo = boolean | 'not-applicable';

const YES = new Set(['ja', 'jawel', 'oui', 'yes', 'y', 'j', 'o', 'x', 'true', 'waar', 'vrai', 'wahr', '1', 'ok', 'v']);
const NO = new Set([
  'nee',
  'neen',
  'non',
  'no',
  'n',
  'nein',
  'false',
  'onwaar',
  'faux',
  'falsch',
  '0',
  'geen',
  'aucun',
  'aucune',
  'none',
  'kein',
  'keine',
]);
const NOT_APPLICABLE = new Set([
  'nvt',
  'n v t',
  'niet van toepassing',
  'na',
  'n a',
  'not applicable',
  'sans objet',
  's o',
  'so',
  'non applicable',
  'pas d application',
  'nicht zutreffend',
  'entfallt',
  'nicht anwendbar',
  '-',
  '',
]);

/** The answer a cell gives, or undefined when it is no yes, no or "not applicable". */
export function readYesNo(cell: SourceCell | undefined): YesNo | undefined {
  if (cell === undefined) return undefined;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (cell instanceof Date) return undefined;
  return readYesNoText(cell);
}

/** Texts are asked about over and over (every name in a column of names is checked for a bare "nee"). */
const readYesNoText = memoized((cell: string): YesNo | undefined => {
  const exact = findYesNo(cell.trim());
  if (exact !== undefined) return exact;
  // Only the first word of a longer answer counts: a long text is not folded whole for it.
  const folded = foldText(cell.length > 60 ? cell.slice(0, 60) : cell)
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
  if (cell.length <= 60 && (NOT_APPLICABLE.has(folded) || NOT_APPLICABLE.has(folded.replace(/\s/g, ''))))
    return 'not-applicable';
  const first = folded.split(/\s+/)[0] ?? '';
  if (YES.has(first)) return true;
  if (NO.has(first)) return false;
  return undefined;
});
