/** The controls inside a column's filter popover: contains-text, multi-select choices, or a from–to date range. */
import { useId } from 'react';
import type { AnyRecord } from '../../shared/model';
import type { ColumnSpec } from './columnTypes';
import type { FilterValue } from './filters';
import type { TableContext } from './tableContext';
import type { TableText } from './useTableText';

interface FilterControlsProps {
  column: ColumnSpec<AnyRecord>;
  header: string;
  value: FilterValue | undefined;
  onChange: (value: FilterValue | undefined) => void;
  ctx: TableContext;
  tt: TableText;
  close: () => void;
}

export function FilterControls({ column, header, value, onChange, ctx, tt, close }: FilterControlsProps) {
  const id = useId();
  const filter = column.filter;
  let controls;
  if (filter.kind === 'text') {
    const text = value?.kind === 'text' ? value.text : '';
    controls = (
      <label className="filter-field">
        {tt('filterContains')}
        {/* Not type="search": Escape there would clear the text instead of closing the popover. */}
        <input
          type="text"
          value={text}
          onChange={(e) => onChange({ kind: 'text', text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') close();
          }}
        />
      </label>
    );
  } else if (filter.kind === 'choice') {
    const selected = value?.kind === 'choice' ? value.values : [];
    const toggle = (choice: string, on: boolean) => {
      const next = on ? [...selected, choice] : selected.filter((v) => v !== choice);
      onChange({ kind: 'choice', values: next });
    };
    controls = (
      <fieldset className="filter-choices">
        <legend>{tt('filterChoices')}</legend>
        <ul>
          {filter.options(ctx).map((option) => (
            <li key={option.value}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={(e) => toggle(option.value, e.target.checked)}
                />
                {option.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  } else {
    const range = value?.kind === 'date' ? value : { kind: 'date' as const };
    const set = (part: 'from' | 'to', date: string) => {
      const next: FilterValue = {
        kind: 'date',
        ...(range.from ? { from: range.from } : {}),
        ...(range.to ? { to: range.to } : {}),
      };
      if (date) next[part] = date;
      else delete next[part];
      onChange(next);
    };
    controls = (
      <div className="filter-dates">
        <label className="filter-field">
          {tt('filterFrom')}
          <input type="date" value={range.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label className="filter-field">
          {tt('filterTo')}
          <input type="date" value={range.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
      </div>
    );
  }
  return (
    <div className="filter-panel" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="popover-title">
        {tt('filterTitle', { column: header })}
      </p>
      {controls}
      <div className="popover-actions">
        <button type="button" onClick={() => onChange(undefined)} disabled={value === undefined}>
          {tt('clearFilter')}
        </button>
        <button type="button" onClick={close}>
          {tt('close')}
        </button>
      </div>
    </div>
  );
}
