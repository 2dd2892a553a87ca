/**
 * Saved mappings: a mapping the DPO checked, kept under a name (in the register's settings and as a JSON file) and
 * applied to the next file of the same shape. Columns are found again by their header text, normalised (case,
 * accents, punctuation and line breaks do not count) and with their group, so a column that moved still gets its
 * field and "Categorie" under "Ontvangers" is not confused with "Categorie" under "Betrokkenen".
 */
import { z } from 'zod';
import { normaliseHeader } from '../../excel/cells';
import { TEXT_LANGUAGES, type TextLanguage, type UiLanguage } from '../../i18n/languages';
import { translate } from '../../i18n/translate';
import { MAPPING_REASONS } from '../build/messages';
import type { ColumnMapping, FoundSourceTable, SavedMapping, SourceColumn } from '../types';
import { findTarget, IMPORT_KINDS } from './targets';

/** A column's text as a saved mapping stores it: its group and its header. */
export function columnKey(column: Pick<SourceColumn, 'header' | 'group'>): string {
  return column.group ? `${column.group} › ${column.header}` : column.header;
}

const fieldTargetSchema = z.object({
  kind: z.enum(IMPORT_KINDS as ['activities', 'processorActivities']),
  path: z.string().min(1),
});

/** The shape of a saved mapping file; a file that fails it is refused with the reason. */
export const savedMappingSchema = z.object({
  format: z.literal('ropa-import-mapping'),
  version: z.literal(1),
  name: z.string().trim().min(1),
  headers: z.array(z.string()),
  columns: z.array(z.object({ header: z.string(), target: fieldTargetSchema.optional() })),
  language: z.enum(TEXT_LANGUAGES),
}) satisfies z.ZodType<SavedMapping>;

/** A mapping to save: every column of the table with its field (or none), in column order. */
export function saveMapping(
  name: string,
  table: FoundSourceTable,
  mapping: readonly ColumnMapping[],
  language: TextLanguage,
): SavedMapping {
  const byColumn = new Map(mapping.map((m) => [m.column, m]));
  const columns = table.columns.map((column) => {
    const target = byColumn.get(column.index)?.target;
    return { header: columnKey(column), ...(target ? { target: { kind: target.kind, path: target.path } } : {}) };
  });
  return {
    format: 'ropa-import-mapping',
    version: 1,
    name,
    headers: columns.map((c) => c.header),
    columns,
    language,
  };
}

/** 0..1: the share of the table's column texts the saved mapping knows; how a later file is recognised. */
export function savedMappingFit(table: FoundSourceTable, saved: SavedMapping): number {
  if (table.columns.length === 0) return 0;
  const known = new Set(saved.headers.map(normaliseHeader));
  const bare = new Set(saved.headers.map((h) => normaliseHeader(h.split(' › ').pop() ?? h)));
  const hits = table.columns.filter(
    (c) => known.has(normaliseHeader(columnKey(c))) || bare.has(normaliseHeader(c.header)),
  ).length;
  return hits / table.columns.length;
}

/**
 * The saved mapping applied to a table: each column takes the field of the saved column with the same text (with
 * its group, else the header alone when that is unambiguous); columns the saved mapping does not know are left
 * unmapped. Saved fields the register no longer has are dropped.
 */
export function applySavedMapping(
  table: FoundSourceTable,
  saved: SavedMapping,
  lang: UiLanguage = 'en',
): ColumnMapping[] {
  // Several saved columns may share a text (two "Opmerkingen"): they are taken in order.
  const byKey = new Map<string, SavedMapping['columns']>();
  const byHeader = new Map<string, SavedMapping['columns']>();
  for (const column of saved.columns) {
    const key = normaliseHeader(column.header);
    byKey.set(key, [...(byKey.get(key) ?? []), column]);
    const header = normaliseHeader(column.header.split(' › ').pop() ?? column.header);
    byHeader.set(header, [...(byHeader.get(header) ?? []), column]);
  }
  const used = new Set<SavedMapping['columns'][number]>();
  const take = (list: SavedMapping['columns'] | undefined, unique: boolean) => {
    const free = (list ?? []).filter((c) => !used.has(c));
    if (free.length === 0 || (unique && (list ?? []).length > 1)) return undefined;
    const first = free[0] as SavedMapping['columns'][number];
    used.add(first);
    return first;
  };
  return table.columns.map((column): ColumnMapping => {
    const found =
      take(byKey.get(normaliseHeader(columnKey(column))), false) ??
      take(byHeader.get(normaliseHeader(column.header)), true);
    const name = saved.name;
    if (!found) {
      return {
        column: column.index,
        confidence: 0,
        reason: translate(MAPPING_REASONS, lang, 'notInSaved', { name, header: columnKey(column) }),
      };
    }
    const target = findTarget(found.target);
    if (!target) {
      return {
        column: column.index,
        confidence: 1,
        reason: translate(MAPPING_REASONS, lang, 'savedIgnored', { name }),
      };
    }
    return {
      column: column.index,
      target: { kind: target.kind, path: target.path },
      confidence: 1,
      reason: translate(MAPPING_REASONS, lang, 'saved', { name }),
    };
  });
}
