/**
 * Export: Excel (authority layout or complete), PDF or the register file, in any interface language, for one
 * controller or all, from the live register or a snapshot; laid out in a worker with progress and Cancel in the
 * frame's status line (`ExportStatus`), then the native save dialog. The language starts as the register's main
 * language; another one says first how many texts will fall back to the main one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { takePendingFormat } from '../app/menuCommands';
import { languageName, UI_LANGUAGES, type UiLanguage } from '../../shared/i18n/languages';
import type { Register } from '../../shared/model';
import { useI18n, useMessages } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { todayIso } from '../app/formatting';
import { platform } from '../platform/currentPlatform';
import { useRegisterData } from '../register/RegisterContext';
import { db } from '../storage/database';
import { listSnapshots, snapshotRegister } from '../storage/snapshots';
import { EXPORT_TRANSLATION_MESSAGES } from './messages';
import { startExport, useExportJob } from './exportJob';
import { FORMAT_LABELS } from './ExportStatus';
import type { ExportFormat } from './runExport';
import { TranslationFallback } from './TranslationFallback';

/** The formats in the order offered, named as the status line names them. */
const FORMATS = (Object.keys(FORMAT_LABELS) as ExportFormat[]).map((format) => ({
  format,
  label: FORMAT_LABELS[format],
}));

export function ExportScreen() {
  const { t, lang } = useI18n();
  const { register } = useRegisterData();
  const snapshots = useLiveQuery(() => listSnapshots(db), []);
  const [format, setFormat] = useState<ExportFormat>(() => takePendingFormat() ?? 'xlsx-authority');
  useEffect(() => {
    const take = () => {
      const pending = takePendingFormat();
      if (pending) setFormat(pending);
    };
    window.addEventListener('ropa:pending-format', take);
    return () => window.removeEventListener('ropa:pending-format', take);
  }, []);
  const tt = useMessages(EXPORT_TRANSLATION_MESSAGES);
  // The register's own language until the DPO picks another: an export in it never falls back.
  const [chosenLang, setExportLang] = useState<UiLanguage | null>(null);
  const mainLanguage = register?.meta.mainLanguage;
  const exportLang = chosenLang ?? mainLanguage ?? lang;
  const [controllerId, setControllerId] = useState('');
  const [source, setSource] = useState('live');
  // The snapshot an export would be made from, read when chosen, so the fallback count is the one of that register.
  const [snapshotData, setSnapshotData] = useState<{ id: string; register: Register } | null>(null);
  useEffect(() => {
    if (source === 'live') return;
    let current = true;
    snapshotRegister(db, source).then(
      (read) => {
        if (current) setSnapshotData({ id: source, register: read });
      },
      // An unreadable snapshot gets no count here; the export says what is wrong with it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [source]);
  const exported = source === 'live' ? register : snapshotData?.id === source ? snapshotData.register : undefined;
  const [includeFindings, setIncludeFindings] = useState(false);
  const [internalEdition, setInternalEdition] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const controllers = (register?.organisations ?? []).filter(
    (o) => o.kind === 'controller' || o.kind === 'joint-controller',
  );

  const job = useExportJob();
  const running = job.status === 'running';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!register || running) return;
    setNotice(null);
    try {
      const snapshot = snapshots?.find((s) => s.id === source);
      const from = snapshot ? await snapshotRegister(db, snapshot.id) : register;
      // Laid out in a worker; the frame's status line follows it on every screen and saves the file when done.
      startExport(
        from,
        {
          format,
          lang: exportLang,
          includeFindings,
          edition: internalEdition ? 'internal' : 'standard',
          today: todayIso(),
          ...(controllerId ? { controllerId } : {}),
          ...(snapshot ? { snapshotName: snapshot.name } : {}),
        },
        lang,
      );
    } catch (error) {
      setNotice({ kind: 'error', text: t('exportFailed', { reason: errorText(error, lang) }) });
    }
  };

  return (
    <section className="screen" aria-labelledby="export-title">
      <h1 id="export-title">{t('exportTitle')}</h1>
      <p className="intro">{t('exportIntro')}</p>
      <form className="stacked-form" onSubmit={(e) => void submit(e)}>
        <fieldset className="checks vertical">
          <legend>{t('exportFormat')}</legend>
          {FORMATS.map((f) => (
            <label key={f.format} className="checkbox">
              <input
                type="radio"
                name="format"
                value={f.format}
                checked={format === f.format}
                onChange={() => setFormat(f.format)}
              />
              {t(f.label)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('exportLanguage')}
          <select value={exportLang} onChange={(e) => setExportLang(e.target.value as UiLanguage)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === mainLanguage
                  ? tt('mainLanguageOption', { language: languageName(l, lang) })
                  : languageName(l, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('exportScope')}
          <select value={controllerId} onChange={(e) => setControllerId(e.target.value)}>
            <option value="">{t('allControllers')}</option>
            {controllers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('exportSource')}
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="live">{t('liveRegister')}</option>
            {(snapshots ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {t('snapshotSource', { name: s.name })}
              </option>
            ))}
          </select>
        </label>
        {exported && format !== 'json' && (
          <TranslationFallback
            register={exported}
            lang={exportLang}
            {...(controllerId ? { controllerId } : {})}
            // The complete workbook holds every field; the PDF and the authority workbook their edition's.
            edition={format === 'xlsx-complete' || internalEdition ? 'internal' : 'standard'}
          />
        )}
        {(format === 'pdf' || format === 'xlsx-authority') && (
          <label className="checkbox">
            <input type="checkbox" checked={internalEdition} onChange={(e) => setInternalEdition(e.target.checked)} />
            {t('internalEdition')}
          </label>
        )}
        {format === 'pdf' && (
          <label className="checkbox">
            <input type="checkbox" checked={includeFindings} onChange={(e) => setIncludeFindings(e.target.checked)} />
            {t('includeFindings')}
          </label>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={!register || running}>
            {t('exportButton')}
          </button>
        </div>
      </form>
      <Notice notice={notice} />
      {job.status === 'saved' && platform.canRevealSavedFiles && (
        <div className="button-row">
          <button type="button" onClick={() => void platform.revealLastSaved('open')}>
            {t('openExported')}
          </button>
          <button type="button" onClick={() => void platform.revealLastSaved('folder')}>
            {t('openExportedFolder')}
          </button>
        </div>
      )}
    </section>
  );
}
