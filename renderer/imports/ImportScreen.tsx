/**
 * Import from an Excel workbook (the app's complete layout, or the GBA/APD model layout edited by anyone) or a
 * register file: a preview of every change and of every cell that could not be read comes first; applying is
 * all-or-nothing, keeps the replaced register as a snapshot, and is one history entry. Any other spreadsheet (a
 * register kept by hand, another tool's export) is analysed and shown on the mapping screen (./mapping) first.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { OpenedFile } from '../../shared/ipc/desktopApi';
import { takePendingFile } from '../app/menuCommands';
import type { Register } from '../../shared/model';
import { compareRegisters, isUnchanged, type RegisterDiff } from '../../shared/register/compare';
import { readRegisterFile } from '../../shared/register/registerFile';
import type { ImportProblem } from '../../shared/excel';
import { useI18n, useMessages } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { platform } from '../platform/currentPlatform';
import { useRegisterData } from '../register/RegisterContext';
import { DiffView } from '../snapshots/DiffView';
import { db } from '../storage/database';
import { readImportMappings } from '../storage/registerSettings';
import { replaceRegister } from '../storage/registerStore';
import type { SpreadsheetAnalysis } from '../../shared/spreadsheetImport/planSpreadsheetImport';
import type { SavedMapping } from '../../shared/spreadsheetImport/types';
import { firstRoute, isOwnWorkbook } from './mapping/importRoute';
import type { AppliedImport } from './mapping/MappingScreen';
import { MAPPING_MESSAGES } from './mapping/messages';
import { SavedMappingsPanel } from './mapping/SavedMappingsPanel';
import { useSavedMappings } from './mapping/useSavedMappings';

// Loaded with the spreadsheet readers only when a foreign spreadsheet is chosen: most imports are the app's own.
const MappingScreen = lazy(() => import('./mapping/MappingScreen').then((m) => ({ default: m.MappingScreen })));

interface Plan {
  fileName: string;
  /** The register the preview was made from: the import applies only while it is still the stored one. */
  base: Register;
  register: Register;
  diff: RegisterDiff;
  problems: ImportProblem[];
  layout: string;
  ignoredSheets: string[];
}

interface Mapping {
  fileName: string;
  analysis: SpreadsheetAnalysis;
  /** Bumped when the analysis is replaced from outside (a saved mapping used): the mapping screen starts afresh. */
  version: number;
}

export function ImportScreen() {
  const { t, lang } = useI18n();
  const { register } = useRegisterData();
  const m = useMessages(MAPPING_MESSAGES);
  const saved = useSavedMappings();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [applied, setApplied] = useState<AppliedImport | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = useCallback(
    async (file: OpenedFile) => {
      if (!register) return;
      setNotice(null);
      setPlan(null);
      setMapping(null);
      setApplied(null);
      setBusy(true);
      const analyse = async () => {
        const { analyseSpreadsheet } = await import('../../shared/spreadsheetImport/planSpreadsheetImport');
        const savedMappings = await readImportMappings(db);
        const analysis = await analyseSpreadsheet(file.bytes, file.name, { lang, savedMappings });
        setMapping((current) => ({ fileName: file.name, analysis, version: (current?.version ?? 0) + 1 }));
      };
      try {
        const route = firstRoute(file);
        if (route === 'spreadsheet') {
          await analyse();
        } else if (route === 'workbook') {
          const { planWorkbookImport, WorkbookImportError } = await import('../../shared/excel');
          let result: Awaited<ReturnType<typeof planWorkbookImport>> | undefined;
          try {
            result = await planWorkbookImport(file.bytes, register, { lang });
          } catch (error) {
            // Not a workbook of ours (no register sheet it knows, or an OpenDocument file): the mapping screen's.
            const foreign =
              error instanceof WorkbookImportError && (error.key === 'noRegisterSheet' || error.key === 'notAWorkbook');
            if (!foreign) throw error;
          }
          if (result && (result.layout === 'complete' || (await isOwnWorkbook(file.bytes)))) {
            setPlan({ fileName: file.name, base: register, ...result });
          } else {
            await analyse();
          }
        } else {
          const read = readRegisterFile(new TextDecoder('utf-8').decode(file.bytes));
          setPlan({
            fileName: file.name,
            base: register,
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
      filters: [{ name: m('fileFilter'), extensions: ['xlsx', 'ods', 'csv', 'tsv', 'txt', 'json'] }],
      kind: 'import',
    });
    if (file) await preview(file);
  };

  const applySaved = async (chosen: SavedMapping) => {
    if (!mapping) return;
    const { analysisWithMapping } = await import('./mapping/analysisChoices');
    const { analysis, fit } = analysisWithMapping(mapping.analysis, chosen, lang);
    setMapping({ ...mapping, analysis, version: mapping.version + 1 });
    setNotice({ kind: 'info', text: m('mappingFit', { name: chosen.name, percent: Math.round(fit * 100) }) });
  };

  const mappingApplied = (done: AppliedImport) => {
    setMapping(null);
    setApplied(done);
    setNotice({ kind: 'success', text: t('importApplied', { file: done.fileName }) });
  };

  const saveAppliedReport = async () => {
    if (!applied) return;
    try {
      const { saveReportFile } = await import('./mapping/MappingScreen');
      const outcome = await saveReportFile(applied.fileName, applied.report, applied.appliedAt);
      if (outcome.saved) setNotice({ kind: 'success', text: m('reportSaved', { file: outcome.fileName }) });
    } catch (error) {
      setNotice({ kind: 'error', text: m('saveFailed', { reason: errorText(error, lang) }) });
    }
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
        basedOn: plan.base,
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
      <p className="intro">{m('spreadsheetIntro')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void choose()} disabled={!register || busy}>
          {t('chooseImportFile')}
        </button>
        {busy && <span role="status">{t('loading')}</span>}
        {applied && (
          <button type="button" onClick={() => void saveAppliedReport()}>
            {m('saveReport')}
          </button>
        )}
      </div>
      <Notice notice={notice} />
      {mapping && (
        <Suspense fallback={<p role="status">{m('analysing')}</p>}>
          <MappingScreen
            key={mapping.version}
            fileName={mapping.fileName}
            start={mapping.analysis}
            saved={saved}
            onApplied={mappingApplied}
            onCancel={() => setMapping(null)}
          />
        </Suspense>
      )}
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
      <SavedMappingsPanel
        saved={saved}
        {...(mapping ? { onUse: (chosen: SavedMapping) => void applySaved(chosen) } : {})}
      />
    </section>
  );
}
