/**
 * The Privacy notice screen: the Art. 13/14 notice of one controller (or a group) in nl, fr, en or de, generated
 * from the live register with a preview that follows every change, what the DPO should fix first (each with a link
 * to the field), the fixed paragraphs to rewrite, what changed since a snapshot (a changed notice must be brought to
 * the data subjects' attention), and the HTML and PDF files for the website.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { capitalised, UI_LANGUAGES, languageName, type UiLanguage } from '../../shared/i18n/languages';
import type { Register } from '../../shared/model';
import {
  buildNotice,
  noticeChanges,
  noticeFileName,
  noticeHtml,
  type NoticeDocument,
  type NoticeProblem,
} from '../../shared/notice';
import { useI18n, useMessages } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { todayIso } from '../app/formatting';
import { routeHref } from '../app/routes';
import { navigate } from '../app/useRoute';
import { platform } from '../platform/currentPlatform';
import { useRegisterData } from '../register/RegisterContext';
import { db } from '../storage/database';
import { listSnapshots, snapshotRegister } from '../storage/snapshots';
import { NOTICE_SCREEN_MESSAGES } from './messages';
import { NoticePreview } from './NoticePreview';
import { NoticeTexts } from './NoticeTexts';
import './notice.css';

/** The organisations a notice can be of: the register's controllers and joint controllers. */
function controllersOf(register: Register): { id: string; name: string }[] {
  return register.organisations
    .filter((o) => o.kind === 'controller' || o.kind === 'joint-controller')
    .map((o) => ({ id: o.id, name: o.name }));
}

/** Where the field of a problem is edited: the record at the field, or the notice's own paragraphs below. */
function problemHref(problem: NoticeProblem): string {
  if (problem.kind === 'meta') return '#notice-texts-title';
  if (!problem.recordId) return routeHref({ screen: 'records', kind: problem.kind });
  return routeHref({ screen: 'records', kind: problem.kind, id: problem.recordId, field: problem.field });
}

/** The notice as a PDF: pdfmake and its fonts load only when a PDF is asked for, as for the register's PDF. */
async function pdfBytes(doc: NoticeDocument): Promise<Uint8Array<ArrayBuffer>> {
  const { noticePdf } = await import('../../shared/notice/noticePdf');
  // A copy into a plain ArrayBuffer: what IPC and Blob accept whatever buffer pdfmake used.
  return new Uint8Array(await noticePdf(doc));
}

