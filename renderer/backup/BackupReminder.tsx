/** In the browser build, a reminder to download a backup when the last one is more than a week old. */
import { useEffect, useState } from 'react';
import { useI18n } from '../app/i18n';
import { routeHref } from '../app/routes';
import { platform } from '../platform/currentPlatform';
import { manualBackupOverdue } from '../platform/manualBackups';

/** Fired by the backup screen after a manual backup, so the reminder goes away at once. */
export const MANUAL_BACKUP_EVENT = 'ropa:manual-backup';

export function BackupReminder() {
  const { t } = useI18n();
  const [last, setLast] = useState(() => platform.lastManualBackupAt());
  useEffect(() => {
    const refresh = () => setLast(platform.lastManualBackupAt());
    window.addEventListener(MANUAL_BACKUP_EVENT, refresh);
    return () => window.removeEventListener(MANUAL_BACKUP_EVENT, refresh);
  }, []);
  if (platform.supportsAutomaticBackups || !manualBackupOverdue(last, new Date())) return null;
  return (
    <p className="notice notice-info reminder">
      {t('backupReminder')} <a href={routeHref({ screen: 'backup' })}>{t('backupReminderAction')}</a>
    </p>
  );
}
