/** The application frame: title bar with the language switch, navigation, and the current screen. */
import { UI_LANGUAGES, type UiLanguage } from '../../shared/i18n/languages';
import { ActivitiesScreen } from '../activities/ActivitiesScreen';
import { useI18n } from './i18n';

export function App() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="app">
      <header className="topbar">
        <div>
          <span className="brand">{t('appTitle')}</span>
          <span className="subtitle">{t('appSubtitle')}</span>
        </div>
        <label className="language">
          {t('languageLabel')}
          <select value={lang} onChange={(e) => setLang(e.target.value as UiLanguage)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="body">
        <nav className="sidebar" aria-label={t('navLabel')}>
          <a href="#activities" aria-current="page">
            {t('navActivities')}
          </a>
        </nav>
        <main className="content">
          <ActivitiesScreen />
        </main>
      </div>
    </div>
  );
}
