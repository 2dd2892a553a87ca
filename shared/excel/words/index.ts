/** The workbooks' own words in every interface language, registered once; `workbookLabels(key)` gives all languages. */
import { UI_LANGUAGES, type Labels, type UiLanguage } from '../../i18n/languages';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type WorkbookWordKey = keyof typeof en;

const WORDS: Readonly<Record<UiLanguage, Readonly<Record<WorkbookWordKey, string>>>> = { en, nl, fr, de };

/** One workbook word in every language, the shape headers and sheet names use. */
export function workbookLabels(key: WorkbookWordKey): Labels {
  return Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, WORDS[lang][key]])) as Record<UiLanguage, string>;
}
