/** The interface language, chosen at run time and remembered in this browser profile. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { isUiLanguage, type UiLanguage } from '../../shared/i18n/languages';
import { translate, type MessageParams, type MessageTable } from '../../shared/i18n/translate';
import { UI_MESSAGES, type UiMessageKey } from './messages';

const STORAGE_KEY = 'ropa-desk.language';

interface I18n {
  lang: UiLanguage;
  setLang: (lang: UiLanguage) => void;
  t: (key: UiMessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): UiLanguage {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isUiLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isUiLanguage(browser) ? browser : 'nl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<UiLanguage>(initialLanguage);
  const setLang = useCallback((next: UiLanguage) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(UI_MESSAGES, lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/**
 * The one way a screen reads a message catalogue: `const t = useMessages(TABLE_MESSAGES)` gives `t(key, params)` in
 * the interface language, with plural forms chosen for it.
 */
export function useMessages<K extends string>(table: MessageTable<K>): (key: K, params?: MessageParams) => string {
  const { lang } = useI18n();
  return useCallback((key: K, params?: MessageParams) => translate(table, lang, key, params), [table, lang]);
}
