/**
 * What the two file formats for translators (XLIFF and the workbook) have in common: the texts written out, one per
 * translation task, and the texts read back, before anything is compared with the register. The writers take
 * `ExchangeItem`s, the readers give `ExchangeFile`s, and `planTranslationImport` alone decides what is applied.
 */
import type { TextLanguage, UiLanguage } from '../../i18n/languages';
import type { MessageParams } from '../../i18n/translate';
import type { Register } from '../../model/register';
import { translationTasks } from '../translationTasks';
import { placeFieldLabel, recordLabel } from './labels';
import type { ProblemKey } from './messages';

export type ExchangeFormat = 'xliff' | 'xlsx';

/** The marker that makes a file ours, and the version of its layout (a later layout can still read this one). */
export const EXCHANGE_FORMAT = 'ropa-translations';
export const EXCHANGE_VERSION = 1;

/** One text to translate, as written into a file for translators. */
export interface ExchangeItem {
  /** `placeKey` of the text. */
  key: string;
  /** `sourceStamp` of the main text: what the translation will have been made from. */
  stamp: string;
  source: string;
  /** The translation as it is (outdated), for the translator to revise. */
  previous?: string;
  /** For people: the record ("Processing activity: Payroll") and the field ("Purposes 2"). */
  record: string;
  field: string;
}

export interface WriteOptions {
  /** Language of the notes, headers and labels written for the translator; default English. */
  ui?: UiLanguage;
}

/** The texts of `lang` that need a translator (missing or outdated), ready to be written. */
export function exchangeItems(register: Register, lang: TextLanguage, ui: UiLanguage): ExchangeItem[] {
  return translationTasks(register, lang).map((task) => ({
    key: task.key,
    stamp: task.stamp,
    source: task.source,
    ...(task.state === 'outdated' && task.translation !== undefined ? { previous: task.translation } : {}),
    record: recordLabel(register, task, ui),
    field: placeFieldLabel(register, task, ui),
  }));
}

/** A problem with one text of a file: it is reported, and never applied unless `kept`. */
export interface EntryProblem {
  key: ProblemKey;
  params?: MessageParams;
}

/** One text as read back from a file for translators. */
export interface ExchangeEntry {
  /** Where it is in the file, for messages: the XLIFF unit's id, or the workbook row. */
  at: { unit: string } | { row: number };
  /** The text's key as the file holds it; empty when the file gives none. */
  key: string;
  stamp?: string;
  /** The main text as it was written into the file. */
  source: string;
  /** The record and field as the file names them (for a text the register no longer has). */
  record?: string;
  field?: string;
  /** The translation the file holds now; empty when there is none. */
  target: string;
  /**
   * False when the translator's tool still marks the text as not translated (XLIFF state `initial`, the default):
   * an earlier translation sent back that way was not revised. Workbooks have no such mark: always true.
   */
  reviewed: boolean;
  /** Why the text cannot be used as it is; such an entry is never applied. */
  refused?: EntryProblem;
  /** True when characters a register cannot keep were removed from `target` (it is still applied, and reported). */
  cleaned?: boolean;
}

export interface ExchangeFile {
  format: ExchangeFormat;
  /** True when the file carries RoPA Desk's mark (the XLIFF format note, the workbook's information sheet). */
  marked: boolean;
  /** The languages the file says it goes from and to, as written in it (checked by the planner). */
  sourceLanguage?: string;
  targetLanguage?: string;
  entries: ExchangeEntry[];
}
