/**
 * The mapping screen: a spreadsheet kept elsewhere, analysed, shown column by column with the field each goes to,
 * for the DPO to check and correct before anything is written. Every change rebuilds the plan from the analysis in
 * memory (`useSpreadsheetPlan`), so the preview of the first records, the report and the change preview always
 * show what Apply would store. Apply replaces the register in one transaction that keeps the old one as a snapshot
 * and writes one history entry naming the file with the report's figures; Cancel leaves everything as it was.
 */
import { useMemo, useState } from 'react';
import { languageName, TEXT_LANGUAGES, type TextLanguage } from '../../../shared/i18n/languages';
import { isUnchanged } from '../../../shared/register/compare';
import type { ImportReport } from '../../../shared/spreadsheetImport/build';
import { saveMapping } from '../../../shared/spreadsheetImport/mapping';
import type { SpreadsheetAnalysis } from '../../../shared/spreadsheetImport/planSpreadsheetImport';
import type { ColumnMapping } from '../../../shared/spreadsheetImport/types';
import { useI18n, useMessages } from '../../app/i18n';
import { errorText, Notice, type NoticeState } from '../../app/Notice';
import { platform } from '../../platform/currentPlatform';
import { useRegisterData } from '../../register/RegisterContext';
import { DiffView } from '../../snapshots/DiffView';
import { db } from '../../storage/database';
import { replaceRegister } from '../../storage/registerStore';
import { SettingsConflictError } from '../../storage/settings';
import { analysisForTable } from './analysisChoices';
import { ColumnMappingTable } from './ColumnMappingTable';
import { columnSamples } from './columnSamples';
import { ImportReportView } from './ImportReportView';
import { reportFigures, reportFileName, reportFileText } from './mappingFiles';
import { MAPPING_MESSAGES } from './messages';
import { RecordPreview, rowList } from './RecordPreview';
import { downloadMapping } from './SavedMappingsPanel';
import type { SavedMappings } from './useSavedMappings';
import { useSpreadsheetPlan } from './useSpreadsheetPlan';
import './mapping.css';

/** Offers a report as a JSON file. */
export async function saveReportFile(
  fileName: string,
  report: ImportReport,
  appliedAt?: string,
): Promise<{ saved: boolean; fileName: string }> {
  const suggestedName = reportFileName(fileName);
  const outcome = await platform.saveFile({
    suggestedName,
    data: reportFileText(fileName, report, appliedAt),
    filters: [{ name: 'JSON', extensions: ['json'] }],
  });
  return { saved: outcome.saved, fileName: outcome.fileName ?? suggestedName };
}

export interface AppliedImport {
  fileName: string;
  report: ImportReport;
  appliedAt: string;
}

interface Props {
  fileName: string;
  /** The analysis as read (or as mapped with a saved mapping the DPO chose). */
  start: SpreadsheetAnalysis;
  saved: SavedMappings;
  onApplied: (applied: AppliedImport) => void;
  onCancel: () => void;
}

