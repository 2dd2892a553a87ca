/**
 * The editor of one record of any kind: the form of its kind, the findings next to the fields they concern
 * (recomputed while typing), "used by", explicit save with a visible state, undo, delete with link protection,
 * a guard against leaving with unsaved changes, and conflict detection against changes made in another window.
 * Each translatable text shows its translations on request, or all of them at once in the translate mode.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { fieldLabel, kindTitle } from '../../shared/catalogue/fieldLabels';
import { RECORD_SCHEMAS, type AnyRecord, type RecordKind, type Register } from '../../shared/model';
import { deepEqual } from '../../shared/register/compare';
import { formatPath } from '../../shared/register/registerFile';
import type { Finding, Severity } from '../../shared/validation/finding';
import { findingMessage, validateRegister } from '../../shared/validation/validate';
import { todayIso } from '../app/formatting';
import { useI18n, useMessages } from '../app/i18n';
import { setNavigationGuard } from '../app/navigationGuard';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { routeHref } from '../app/routes';
import { navigate } from '../app/useRoute';
import { useRegisterData } from '../register/RegisterContext';
import { newRecordInput } from '../table/newRecordDefaults';
import { db } from '../storage/database';
import {
  ConflictError,
  createRecord,
  deleteRecord,
  LinkedRecordError,
  updateRecord,
} from '../storage/recordRepository';
import { fromStored } from '../storage/storedRecord';
import type { Draft } from './draftPath';
import { FieldInput } from './fields/FieldInput';
import { FORMS, type FieldSpec } from './formSpec';
import { SectionIndex, sectionDomId } from './SectionIndex';
import { isMac, isSaveShortcut, saveShortcutKeys } from './saveShortcut';
import { fieldWords } from '../../shared/model/words';
import { withSafeText } from '../../shared/register/textSafety';
import { languageName, type TextLanguage } from '../../shared/i18n/languages';
import { translatableFieldList } from '../../shared/model/recordFields';
import type { TranslationHolder } from '../../shared/translation';
import { FieldTranslations, TranslationSettingsContext, type TranslationSettings } from './FieldTranslations';
import { EDITOR_TRANSLATION_MESSAGES, type EditorTranslationMessageKey } from './messages';
import type { MessageParams } from '../../shared/i18n/translate';
import { otherLanguages, recordTranslationCounts } from './translationView';

import { UsedByPanel } from './UsedByPanel';
import { useUndoableDraft } from './useUndoableDraft';

export function RecordEditor({ kind, id, field }: { kind: RecordKind; id: string; field?: string }) {
  const { t } = useI18n();
  const { register } = useRegisterData();
  const stored = useLiveQuery(async () => {
    const row = (await db.recordTable(kind).get(id)) as AnyRecord | undefined;
    return row ? fromStored(kind, row) : null;
  }, [kind, id]);
  // The form takes the record once, when it mounts; "reload" (after a conflict) remounts it with the current one.
  const [loadCount, setLoadCount] = useState(0);
  if (stored === undefined || register === undefined) return <p>{t('loading')}</p>;
  if (stored === null) return <p role="alert">{t('notFound')}</p>;
  return (
    <RecordForm
      key={loadCount}
      kind={kind}
      initial={stored}
      register={register}
      {...(field ? { focusField: field } : {})}
      onReload={() => setLoadCount((n) => n + 1)}
    />
  );
}

/** Findings for the draft as it is now: schema problems, then the register's rules on this one record. */
function draftFindings(
  kind: RecordKind,
  draft: Draft,
  register: Register,
): { findings: Finding[]; schemaErrors: Map<string, string> } {
  const parsed = RECORD_SCHEMAS[kind].safeParse(draft);
  const schemaErrors = new Map<string, string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      schemaErrors.set(String(issue.path[0] ?? ''), `${formatPath(issue.path)}: ${issue.message}`);
    return { findings: [], schemaErrors };
  }
  const record = parsed.data as AnyRecord;
  // Only this record of its kind is checked (the others keep their saved findings), so typing stays fast.
  const others =
    kind === 'activities' || kind === 'processorActivities'
      ? []
      : (register[kind] as AnyRecord[]).filter((r) => r.id !== record.id);
  const probe = { ...register, [kind]: [...others, record] } as Register;
  const findings = validateRegister(probe, { today: todayIso() }).filter((f) => f.recordId === record.id);
  return { findings, schemaErrors };
}