/** Problems of one kind together: a register without public wording has a hundred, one line says so. */
function problemGroups(
  problems: readonly NoticeProblem[],
): { key: string; message: string; problems: NoticeProblem[] }[] {
  const groups = new Map<string, { key: string; message: string; problems: NoticeProblem[] }>();
  for (const problem of problems) {
    const key = `${problem.code} ${problem.message}`;
    const group = groups.get(key) ?? { key, message: capitalised(problem.message), problems: [] };
    group.problems.push(problem);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** One end of the comparison: a snapshot, or what the empty choice means (none yet, or today's register). */
function SnapshotChoice(props: {
  label: string;
  none: string;
  snapshots: readonly { id: string; name: string }[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.none}</option>
        {props.snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}

type Built = { ok: true; doc: NoticeDocument } | { ok: false; reason: string };

interface Props {
  /** The notice's language, from the address; the interface language when none is named. */
  lang?: UiLanguage | undefined;
  /** The controllers the notice is of, from the address; the first controller when none is named. */
  controllers?: readonly string[] | undefined;
}

/**
 * The choice of controllers and language lives in the address (`#/notice?lang=nl&controllers=…`), so a problem's link
 * to a field and the Back button return to the same notice.
 */
export function NoticeScreen({ lang: routeLang, controllers: routeControllers }: Props) {
  const { lang: uiLang } = useI18n();
  const t = useMessages(NOTICE_SCREEN_MESSAGES);
  const { register } = useRegisterData();
  const controllers = useMemo(() => (register ? controllersOf(register) : []), [register]);
  const lang = routeLang ?? uiLang;
  const [date, setDate] = useState(todayIso());
  const [snapshotId, setSnapshotId] = useState('');
  /** What the notice is compared with the snapshot to: today's register ('') or a later snapshot. */
  const [laterId, setLaterId] = useState('');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const snapshots = useLiveQuery(() => listSnapshots(db), []);

  // Until the DPO picks, the notice is the first controller's; a chosen one that was deleted drops out.
  const controllerIds = useMemo(
    () =>
      (routeControllers ?? controllers.slice(0, 1).map((c) => c.id)).filter((id) =>
        controllers.some((c) => c.id === id),
      ),
    [routeControllers, controllers],
  );

  const built = useMemo((): Built | undefined => {
    if (!register || controllerIds.length === 0) return undefined;
    try {
      // The preview leaves the fingerprint out: hashing a large register at every change would freeze the screen
      // (about 2 s at 1,000 activities). The files carry it: `save` builds the notice again with it.
      return { ok: true, doc: buildNotice(register, { controllerIds, lang, date, fingerprint: '' }) };
    } catch (error) {
      return { ok: false, reason: errorText(error, uiLang) };
    }
  }, [register, controllerIds, lang, date, uiLang]);

  const changes = useLiveQuery(async () => {
    if (!register || !snapshotId || controllerIds.length === 0) return undefined;
    const before = await snapshotRegister(db, snapshotId);
    const after = laterId ? await snapshotRegister(db, laterId) : register;
    return noticeChanges(before, after, { controllerIds, lang });
  }, [register, snapshotId, laterId, controllerIds, lang]);

  const go = (next: { lang?: UiLanguage; controllers?: readonly string[] }) =>
    navigate({
      screen: 'notice',
      lang: next.lang ?? lang,
      controllers: [...(next.controllers ?? controllerIds)],
    });
  const toggle = (id: string) =>
    go({ controllers: controllerIds.includes(id) ? controllerIds.filter((x) => x !== id) : [...controllerIds, id] });

  const save = async (format: 'html' | 'pdf') => {
    if (!built?.ok || !register) return;
    try {
      const doc = buildNotice(register, { controllerIds, lang, date });
      const outcome =
        format === 'html'
          ? await platform.saveFile({
              suggestedName: noticeFileName(doc, 'html'),
              data: noticeHtml(doc),
              filters: [{ name: 'HTML', extensions: ['html'] }],
            })
          : await platform.saveFile({
              suggestedName: noticeFileName(doc, 'pdf'),
              data: await pdfBytes(doc),
              kind: 'pdf',
            });
      if (outcome.saved) setNotice({ kind: 'success', text: t('saved', { file: outcome.fileName ?? '' }) });
    } catch (error) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, uiLang) }) });
    }
  };

  return (
    <section className="screen notice-screen" aria-labelledby="notice-title">
      <h1 id="notice-title">{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      {register && controllers.length === 0 && <p className="empty">{t('noControllers')}</p>}
      {controllers.length > 0 && (
        <div className="notice-choices">
          <fieldset>
            <legend>{t('controllers')}</legend>
            <p className="hint">{t('controllersHint')}</p>
            {controllers.map((c) => (
              <label key={c.id} className="notice-controller">
                <input type="checkbox" checked={controllerIds.includes(c.id)} onChange={() => toggle(c.id)} />
                {c.name}
              </label>
            ))}
          </fieldset>
          <div className="notice-settings">
            <label>
              {t('language')}
              <select value={lang} onChange={(e) => go({ lang: e.target.value as UiLanguage })}>
                {UI_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l, uiLang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('date')}
              <input type="date" value={date} onChange={(e) => setDate(e.target.value || todayIso())} />
            </label>
            <div className="notice-actions">
              <button type="button" disabled={!built?.ok} onClick={() => void save('html')}>
                {t('exportHtml')}
              </button>
              <button type="button" disabled={!built?.ok} onClick={() => void save('pdf')}>
                {t('exportPdf')}
              </button>
            </div>
          </div>
        </div>
      )}
      <Notice notice={notice} />
      {built && !built.ok && <p className="notice notice-error">{t('refused', { reason: built.reason })}</p>}
      {built?.ok && (
        <>
          <section className="notice-missing" aria-labelledby="notice-missing-title">
            <h2 id="notice-missing-title">
              {built.doc.missing.length > 0 ? t('missingTitle', { count: built.doc.missing.length }) : t('missingNone')}
            </h2>
            {problemGroups(built.doc.missing).map((group) => (
              <details key={group.key} className="notice-problem">
                <summary>
                  {group.message} <span className="notice-count">({group.problems.length})</span>
                </summary>
                <ul>
                  {group.problems.map((problem, i) => (
                    <li key={`${problem.recordId ?? ''}-${problem.itemId ?? ''}-${i}`}>
                      <a href={problemHref(problem)}>{problem.recordName ?? t('openField')}</a>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </section>
          <section className="notice-changes" aria-labelledby="notice-changes-title">
            <h2 id="notice-changes-title">{t('changesTitle')}</h2>
            <p className="intro">{t('changesIntro')}</p>
            {snapshots && snapshots.length === 0 && <p className="empty">{t('noSnapshots')}</p>}
            {snapshots && snapshots.length > 0 && (
              <>
                <SnapshotChoice
                  label={t('changesSnapshot')}
                  none={t('changesChoose')}
                  snapshots={snapshots}
                  value={snapshotId}
                  onChange={setSnapshotId}
                />
                <SnapshotChoice
                  label={t('changesTo')}
                  none={t('changesToday')}
                  snapshots={snapshots}
                  value={laterId}
                  onChange={setLaterId}
                />
              </>
            )}
            {changes && changes.length === 0 && <p>{t('changesNone')}</p>}
            {changes && changes.length > 0 && (
              <>
                <p>{t('changesCount', { count: changes.length })}</p>
                <ul aria-label={t('changesTitle')}>
                  {changes.map((change, i) => (
                    <li key={i}>{change.sentence}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="notice-preview-box" aria-labelledby="notice-preview-title">
            <h2 id="notice-preview-title">{t('previewTitle')}</h2>
            <NoticePreview doc={built.doc} label={built.doc.title} />
          </section>
        </>
      )}
      {register?.meta && <NoticeTexts key={register.meta.mainLanguage} meta={register.meta} />}
    </section>
  );
}
