/**
 * The history of the whole register, newest first: who changed what, when, and the fields before and after; when the
 * register is shared through Git, the shared history below it (renderer/sync/GitHistory.tsx).
 */
import { changeLabel } from '../../shared/register/changeLabel';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { KIND_LABELS } from '../../shared/catalogue/fieldLabels';
import { useI18n } from '../app/i18n';
import type { UiMessageKey } from '../app/messages';
import { formatDateTime } from '../app/formatting';
import { routeHref } from '../app/routes';
import { db } from '../storage/database';
import { registerHistory, type HistoryAction, type HistoryEntry } from '../storage/history';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { GitHistory } from '../sync/GitHistory';

const ACTION_LABEL: Record<HistoryAction, UiMessageKey> = {
  create: 'actionCreate',
  update: 'actionUpdate',
  delete: 'actionDelete',
  restore: 'actionRestore',
  import: 'actionImport',
  'snapshot-restore': 'actionSnapshotRestore',
  meta: 'actionMeta',
  sync: 'actionSync',
};

export function HistoryScreen() {
  const { t, lang } = useI18n();
  const entries = useLiveQuery(() => registerHistory(db, 500), []);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const saveReport = async (entry: HistoryEntry) => {
    if (!entry.importReport) return;
    try {
      // The mapping screen's module is loaded only when a report is asked for, as on the Import screen.
      const { saveReportFile } = await import('../imports/mapping/MappingScreen');
      const outcome = await saveReportFile(entry.importFile ?? 'import', entry.importReport, entry.at);
      if (outcome.saved) setNotice({ kind: 'success', text: t('historyReportSaved', { file: outcome.fileName }) });
    } catch (error) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, lang) }) });
    }
  };
  return (
    <section className="screen" aria-labelledby="history-title">
      <h1 id="history-title">{t('historyTitle')}</h1>
      <p className="intro">{t('historyIntro')}</p>
      <Notice notice={notice} />
      {entries && entries.length === 0 && <p className="empty">{t('noHistory')}</p>}
      {entries && entries.length > 0 && (
        <table className="data-table" aria-label={t('historyTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('columnWhen')}</th>
              <th scope="col">{t('columnWho')}</th>
              <th scope="col">{t('columnWhat')}</th>
              <th scope="col">{t('columnChanges')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{formatDateTime(e.at, lang)}</td>
                <td>{e.user || t('unknownUser')}</td>
                <td>
                  {e.kind !== 'register' && e.kind !== 'meta' ? KIND_LABELS[e.kind].one[lang] : ''}{' '}
                  {e.recordId && e.kind !== 'register' && e.kind !== 'meta' && e.action !== 'delete' ? (
                    <a href={routeHref({ screen: 'records', kind: e.kind, id: e.recordId })}>{e.recordName}</a>
                  ) : (
                    e.recordName
                  )}{' '}
                  — {t(ACTION_LABEL[e.action])}
                  {e.note ? `: ${e.note}` : ''}
                  {e.importReport && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => void saveReport(e)}>
                        {t('historyReport')}
                      </button>
                    </>
                  )}
                </td>
                <td>{e.changes?.map((c) => changeLabel(c.path, lang)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <GitHistory />
    </section>
  );
}
