/**
 * The first records of an import as they will be stored, for the mapping screen: the records of the imported kind
 * that the plan created or updated, in the order of the file, each with its non-empty fields as the register's own
 * tables show them (legal grounds by article, periods in words, linked records by name), so what the DPO checks is
 * what the activities table will show after applying.
 */
import type { UiLanguage } from '../../../shared/i18n/languages';
import type { AnyRecord } from '../../../shared/model';
import type { SpreadsheetImportPlan } from '../../../shared/spreadsheetImport/planSpreadsheetImport';
import { tableSpec } from '../../table/columns';
import { createTableContext } from '../../table/tableContext';

export interface PreviewField {
  id: string;
  label: string;
  text: string;
}

export interface PreviewRecord {
  id: string;
  name: string;
  reference?: string;
  change: 'created' | 'updated';
  rows: number[];
  fields: PreviewField[];
}

/** Columns that say something about the register rather than the record (its findings), or repeat the title. */
const LEFT_OUT = new Set(['findings', 'name', 'reference']);

export function recordPreview(
  plan: SpreadsheetImportPlan,
  lang: UiLanguage,
  limit = 5,
): { records: PreviewRecord[]; total: number } {
  const kind = plan.report.kind;
  const changes = [
    ...plan.report.created.map((c) => ({ ...c, change: 'created' as const })),
    ...plan.report.updated.map((c) => ({ ...c, change: 'updated' as const })),
  ]
    .filter((c) => c.kind === kind)
    .sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  const ctx = createTableContext(plan.register, undefined, lang);
  const spec = tableSpec(kind);
  const byId = new Map((plan.register[kind] as AnyRecord[]).map((r) => [r.id, r]));
  const records = changes.slice(0, limit).flatMap((change): PreviewRecord[] => {
    const record = byId.get(change.id);
    if (!record) return [];
    const fields = spec.columns
      .filter((column) => !LEFT_OUT.has(column.id) && !column.isName)
      .map((column) => ({ id: column.id, label: column.header(lang), text: column.value(record, ctx).text }))
      .filter((field) => field.text.trim() !== '');
    const reference = 'reference' in record && typeof record.reference === 'string' ? record.reference : undefined;
    return [
      {
        id: record.id,
        name: record.name,
        ...(reference ? { reference } : {}),
        change: change.change,
        rows: change.rows,
        fields,
      },
    ];
  });
  return { records, total: changes.length };
}
