/**
 * The columns of the file, one row each: its letter, its header (group › name, with the instruction under it when
 * the file has one), a labelled select of the field it goes to ("Ignore this column" first, then the fields grouped
 * as the editor groups them), the confidence as words and a bar (never colour alone), the reason and three sample
 * values. With 40 or more columns the table scrolls inside its own box, its header staying in view; the box takes
 * the keyboard focus so it can be scrolled without a mouse.
 */
import { useMemo } from 'react';
import { columnLetter } from '../../../shared/excel/cells';
import type { ImportKind } from '../../../shared/spreadsheetImport/mapping';
import type { FoundTable } from '../../../shared/spreadsheetImport/tableFinder';
import type { ColumnMapping } from '../../../shared/spreadsheetImport/types';
import { useI18n, useMessages } from '../../app/i18n';
import { MAPPING_MESSAGES, type MappingMessageKey } from './messages';
import { targetGroups } from './targetGroups';
import type { EditorSection } from '../../../shared/model/fieldDescriptor';

const GROUP_LABEL: Readonly<Record<EditorSection, MappingMessageKey>> = {
  main: 'groupMain',
  purposes: 'groupPurposes',
  data: 'groupData',
  recipients: 'groupRecipients',
  retention: 'groupRetention',
  security: 'groupSecurity',
  risk: 'groupRisk',
  lifecycle: 'groupLifecycle',
  other: 'groupOther',
};

export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'none';

export function confidenceLevel(mapping: ColumnMapping): ConfidenceLevel {
  if (!mapping.target) return 'none';
  if (mapping.confidence >= 0.8) return 'high';
  if (mapping.confidence >= 0.55) return 'medium';
  return 'low';
}

const LEVEL_TEXT: Readonly<Record<ConfidenceLevel, MappingMessageKey>> = {
  high: 'confidenceHigh',
  medium: 'confidenceMedium',
  low: 'confidenceLow',
  none: 'confidenceNone',
};

interface Props {
  table: FoundTable;
  kind: ImportKind;
  columns: readonly ColumnMapping[];
  /** Columns whose field the DPO chose on this screen. */
  chosen: ReadonlySet<number>;
  samples: ReadonlyMap<number, readonly string[]>;
  onChange: (column: number, path: string | undefined) => void;
}

export function ColumnMappingTable({ table, kind, columns, chosen, samples, onChange }: Props) {
  const { lang } = useI18n();
  const t = useMessages(MAPPING_MESSAGES);
  const groups = useMemo(() => targetGroups(kind, lang), [kind, lang]);
  const byColumn = useMemo(() => new Map(columns.map((c) => [c.column, c])), [columns]);
  return (
    <div className="mapping-scroll" role="region" aria-label={t('columnsCaption')} tabIndex={0}>
      <table className="data-table mapping-columns">
        <caption className="visually-hidden">{t('columnsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colColumn')}</th>
            <th scope="col">{t('colHeader')}</th>
            <th scope="col">{t('colField')}</th>
            <th scope="col">{t('colConfidence')}</th>
            <th scope="col">{t('colReason')}</th>
            <th scope="col">{t('colSamples')}</th>
          </tr>
        </thead>
        <tbody>
          {table.columns.map((column) => {
            const mapping = byColumn.get(column.index) ?? { column: column.index, confidence: 0, reason: '' };
            const letter = columnLetter(column.index);
            const own = chosen.has(column.index);
            const level = confidenceLevel(mapping);
            const percent = Math.round(mapping.confidence * 100);
            const selectId = `mapping-field-${column.index}`;
            const values = samples.get(column.index) ?? [];
            return (
              <tr key={column.index} data-column={letter} data-level={own ? 'chosen' : level}>
                <th scope="row" className="mapping-letter">
                  {letter}
                </th>
                <td className="mapping-header">
                  {column.group && <span className="mapping-group">{column.group} › </span>}
                  <span className="mapping-name">{column.header}</span>
                  {column.instruction && <span className="mapping-instruction">{column.instruction}</span>}
                </td>
                <td className="mapping-field">
                  <label htmlFor={selectId} className="visually-hidden">
                    {t('fieldSelectLabel', { letter, header: column.header })}
                  </label>
                  <select
                    id={selectId}
                    value={mapping.target?.path ?? ''}
                    onChange={(event) => onChange(column.index, event.target.value || undefined)}
                  >
                    <option value="">{t('ignoreColumn')}</option>
                    {groups.map((group) => (
                      <optgroup key={group.section} label={t(GROUP_LABEL[group.section])}>
                        {group.options.map((option) => (
                          <option key={option.path} value={option.path}>
                            {option.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
                <td className="mapping-confidence">
                  {own ? (
                    <span className="mapping-badge" data-level="chosen">
                      {t('chosenByYou')}
                    </span>
                  ) : (
                    <>
                      <span className="mapping-badge" data-level={level}>
                        {t(LEVEL_TEXT[level], { percent })}
                      </span>
                      {level !== 'none' && (
                        <span className="mapping-bar" aria-hidden="true">
                          <span style={{ width: `${percent}%` }} />
                        </span>
                      )}
                    </>
                  )}
                </td>
                <td className="mapping-reason">
                  {own ? t(mapping.target ? 'chosenReason' : 'chosenIgnored') : mapping.reason}
                </td>
                <td className="mapping-samples">
                  {values.length === 0 ? (
                    <span className="muted">{t('noSamples')}</span>
                  ) : (
                    <ul>
                      {values.map((value) => (
                        <li key={value}>{value}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
