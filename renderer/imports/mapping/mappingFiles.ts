/**
 * The files the mapping screen writes and reads: a saved mapping as JSON (to keep, share or load on another
 * computer), checked against `savedMappingSchema` when it comes back, with a reason a DPO understands; the import
 * report as JSON; and the one-line summary of the report that the history entry of the import carries.
 */
import { fileNameSlug } from '../../../shared/ipc/fileNames';
import type { MessageParams } from '../../../shared/i18n/translate';
import type { ImportReport } from '../../../shared/spreadsheetImport/build';
import { savedMappingSchema } from '../../../shared/spreadsheetImport/mapping';
import type { SavedMapping } from '../../../shared/spreadsheetImport/types';
import type { MappingMessageKey } from './messages';

export type MappingFileResult =
  { ok: true; mapping: SavedMapping } | { ok: false; reason: MappingMessageKey; params?: MessageParams };

/** Reads a mapping file; when it is not one, says why (not JSON, not a mapping, or which field is wrong). */
export function readMappingFile(bytes: Uint8Array): MappingFileResult {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'mappingNotJson' };
  }
  const parsed = savedMappingSchema.safeParse(value);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format !== 'ropa-import-mapping') return { ok: false, reason: 'mappingWrongFormat' };
  const issue = parsed.error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return { ok: false, reason: 'mappingFieldBad', params: { path: path || '—' } };
}

export function mappingFileText(mapping: SavedMapping): string {
  return `${JSON.stringify(mapping, null, 2)}\n`;
}

export function mappingFileName(mapping: SavedMapping): string {
  return `mapping-${fileNameSlug(mapping.name) || 'import'}.json`;
}

/** The report under the name of the file it was made from: `register-2024.xlsx` → `register-2024-import-report.json`. */
export function reportFileName(sourceFile: string): string {
  const base = sourceFile.replace(/\.[^.]+$/, '');
  return `${fileNameSlug(base) || 'import'}-import-report.json`;
}

export function reportFileText(sourceFile: string, report: ImportReport, appliedAt?: string): string {
  return `${JSON.stringify({ file: sourceFile, ...(appliedAt ? { appliedAt } : {}), report }, null, 2)}\n`;
}

/** The figures the history note gives, summed over every kind of record. */
export function reportFigures(report: ImportReport): MessageParams {
  const counts = Object.values(report.counts);
  return {
    created: counts.reduce((sum, c) => sum + c.created, 0),
    updated: counts.reduce((sum, c) => sum + c.updated, 0),
    mapped: report.columns.mapped.length,
    ignored: report.columns.ignored.length,
    cells: report.cells.length,
  };
}