/** The severity as a word (not colour alone). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return <span className={`badge badge-${severity}`}>{t(`severity_${severity}`)}</span>;
}

function specsOf(kind: RecordKind, draft: Draft) {
  return FORMS[kind].filter((section) => !section.whenKind || section.whenKind.includes(String(draft['kind'])));
}

function RecordForm({
  kind,
  initial,
  register,
  focusField,
  onReload,
}: {
  kind: RecordKind;
  initial: AnyRecord;
  register: Register;
  focusField?: string;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const [base, setBase] = useState<AnyRecord>(initial);
  const {
    draft,
    setField: setDraftField,
    update,
    undo,
    canUndo,
    replace,
  } = useUndoableDraft(initial as unknown as Draft);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const tt = useMessages(EDITOR_TRANSLATION_MESSAGES);
  const [translateMode, setTranslateMode] = useState(false);
  const [chosenOnly, setOnly] = useState<TextLanguage | 'all'>('all');
  const mainLanguage = register.meta.mainLanguage;
  // A language chosen before the main language changed may now be the main one: all of them are shown then.
  const only = chosenOnly !== 'all' && chosenOnly !== mainLanguage ? chosenOnly : 'all';
  const onTextCleaned = useCallback(() => setNotice({ kind: 'info', text: t('textCleaned') }), [t]);
  const translationSettings = useMemo<TranslationSettings>(
    () => ({ mainLanguage, translateMode, only, saved: base, onTextCleaned }),
    [mainLanguage, translateMode, only, base, onTextCleaned],
  );
  const translatable = useMemo(() => new Set(translatableFieldList(kind).fields), [kind]);
  // Typed or pasted text that a register cannot keep (NUL, half a character pair) is cleaned as it comes in, and said.
  const setField = useCallback(
    (path: string, value: unknown) => {
      const clean = withSafeText(value);
      if (clean !== value) setNotice({ kind: 'info', text: t('textCleaned') });
      setDraftField(path, clean);
    },
    [setDraftField, t],
  );
  const [conflict, setConflict] = useState(false);
  const dirty = useMemo(() => !deepEqual(base, draft), [base, draft]);
  const { findings, schemaErrors } = useMemo(() => draftFindings(kind, draft, register), [kind, draft, register]);
  const byField = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings) {
      const key = (f.field ?? '').split(/[.[]/)[0] ?? '';
      map.set(key, [...(map.get(key) ?? []), f]);
    }
    return map;
  }, [findings]);

  useEffect(() => {
    if (!dirty) return;
    setNavigationGuard(() => window.confirm(t('leaveUnsaved')));
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setNavigationGuard(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, t]);

  // Opened from a finding: bring its field into view and put the cursor in it.
  useEffect(() => {
    if (!focusField) return;
    const top = focusField.split(/[.[]/)[0] ?? focusField;
    const target = document.getElementById(`field-${top}`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    const focusable = target.matches('input, select, textarea')
      ? target
      : target.querySelector<HTMLElement>('input, select, textarea, button');
    focusable?.focus();
  }, [focusField]);

  const onCreate = async (to: RecordKind, name: string) =>
    (await createRecord(db, to, newRecordInput(to, crypto.randomUUID(), name.trim()))).id;

  const saving = useRef(false);
  const save = async () => {
    if (saving.current) return;
    saving.current = true;
    try {
      const saved = await updateRecord(db, kind, draft, base);
      setBase(saved);
      replace(saved as unknown as Draft);
      setConflict(false);
      setNotice({ kind: 'success', text: t('saved') });
    } catch (error) {
      if (error instanceof ConflictError) {
        setConflict(true);
        setNotice({ kind: 'error', text: t('conflict', { fields: error.theirChanges.map((c) => c.path).join(', ') }) });
      } else setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, lang) }) });
    } finally {
      saving.current = false;
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  // Ctrl+S (Cmd+S on macOS) saves, wherever the cursor is; never the browser's "save page". Nothing to save: nothing.
  const latest = useRef({ dirty, save });
  useEffect(() => {
    latest.current = { dirty, save };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSaveShortcut(event)) return;
      event.preventDefault();
      if (latest.current.dirty) void latest.current.save();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const remove = async () => {
    if (!window.confirm(t('confirmDelete', { name: base.name }))) return;
    try {
      await deleteRecord(db, kind, base.id);
    } catch (error) {
      if (!(error instanceof LinkedRecordError)) {
        setNotice({ kind: 'error', text: errorText(error, lang) });
        return;
      }
      if (!window.confirm(t('deleteLinked', { name: base.name, links: error.links.map((l) => l.name).join(', ') })))
        return;
      await deleteRecord(db, kind, base.id, { unlink: true });
    }
    setNavigationGuard(null);
    navigate({ screen: 'records', kind });
  };

  const renderField = (spec: FieldSpec) => {
    const top = spec.field.split('.')[0] ?? spec.field;
    const fieldFindings = spec.field.includes('.') ? [] : (byField.get(top) ?? []);
    const schemaError = spec.field.includes('.') ? undefined : schemaErrors.get(top);
    const findingsId = fieldFindings.length > 0 || schemaError ? `findings-${spec.field}` : undefined;
    const help = fieldWords(spec.field, lang)?.help;
    return (
      <div key={spec.field} className={`form-row${fieldFindings.length || schemaError ? ' has-findings' : ''}`}>
        <FieldInput
          spec={spec}
          draft={draft}
          setField={setField}
          register={register}
          onCreate={onCreate}
          invalid={Boolean(schemaError) || fieldFindings.some((f) => f.severity === 'error')}
          {...(findingsId ? { findingsId } : {})}
        />
        {spec.type === 'text' && translatable.has(spec.field) && (
          <FieldTranslations
            holder={draft as Draft & TranslationHolder}
            field={spec.field}
            label={fieldLabel(spec.field, lang)}
            multiline={spec.multiline === true}
            onChange={(key, change) => update(key, (d) => change(d as Draft & TranslationHolder))}
          />
        )}
        {help && <p className="field-help">{help}</p>}
        {findingsId && (
          <ul className="field-findings" id={findingsId}>
            {schemaError && (
              <li className="severity-error">
                <SeverityBadge severity="error" /> {schemaError}
              </li>
            )}
            {fieldFindings.map((f, i) => (
              <li key={`${f.code}-${i}`} className={`severity-${f.severity}`}>
                <SeverityBadge severity={f.severity} /> {findingMessage(f, lang)}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  const sections = specsOf(kind, draft);
  const shownFields = new Set(sections.flatMap((s) => s.fields.map((f) => f.field.split('.')[0])));
  const scrollToField = (field: string) =>
    document.getElementById(`field-${field}`)?.scrollIntoView({ block: 'center' });

  return (
    <div className="editor-layout">
      <section className="screen editor" aria-labelledby="editor-title">
        <p>
          <a href={routeHref({ screen: 'records', kind })}>← {t('back')}</a>
        </p>
        <h1 id="editor-title">
          {kindTitle(kind, lang)}: {base.name}
        </h1>
        <TranslateMode
          kind={kind}
          draft={draft}
          saved={base}
          mainLanguage={mainLanguage}
          on={translateMode}
          setOn={setTranslateMode}
          only={only}
          setOnly={setOnly}
          t={tt}
        />
        <section className="findings-summary" aria-labelledby="findings-title">
          <h2 id="findings-title">
            {t('findingsTitle')} ({findings.length + schemaErrors.size})
          </h2>
          {findings.length + schemaErrors.size === 0 ? (
            <p>{t('noFindings')}</p>
          ) : (
            <ul>
              {[...schemaErrors.values()].map((message) => (
                <li key={message} className="severity-error">
                  <SeverityBadge severity="error" /> {message}
                </li>
              ))}
              {findings.map((f, i) => (
                <li key={`${f.code}-${i}`} className={`severity-${f.severity}`}>
                  <SeverityBadge severity={f.severity} />{' '}
                  {f.field && shownFields.has(f.field.split(/[.[]/)[0] ?? '') ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => scrollToField(f.field?.split(/[.[]/)[0] ?? '')}
                    >
                      {findingMessage(f, lang)}
                    </button>
                  ) : (
                    findingMessage(f, lang)
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <TranslationSettingsContext.Provider value={translationSettings}>
          <form className="stacked-form record-form" onSubmit={onSubmit} noValidate>
            {sections.map((section, index) => (
              <fieldset key={index} className="form-section" id={sectionDomId(index)} tabIndex={-1}>
                {section.title && <legend>{t(section.title)}</legend>}
                {section.fields.map(renderField)}
              </fieldset>
            ))}
            <div className={`button-row sticky-actions save-bar${dirty ? ' is-dirty' : ''}`}>
              <button
                type="submit"
                className="primary"
                disabled={!dirty}
                title={t('saveWithKeys', { keys: saveShortcutKeys(t('ctrlKeyName')) })}
                aria-keyshortcuts={isMac() ? 'Meta+S' : 'Control+S'}
              >
                {t('save')}
              </button>
              <button type="button" onClick={undo} disabled={!canUndo}>
                {t('undo')}
              </button>
              <span className="save-state" aria-live="polite">
                {dirty ? t('unsavedChanges') : t('saved')}
              </span>
              {conflict && (
                <button type="button" onClick={onReload}>
                  {t('reloadRecord')}
                </button>
              )}
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('deleteRecord')}
              </button>
            </div>
          </form>
        </TranslationSettingsContext.Provider>
        <Notice notice={notice} />
      </section>
      <aside className="editor-aside">
        <SectionIndex sections={sections} kind={kind} id={base.id} />
        <UsedByPanel register={register} kind={kind} id={base.id} />
      </aside>
    </div>
  );
}

/**
 * The translate mode's switch under the editor's title: it opens every field's translations, in all languages or in
 * the one chosen, and says how many of the record's translations in them are current, outdated and missing.
 */
