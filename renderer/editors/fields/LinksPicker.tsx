/**
 * Chooses linked records (recipients, processors, categories, measures...): the chosen ones as removable chips,
 * and an input that adds an existing record by name or creates a new one with that name without leaving the form.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { KIND_LABELS } from '../../../shared/catalogue/fieldLabels';
import type { AnyRecord, RecordKind } from '../../../shared/model';
import { useI18n } from '../../app/i18n';
import { routeHref } from '../../app/routes';

export interface LinksPickerProps {
  label: string;
  to: RecordKind;
  value: string[];
  options: readonly AnyRecord[];
  onChange: (ids: string[]) => void;
  /** Creates a record of kind `to` with this name and returns its id. */
  onCreate: (name: string) => Promise<string>;
  invalid?: boolean;
  describedBy?: string;
}

export function LinksPicker({ label, to, value, options, onChange, onCreate, invalid, describedBy }: LinksPickerProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const listId = useId();
  const inputId = useId();
  const byId = new Map(options.map((o) => [o.id, o]));
  const typed = text.trim();
  const match = options.find((o) => o.name.toLocaleLowerCase() === typed.toLocaleLowerCase());

  const add = async () => {
    if (!typed) return;
    const id = match ? match.id : await onCreate(typed);
    if (!value.includes(id)) onChange([...value, id]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void add();
    }
  };
  const kindWord = KIND_LABELS[to].one[lang];

  return (
    <div className="links-picker" role="group" aria-labelledby={`${inputId}-label`}>
      <span id={`${inputId}-label`} className="field-label">
        {label}
      </span>
      <ul className="chips" aria-label={label}>
        {value.map((id) => {
          const record = byId.get(id);
          const name = record?.name ?? id;
          return (
            <li key={id} className="chip">
              <a href={routeHref({ screen: 'records', kind: to, id })}>{name}</a>
              <button
                type="button"
                aria-label={t('removeNamed', { name })}
                onClick={() => onChange(value.filter((v) => v !== id))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="picker-input">
        <input
          id={inputId}
          list={listId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-label={t('addLinkLabel', { kind: kindWord })}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
        <datalist id={listId}>
          {options
            .filter((o) => !value.includes(o.id))
            .map((o) => (
              <option key={o.id} value={o.name} />
            ))}
        </datalist>
        <button type="button" onClick={() => void add()} disabled={!typed}>
          {typed && !match ? t('createNamed', { name: typed }) : t('addLink')}
        </button>
      </div>
    </div>
  );
}
