/**
 * Import from an Excel workbook (the app's complete layout, or the GBA/APD model layout edited by anyone) or a
 * register file: a preview of every change and of every cell that could not be read comes first; applying is
 * all-or-nothing, keeps the replaced register as a snapshot, and is one history entry.
 */
import { useCallback, useEffect, useState } from 'react';
import type { OpenedFile } from '../../shared/ipc/desktopApi';
import { takePendingFile } from '../app/menuCommands';
import type { Register } from '../../shared/model';
import { compareRegisters, isUnchanged, type RegisterDiff } from '../../shared/register/compare';
import { readRegisterFile } from '../../shared/register/registerFile';
import type { ImportProblem } from '../../shared/excel';
import { useI18n } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { platform } from '../platform/currentPlatform';
import { useRegisterData } from '../register/RegisterContext';
import { DiffView } from '../snapshots/DiffView';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';

interface Plan {
  fileName: string;
  register: Register;
  diff: RegisterDiff;
  problems: ImportProblem[];
  layout: string;
  ignoredSheets: string[];
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export function ImportScreen() {
  const { t, lang } = useI18n();
  const { register } = useRegisterData();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = useCallback(
    async (file: OpenedFile) => {
      if (!register) return;
      setNotice(null);
      setPlan(null);
      setBusy(true);
      try {
        if (isZip(file.bytes) || file.name.toLowerCase().endsWith('.xlsx')) {
          const { planWorkbookImport } = await import('../../shared/excel');
          const result = await planWorkbookImport(file.bytes, register, { lang });
          setPlan({ fileName: file.name, ...result });
        } else {
          const read = readRegisterFile(new TextDecoder('utf-8').decode(file.bytes));
          setPlan({
            fileName: file.name,
            register: read.register,
            diff: compareRegisters(register, read.register),
            problems: [],
            layout: '.ropa.json',
            ignoredSheets: [],
          });
        }
      } catch (error) {
        setNotice({ kind: 'error', text: t('importRefused', { reason: errorText(error, lang) }) });
      } finally {
        setBusy(false);
      }
    },
    [register, lang, t],
  );

  const choose = async () => {
    const file = await platform.openFile({
      filters: [{ name: 'Excel, RoPA register', extensions: ['xlsx', 'json'] }],
      kind: 'import',
    });
    if (file) await preview(file);
  };

  // A file opened from the menu's recent files or from the system waits here.
  useEffect(() => {
    const take = () => {
      const file = takePendingFile();
      if (file) void preview(file);
    };
    if (register) take();
    window.addEventListener('ropa:pending-file', take);
    return () => window.removeEventListener('ropa:pending-file', take);
  }, [register, preview]);

  const apply = async () => {
    if (!plan) return;
    try {
      await replaceRegister(db, plan.register, {
        action: 'import',
        note: plan.fileName,
        keepCurrentAs: t('keptBeforeImport', { file: plan.fileName }),
      });
      setNotice({ kind: 'success', text: t('importApplied', { file: plan.fileName }) });
      setPlan(null);
    } catch (error) {
      setNotice({ kind: 'error', text: t('importRefused', { reason: errorText(error, lang) }) });
    }
  };

  return (
    <section className="screen" aria-labelledby="import-title">
      <h1 id="import-title">{t('importTitle')}</h1>
      <p className="intro">{t('importIntro')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void choose()} disabled={!register || busy}>
          {t('chooseImportFile')}
        </button>
        {busy && <span role="status">{t('loading')}</span>}
      </div>
      <Notice notice={notice} />
      {plan && (
        <section className="preview" aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">{t('importPreviewTitle')}</h2>
          <p>
            {plan.fileName} — {t('importLayout', { layout: plan.layout })}
          </p>
          {plan.ignoredSheets.length > 0 && (
            <p className="muted">{t('ignoredSheets', { sheets: plan.ignoredSheets.join(', ') })}</p>
          )}
          {isUnchanged(plan.diff) ? <p>{t('importNothing')}</p> : <DiffView diff={plan.diff} />}
          {plan.problems.length > 0 && (
            <>
              <h3>{t('importProblemsTitle', { count: plan.problems.length })}</h3>
              <table className="data-table" aria-label={t('importProblemsTitle', { count: plan.problems.length })}>
                <thead>
                  <tr>
                    <th scope="col">{t('columnSheet')}</th>
                    <th scope="col">{t('columnRow')}</th>
                    <th scope="col">{t('columnColumn')}</th>
                    <th scope="col">{t('columnReason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.problems.map((p, i) => (
                    <tr key={i}>
                      <td>{p.sheet}</td>
                      <td>{p.row}</td>
                      <td>{p.column}</td>
                      <td>{p.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void apply()} disabled={isUnchanged(plan.diff)}>
              {t('applyImport')}
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