export function MappingScreen({ fileName, start, saved, onApplied, onCancel }: Props) {
  const { t: app, lang } = useI18n();
  const t = useMessages(MAPPING_MESSAGES);
  const { register } = useRegisterData();
  const [analysis, setAnalysis] = useState(start);
  const [columns, setColumns] = useState<readonly ColumnMapping[]>(start.columns);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [language, setLanguage] = useState<TextLanguage>(start.language);
  const [into, setInto] = useState<'current' | 'new'>('current');
  const [mappingName, setMappingName] = useState(start.savedMapping?.name ?? '');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [applying, setApplying] = useState(false);
  const state = useSpreadsheetPlan({ analysis, columns, language, into }, register, lang);
  const built = state.status === 'ready' ? state.built : state.status === 'building' ? state.previous : undefined;
  const samples = useMemo(() => columnSamples(analysis.book, analysis.table), [analysis]);
  const tableIndex = analysis.tables.indexOf(analysis.table);

  const chooseTable = (index: number) => {
    const table = analysis.tables[index];
    if (!table) return;
    const next = analysisForTable(analysis, table, lang, saved.list ?? []);
    setAnalysis(next);
    setColumns(next.columns);
    setLanguage(next.language);
    setChosen(new Set());
  };

  const changeColumn = (column: number, path: string | undefined) => {
    setColumns((current) =>
      current.map((m) => {
        if (m.column !== column) return m;
        const { target: _old, ...rest } = m;
        return path ? { ...rest, target: { kind: analysis.kind, path } } : rest;
      }),
    );
    setChosen((current) => new Set(current).add(column));
  };

  const fail = (error: unknown) =>
    setNotice({
      kind: 'error',
      text:
        error instanceof SettingsConflictError
          ? t('mappingConflict')
          : t('saveFailed', { reason: errorText(error, lang) }),
    });

  const storeMapping = async () => {
    const name = mappingName.trim();
    if (!name) {
      setNotice({ kind: 'error', text: t('mappingNameNeeded') });
      return;
    }
    const mapping = saveMapping(name, analysis.table, columns, language);
    try {
      await saved.store(mapping);
    } catch (error) {
      fail(error);
      return;
    }
    setNotice({ kind: 'success', text: t('mappingSaved', { name }) });
    // Offered at once as a file too, to keep beside the register or take to another computer; cancelling is fine.
    try {
      const outcome = await downloadMapping(mapping);
      if (outcome.saved) {
        setNotice({
          kind: 'success',
          text: `${t('mappingSaved', { name })} ${t('mappingFileSaved', { file: outcome.fileName })}`,
        });
      }
    } catch (error) {
      fail(error);
    }
  };

  const saveReport = async () => {
    if (!built) return;
    try {
      const outcome = await saveReportFile(fileName, built.plan.report);
      if (outcome.saved) setNotice({ kind: 'success', text: t('reportSaved', { file: outcome.fileName }) });
    } catch (error) {
      fail(error);
    }
  };

  const apply = async () => {
    if (state.status !== 'ready' || !register) return;
    const { plan, base } = state.built;
    if (base !== register) {
      // Changed here or in another window since the preview: the plan is rebuilt, and the DPO looks again.
      setNotice({ kind: 'info', text: t('registerChanged') });
      return;
    }
    setApplying(true);
    try {
      await replaceRegister(db, plan.register, {
        basedOn: base,
        action: 'import',
        note: t('historyNote', { file: fileName, ...reportFigures(plan.report) }),
        keepCurrentAs: app('keptBeforeImport', { file: fileName }),
        report: { file: fileName, report: plan.report },
      });
      onApplied({ fileName, report: plan.report, appliedAt: new Date().toISOString() });
    } catch (error) {
      setNotice({ kind: 'error', text: app('importRefused', { reason: errorText(error, lang) }) });
    } finally {
      setApplying(false);
    }
  };

  const mappedCount = columns.filter((c) => c.target).length;
  const plan = built?.plan;
  return (
    <section className="mapping-screen" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('title', { file: fileName })}</h2>
      <p className="intro">{t('intro')}</p>

      <div className="mapping-choices">
        <label>
          {t('tableLabel')}
          <select value={tableIndex} onChange={(e) => chooseTable(Number(e.target.value))}>
            {analysis.tables.map((table, i) => (
              <option key={`${table.sheet}-${i}`} value={i}>
                {t('tableOption', {
                  sheet: table.sheet,
                  rows: t('tableRows', { count: table.headerRows.length, rows: rowList(table.headerRows) }),
                  first: table.firstDataRow,
                })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('languageLabel')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as TextLanguage)}>
            {TEXT_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">
        {t(analysis.kind === 'activities' ? 'kindActivities' : 'kindProcessorActivities')} {t('languageHelp')}
      </p>
      {analysis.forms.length > 0 && (
        <p className="muted">{t('formsNotRead', { sheets: analysis.forms.map((f) => f.sheet).join(', ') })}</p>
      )}
      {analysis.savedMapping && (
        <p className="notice notice-info mapping-saved-used">{t('savedUsed', { name: analysis.savedMapping.name })}</p>
      )}

      <h3>
        {t('columnsTitle', { count: analysis.table.columns.length })}{' '}
        <span className="muted mapping-summary">
          {t('columnsSummary', { mapped: mappedCount, ignored: columns.length - mappedCount })}
        </span>
      </h3>
      <ColumnMappingTable
        table={analysis.table}
        kind={analysis.kind}
        columns={columns}
        chosen={chosen}
        samples={samples}
        onChange={changeColumn}
      />

      <form
        className="inline-form mapping-save"
        onSubmit={(event) => {
          event.preventDefault();
          void storeMapping();
        }}
      >
        <label>
          {t('saveMappingLabel')}
          <input value={mappingName} onChange={(e) => setMappingName(e.target.value)} />
        </label>
        <button type="submit">{t('saveMappingButton')}</button>
      </form>

      <Notice notice={notice} />
      <p role="status" className="muted mapping-status">
        {state.status === 'building' ? t('rebuilding') : ''}
      </p>
      {state.status === 'refused' && (
        <p className="notice notice-error" role="alert">
          {app('importRefused', { reason: state.message })}
        </p>
      )}

      {plan && state.status !== 'refused' && (
        <div className={state.status === 'building' ? 'mapping-results mapping-stale' : 'mapping-results'}>
          <RecordPreview plan={plan} />
          <ImportReportView report={plan.report} />
          <fieldset className="mapping-into">
            <legend>{t('intoLabel')}</legend>
            <label className="checkbox">
              <input
                type="radio"
                name="mapping-into"
                checked={into === 'current'}
                onChange={() => setInto('current')}
              />
              {t('intoCurrent')}
            </label>
            <label className="checkbox">
              <input type="radio" name="mapping-into" checked={into === 'new'} onChange={() => setInto('new')} />
              {t('intoNew')}
            </label>
          </fieldset>
          <section className="preview" aria-labelledby="mapping-changes-title">
            <h3 id="mapping-changes-title">{app('importPreviewTitle')}</h3>
            {isUnchanged(plan.diff) ? <p>{t('noChanges')}</p> : <DiffView diff={plan.diff} />}
          </section>
        </div>
      )}

      <div className="button-row sticky-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void apply()}
          disabled={state.status !== 'ready' || applying || isUnchanged(state.built.plan.diff)}
        >
          {app('applyImport')}
        </button>
        <button type="button" onClick={() => void saveReport()} disabled={!plan || state.status === 'refused'}>
          {t('saveReport')}
        </button>
        <button type="button" onClick={onCancel}>
          {app('cancel')}
        </button>
      </div>
    </section>
  );
}
