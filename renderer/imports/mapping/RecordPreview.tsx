/**
 * The first records of the import as they will be stored: one card per record with its number and name, whether
 * it is new or updated, the rows it came from, and its filled fields as the register's tables show them.
 */
import type { SpreadsheetImportPlan } from '../../../shared/spreadsheetImport/planSpreadsheetImport';
import { useI18n, useMessages } from '../../app/i18n';
import { MAPPING_MESSAGES } from './messages';
import { recordPreview } from './recordPreview';
import { useMemo } from 'react';

/** A run of row numbers as a DPO reads it: "6", "6–8", "6, 9". */
export function rowList(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j += 1;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(', ');
}

export function RecordPreview({ plan }: { plan: SpreadsheetImportPlan }) {
  const { lang } = useI18n();
  const t = useMessages(MAPPING_MESSAGES);
  const { records, total } = useMemo(() => recordPreview(plan, lang), [plan, lang]);
  return (
    <section className="mapping-preview" aria-labelledby="mapping-preview-title">
      <h3 id="mapping-preview-title">{t('previewTitle')}</h3>
      <p className="muted">{t('previewCount', { count: total, shown: records.length })}</p>
      <ol className="mapping-records">
        {records.map((record) => (
          <li key={record.id} className="mapping-record">
            <h4>
              {record.reference && <span className="mapping-reference">{record.reference}</span>} {record.name}{' '}
              <span className="mapping-badge" data-level={record.change}>
                {t(record.change === 'created' ? 'previewCreated' : 'previewUpdated')}
              </span>
              {record.rows.length > 0 && (
                <span className="muted mapping-rows">
                  {' '}
                  {t('previewRows', { count: record.rows.length, rows: rowList(record.rows) })}
                </span>
              )}
            </h4>
            <dl className="facts">
              {record.fields.map((field) => (
                <div key={field.id} className="fact-row">
                  <dt>{field.label}</dt>
                  <dd>{field.text}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
