/**
 * Form sheets (one processing per sheet, as the CNIL's "fiches") built into the register after the table, one
 * record each, and one report for the table and the forms together. A form that names a processing the table also
 * lists (by number, then name) updates that record instead of adding another, as any row does. The form's values
 * were laid out as a small table (`formRecords.ts`); the report names the form's own cells again.
 */
import { columnLetter } from '../../excel/cells';
import type { UiLanguage } from '../../i18n/languages';
import type { Activity } from '../../model/activity';
import type { ProcessorActivity } from '../../model/processorActivity';
import type { Register } from '../../model/register';
import type { FormReading, FormRecord } from '../formRecords';
import { targetLabel, type ImportKind } from '../mapping/targets';
import type { SourceFormat } from '../types';
import { buildRegister, type BuildOptions } from './buildRegister';
import { emptyCounts, Issues, stillNeeded, type FormReport, type ImportReport, type RecordChange } from './report';

export interface FormsOptions extends BuildOptions {
  kind: ImportKind;
  /** The format of the file the forms are in. */
  format: SourceFormat;
}

/** The register with every form built into it, and the table's report with the forms' added. */
export function buildForms(
  register: Register,
  tableReport: ImportReport,
  reading: FormReading,
  options: FormsOptions,
): { register: Register; report: ImportReport } {
  const lang = options.lang ?? 'en';
  let current = register;
  const parts: { record: FormRecord; report: ImportReport }[] = [];
  for (const record of reading.records) {
    const { format, ...build } = options;
    const built = buildRegister({ format, sheets: [record.source] }, record.table, record.columns, current, build);
    relocate(built.report, record);
    parts.push({ record, report: built.report });
    current = built.register;
  }
  const unnamed: ImportReport['cells'] = [];
  for (const sheet of reading.unnamed) {
    const issues = new Issues(sheet, lang);
    issues.add({ row: 0 }, 'formWithoutName', sheet);
    unnamed.push(...issues.list);
  }
  return { register: current, report: combine(tableReport, parts, unnamed, current, options.kind, lang) };
}

/** The form's cells as the form has them: the sheet column each value came from, and the form's sheet. */
function relocate(report: ImportReport, record: FormRecord): void {
  const byLetter = new Map(record.table.columns.map((c) => [columnLetter(c.index), c.index]));
  for (const cell of report.cells) {
    const index = byLetter.get(cell.column);
    const column = index === undefined ? undefined : record.origin.get(`${cell.row}:${index}`);
    if (column !== undefined) cell.column = column > 0 ? columnLetter(column) : '';
  }
  for (const change of [...report.created, ...report.updated]) change.sheet = record.sheet;
}

function formReport(record: FormRecord, lang: UiLanguage): FormReport {
  return {
    sheet: record.sheet,
    name: record.name,
    ...(record.reference ? { reference: record.reference } : {}),
    values: record.values.map((v) => ({
      row: v.row,
      column: columnLetter(v.column),
      label: v.label,
      target: v.target,
      field: targetLabel(v.target, lang),
    })),
  };
}

function combine(
  table: ImportReport,
  parts: readonly { record: FormRecord; report: ImportReport }[],
  unnamed: ImportReport['cells'],
  register: Register,
  kind: ImportKind,
  lang: UiLanguage,
): ImportReport {
  if (parts.length === 0 && unnamed.length === 0) return table;
  const reports = [table, ...parts.map((p) => p.report)];
  const created: RecordChange[] = reports.flatMap((r) => r.created);
  const createdIds = new Set(created.map((c) => c.id));
  // A record the table created and a form then completed is one created record; one updated twice is listed once.
  const updated: RecordChange[] = [];
  for (const change of reports.flatMap((r) => r.updated)) {
    if (createdIds.has(change.id)) continue;
    if (!updated.some((u) => u.id === change.id)) updated.push(change);
  }
  const counts = emptyCounts();
  for (const change of created) counts[change.kind].created += 1;
  for (const change of updated) counts[change.kind].updated += 1;
  const touched = new Set([...created, ...updated].map((c) => c.id));
  const records = (register[kind] as (Activity | ProcessorActivity)[]).filter((r) => touched.has(r.id));
  return {
    ...table,
    rows: {
      read: reports.reduce((n, r) => n + r.rows.read, 0),
      records: reports.reduce((n, r) => n + r.rows.records, 0),
      skipped: reports.reduce((n, r) => n + r.rows.skipped, 0),
    },
    cells: [...table.cells, ...unnamed, ...parts.flatMap((p) => p.report.cells)],
    counts,
    created,
    updated,
    stillNeeded: stillNeeded(kind, records, register, lang),
    forms: parts.map((p) => formReport(p.record, lang)),
  };
}