function TranslateMode({
  kind,
  draft,
  saved,
  mainLanguage,
  on,
  setOn,
  only,
  setOnly,
  t,
}: {
  kind: RecordKind;
  draft: Draft;
  saved: AnyRecord;
  mainLanguage: TextLanguage;
  on: boolean;
  setOn: (on: boolean) => void;
  only: TextLanguage | 'all';
  setOnly: (only: TextLanguage | 'all') => void;
  t: (key: EditorTranslationMessageKey, params?: MessageParams) => string;
}) {
  const { lang } = useI18n();
  const languages = otherLanguages(mainLanguage);
  const counts = on
    ? recordTranslationCounts(kind, draft, saved, mainLanguage, only === 'all' ? languages : [only])
    : undefined;
  return (
    <div className="translate-mode">
      <button type="button" aria-pressed={on} onClick={() => setOn(!on)}>
        {t('translateMode')}
      </button>
      {on && (
        <label>
          {t('translateInto')}
          <select value={only} onChange={(e) => setOnly(e.target.value as TextLanguage | 'all')}>
            <option value="all">{t('allLanguages')}</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l, lang)} ({l})
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="translate-main">
        {t('mainLanguage', { language: `${languageName(mainLanguage, lang)} (${mainLanguage})` })}
      </span>
      {counts && counts.total > 0 && (
        <span className="translate-counts" role="status">
          {t('recordCounts', { count: counts.current, total: counts.total })}
          {counts.outdated > 0 && (
            <span className="tr-badge tr-outdated">
              <span className="visually-hidden">, </span>
              {t('outdatedCount', { count: counts.outdated })}
            </span>
          )}
          {counts.missing > 0 && (
            <span className="tr-badge tr-missing">
              <span className="visually-hidden">, </span>
              {t('missingCount', { count: counts.missing })}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
