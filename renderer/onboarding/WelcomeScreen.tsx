/** First start: begin with the sample register or an empty one; the organisation's name is asked once. */
import { useState } from 'react';
import { emptyRegister } from '../../shared/model';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { useI18n } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { setSetting, SETTING_ONBOARDED, SETTING_USER_NAME } from '../storage/settings';

export function WelcomeScreen({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const [organisationName, setOrganisationName] = useState('');
  const [userName, setUserName] = useState('');
  const [notice, setNotice] = useState<NoticeState | null>(null);

  const start = async (withSample: boolean) => {
    try {
      const register = withSample
        ? sampleRegister()
        : emptyRegister({ title: t('registerTitleDefault'), mainLanguage: lang, ...(organisationName.trim() ? { organisationName: organisationName.trim() } : {}) });
      if (withSample && organisationName.trim()) register.meta.organisationName = organisationName.trim();
      await setSetting(db, SETTING_USER_NAME, userName.trim());
      await replaceRegister(db, register, { action: 'import', note: withSample ? t('sampleLoaded') : t('startEmpty') });
      await setSetting(db, SETTING_ONBOARDED, true);
      onDone();
    } catch (error) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, lang) }) });
    }
  };

  return (
    <section className="screen welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcomeTitle')}</h1>
      <p className="intro">{t('welcomeText')}</p>
      <div className="stacked-form">
        <label>
          {t('organisationNameLabel')}
          <input value={organisationName} onChange={(e) => setOrganisationName(e.target.value)} />
        </label>
        <label>
          {t('userNameLabel')}
          <input value={userName} onChange={(e) => setUserName(e.target.value)} autoComplete="name" />
        </label>
      </div>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void start(true)}>
          {t('startSample')}
        </button>
        <button type="button" onClick={() => void start(false)}>
          {t('startEmpty')}
        </button>
      </div>
      <Notice notice={notice} />
    </section>
  );
}
