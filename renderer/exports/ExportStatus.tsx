/**
 * The running export, on every screen: what is being exported, how far it is (a PDF reports its pages), and Cancel;
 * then what became of it (saved as, failed and why, cancelled with nothing saved) until closed or the next export.
 */
import { useI18n } from '../app/i18n';
import type { UiMessageKey } from '../app/messages';
import { cancelExport, dismissExport, useExportJob } from './exportJob';
import type { ExportFormat } from './runExport';

export const FORMAT_LABELS: Record<ExportFormat, UiMessageKey> = {
  'xlsx-authority': 'formatXlsxAuthority',
  'xlsx-complete': 'formatXlsxComplete',
  pdf: 'formatPdf',
  json: 'formatJson',
};

export function ExportStatus() {
  const { t } = useI18n();
  const job = useExportJob();
  if (job.status === 'idle') return null;
  const format = t(FORMAT_LABELS[job.format]);
  if (job.status === 'running') {
    const percent = job.progress === null ? '' : `${Math.round(job.progress * 100)} %`;
    return (
      <div className="export-status" role="status" aria-label={t('exportStatus')}>
        <span>{t('exportRunning', { format, percent })}</span>
        <progress max={1} value={job.progress ?? undefined} aria-label={t('exportProgress', { format })} />
        <button type="button" onClick={cancelExport}>
          {t('exportCancel')}
        </button>
      </div>
    );
  }
  const text =
    job.status === 'saved'
      ? t('exported', { file: job.fileName })
      : job.status === 'failed'
        ? t('exportFailed', { reason: job.reason })
        : t('exportCancelled', { format });
  return (
    <div
      className={`export-status export-${job.status}`}
      role={job.status === 'failed' ? 'alert' : 'status'}
      aria-label={t('exportStatus')}
    >
      <span>{text}</span>
      <button type="button" className="link-button" onClick={dismissExport}>
        {t('exportDismiss')}
      </button>
    </div>
  );
}
