/** The frame of the screens shown instead of the app (storage refused or failed): title bar with the language switch. */
import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { LanguageSwitch } from '../app/LanguageSwitch';

export function SafetyFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="app">
      <header className="topbar">
        <div>
          <span className="brand">{t('appTitle')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
