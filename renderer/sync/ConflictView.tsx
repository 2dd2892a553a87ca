/**
 * The conflicts of a sync, one row per field changed two ways: the record, the field, the value before both
 * changes, yours and the shared register's side by side, and the choice — yours, theirs, or a value edited here.
 * Completing applies the choices (resolveConflicts), commits the merge, sends it and only then replaces the local
 * register; cancelling drops the sync and changes nothing.
 */
import { useState } from 'react';
import { KIND_LABELS } from '../../shared/catalogue/fieldLabels';
import { changeLabel } from '../../shared/register/changeLabel';
import type { ConflictChoice, MergeConflict } from '../../shared/registerMerge';
import { useI18n, useMessages } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { SYNC_MESSAGES } from './messages';
import type { PendingSync } from './syncStore';

type Choice = { kind: 'ours' } | { kind: 'theirs' } | { kind: 'edited'; text: string };

/** Whether the conflict's values are texts, edited as plain text; anything else is edited as JSON. */
function isTextConflict(conflict: MergeConflict): boolean {
  return [conflict.base, conflict.ours, conflict.theirs].every((v) => v === undefined || typeof v === 'string');
}

function valueText(value: unknown, empty: string): string {
  if (value === undefined || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function editStart(conflict: MergeConflict): string {
  const value = conflict.ours ?? conflict.theirs;
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

export function ConflictView({
  pending,
  onComplete,
  onCancel,
}: {
  pending: PendingSync;
  onComplete: (choices: ReadonlyMap<MergeConflict, ConflictChoice>) => Promise<void>;
  onCancel: () => void;
}) {
  const { lang } = useI18n();
  const m = useMessages(SYNC_MESSAGES);
  const conflicts = pending.outcome.conflicts;
  const [choices, setChoices] = useState<ReadonlyMap<number, Choice>>(new Map());
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (index: number, choice: Choice) => setChoices(new Map(choices).set(index, choice));
  const fieldOf = (conflict: MergeConflict) =>
    conflict.path === '' ? m('wholeRecord') : changeLabel(conflict.path, lang);
  const recordOf = (conflict: MergeConflict) =>
    conflict.kind === 'meta'
      ? m('registerSettings')
      : `${conflict.recordName} (${KIND_LABELS[conflict.kind].one[lang]})`;

  const complete = async () => {
    const resolved = new Map<MergeConflict, ConflictChoice>();
    for (const [index, conflict] of conflicts.entries()) {
      const choice = choices.get(index);
      if (!choice) {
        setNotice({ kind: 'error', text: m('chooseEach') });
        return;
      }
      if (choice.kind !== 'edited') resolved.set(conflict, choice.kind);
      else if (isTextConflict(conflict)) resolved.set(conflict, { value: choice.text });
      else {
        try {
          resolved.set(conflict, { value: JSON.parse(choice.text) as unknown });
        } catch (error) {
          setNotice({
            kind: 'error',
            text: m('badEditedValue', { field: fieldOf(conflict), detail: errorText(error, lang) }),
          });
          return;
        }
      }
    }
    setBusy(true);
    setNotice({ kind: 'info', text: m('syncing') });
    try {
      await onComplete(resolved);
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="conflicts-title" aria-busy={busy}>
      <h2 id="conflicts-title">{m('conflictsTitle')}</h2>
      <p className="intro">{m('conflictsIntro', { count: conflicts.length })}</p>
      <table className="data-table" aria-labelledby="conflicts-title">
        <thead>
          <tr>
            <th scope="col">{m('columnRecord')}</th>
            <th scope="col">{m('columnField')}</th>
            <th scope="col">{m('columnBase')}</th>
            <th scope="col">{m('columnOurs')}</th>
            <th scope="col">{m('columnTheirs')}</th>
            <th scope="col">{m('columnChoice')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict, index) => {
            const choice = choices.get(index);
            const field = fieldOf(conflict);
            const group = `conflict-${index}`;
            return (
              <tr key={`${conflict.kind}/${conflict.id}/${conflict.path}`}>
                <td>{recordOf(conflict)}</td>
                <td>{field}</td>
                <td className="conflict-value">{valueText(conflict.base, m('emptyValue'))}</td>
                <td className="conflict-value">{valueText(conflict.ours, m('emptyValue'))}</td>
                <td className="conflict-value">{valueText(conflict.theirs, m('emptyValue'))}</td>
                <td>
                  <fieldset className="checks vertical">
                    <legend className="visually-hidden">{`${m('columnChoice')}: ${recordOf(conflict)}, ${field}`}</legend>
                    <label className="checkbox">
                      <input
                        type="radio"
                        name={group}
                        checked={choice?.kind === 'ours'}
                        onChange={() => choose(index, { kind: 'ours' })}
                      />
                      {m('keepOurs')}
                    </label>
                    <label className="checkbox">
                      <input
                        type="radio"
                        name={group}
                        checked={choice?.kind === 'theirs'}
                        onChange={() => choose(index, { kind: 'theirs' })}
                      />
                      {m('keepTheirs')}
                    </label>
                    <label className="checkbox">
                      <input
                        type="radio"
                        name={group}
                        checked={choice?.kind === 'edited'}
                        onChange={() => choose(index, { kind: 'edited', text: editStart(conflict) })}
                      />
                      {m('keepEdited')}
                    </label>
                    {choice?.kind === 'edited' && (
                      <textarea
                        aria-label={m('editLabel', { field })}
                        value={choice.text}
                        onChange={(e) => choose(index, { kind: 'edited', text: e.target.value })}
                      />
                    )}
                  </fieldset>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Notice notice={notice} />
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void complete()}>
          {m('completeSync')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {m('cancelSync')}
        </button>
      </div>
    </section>
  );
}
