/**
 * Snapshots: take one, list them, compare two (or one with the current register), download one as a register
 * file, restore one after confirmation (the current state is kept as a snapshot first), delete one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { shortFingerprint } from '../../shared/register/canonical';
import type { RegisterDiff } from '../../shared/register/compare';
import { writeRegisterFile } from '../../shared/register/registerFile';
import { useI18n } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { formatDateTime, todayIso } from '../app/formatting';
import { platform } from '../platform/currentPlatform';
import { db } from '../storage/database';
import type { SnapshotInfo } from '../storage/snapshotTypes';
import { compareSnapshots, deleteSnapshot, listSnapshots, restoreSnapshot, snapshotRegister, takeSnapshot } from '../storage/snapshots';
import { DiffView } from './DiffView';

interface Comparison {
  before: string;
  after: string;
  diff: RegisterDiff;
}

export function SnapshotsScreen() {
  const { t, lang } = useI18n();
  const snapshots = useLiveQuery(() => listSnapshots(db), []);
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const placeholder = t('snapshotNamePlaceholder', { date: todayIso() });

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const take = (event: FormEvent) => {
    event.preventDefault();
    const chosen = name.trim() || placeholder;
    void run(async () => {
      await takeSnapshot(db, chosen);
      setName('');
      setNotice({ kind: 'success', text: t('snapshotTaken', { name: chosen }) });
    });
  };

  const compare = (before: SnapshotInfo, after: SnapshotInfo | 'live') =>
    run(async () => {
      const diff = await compareSnapshots(db, before.id, after === 'live' ? 'live' : after.id);
      setComparison({ before: before.name, after: after === 'live' ? t('currentRegister') : after.name, diff });
    });

  const compareSelected = () => {
    const chosen = (snapshots ?? []).filter((s) => selected.includes(s.id)).sort((a, b) => a.takenAt.localeCompare(b.takenAt));
    const [older, newer] = chosen;
    if (older && newer) void compare(older, newer);
  };

  const restore = (snapshot: SnapshotInfo) => {
    if (!window.confirm(t('confirmRestoreSnapshot', { name: snapshot.name }))) return;
    void run(async () => {
      const keptName = t('keptBeforeRestore', { name: snapshot.name });
      await restoreSnapshot(db, snapshot.id, keptName);
      setComparison(null);
      setNotice({ kind: 'success', text: t('restoredSnapshot', { name: snapshot.name, kept: keptName }) });
    });
  };

  const download = (snapshot: SnapshotInfo) =>
    run(async () => {
      const register = await snapshotRegister(db, snapshot.id);
      const safeName = snapshot.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'snapshot';
      await platform.saveFile({
        suggestedName: `${safeName}.ropa.json`,
        data: writeRegisterFile(register, { savedAt: snapshot.takenAt, generator: 'RoPA Desk' }),
        filters: [{ name: 'RoPA register', extensions: ['json'] }],
      });
    });

  const remove = (snapshot: SnapshotInfo) => {
    if (!window.confirm(t('confirmDeleteSnapshot', { name: snapshot.name }))) return;
    void run(() => deleteSnapshot(db, snapshot.id));
  };

  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id].slice(-2)));

  return (
    <section className="screen" aria-labelledby="snapshots-title">
      <h1 id="snapshots-title">{t('snapshotsTitle')}</h1>
      <p className="intro">{t('snapshotsIntro')}</p>
      <form className="inline-form" onSubmit={take}>
        <label>
          {t('snapshotName')}
          <input value={name} placeholder={placeholder} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('takeSnapshot')}
        </button>
      </form>
      <Notice notice={notice} />
      {snapshots && snapshots.length === 0 && <p className="empty">{t('noSnapshots')}</p>}
      {snapshots && snapshots.length > 0 && (
        <>
          <table className="data-table" aria-label={t('snapshotsTitle')}>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('compareSelected')}</span>
                </th>
                <th scope="col">{t('snapshotName')}</th>
                <th scope="col">{t('columnTakenAt')}</th>
                <th scope="col">{t('columnBy')}</th>
                <th scope="col">{t('columnContents')}</th>
                <th scope="col">{t('columnFingerprint')}</th>
                <th scope="col">{t('columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.id}>
                  <td>
                    <input
                      type="checkbox"
                      checked={selected.includes(s.id)}
                      onChange={() => toggle(s.id)}
                      aria-label={t('selectForCompare', { name: s.name })}
                    />
                  </td>
                  <td>{s.name}</td>
                  <td>{formatDateTime(s.takenAt, lang)}</td>
                  <td>{s.user || t('unknownUser')}</td>
                  <td>
                    {t('countsSummary', {
                      activities: t('countActivities', { count: s.counts.activities }),
                      records: t('countRecords', { count: Object.values(s.counts).reduce((a, b) => a + b, 0) }),
                    })}
                  </td>
                  <td>
                    <code title={s.fingerprint}>{shortFingerprint(s.fingerprint)}</code>
                  </td>
                  <td className="actions">
                    <button type="button" onClick={() => void compare(s, 'live')}>
                      {t('compareWithCurrent')}
                    </button>
                    <button type="button" onClick={() => restore(s)}>
                      {t('restore')}
                    </button>
                    <button type="button" onClick={() => void download(s)}>
                      {t('exportSnapshot')}
                    </button>
                    <button type="button" className="danger" onClick={() => remove(s)}>
                      {t('deleteSnapshot')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" disabled={selected.length !== 2} onClick={compareSelected}>
            {t('compareSelected')}
          </button>
        </>
      )}
      {comparison && (
        <section className="comparison" aria-labelledby="compare-title">
          <h2 id="compare-title">{t('compareTitle', { before: comparison.before, after: comparison.after })}</h2>
          <DiffView diff={comparison.diff} />
          <button type="button" onClick={() => setComparison(null)}>
            {t('closeCompare')}
          </button>
        </section>
      )}
    </section>
  );
}
