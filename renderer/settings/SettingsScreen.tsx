/**
 * Settings: the user's name for the history, the register's details, and how safe the storage is. The form saves
 * only from the copy it loaded: when a restore, an import or another Settings tab changed the same settings
 * meanwhile, the save is refused and the screen offers to reload instead of writing the old values back.
 */
import { forEachRegisterText } from '../../shared/translation/registerTexts';
import { loadRegister } from '../storage/registerStore';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import {
  languageName,
  languageNameInText,
  LOCALE_OF,
  TEXT_LANGUAGES,
  type TextLanguage,
  type UiLanguage,
} from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { deepEqual, diffFields, type FieldChange } from '../../shared/register/compare';
import { useI18n } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { formatBytes } from '../app/formatting';
import { db } from '../storage/database';
import { storageStatus, type StorageStatus } from '../storage/persistence';
import {
  flatSettings,
  readRegisterSettings,
  saveRegisterSettings,
  type RegisterSettings,
} from '../storage/registerSettings';
import { SettingsConflictError } from '../storage/settings';
import { SETTINGS_MESSAGES, type SettingsMessageKey } from './messages';
import { fieldLabel, kindTitle } from '../../shared/catalogue/fieldLabels';
import { INTERNAL_FIELD_CHOICES } from '../../shared/model/recordFields';
import { wordsKeyOf } from '../../shared/model/words';

/** In the order of the form; any other metadata (description, translations) is named once, last. */
const FIELD_NAMES: Readonly<Record<string, SettingsMessageKey>> = {
  userName: 'fieldUserName',
  title: 'fieldTitle',
  organisationName: 'fieldOrganisation',
  mainLanguage: 'fieldMainLanguage',
};
const FIELD_ORDER: readonly SettingsMessageKey[] = [...Object.values(FIELD_NAMES), 'fieldOther'];

/** "the register title and the organisation": each changed field once, in the user's language. */
export function changedFieldsText(changes: readonly FieldChange[], lang: UiLanguage): string {
  const changed = new Set(changes.map((c) => FIELD_NAMES[c.path.split('.')[0] ?? ''] ?? 'fieldOther'));
  const names = FIELD_ORDER.filter((key) => changed.has(key)).map((key) => translate(SETTINGS_MESSAGES, lang, key));
  return new Intl.ListFormat(LOCALE_OF[lang], { type: 'conjunction' }).format(names);
}

export function SettingsScreen() {
  const { t } = useI18n();
  // Kept up to date with every change, in any tab: the form compares it with the copy it started from.
  const live = useLiveQuery(() => readRegisterSettings(db), []);
  // "Reload" remounts the form, which then starts from the settings as they are now.
  const [loadCount, setLoadCount] = useState(0);
  if (!live) return <p>{t('loading')}</p>;
  return <SettingsForm key={loadCount} initial={live} live={live} onReload={() => setLoadCount((n) => n + 1)} />;
}

function SettingsForm({
  initial,
  live,
  onReload,
}: {
  initial: RegisterSettings;
  live: RegisterSettings;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const s = (key: SettingsMessageKey, params?: Record<string, string>) =>
    translate(SETTINGS_MESSAGES, lang, key, params);
  // The copy this form was loaded from: every save is checked against it.
  const [base, setBase] = useState(initial);
  const [superseded, setSuperseded] = useState<RegisterSettings | null>(null);
  const [userName, setUserName] = useState(initial.userName);
  const [title, setTitle] = useState(initial.meta?.title ?? t('registerTitleDefault'));
  const [organisationName, setOrganisationName] = useState(initial.meta?.organisationName ?? '');
  const [mainLanguage, setMainLanguage] = useState<TextLanguage>(initial.meta?.mainLanguage ?? 'nl');
  const [internalFields, setInternalFields] = useState<readonly string[]>(initial.meta?.internalFields ?? []);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [conflict, setConflict] = useState(false);

  useEffect(() => {
    void storageStatus().then(setStorage);
  }, []);

  // Right after a save the live copy can still be the one this form saved over (the live query runs again only after
  // the write is seen): that is this form's own change, not another window's.
  const ownChangePending = superseded !== null && deepEqual(live, superseded);
  const changedElsewhere =
    deepEqual(live, base) || ownChangePending ? [] : diffFields(flatSettings(base), flatSettings(live));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const current = base.meta ?? { title: t('registerTitleDefault'), mainLanguage: 'nl' as const };
      // The main language says what language the texts are in; changing it does not translate them. With texts in
      // the register, the change would pass Dutch texts off as French ones and hide their French translations in
      // every export, without a word: refused, with the register's own title and description (edited here) aside.
      if (mainLanguage !== current.mainLanguage) {
        let count = 0;
        const register = await loadRegister(db);
        forEachRegisterText(register, (text) => {
          if (text.kind !== 'meta') count += 1;
        });
        if (count > 0) {
          setMainLanguage(current.mainLanguage);
          setNotice({
            kind: 'error',
            text: s('mainLanguageLocked', {
              count: String(count),
              from: languageNameInText(current.mainLanguage, lang),
              to: languageNameInText(mainLanguage, lang),
            }),
          });
          return;
        }
      }
      const saved = await saveRegisterSettings(
        db,
        {
          userName: userName.trim(),
          meta: {
            ...current,
            title: title.trim() || t('registerTitleDefault'),
            organisationName: organisationName.trim() || undefined,
            mainLanguage,
            internalFields: internalFields.length > 0 ? [...internalFields] : undefined,
          },
        },
        base,
      );
      setSuperseded(base);
      setBase(saved);
      setConflict(false);
      setNotice({ kind: 'success', text: t('settingsSaved') });
    } catch (error) {
      if (error instanceof SettingsConflictError) {
        setConflict(true);
        setNotice({ kind: 'error', text: s('conflict', { fields: changedFieldsText(error.theirChanges, lang) }) });
      } else setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, lang) }) });
    }
  };

  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settingsTitle')}</h1>
      {changedElsewhere.length > 0 && !conflict && (
        <p className="notice notice-info" role="status">
          {s('changedElsewhere', { fields: changedFieldsText(changedElsewhere, lang) })}
        </p>
      )}
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
                {languageName(l, lang)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="checks vertical">
          <legend>{s('internalFieldsTitle')}</legend>
          <p className="field-help">{s('internalFieldsIntro')}</p>
          {INTERNAL_FIELD_CHOICES.map(({ kind, path, always }) => {
            const key = `${kind}.${path}`;
            const words = wordsKeyOf(path);
            return (
              <label key={key} className="checkbox">
                <input
                  type="checkbox"
                  checked={always || internalFields.includes(key)}
                  disabled={always}
                  onChange={(e) =>
                    setInternalFields(
                      e.target.checked ? [...internalFields, key] : internalFields.filter((k) => k !== key),
                    )
                  }
                />
                {kindTitle(kind, lang)}: {words ? fieldLabel(words, lang) : path}
                {always && ` (${s('internalAlways')})`}
              </label>
            );
          })}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="primary">
            {t('saveSettings')}
          </button>
          {(conflict || changedElsewhere.length > 0) && (
            <button type="button" onClick={onReload}>
              {s('reload')}
            </button>
          )}
        </div>
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
              <p>
                {t('storageUsage', { used: formatBytes(storage.usage, lang), quota: formatBytes(storage.quota, lang) })}
              </p>
            )}
          </>
        )}
      </section>
    </section>
  );
}
