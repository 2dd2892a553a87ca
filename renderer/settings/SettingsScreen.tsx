/** Settings: the user's name for the history, the register's details, and how safe the storage is. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { TEXT_LANGUAGES, type TextLanguage } from '../../shared/i18n/languages';
import { useI18n } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { formatBytes } from '../app/formatting';
import { db, type MetaRow } from '../storage/database';
import { storageStatus, type StorageStatus } from '../storage/persistence';
import { updateMeta } from '../storage/recordRepository';
import { getUserName, setSetting, SETTING_USER_NAME } from '../storage/settings';

export function SettingsScreen() {
  const { t } = useI18n();
  // The form starts from the settings as they are when the screen opens.
  const initial = useLiveQuery(async () => ({ meta: await db.meta.get('register'), userName: await getUserName(db) }), []);
  if (!initial) return <p>{t('loading')}</p>;
  return <SettingsForm meta={initial.meta} initialUserName={initial.userName} />;
}

function SettingsForm({ meta, initialUserName }: { meta: MetaRow | undefined; initialUserName: string }) {
  const { t, lang } = useI18n();
  const [userName, setUserName] = useState(initialUserName);
  const [title, setTitle] = useState(meta?.title ?? t('registerTitleDefault'));
  const [organisationName, setOrganisationName] = useState(meta?.organisationName ?? '');
  const [mainLanguage, setMainLanguage] = useState<TextLanguage>(meta?.mainLanguage ?? 'nl');
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);

  useEffect(() => {
    void storageStatus().then(setStorage);
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setSetting(db, SETTING_USER_NAME, userName.trim());
      const { key: _key, ...current } = meta ?? { key: 'register', title: t('registerTitleDefault'), mainLanguage: 'nl' as const };
      await updateMeta(db, { ...current, title: title.trim() || t('registerTitleDefault'), organisationName: organisationName.trim() || undefined, mainLanguage });
      setNotice({ kind: 'success', text: t('settingsSaved') });
    } catch (error) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, lang) }) });
    }
  };

  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settingsTitle')}</h1>
      <form className="stacked-form" onSubmit={(e) => void save(e)}>
        <label>
          {t('userNameLabel')}
          <input value={userName} onChange={(e) => setUserName(e.target.value)} autoComplete="name" />
        </label>
        <h2>{t('registerDetails')}</h2>
        <label>
          {t('previewTitleField')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('organisationNameLabel')}
          <input value={organisationName} onChange={(e) => setOrganisationName(e.target.value)} />
        </label>
        <label>
          {t('mainLanguageLabel')}
          <select value={mainLanguage} onChange={(e) => setMainLanguage(e.target.value as TextLanguage)}>
            {TEXT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {new Intl.DisplayNames([lang], { type: 'language' }).of(l) ?? l}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('saveSettings')}
        </button>
      </form>
      <Notice notice={notice} />
      <section aria-labelledby="storage-title">
        <h2 id="storage-title">{t('storageTitle')}</h2>
        {storage && (
          <>
            <p>
              {storage.persisted === true
                ? t('storagePersisted')
                : storage.persisted === false
                  ? t('storageNotPersisted')
                  : t('storageUnknown')}
            </p>
            {storage.usage !== undefined && storage.quota !== undefined && (
              <p>{t('storageUsage', { used: formatBytes(storage.usage, lang), quota: formatBytes(storage.quota, lang) })}</p>
            )}
          </>
        )}
      </section>
    </section>
  );
}
