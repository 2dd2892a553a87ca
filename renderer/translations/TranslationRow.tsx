/**
 * One row of the translation workspace: where the text lives (with a link into the editor), the original in the main
 * language, and the translation to type, revise or confirm. The keys: Enter saves and goes on to the next text,
 * Shift+Enter is a new line, Escape puts back what is stored.
 */
import { memo, useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { TextLanguage } from '../../shared/i18n/languages';
import type { TranslationTask } from '../../shared/translation';
import { useMessages } from '../app/i18n';
import { TRANSLATION_MESSAGES } from './messages';
import type { TranslationChange } from './saveTranslation';
import type { RowHeading } from './workspaceRows';

/** What happened to a row during this visit; a row with a status stays listed (see the workspace). */
export type RowStatus = { kind: 'saved' | 'confirmed' } | { kind: 'conflict' | 'error'; text: string };

/** The workspace's side of a row; one object for every row, so rows re-render only when their own data changes. */
export interface RowActions {
  /** Writes the change; resolves true when it was stored. */
  save(task: TranslationTask, change: TranslationChange): Promise<boolean>;
  /** Puts the cursor in the next text to do after this one. */
  moveOn(key: string): void;
  textarea(key: string, element: HTMLTextAreaElement | null): void;
  dirty(key: string, dirty: boolean): void;
}

export interface TranslationRowProps {
  task: TranslationTask;
  heading: RowHeading;
  /** The first row of its record in the list: it shows the record's name; the rows below it only their field. */
  first: boolean;
  href: string;
  /** The target language and the register's main language, as codes and as read inside a sentence. */
  lang: TextLanguage;
  main: TextLanguage;
  languageText: string;
  status: RowStatus | undefined;
  actions: RowActions;
}

function TranslationRowView({
  task,
  heading,
  first,
  href,
  lang,
  main,
  languageText,
  status,
  actions,
}: TranslationRowProps) {
  const t = useMessages(TRANSLATION_MESSAGES);
  const id = useId();
  const stored = task.translation ?? '';
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [saving, setSaving] = useState(false);
  // The source the typing was done against: if another window changes the main text meanwhile, the row shows the new
  // source, but the typed translation was written for the old one and must not be stamped as current for the new.
  const [typedFor, setTypedFor] = useState(task.source);
  // The stored translation changed (saved here, or reloaded after a conflict): follow it unless the box holds typing.
  if (seen !== stored) {
    setSeen(stored);
    if (draft === seen) setDraft(stored);
  }
  const dirty = draft !== stored;
  useEffect(() => {
    actions.dirty(task.key, dirty);
  }, [actions, task.key, dirty]);
  useEffect(() => () => actions.dirty(task.key, false), [actions, task.key]);

  const done = status?.kind === 'saved' || status?.kind === 'confirmed';
  const problem = status?.kind === 'conflict' || status?.kind === 'error' ? status.text : undefined;
  const outdated = task.state === 'outdated' && !done;

  const run = async (change: TranslationChange) => {
    setSaving(true);
    const written = await actions.save(change.type === 'translate' ? { ...task, source: typedFor } : task, change);
    setSaving(false);
    if (written) actions.moveOn(task.key);
  };

  // Enter on an unchanged box goes on without writing: an outdated translation is only confirmed by "Still correct",
  // never by passing through it. Clearing the box and pressing Enter removes the translation: that is what it shows.
  const commit = () => {
    if (saving) return;
    if (!dirty) {
      actions.moveOn(task.key);
      return;
    }
    void run({ type: 'translate', text: draft });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && dirty) {
      event.preventDefault();
      setDraft(stored);
    }
  };

  const badge = done
    ? { className: 'tw-badge tw-badge-done', text: t(status.kind === 'saved' ? 'badgeSaved' : 'badgeConfirmed') }
    : task.state === 'outdated'
      ? { className: 'tw-badge tw-badge-outdated', text: t('badgeOutdated') }
      : task.state === 'missing'
        ? { className: 'tw-badge tw-badge-missing', text: t('badgeMissing') }
        : undefined;
  const describedBy = [`${id}-source`, outdated ? `${id}-hint` : '', problem ? `${id}-problem` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <tr
      className={`tw-row${first ? ' tw-first' : ''}${done ? ' tw-row-done' : ''}${outdated ? ' tw-row-outdated' : ''}`}
      data-key={task.key}
    >
      <td className="tw-place">
        {/* Below the first row of a record its name and kind are only read out, not shown again. */}
        <span className={first ? 'tw-record' : 'visually-hidden'} id={`${id}-record`}>
          {heading.name}
        </span>
        <span className={first ? 'tw-kind' : 'visually-hidden'}>{heading.kind}</span>
        <a href={href} className="tw-field" title={t('openInEditor')} aria-describedby={`${id}-record`}>
          {heading.field}
        </a>
      </td>
      <td className="tw-source" id={`${id}-source`} lang={main}>
        {task.source}
      </td>
      <td className="tw-translation">
        <div className="tw-status-line">
          {badge && <span className={badge.className}>{badge.text}</span>}
          {saving && <span className="tw-saving">{t('saving')}</span>}
        </div>
        {outdated && (
          <p className="tw-hint" id={`${id}-hint`}>
            {t('outdatedHint')}
          </p>
        )}
        <textarea
          ref={(element) => actions.textarea(task.key, element)}
          lang={lang}
          value={draft}
          rows={2}
          aria-label={t('translationOf', { language: languageText, text: `${heading.name} – ${heading.field}` })}
          aria-describedby={describedBy}
          onChange={(event) => {
            if (!dirty) setTypedFor(task.source);
            setDraft(event.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        {problem && (
          <p className="notice notice-error tw-problem" role="alert" id={`${id}-problem`}>
            {problem}
          </p>
        )}
        {/* Buttons only where there is something to do, so a page of rows stays compact for keyboard work. */}
        {(dirty || outdated) && (
          <div className="tw-buttons">
            {dirty && (
              <button type="button" className="primary" disabled={saving} onClick={commit}>
                {t('save')}
              </button>
            )}
            {dirty && (
              <button type="button" disabled={saving} onClick={() => setDraft(stored)}>
                {t('undo')}
              </button>
            )}
            {outdated && !dirty && (
              <button type="button" disabled={saving} onClick={() => void run({ type: 'confirm' })}>
                {t('stillCorrect')}
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

function sameRow(a: TranslationRowProps, b: TranslationRowProps): boolean {
  return (
    a.task.key === b.task.key &&
    a.task.state === b.task.state &&
    a.task.source === b.task.source &&
    a.task.translation === b.task.translation &&
    a.heading.name === b.heading.name &&
    a.heading.kind === b.heading.kind &&
    a.heading.field === b.heading.field &&
    a.first === b.first &&
    a.href === b.href &&
    a.lang === b.lang &&
    a.main === b.main &&
    a.languageText === b.languageText &&
    a.status === b.status &&
    a.actions === b.actions
  );
}

/**
 * Every save re-reads the register and makes new task objects for all texts; a row compares what it shows, so a
 * page of hundreds of rows redraws only the row that changed.
 */
export const TranslationRow = memo(TranslationRowView, sameRow);
