/**
 * Shown instead of the welcome screen when the database is empty but backups of a register exist: names the newest,
 * lets the user pick it, shows what it holds and restores it; starting anew stays possible after a confirmation.
 */
import { useState } from 'react';
import { useI18n } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { formatDateTime } from '../app/formatting';
import type { Platform } from '../platform/platform';
import { previewBackup, restoreBackup, type BackupPreview } from '../storage/backups';
import { db } from '../storage/database';
import { setSetting, SETTING_ONBOARDED } from '../storage/settings';
import type { KnownBackups } from './recovery';
import { useSafetyText } from './useSafetyText';

export interface RecoveryScreenProps {
  backups: KnownBackups;
  platform: Pick<Platform, 'openFile' | 'openBackupFolder'>;
  onRestored: () => void;
  onStartAnew: () => void;
}

export function RecoveryScreen({ backups, platform, onRestored, onStartAnew }: RecoveryScreenProps) {
  const { t, lang } = useI18n();
  const s = useSafetyText();
  const [pending, setPending] = useState<{ fileName: string; preview: BackupPreview } | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);

  const choose = async () => {
    try {
      const file = await platform.openFile({ kind: 'register', filters: [{ name: 'RoPA register', extensions: ['json'] }] });
      if (!file) return;
      setPending({ fileName: file.name, preview: previewBackup(new TextDecoder('utf-8').decode(file.bytes)) });
      setNotice(null);
    } catch (error) {
      setPending(null);
      setNotice({ kind: 'error', text: s('restoreRefused', { reason: errorText(error, lang) }) });
    }
  };

  const restore = async () => {
    if (!pending) return;
    try {
      // The register is empty, so nothing is kept as a snapshot unless another window filled it meanwhile.
      await restoreBackup(db, pending.preview, pending.fileName, t('keptBeforeBackup', { file: pending.fileName }));
      await setSetting(db, SETTING_ONBOARDED, true);
      onRestored();
    } catch (error) {
      setNotice({ kind: 'error', text: s('restoreRefused', { reason: errorText(error, lang) }) });
    }
  };

  const startAnew = () => {
    if (window.confirm(s('confirmStartAnew'))) onStartAnew();
  };

  return (
    <section className="screen" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{s('recoveryTitle')}</h1>
      <p className="intro">{s('recoveryText')}</p>
      <p>
        {backups.kind === 'files'
          ? s('recoveryNewestFile', {
              count: backups.count,
              file: backups.newest.fileName,
              date: formatDateTime(backups.newest.savedAt, lang),
              folder: backups.folder,
            })
          : s('recoveryNewestDownload', { date: formatDateTime(backups.lastAt, lang) })}
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void choose()}>
          {s('chooseBackupFile')}
        </button>
        {backups.kind === 'files' && (
          <button type="button" onClick={() => void platform.openBackupFolder()}>
            {s('openBackupFolder')}
          </button>
        )}
      </div>
      <Notice notice={notice} />
      {pending && (
        <section className="preview" aria-label={pending.fileName}>
          <p>
            {s('recoveryPreview', {
              file: pending.fileName,
              title: pending.preview.title,
              count: pending.preview.counts.activities,
              date: pending.preview.read.savedAt ? formatDateTime(pending.preview.read.savedAt, lang) : '—',
            })}
          </p>
          {pending.preview.read.fingerprintMismatch && <p className="notice notice-info">{t('previewEdited')}</p>}
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void restore()}>
              {s('restoreThis')}
            </button>
          </div>
        </section>
      )}
      <div className="button-row">
        <button type="button" onClick={startAnew}>
          {s('startAnew')}
        </button>
      </div>
    </section>
  );
}
