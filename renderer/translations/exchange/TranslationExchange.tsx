/**
 * Exchange with translators, in the translation workspace of one language: the texts that need translating go out
 * as a file (XLIFF for translation tools, or a workbook), and the translated file comes back in with a preview —
 * what will be applied, what is stale because its main text changed since, what the register no longer has — then
 * Apply (all-or-nothing, keeping the register as it was in a snapshot, one history entry) or Cancel.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { fileNameSlug } from '../../../shared/ipc/fileNames';
import type { TextLanguage, UiLanguage } from '../../../shared/i18n/languages';
import type { MessageParams } from '../../../shared/i18n/translate';
import type { Register } from '../../../shared/model';
import type { ImportedText, TranslationImportPlan } from '../../../shared/translation/exchange/planImport';
import { languageNameInText } from '../../../shared/i18n/languages';
import { translationTasks } from '../../../shared/translation/translationTasks';
import { useI18n, useMessages } from '../../app/i18n';
import { errorText, Notice, type NoticeState } from '../../app/Notice';
import { platform } from '../../platform/currentPlatform';
import { useRegisterData } from '../../register/RegisterContext';
import { db } from '../../storage/database';
import { replaceRegister } from '../../storage/registerStore';
import { EXCHANGE_MESSAGES, type ExchangeMessageKey } from './messages';
import './exchange.css';

type Format = 'xliff' | 'xlsx';

interface Preview {
  fileName: string;
  bytes: Uint8Array;
  /** The register the plan was made from: applying checks that it is still the live one. */
  base: Register;
  plan: TranslationImportPlan;
}

/** `translations-<organisation>-nl-fr-2026-11-22.xlf`, in the user's local date. */
function downloadName(register: Register, lang: TextLanguage, format: Format, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const slug = fileNameSlug(register.meta.organisationName ?? register.meta.title);
  const name = ['translations', slug, register.meta.mainLanguage, lang, day].filter((part) => part !== '').join('-');
  return `${name}.${format === 'xliff' ? 'xlf' : 'xlsx'}`;
}

async function plan(register: Register, bytes: Uint8Array, lang: TextLanguage, ui: UiLanguage) {
  // Loaded on demand, with the XML parser and ExcelJS behind it: most visits to the workspace import nothing.
  const { planTranslationImport } = await import('../../../shared/translation/exchange/planImport');
  return planTranslationImport(register, bytes, { lang, ui });
}

