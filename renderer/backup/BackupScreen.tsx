/**
 * Backup and restore: save the register as a file, restore one after seeing what it holds, load the sample
 * register; and where the automatic backups on disk are (Electron) or a reminder that there are none (browser).
 */
import { useEffect, useState } from 'react';
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import { RECORD_KINDS } from '../../shared/model';
import { shortFingerprint } from '../../shared/register/canonical';
import type { BackupInfo } from '../../shared/ipc/desktopApi';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { useI18n } from '../app/i18n';
import { MANUAL_BACKUP_EVENT } from './BackupReminder';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { formatDateTime } from '../app/formatting';
import { platform } from '../platform/currentPlatform';
import { backupText, previewBackup, restoreBackup, type BackupPreview } from '../storage/backups';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';

export function BackupScreen() {
  const { t, lang } = useI18n();
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [pending, setPending] = useState<{ fileName: string; preview: BackupPreview } | null>(null);
  const [info, setInfo] = useState<BackupInfo | null>(null);

  useEffect(() => {
    if (platform.supportsAutomaticBackups) void platform.backupInfo().then(setInfo, () => setInfo(null));
  }, []);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      setNotice({ kind: 'error', text: t('restoreRefused', { reason: errorText(error, lang) }) });
    }
  };

  const save = () =>
    run(async () => {
      const result = await platform.backupWrite({ text: await backupText(db), reason: 'manual' });
      window.dispatchEvent(new Event(MANUAL_BACKUP_EVENT));
      setNotice({ kind: 'success', text: t('backupSaved', { file: result.fileName || 'register-backup.ropa.json' }) });
      if (platform.supportsAutomaticBackups) setInfo(await platform.backupInfo());
    });

  const pick = () =>
    run(async () => {
      const file = await platform.openFile({ filters: [{ name: 'RoPA register', extensions: ['json'] }] });
      if (!file) return;
      const text = new TextDecoder('utf-8').decode(file.bytes);
      setPending({ fileName: file.name, preview: previewBackup(text) });
      setNotice(null);
    });

  const apply = () =>
    run(async () => {
      if (!pending) return;
      await restoreBackup(db, pending.preview, pending.fileName, t('keptBeforeBackup', { file: pending.fileName }));
      setNotice({ kind: 'success', text: t('restoredBackup', { file: pending.fileName }) });
      setPending(null);
    });

  const loadSample = () => {
    if (!window.confirm(t('confirmLoadSample'))) return;
    void run(async () => {
      await replaceRegister(db, sampleRegister(), {
        action: 'import',
        note: t('sampleLoaded'),
        keepCurrentAs: t('keptBeforeSample'),
      });
      setNotice({ kind: 'success', text: t('restoredBackup', { file: t('sampleLoaded') }) });
    });
  };

  return (
    <section className="screen" aria-labelledby="backup-title">
      <h1 id="backup-title">{t('backupTitle')}</h1>
      <p className="intro">{t('backupIntro')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void save()}>
          {t('saveBackup')}
        </button>
        <button type="button" onClick={() => void pick()}>
          {t('restoreFromFile')}
        </button>
        <button type="button" onClick={loadSample}>
          {t('loadSample')}
        </button>
      </div>
      <Notice notice={notice} />
      {pending && (
        <section className="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('previewTitle')}</h2>
          <dl className="facts">
            <dt>{t('previewFile')}</dt>
            <dd>{pending.fileName}</dd>
            <dt>{t('previewTitleField')}</dt>
            <dd>{pending.preview.title}</dd>
            {pending.preview.read.savedAt && (
              <>
                <dt>{t('previewSavedAt')}</dt>
                <dd>{formatDateTime(pending.preview.read.savedAt, lang)}</dd>
              </>
            )}
            <dt>{t('previewFingerprint')}</dt>
            <dd>
              <code title={pending.preview.read.fingerprint}>{shortFingerprint(pending.preview.read.fingerprint)}</code>
            </dd>
            <dt>{t('previewVersion')}</dt>
            <dd>{pending.preview.read.fileVersion}</dd>
            {RECORD_KINDS.map((kind) => (
              <div key={kind} className="fact-row">
                <dt>{kindHeading(kind, lang)}</dt>
                <dd>{pending.preview.counts[kind]}</dd>
              </div>
            ))}
          </dl>
          {pending.preview.read.fingerprintMismatch && <p className="notice notice-info">{t('previewEdited')}</p>}
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void apply()}>
              {t('confirmRestore')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
      <section aria-labelledby="auto-title">
        <h2 id="auto-title">{t('automaticBackups')}</h2>
        {platform.supportsAutomaticBackups && info ? (
          <>
            <p>{t('automaticBackupsText', { folder: info.folder })}</p>
            <button type="button" onClick={() => void platform.openBackupFolder()}>
              {t('openBackupFolder')}
            </button>
            <ul className="plain-list">
              {info.files.slice(0, 10).map((f) => (
                <li key={f.fileName}>
                  {formatDateTime(f.savedAt, lang)} — {f.fileName}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('noAutomaticBackups')}</p>
        )}
      </section>
    </section>
  );
}
