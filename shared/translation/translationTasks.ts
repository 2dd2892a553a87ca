/**
 * What is left to translate into a language: every text of the register whose translation is missing or outdated,
 * with its source beside it. The translation workspace lists these, the translators' files carry them, and the
 * export screen counts them before an export falls back to the main language.
 */
import type { TextLanguage } from '../i18n/languages';
import { editionShows, internalFieldKeys, type Edition } from '../model/recordFields';
import type { RecordKind, Register } from '../model/register';
import { forEachRegisterText, placeKey, type RegisterText } from './registerTexts';
import { sourceStamp } from './sourceStamp';
import { translationOf, translationState, type TranslationState } from './translationState';

export interface TranslationTask extends RegisterText {
  /** `placeKey` of the text: stable across sessions and files. */
  key: string;
  state: Exclude<TranslationState, 'main'>;
  /** The main-language text, and its stamp (what a translation made now will remember). */
  source: string;
  stamp: string;
  /** The translation as it is (an outdated one, to revise). */
  translation?: string;
}

export interface TranslationCounts {
  total: number;
  current: number;
  missing: number;
  outdated: number;
}

/** Every text of the register in `lang`, with its state; `main` texts (the main language itself) are left out. */
export function translationTexts(register: Register, lang: TextLanguage): TranslationTask[] {
  const main = register.meta.mainLanguage;
  const out: TranslationTask[] = [];
  if (lang === main) return out;
  forEachRegisterText(register, (text) => {
    const state = translationState(text.holder, text.field, lang, main);
    if (state === 'main') return;
    const source = text.holder[text.field] as string;
    const translation = translationOf(text.holder, text.field, lang);
    out.push({
      ...text,
      key: placeKey(text),
      state,
      source,
      stamp: sourceStamp(source),
      ...(translation !== undefined ? { translation } : {}),
    });
  });
  return out;
}

/** The texts that need a translator: missing or outdated. */
export function translationTasks(register: Register, lang: TextLanguage): TranslationTask[] {
  return translationTexts(register, lang).filter((task) => task.state !== 'current');
}

/**
 * How many texts are current, missing or outdated in a language. With an edition, only the texts a document of that
 * edition shows: the standard edition (the authority workbook, the PDF) leaves internal fields out, so their texts do
 * not fall back in it either.
 */
export function translationCounts(register: Register, lang: TextLanguage, edition?: Edition): TranslationCounts {
  const counts: TranslationCounts = { total: 0, current: 0, missing: 0, outdated: 0 };
  const main = register.meta.mainLanguage;
  if (lang === main) return counts;
  const internal = edition === 'standard' ? internalFieldKeys(register.meta.internalFields) : undefined;
  // Counted without building tasks: exports ask for this on every run, and a task's stamp costs a hash.
  forEachRegisterText(register, (text) => {
    if (internal && text.kind !== 'meta') {
      const shown = (path: string) => editionShows('standard', internal, text.kind as RecordKind, path);
      if (!shown(text.list ?? text.field) || (text.list && !shown(`${text.list}.${text.field}`))) return;
    }
    const state = translationState(text.holder, text.field, lang, main);
    if (state === 'main') return;
    counts.total += 1;
    counts[state] += 1;
  });
  return counts;
}

/** The kinds that have at least one task, in register order: the workspace's kind filter offers these. */
export function kindsWithTasks(tasks: readonly TranslationTask[]): (RecordKind | 'meta')[] {
  const kinds: (RecordKind | 'meta')[] = [];
  for (const task of tasks) if (!kinds.includes(task.kind)) kinds.push(task.kind);
  return kinds;
}