export function TranslationExchange({ lang }: { lang: TextLanguage }) {
  const { lang: ui } = useI18n();
  const t = useMessages(EXCHANGE_MESSAGES);
  const { register } = useRegisterData();
  const [format, setFormat] = useState<Format>('xliff');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState(false);
  const taskCount = useMemo(() => (register ? translationTasks(register, lang).length : 0), [register, lang]);
  const language = languageNameInText(lang, ui);
  const main = register ? languageNameInText(register.meta.mainLanguage, ui) : '';

  const download = async () => {
    if (!register) return;
    setNotice(null);
    setBusy(true);
    try {
      const suggestedName = downloadName(register, lang, format, new Date());
      if (format === 'xliff') {
        const { writeTranslationXliff } = await import('../../../shared/translation/exchange/xliff');
        const data = writeTranslationXliff(register, lang, { ui });
        const filters = [{ name: t('xliffFilter'), extensions: ['xlf', 'xliff'] }];
        const outcome = await platform.saveFile({ suggestedName, data, filters });
        if (outcome.saved)
          setNotice({ kind: 'success', text: t('saved', { file: outcome.fileName ?? suggestedName }) });
      } else {
        const { writeTranslationWorkbook } = await import('../../../shared/translation/exchange/translationWorkbook');
        // A copy into a plain ArrayBuffer: what IPC and Blob accept whatever buffer the writer used.
        const data = new Uint8Array(await writeTranslationWorkbook(register, lang, { ui }));
        const outcome = await platform.saveFile({ suggestedName, data, kind: 'xlsx' });
        if (outcome.saved)
          setNotice({ kind: 'success', text: t('saved', { file: outcome.fileName ?? suggestedName }) });
      }
    } catch (error) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, ui) }) });
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    if (!register) return;
    const file = await platform.openFile({
      filters: [{ name: t('fileFilter'), extensions: ['xlf', 'xliff', 'xml', 'xlsx'] }],
      kind: 'import',
    });
    if (!file) return;
    setNotice(null);
    setPreview(null);
    setBusy(true);
    try {
      const made = await plan(register, file.bytes, lang, ui);
      setPreview({ fileName: file.name, bytes: file.bytes, base: register, plan: made });
    } catch (error) {
      setNotice({ kind: 'error', text: t('refused', { reason: errorText(error, ui) }) });
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!preview || !register) return;
    setBusy(true);
    try {
      if (register !== preview.base) {
        // Edited since the preview (here or in another window): what was shown may no longer be what applies.
        const made = await plan(register, preview.bytes, lang, ui);
        setPreview({ ...preview, base: register, plan: made });
        setNotice({ kind: 'info', text: t('registerChanged') });
        return;
      }
      await replaceRegister(db, preview.plan.register, {
        basedOn: preview.base,
        action: 'import',
        note: preview.fileName,
        keepCurrentAs: t('keptBefore', { file: preview.fileName }),
      });
      setNotice({
        kind: 'success',
        text: t('applied', { file: preview.fileName, count: preview.plan.applied.length }),
      });
      setPreview(null);
    } catch (error) {
      setNotice({ kind: 'error', text: t('applyFailed', { reason: errorText(error, ui) }) });
    } finally {
      setBusy(false);
    }
  };

  const result = preview?.plan;
  return (
    <section className="translation-exchange" aria-labelledby={`exchange-title-${lang}`} data-lang={lang}>
      <h2 id={`exchange-title-${lang}`}>{t('title')}</h2>
      <p className="intro">{t('intro', { language })}</p>
      <p>{taskCount > 0 ? t('taskCount', { count: taskCount, language }) : t('noTasks', { language })}</p>
      <fieldset className="checks exchange-format">
        <legend>{t('format')}</legend>
        {(['xliff', 'xlsx'] as const).map((f) => (
          <label key={f} className="checkbox">
            <input
              type="radio"
              name={`exchange-format-${lang}`}
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {t(f === 'xliff' ? 'formatXliff' : 'formatXlsx')}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={() => void download()} disabled={!register || busy || taskCount === 0}>
          {t('download')}
        </button>
        <button type="button" onClick={() => void choose()} disabled={!register || busy}>
          {t('importFile')}
        </button>
        {busy && <span role="status">{t('reading')}</span>}
      </div>
      <Notice notice={notice} />
      {preview && result && (
        <section className="preview exchange-preview" aria-labelledby={`exchange-preview-${lang}`}>
          <h3 id={`exchange-preview-${lang}`}>{t('previewTitle')}</h3>
          <p>{t('previewFile', { file: preview.fileName, language })}</p>
          <dl className="exchange-counts">
            <div data-count="applied">
              <dt>{t('countApplied')}</dt>
              <dd>{result.applied.length}</dd>
            </div>
            <div data-count="stale">
              <dt>{t('countStale')}</dt>
              <dd>{result.stale.length}</dd>
            </div>
            <div data-count="unknown">
              <dt>{t('countUnknown')}</dt>
              <dd>{result.unknown.length}</dd>
            </div>
            <div data-count="unchanged">
              <dt>{t('countUnchanged')}</dt>
              <dd>{result.unchanged.length}</dd>
            </div>
          </dl>
          {result.applied.length > 0 ? (
            <TextTable
              title={t('appliedTitle')}
              kind="applied"
              rows={result.applied}
              t={t}
              main={main}
              second={(row) => (
                <>
                  <span lang={lang}>{row.translation}</span>
                  {row.previous !== undefined && (
                    <span className="exchange-replaces">{t('replaces', { text: row.previous })}</span>
                  )}
                </>
              )}
            />
          ) : (
            <p>{t('nothingToApply')}</p>
          )}
          {result.stale.length > 0 && (
            <TextTable
              title={t('staleTitle')}
              kind="stale"
              rows={result.stale}
              t={t}
              main={main}
              first={(row) => (
                <>
                  <span className="exchange-then">{t('sourceThen', { text: row.source })}</span>
                  <span className="exchange-now">{t('sourceNow', { text: row.currentSource ?? '' })}</span>
                </>
              )}
              second={(row) => <span lang={lang}>{row.translation}</span>}
              reasons
            />
          )}
          {result.unknown.length > 0 && (
            <TextTable
              title={t('unknownTitle')}
              kind="unknown"
              rows={result.unknown}
              t={t}
              main={main}
              second={(row) => <span lang={lang}>{row.translation}</span>}
              reasons
            />
          )}
          {result.problems.length > 0 && (
            <>
              <h4>{t('problemsTitle', { count: result.problems.length })}</h4>
              <table className="data-table exchange-problems">
                <thead>
                  <tr>
                    <th scope="col">{t('columnWhere')}</th>
                    <th scope="col">{t('columnRecord')}</th>
                    <th scope="col">{t('columnField')}</th>
                    <th scope="col">{t('columnReason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.problems.map((p, i) => (
                    <tr key={i}>
                      <td>{p.at}</td>
                      <td>{p.record ?? p.key}</td>
                      <td>{p.field ?? ''}</td>
                      <td>{p.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => void apply()}
              disabled={busy || result.applied.length === 0}
            >
              {t('apply')}
            </button>
            <button type="button" onClick={() => setPreview(null)} disabled={busy}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

interface TextTableProps {
  title: string;
  kind: 'applied' | 'stale' | 'unknown';
  rows: readonly ImportedText[];
  t: (key: ExchangeMessageKey, params?: MessageParams) => string;
  /** The main language's name, for the source column's header. */
  main: string;
  first?: (row: ImportedText) => ReactNode;
  second: (row: ImportedText) => ReactNode;
  reasons?: boolean;
}

/** One list of texts of the preview: record, field, the main text and the translation side by side. */
function TextTable({ title, kind, rows, t, main, first, second, reasons }: TextTableProps) {
  return (
    <>
      <h4>{title}</h4>
      <table className={`data-table exchange-texts exchange-${kind}`} aria-label={title}>
        <thead>
          <tr>
            <th scope="col">{t('columnRecord')}</th>
            <th scope="col">{t('columnField')}</th>
            <th scope="col">{t('columnSource', { language: main })}</th>
            <th scope="col">{t('columnTranslation')}</th>
            {reasons && <th scope="col">{t('columnReason')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.key}@${row.at}`}>
              <td>{row.record}</td>
              <td>{row.field}</td>
              <td className="exchange-text">{first ? first(row) : row.source}</td>
              <td className="exchange-text">{second(row)}</td>
              {reasons && <td>{row.reasonText}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
