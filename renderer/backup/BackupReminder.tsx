/** In the browser build, a reminder to download a backup when the last one is more than a week old. */
import { useI18n } from '../app/i18n';
import { routeHref } from '../app/routes';
import { platform } from '../platform/currentPlatform';
import { manualBackupOverdue } from '../platform/manualBackups';

export function BackupReminder() {
  const { t } = useI18n();
  if (platform.supportsAutomaticBackups || !manualBackupOverdue(platform.lastManualBackupAt(), new Date())) return null;
  return (
    <p className="notice notice-info reminder">
      {t('backupReminder')} <a href={routeHref({ screen: 'backup' })}>{t('backupReminderAction')}</a>
    </p>
  );
}
