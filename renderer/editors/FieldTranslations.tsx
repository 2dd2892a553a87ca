/**
 * The translations of one translatable text in the record editor, beside its main-language text: a toggle that
 * says how many are current ("Translations (2/3)", with the outdated and missing ones in words), and when open one
 * box per other register language with its state. Typing in a box sets a translation stamped from today's main
 * text; "Still correct" re-stamps an outdated one unchanged. The form's translate mode opens every field at once.
 */
import { createContext, useContext, useId, useState } from 'react';
import { languageName, languageNameInText, type TextLanguage } from '../../shared/i18n/languages';
import { withSafeText } from '../../shared/register/textSafety';
import {
  confirmTranslation,
  holderIn,
  mainTextOf,
  withTranslation,
  type TranslationHolder,
  type TranslationState,
} from '../../shared/translation';
import { useI18n, useMessages } from '../app/i18n';
import { EDITOR_TRANSLATION_MESSAGES } from './messages';
import { draftTranslationState, fieldTranslationCounts, otherLanguages, typedTranslation } from './translationView';
import './translations.css';

/** What every field's translations share within one form. */
export interface TranslationSettings {
  mainLanguage: TextLanguage;
  /** The form's translate mode: every field's translations open. */
  translateMode: boolean;
  /** In translate mode, the one language shown, or all of them. */
  only: TextLanguage | 'all';
  /** The record as saved: its stamps and main texts are what the draft's translations are compared with. */
  saved: object;
  /** Called when typed text had characters a register cannot keep and they were taken out. */
  onTextCleaned: () => void;
}

export const TranslationSettingsContext = createContext<TranslationSettings | null>(null);

const STATE_KEYS = {
  current: 'stateCurrent',
  outdated: 'stateOutdated',
  missing: 'stateMissing',
} as const;

export interface FieldTranslationsProps<H extends TranslationHolder> {
  /** The record in the draft, or the item of one of its lists (a purpose). */
  holder: H;
  field: string;
  /** The field's label as the form shows it ("Purposes 1"): the boxes are named after it. */
  label: string;
  multiline: boolean;
  /** For an item of a list: the list's key, so the saved item can be found by its id. */
  list?: string;
  /** Applies a change to the holder; `key` groups quick typing in one box into one undo step. */
  onChange: (key: string, change: (holder: H) => H) => void;
}

export function FieldTranslations<H extends TranslationHolder>({
  holder,
  field,
  label,
  multiline,
  list,
  onChange,
}: FieldTranslationsProps<H>) {
  const settings = useContext(TranslationSettingsContext);
  const { lang: ui } = useI18n();
  const t = useMessages(EDITOR_TRANSLATION_MESSAGES);
  const id = useId();
  const translateMode = settings?.translateMode ?? false;
  // Open with the translate mode, and follow it when it changes; in between, each field opens and closes on its own.
  const [open, setOpen] = useState(translateMode);
  const [modeSeen, setModeSeen] = useState(translateMode);
  if (modeSeen !== translateMode) {
    setModeSeen(translateMode);
    setOpen(translateMode);
  }
  if (!settings || mainTextOf(holder, field).trim() === '') return null;

  const main = settings.mainLanguage;
  const itemId = (holder as Record<string, unknown>)['id'];
  const saved = holderIn(settings.saved, { list, itemId: typeof itemId === 'string' ? itemId : undefined });
  const counts = fieldTranslationCounts(holder, saved, field, main);
  const shown = otherLanguages(main).filter(
    (lang) => !settings.translateMode || settings.only === 'all' || settings.only === lang,
  );
  const panelId = `${id}-panel`;
  const changeKey = (lang: TextLanguage) =>
    `i18n:${list ?? ''}:${typeof itemId === 'string' ? itemId : ''}:${field}:${lang}`;

  const setText = (lang: TextLanguage, typed: string) => {
    const text = withSafeText(typed) as string;
    if (text !== typed) settings.onTextCleaned();
    onChange(changeKey(lang), (h) => withTranslation(h, field, lang, text));
  };
  const confirm = (lang: TextLanguage, boxId: string) => {
    onChange(`${changeKey(lang)}:confirm`, (h) => confirmTranslation(h, field, lang));
    // The button goes away with the outdated state; the cursor stays with the translation rather than the page.
    document.getElementById(boxId)?.focus();
  };

  return (
    <div className={`field-translations${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="translations-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t('toggle', { current: counts.current, total: counts.total })}
        <span className="visually-hidden">: {label}</span>
        {counts.outdated > 0 && (
          <span className="tr-badge tr-outdated">
            <span className="visually-hidden">, </span>
            {t('outdatedCount', { count: counts.outdated })}
          </span>
        )}
        {counts.missing > 0 && (
          <span className="tr-badge tr-missing">
            <span className="visually-hidden">, </span>
            {t('missingCount', { count: counts.missing })}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="translations-panel" role="group" aria-label={t('groupLabel', { field: label })}>
          {shown.map((lang) => {
            // Never `main` here: the main language is not among the boxes and an empty main text shows none.
            const state = draftTranslationState(holder, saved, field, lang, main) as Exclude<TranslationState, 'main'>;
            const boxId = `${id}-${lang}`;
            const stateId = `${boxId}-state`;
            const hintId = `${boxId}-hint`;
            const value = typedTranslation(holder, field, lang);
            const describedBy = state === 'outdated' ? `${stateId} ${hintId}` : stateId;
            return (
              <div key={lang} className={`translation tr-${state}`} lang={lang}>
                <div className="translation-head" lang={ui}>
                  <label htmlFor={boxId} id={`${boxId}-label`}>
                    {t('boxLabel', { field: label, language: languageName(lang, ui), code: lang })}
                  </label>
                  <span id={stateId} className={`tr-state tr-${state}`}>
                    {t(STATE_KEYS[state])}
                  </span>
                </div>
                {multiline ? (
                  <textarea
                    id={boxId}
                    rows={2}
                    value={value}
                    onChange={(e) => setText(lang, e.target.value)}
                    aria-describedby={describedBy}
                  />
                ) : (
                  <input
                    id={boxId}
                    value={value}
                    onChange={(e) => setText(lang, e.target.value)}
                    aria-describedby={describedBy}
                  />
                )}
                {state === 'outdated' && (
                  <p className="translation-hint" lang={ui}>
                    <span id={hintId}>{t('outdatedHint', { main: languageNameInText(main, ui) })}</span>{' '}
                    <button type="button" onClick={() => confirm(lang, boxId)} aria-describedby={`${boxId}-label`}>
                      {t('stillCorrect')}
                    </button>
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
