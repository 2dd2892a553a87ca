/** The interface language switch of the title bar: every interface language, each named in its own language. */
import { isUiLanguage, languageName, UI_LANGUAGES } from '../../shared/i18n/languages';
import { useI18n } from './i18n';

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="language">
      <label htmlFor="ui-language">{t('languageLabel')}</label>
      <select
        id="ui-language"
        value={lang}
        onChange={(e) => {
          if (isUiLanguage(e.target.value)) setLang(e.target.value);
        }}
      >
        {UI_LANGUAGES.map((code) => (
          // Own names ("Deutsch", "Français"), so everyone finds theirs whatever the interface speaks now; `lang`
          // lets a screen reader pronounce each name in its language.
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
