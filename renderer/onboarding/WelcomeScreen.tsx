/**
 * First start: begin with the sample register or an empty one. For an empty register the organisation (as the
 * first controller) and its DPO are asked once, so the register starts with Art. 30(1)(a) filled in.
 */
import { useState } from 'react';
import { emptyRegister, organisationSchema, type Organisation, type Register } from '../../shared/model';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { useI18n } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { setSetting, SETTING_ONBOARDED, SETTING_USER_NAME } from '../storage/settings';

interface Details {
  organisationName: string;
  enterpriseNumber: string;
  dpoName: string;
  dpoEmail: string;
}

function startingRegister(details: Details, title: string, mainLanguage: Register['meta']['mainLanguage']): Register {
  const organisationName = details.organisationName.trim();
  const register = emptyRegister({ title, mainLanguage, ...(organisationName ? { organisationName } : {}) });
  const organisations: Organisation[] = [];
  if (organisationName) {
    organisations.push(
      organisationSchema.parse({
        id: crypto.randomUUID(),
        name: organisationName,
        kind: 'controller',
        ...(details.enterpriseNumber.trim() ? { enterpriseNumber: details.enterpriseNumber.trim() } : {}),
      }),
    );
  }
  if (details.dpoName.trim() || details.dpoEmail.trim()) {
    organisations.push(
      organisationSchema.parse({
        id: crypto.randomUUID(),
        name: details.dpoName.trim() || details.dpoEmail.trim(),
        kind: 'dpo',
        ...(details.dpoEmail.trim() ? { email: details.dpoEmail.trim() } : {}),
        servesOrganisationIds: organisations.map((o) => o.id),
      }),
    );
  }
  return { ...register, organisations };
}

export function WelcomeScreen({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const [details, setDetails] = useState<Details>({ organisationName: '', enterpriseNumber: '', dpoName: '', dpoEmail: '' });
  const [userName, setUserName] = useState('');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const field = (key: keyof Details, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={details[key]} onChange={(e) => setDetails({ ...details, [key]: e.target.value })} />
    </label>
  );

  const start = async (withSample: boolean) => {
    try {
      const register = withSample ? sampleRegister() : startingRegister(details, t('registerTitleDefault'), lang);
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
          {t('userNameLabel')}
          <input value={userName} onChange={(e) => setUserName(e.target.value)} autoComplete="name" />
        </label>
      </div>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void start(true)}>
          {t('startSample')}
        </button>
      </div>
      <fieldset className="stacked-form welcome-details">
        <legend>{t('welcomeDetails')}</legend>
        {field('organisationName', t('organisationNameLabel'))}
        {field('enterpriseNumber', t('enterpriseNumberLabel'))}
        {field('dpoName', t('dpoNameLabel'))}
        {field('dpoEmail', t('dpoEmailLabel'), 'email')}
        <button type="button" onClick={() => void start(false)}>
          {t('startEmpty')}
        </button>
      </fieldset>
      <Notice notice={notice} />
    </section>
  );
}
