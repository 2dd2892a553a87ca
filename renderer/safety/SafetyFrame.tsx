/** The frame of the screens shown instead of the app (storage refused or failed): title bar with the language switch. */
import type { ReactNode } from 'react';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/i18n/languages';
import { useI18n } from '../app/i18n';

export function SafetyFrame({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="app">
      <header className="topbar">
        <div>
          <span className="brand">{t('appTitle')}</span>
        </div>
        <div className="language">
          <label htmlFor="safety-language">{t('languageLabel')}</label>
          <select id="safety-language" value={lang} onChange={(e) => setLang(e.target.value as UiLanguage)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
