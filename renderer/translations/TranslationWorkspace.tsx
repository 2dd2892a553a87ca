/**
 * The translation workspace (issue 14): every text of the register whose translation into a chosen language is
 * missing or outdated, the original beside a box for the translation, filtered by part of the register, controller
 * and state. Worked from the keyboard: Enter saves a text and goes on to the next one.
 *
 * Where the rows come from: the live register (with this screen's own writes laid over it until the live copy has
 * caught up, so two texts of one record can be saved in quick succession without the second one tripping over the
 * first), walked by `translationTexts`. Which of them are listed is decided in `workspaceRows.ts`.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import {
  LOCALE_OF,
  TEXT_LANGUAGES,
  languageName,
  languageNameInText,
  type TextLanguage,
} from '../../shared/i18n/languages';
import type { AnyRecord, RecordKind, Register, RegisterMeta } from '../../shared/model';
import { holderIn, translationTexts, type TranslationTask } from '../../shared/translation';
import { useI18n, useMessages } from '../app/i18n';
import { setNavigationGuard } from '../app/navigationGuard';
import { errorText } from '../app/Notice';
import { navigate } from '../app/useRoute';
import { fieldName } from '../dashboard/dashboardText';
import { useRegisterData } from '../register/RegisterContext';
import { db } from '../storage/database';
import { ConflictError, RecordNotFoundError } from '../storage/recordRepository';
import { SettingsConflictError } from '../storage/settings';
import { TranslationExchange } from './exchange/TranslationExchange';
import { TRANSLATION_MESSAGES } from './messages';
import { saveMetaTranslation, saveRecordTranslation, sourceUnchanged, type TranslationChange } from './saveTranslation';
import { TranslationRow, type RowActions, type RowStatus } from './TranslationRow';
import {
  controllerFilterApplies,
  controllerOptions,
  editorHref,
  rowHeading,
  STATE_FILTERS,
  textStart,
  todoCounts,
  workspaceRows,
  type StateFilter,
} from './workspaceRows';
import './translations.css';

/** Rows drawn at once; "Show 100 more" draws the next ones. Keeps a register of thousands of texts responsive. */
export const PAGE = 100;

export interface TranslationWorkspaceProps {
  lang?: TextLanguage | undefined;
  kind?: RecordKind | 'meta' | undefined;
  controller?: string | undefined;
}

export function TranslationWorkspace(props: TranslationWorkspaceProps) {
  const { register } = useRegisterData();
  const t = useMessages(TRANSLATION_MESSAGES);
  if (!register) {
    return (
      <section className="screen translations" aria-labelledby="tw-title" aria-busy="true">
        <h1 id="tw-title">{t('title')}</h1>
        <p>{t('loading')}</p>
      </section>
    );
  }
  return <WorkspaceView register={register} {...props} />;
}

/** A record (or the metadata) this screen wrote or re-read, standing in for `stale` until the live copy changes. */
interface Override {
  stale: object;
  fresh: object;
}

const META = 'meta';
const recordKey = (kind: RecordKind, id: string) => `${kind}/${id}`;

function withOverrides(register: Register, overrides: ReadonlyMap<string, Override>): Register {
  let out = register;
  for (const [key, { stale, fresh }] of overrides) {
    if (key === META) {
      if (register.meta === stale) out = { ...out, meta: fresh as RegisterMeta };
      continue;
    }
    const kind = key.slice(0, key.indexOf('/')) as RecordKind;
    const records = out[kind] as readonly AnyRecord[];
    const index = records.indexOf(stale as AnyRecord);
    if (index < 0) continue;
    const copy = [...records];
    copy[index] = fresh as AnyRecord;
    out = { ...out, [kind]: copy };
  }
  return out;
}

function stillLive(register: Register, key: string, stale: object): boolean {
  if (key === META) return register.meta === stale;
  const kind = key.slice(0, key.indexOf('/')) as RecordKind;
  return (register[kind] as readonly object[]).includes(stale);
}

const isDone = (status: RowStatus | undefined) => status?.kind === 'saved' || status?.kind === 'confirmed';

