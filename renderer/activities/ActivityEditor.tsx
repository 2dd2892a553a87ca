/**
 * The editor of one processing activity. Saving is explicit and shows its state; leaving with unsaved changes
 * asks; a change made meanwhile in another window is reported instead of being overwritten.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { enumLabel } from '../../shared/catalogue/enumLabels';
import { fieldLabel, kindTitle } from '../../shared/catalogue/fieldLabels';
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus } from '../../shared/model';
import { deepEqual } from '../../shared/register/compare';
import { useI18n } from '../app/i18n';
import { setNavigationGuard } from '../app/navigationGuard';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { routeHref } from '../app/routes';
import { navigate } from '../app/useRoute';
import { db } from '../storage/database';
import { ConflictError, deleteRecord, LinkedRecordError, updateRecord } from '../storage/recordRepository';
import { fromStored } from '../storage/storedRecord';

type TextField = 'name' | 'reference' | 'description' | 'businessProcess' | 'owner';
type DateField = 'startDate' | 'endDate' | 'lastReviewDate' | 'nextReviewDate';

/** Empty inputs mean "not given": they are stored as absent, not as empty strings. */
function withText<T extends object>(record: T, field: keyof T & string, value: string): T {
  const copy = { ...record } as Record<string, unknown>;
  if (value === '' && field !== 'name') delete copy[field];
  else copy[field] = value;
  return copy as T;
}

export function ActivityEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const stored = useLiveQuery(async () => {
    const row = await db.activities.get(id);
    return row ? fromStored('activities', row) : null;
  }, [id]);
  // The form takes the record once, when it mounts; "reload" (after a conflict) remounts it with the current one.
  const [loadCount, setLoadCount] = useState(0);
  if (stored === undefined) return <p>{t('loading')}</p>;
  if (stored === null) return <p role="alert">{t('notFound')}</p>;
  return <ActivityForm key={loadCount} initial={stored} onReload={() => setLoadCount((n) => n + 1)} />;
}

function ActivityForm({ initial, onReload }: { initial: Activity; onReload: () => void }) {
  const { t, lang } = useI18n();
  const [base, setBase] = useState<Activity>(initial);
  const [draft, setDraft] = useState<Activity>(initial);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [conflict, setConflict] = useState(false);

  const dirty = useMemo(() => !deepEqual(base, draft), [base, draft]);
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

  const setText = (field: TextField) => (value: string) => setDraft(withText(draft, field, value));
  const setDate = (field: DateField) => (value: string) => setDraft(withText(draft, field, value));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = (await updateRecord(db, 'activities', draft, base)) as Activity;
      setBase(saved);
      setDraft(saved);
      setConflict(false);
      setNotice({ kind: 'success', text: t('saved') });
    } catch (error) {
      if (error instanceof ConflictError) {
        setConflict(true);
        setNotice({ kind: 'error', text: t('conflict', { fields: error.theirChanges.map((c) => c.path).join(', ') }) });
      } else setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, lang) }) });
    }
  };


  const remove = async () => {
    if (!window.confirm(t('confirmDelete', { name: base.name }))) return;
    try {
      await deleteRecord(db, 'activities', base.id);
    } catch (error) {
      if (!(error instanceof LinkedRecordError)) throw error;
      if (!window.confirm(t('deleteLinked', { name: base.name, links: error.links.map((l) => l.name).join(', ') }))) return;
      await deleteRecord(db, 'activities', base.id, { unlink: true });
    }
    setNavigationGuard(null);
    navigate({ screen: 'records', kind: 'activities' });
  };

  const textInput = (field: TextField, multiline = false) => (
    <label key={field}>
      {fieldLabel(field, lang)}
      {multiline ? (
        <textarea value={draft[field] ?? ''} onChange={(e) => setText(field)(e.target.value)} rows={3} />
      ) : (
        <input value={draft[field] ?? ''} onChange={(e) => setText(field)(e.target.value)} />
      )}
    </label>
  );
  const dateInput = (field: DateField) => (
    <label key={field}>
      {fieldLabel(field, lang)}
      <input type="date" value={draft[field] ?? ''} onChange={(e) => setDate(field)(e.target.value)} />
    </label>
  );

  return (
    <section className="screen editor" aria-labelledby="editor-title">
      <p>
        <a href={routeHref({ screen: 'records', kind: 'activities' })}>← {t('back')}</a>
      </p>
      <h1 id="editor-title">
        {kindTitle('activities', lang)}: {base.name}
      </h1>
      <form className="stacked-form" onSubmit={(e) => void save(e)}>
        {textInput('name')}
        {textInput('reference')}
        {textInput('description', true)}
        {textInput('businessProcess')}
        {textInput('owner')}
        <label>
          {fieldLabel('status', lang)}
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as ActivityStatus })}>
            {ACTIVITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {enumLabel('activityStatus', s, lang)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{fieldLabel('purposes', lang)}</legend>
          {draft.purposes.map((purpose, index) => (
            <div key={purpose.id} className="list-item">
              <label>
                <span className="visually-hidden">
                  {fieldLabel('purposes', lang)} {index + 1}
                </span>
                <textarea
                  rows={2}
                  value={purpose.description}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      purposes: draft.purposes.map((p) => (p.id === purpose.id ? { ...p, description: e.target.value } : p)),
                    })
                  }
                />
              </label>
              <button
                type="button"
                onClick={() => setDraft({ ...draft, purposes: draft.purposes.filter((p) => p.id !== purpose.id) })}
              >
                {t('removeItem')}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => setDraft({ ...draft, purposes: [...draft.purposes, { id: crypto.randomUUID(), description: '' }] })}
          >
            {t('addItem')}
          </button>
        </fieldset>
        <div className="date-row">
          {dateInput('startDate')}
          {dateInput('endDate')}
          {dateInput('lastReviewDate')}
          {dateInput('nextReviewDate')}
        </div>
        <div className="button-row sticky-actions">
          <button type="submit" className="primary" disabled={!dirty}>
            {t('save')}
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
      <Notice notice={notice} />
    </section>
  );
}
