/**
 * The shared register's Git history on the History screen: who committed, when, the message, and the fields each
 * commit changed, named as the rest of the history names them (changeLabel). Shown only for a connected register
 * that has synced; read from the local clone, so it shows the history as of this computer's last sync.
 */
import { useEffect, useState } from 'react';
import { KIND_LABELS } from '../../shared/catalogue/fieldLabels';
import { changeLabel } from '../../shared/register/changeLabel';
import { formatDateTime } from '../app/formatting';
import { useI18n, useMessages } from '../app/i18n';
import { errorText } from '../app/Notice';
import { gitHistoryOfRegister } from './appSync';
import type { GitHistoryEntry } from './gitHistory';
import { SYNC_MESSAGES } from './messages';

/** A first commit adds every record: the cell names a few and counts the rest. */
const MAX_CHANGES_SHOWN = 8;

export function GitHistory() {
  const { t, lang } = useI18n();
  const m = useMessages(SYNC_MESSAGES);
  const [entries, setEntries] = useState<GitHistoryEntry[] | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    gitHistoryOfRegister().then(
      (read) => current && setEntries(read),
      (error: unknown) => current && setProblem(errorText(error, lang)),
    );
    return () => {
      current = false;
    };
  }, [lang]);

  const changesText = (entry: GitHistoryEntry): string => {
    const shown = entry.changes.slice(0, MAX_CHANGES_SHOWN).map((change) => {
      const record =
        change.kind === 'meta' ? m('registerSettings') : `${change.name} (${KIND_LABELS[change.kind].one[lang]})`;
      const fields = change.paths.map((path) => changeLabel(path, lang)).join(', ');
      return fields ? `${record}: ${fields}` : record;
    });
    const more = entry.changes.length - shown.length;
    return more > 0 ? `${shown.join('; ')} ${m('moreChanges', { count: more })}` : shown.join('; ');
  };

  if (problem) return <p className="notice notice-error">{m('gitHistoryUnavailable', { detail: problem })}</p>;
  if (!entries || entries.length === 0) return null;
  return (
    <section aria-labelledby="git-history-title">
      <h2 id="git-history-title">{m('gitHistoryTitle')}</h2>
      <p className="intro">{m('gitHistoryIntro')}</p>
      <table className="data-table" aria-labelledby="git-history-title">
        <thead>
          <tr>
            <th scope="col">{t('columnWhen')}</th>
            <th scope="col">{t('columnWho')}</th>
            <th scope="col">{m('columnMessage')}</th>
            <th scope="col">{t('columnChanges')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.oid}>
              <td>{formatDateTime(new Date(entry.at).toISOString(), lang)}</td>
              <td>{entry.authorName || t('unknownUser')}</td>
              <td>
                {entry.message}
                {entry.isMerge ? ` ${m('mergeCommit')}` : ''}
              </td>
              <td>{changesText(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