function WorkspaceView({
  register,
  lang: routeLang,
  kind,
  controller,
}: TranslationWorkspaceProps & { register: Register }) {
  const { lang: uiLang } = useI18n();
  const t = useMessages(TRANSLATION_MESSAGES);
  const numbers = useMemo(() => new Intl.NumberFormat(LOCALE_OF[uiLang]), [uiLang]);

  // This screen's writes, laid over the live register (see the header).
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(() => new Map());
  // The same, for writes queued before the next render.
  const overridesRef = useRef(overrides);
  const effective = useMemo(() => withOverrides(register, overrides), [register, overrides]);
  const main = effective.meta.mainLanguage;
  const languages = useMemo(() => TEXT_LANGUAGES.filter((l) => l !== main), [main]);
  const textsByLanguage = useMemo(
    () => new Map(languages.map((l) => [l, translationTexts(effective, l)] as const)),
    [effective, languages],
  );
  const countsByLanguage = useMemo(
    () => new Map([...textsByLanguage].map(([l, texts]) => [l, todoCounts(texts)] as const)),
    [textsByLanguage],
  );
  const todo = (l: TextLanguage) => {
    const counts = countsByLanguage.get(l);
    return counts ? counts.missing + counts.outdated : 0;
  };
  const firstWithWork = () => languages.find((l) => todo(l) > 0) ?? languages[0] ?? main;
  // Without a language in the address, the one chosen on arrival stays: finishing its last text must not switch the
  // screen to another language under the translator's cursor.
  const [arrivalLang] = useState(firstWithWork);
  const lang: TextLanguage =
    routeLang && routeLang !== main ? routeLang : arrivalLang !== main ? arrivalLang : firstWithWork();
  const texts = useMemo(() => textsByLanguage.get(lang) ?? [], [textsByLanguage, lang]);
  const [stateFilter, setStateFilter] = useState<StateFilter>('todo');

  // What happened to rows during this visit. A row with a status stays listed even when it is no longer to do: the
  // row under the cursor and the rows around it do not move when one is saved, so Enter always lands in the box
  // that was below, and the translator sees what was just done ("done"). Rows leave when a filter changes, or on
  // "Remove the finished texts". (Removing a saved row at once would shift every row below it under the cursor.)
  const [statuses, setStatuses] = useState<ReadonlyMap<string, RowStatus>>(new Map());
  const [limit, setLimit] = useState(PAGE);
  const filterKey = `${lang}|${kind ?? ''}|${controller ?? ''}|${stateFilter}`;
  const [listedFor, setListedFor] = useState(filterKey);
  if (listedFor !== filterKey) {
    setListedFor(filterKey);
    setStatuses(new Map());
    setLimit(PAGE);
  }
  const scope = useMemo(() => ({ kind, controller }), [kind, controller]);
  const rows = useMemo(
    () => workspaceRows(texts, { ...scope, state: stateFilter }, new Set(statuses.keys())),
    [texts, scope, stateFilter, statuses],
  );
  const visible = rows.slice(0, limit);
  const languageCounts = countsByLanguage.get(lang) ?? { missing: 0, outdated: 0 };
  const scopedCounts = useMemo(() => todoCounts(texts, scope), [texts, scope]);
  const filtered = kind !== undefined || (controller !== undefined && controllerFilterApplies(kind));
  const perKind = useMemo(() => {
    const counts = new Map<RecordKind | 'meta', number>();
    for (const task of texts) if (task.state !== 'current') counts.set(task.kind, (counts.get(task.kind) ?? 0) + 1);
    return counts;
  }, [texts]);
  const controllers = useMemo(() => controllerOptions(register, uiLang), [register, uiLang]);
  const languageText = languageNameInText(lang, uiLang);
  const mainText = languageNameInText(main, uiLang);

  const [announcement, setAnnouncement] = useState('');
  // True between a save's announcement and the move that follows it, so "that was the last text" adds to it.
  const justSaved = useRef(false);

  // The latest of everything the row actions need, for callbacks that must stay the same object (see RowActions).
  const latest = useRef({ register, rows, statuses, limit, lang, t, uiLang });
  useLayoutEffect(() => {
    latest.current = { register, rows, statuses, limit, lang, t, uiLang };
  });

  const textareas = useRef(new Map<string, HTMLTextAreaElement>());
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  useEffect(() => {
    if (pendingFocus === null) return;
    const element = textareas.current.get(pendingFocus);
    if (!element) return;
    setPendingFocus(null);
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, [pendingFocus, limit]);

  // Typed but unsaved translations: leaving (another screen, a filter, closing the window) asks first, as the editor does.
  const dirtyRows = useRef(new Set<string>());
  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => {
    if (!unsaved) return;
    setNavigationGuard(() => window.confirm(t('leaveUnsaved')));
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setNavigationGuard(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [unsaved, t]);

  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const actions = useMemo<RowActions>(() => {
    const override = (key: string, stale: object, fresh: object) => {
      const live = latest.current.register;
      const next = new Map([...overridesRef.current].filter(([k, o]) => k !== key && stillLive(live, k, o.stale)));
      next.set(key, { stale, fresh });
      overridesRef.current = next;
      setOverrides(next);
    };
    const currentOf = <T extends object>(key: string, live: T): T => {
      const known = overridesRef.current.get(key);
      return known && known.stale === live ? (known.fresh as T) : live;
    };
    const setStatus = (key: string, status: RowStatus) => setStatuses((before) => new Map(before).set(key, status));

    const write = async (task: TranslationTask, lang: TextLanguage, change: TranslationChange): Promise<boolean> => {
      const { register: live, t: say, uiLang: ui } = latest.current;
      const problem = (kind: 'conflict' | 'error', text: string) => {
        setStatus(task.key, { kind, text });
        return false;
      };
      const conflict = (paths: readonly string[]) =>
        problem('conflict', say('conflict', { fields: [...new Set(paths.map((p) => fieldName(p, ui)))].join(', ') }));
      try {
        if (task.kind === 'meta') {
          const base = currentOf(META, live.meta);
          if (!sourceUnchanged(base, task, task.source)) return conflict([task.field]);
          const fresh = await saveMetaTranslation(db, base, task, lang, change);
          override(META, live.meta, fresh);
        } else {
          const key = recordKey(task.kind, task.recordId ?? '');
          const liveRecord = (live[task.kind] as readonly AnyRecord[]).find((r) => r.id === task.recordId);
          const base = liveRecord ? currentOf(key, liveRecord) : undefined;
          if (!liveRecord || !base || !holderIn(base, task)) return problem('error', say('gone'));
          if (!sourceUnchanged(base, task, task.source)) return conflict([task.field]);
          try {
            const fresh = await saveRecordTranslation(db, task.kind, base, task, lang, change);
            override(key, liveRecord, fresh);
          } catch (error) {
            // Reload the row: what is stored now stands in for the live copy until that one catches up.
            if (error instanceof ConflictError && error.current) override(key, liveRecord, error.current);
            throw error;
          }
        }
      } catch (error) {
        if (error instanceof ConflictError || error instanceof SettingsConflictError)
          return conflict(error.theirChanges.map((c) => c.path));
        if (error instanceof RecordNotFoundError) return problem('error', say('gone'));
        return problem('error', say('saveFailed', { reason: errorText(error, ui) }));
      }
      setStatus(task.key, { kind: change.type === 'confirm' ? 'confirmed' : 'saved' });
      const text = change.type === 'translate' && change.text.trim() !== '' ? change.text : task.source;
      setAnnouncement(say(change.type === 'confirm' ? 'confirmedStatus' : 'savedStatus', { text: textStart(text) }));
      justSaved.current = true;
      return true;
    };

    return {
      // One write at a time, in order: the second text of a record is written over the first one's result.
      save(task, change) {
        const lang = latest.current.lang;
        const run = queue.current.then(() => write(task, lang, change));
        queue.current = run.catch(() => undefined);
        return run;
      },
      moveOn(key) {
        const { rows: listed, limit: shown, statuses: done, t: say } = latest.current;
        const index = listed.findIndex((row) => row.key === key);
        let next = index + 1;
        // Skip the rows finished during this visit: the next box is the next text still to do.
        while (next < listed.length && isDone(done.get(listed[next]?.key ?? ''))) next += 1;
        const target = listed[next];
        const afterSave = justSaved.current;
        justSaved.current = false;
        if (index < 0 || !target) {
          setAnnouncement((before) => (afterSave ? `${before} ${say('lastText')}` : say('lastText')));
          return;
        }
        if (next >= shown) setLimit(Math.ceil((next + 1) / PAGE) * PAGE);
        setPendingFocus(target.key);
      },
      textarea(key, element) {
        if (element) textareas.current.set(key, element);
        else textareas.current.delete(key);
      },
      dirty(key, isDirty) {
        if (isDirty) dirtyRows.current.add(key);
        else dirtyRows.current.delete(key);
        setUnsaved(dirtyRows.current.size > 0);
      },
    };
  }, []);

  const go = (patch: TranslationWorkspaceProps) => {
    const next = { lang, kind, controller, ...patch };
    navigate({
      screen: 'translations',
      ...(next.lang ? { lang: next.lang } : {}),
      ...(next.kind ? { kind: next.kind } : {}),
      ...(next.controller ? { controller: next.controller } : {}),
    });
  };

  const kinds = [...perKind.keys()];
  if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
  const kindLabel = (k: RecordKind | 'meta') => (k === 'meta' ? t('kindMeta') : kindHeading(k, uiLang));
  const controllerApplies = controllerFilterApplies(kind);
  // Said under the filters: why the controller filter is off, or that it hides the texts of the other kinds.
  const controllerNote =
    kind !== undefined && !controllerApplies
      ? t('controllerNotApplicable', { kind: kindLabel(kind) })
      : controller !== undefined && kind === undefined
        ? t('controllerHidesOthers')
        : undefined;
  const finished = [...statuses.values()].filter(isDone).length;
  const counts = (c: { missing: number; outdated: number }) => ({
    missing: t('missingCount', { count: c.missing }),
    outdated: t('outdatedCount', { count: c.outdated }),
  });

  return (
    <section className="screen translations" aria-labelledby="tw-title">
      <h1 id="tw-title">{t('title')}</h1>
      <p className="intro">{t('intro', { main: mainText })}</p>

      <div className="tw-filters" role="group" aria-label={t('filtersLabel')}>
        <label>
          {t('language')}
          <select value={lang} onChange={(e) => go({ lang: e.target.value as TextLanguage })}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {todo(l) > 0
                  ? t('languageOption', { language: languageName(l, uiLang), count: todo(l) })
                  : t('languageOptionDone', { language: languageName(l, uiLang) })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kind')}
          <select
            value={kind ?? ''}
            onChange={(e) => go({ kind: (e.target.value || undefined) as RecordKind | 'meta' | undefined })}
          >
            <option value="">{t('kindAll')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {`${kindLabel(k)} (${numbers.format(perKind.get(k) ?? 0)})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('controller')}
          <select
            value={controller ?? ''}
            disabled={!controllerApplies}
            aria-describedby={controllerNote ? 'tw-controller-note' : undefined}
            onChange={(e) => go({ controller: e.target.value || undefined })}
          >
            <option value="">{t('controllerAll')}</option>
            {controller !== undefined && !controllers.some((c) => c.id === controller) && (
              <option value={controller}>{controller}</option>
            )}
            {controllers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('state')}
          <select value={stateFilter} onChange={(e) => setStateFilter(e.target.value as StateFilter)}>
            {STATE_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(s === 'todo' ? 'stateTodo' : s === 'missing' ? 'stateMissing' : 'stateOutdated')}
              </option>
            ))}
          </select>
        </label>
      </div>
      {controllerNote && (
        <p className="tw-note" id="tw-controller-note">
          {controllerNote}
        </p>
      )}

      <p className="tw-counts">
        {t('countsLanguage', { language: languageName(lang, uiLang), ...counts(languageCounts) })}
        {filtered && <> {t('countsFiltered', counts(scopedCounts))}</>}
      </p>

      <TranslationExchange lang={lang} />

      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      {languageCounts.missing + languageCounts.outdated === 0 && rows.length === 0 ? (
        <p className="dash-ok tw-empty">{t('allDone', { language: languageText })}</p>
      ) : rows.length === 0 ? (
        <p className="empty tw-empty">{t('noneMatch')}</p>
      ) : (
        <>
          <p className="tw-keys">{t('keyboardHelp')}</p>
          <table className="data-table tw-table">
            <caption className="visually-hidden">{t('tableCaption', { language: languageText })}</caption>
            <colgroup>
              <col className="tw-col-place" />
              <col className="tw-col-source" />
              <col className="tw-col-translation" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('columnText')}</th>
                <th scope="col">{t('columnSource', { language: mainText })}</th>
                <th scope="col">{t('columnTranslation', { language: languageText })}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((task, index) => (
                <TranslationRow
                  key={task.key}
                  task={task}
                  heading={rowHeading(task, uiLang)}
                  first={
                    index === 0 ||
                    visible[index - 1]?.kind !== task.kind ||
                    visible[index - 1]?.recordId !== task.recordId
                  }
                  href={editorHref(task)}
                  lang={lang}
                  main={main}
                  languageText={languageText}
                  status={statuses.get(task.key)}
                  actions={actions}
                />
              ))}
            </tbody>
          </table>
          <div className="button-row tw-footer">
            <span className="muted">
              {t('shown', { shown: numbers.format(visible.length), total: numbers.format(rows.length) })}
            </span>
            {rows.length > visible.length && (
              <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
                {t('showMore', { count: numbers.format(Math.min(PAGE, rows.length - visible.length)) })}
              </button>
            )}
            {finished > 0 && (
              <button type="button" onClick={() => setStatuses((s) => new Map([...s].filter(([, v]) => !isDone(v))))}>
                {t('clearFinished', { count: finished })}
              </button>
            )}
          </div>
          <p className="muted tw-finished-note">{t('finishedNote')}</p>
        </>
      )}
    </section>
  );
}
