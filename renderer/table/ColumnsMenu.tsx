/** Show, hide and reorder the columns of a table (buttons, so it works from the keyboard). */
import type { UiLanguage } from '../../shared/i18n/languages';
import type { ColumnPrefs } from './columnPrefs';
import { moveColumn } from './columnPrefs';
import type { AnyKindTableSpec } from './columnTypes';
import type { TableText } from './useTableText';

interface ColumnsMenuProps {
  spec: AnyKindTableSpec;
  prefs: ColumnPrefs;
  onChange: (prefs: ColumnPrefs) => void;
  onReset: () => void;
  lang: UiLanguage;
  tt: TableText;
  close: () => void;
}

export function ColumnsMenu({ spec, prefs, onChange, onReset, lang, tt, close }: ColumnsMenuProps) {
  const byId = new Map(spec.columns.map((c) => [c.id, c]));
  return (
    <div className="columns-menu">
      <p className="popover-title">{tt('columnsTitle')}</p>
      <p className="popover-help">{tt('columnsHelp')}</p>
      <ol>
        {prefs.order.map((id, index) => {
          const column = byId.get(id);
          if (!column) return null;
          const header = column.header(lang);
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={prefs.visibility[id] !== false}
                  disabled={column.isName === true}
                  onChange={(e) => onChange({ ...prefs, visibility: { ...prefs.visibility, [id]: e.target.checked } })}
                />
                {header}
              </label>
              <span className="move-buttons">
                <button
                  type="button"
                  aria-label={tt('moveLeft', { column: header })}
                  title={tt('moveLeft', { column: header })}
                  aria-disabled={index === 0}
                  onClick={() => onChange({ ...prefs, order: moveColumn(prefs.order, id, -1) })}
                >
                  <span aria-hidden="true">◀</span>
                </button>
                <button
                  type="button"
                  aria-label={tt('moveRight', { column: header })}
                  title={tt('moveRight', { column: header })}
                  aria-disabled={index === prefs.order.length - 1}
                  onClick={() => onChange({ ...prefs, order: moveColumn(prefs.order, id, 1) })}
                >
                  <span aria-hidden="true">▶</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="popover-actions">
        <button type="button" onClick={onReset}>
          {tt('resetColumns')}
        </button>
        <button type="button" onClick={close}>
          {tt('close')}
        </button>
      </div>
    </div>
  );
}
