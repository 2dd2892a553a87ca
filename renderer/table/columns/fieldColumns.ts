/**
 * Columns derived from the field descriptors: every field of a kind that its hand-made table does not show yet
 * becomes a column (hidden until the user picks it in "Columns"), with the filter its widget calls for. A field
 * added to a schema thus reaches the tables without an edit here.
 */
import { enumLabel, type EnumName, type EnumValue } from '../../../shared/catalogue/enumLabels';
import { legalGroundLabel, type LegalGroundCode } from '../../../shared/catalogue/legalGrounds';
import { transferMechanismLabel, type TransferMechanismCode } from '../../../shared/catalogue/transferMechanisms';
import { formatDuration } from '../../../shared/i18n/formatDate';
import { languageName, type TextLanguage } from '../../../shared/i18n/languages';
import type { AnyRecord, RecordKind } from '../../../shared/model';
import type { FieldEntry } from '../../../shared/model/fieldDescriptor';
import { fieldEntries } from '../../../shared/model/recordFields';
import { wordsKeyOf } from '../../../shared/model/words';
import { getPath } from '../../../shared/excel/paths';
import { listCell, textCell, type ColumnSpec, type KindTableSpec } from '../columnTypes';
import type { TableContext } from '../tableContext';
import { booleanColumn, countriesColumn, dateColumn, enumColumn, linksColumn, textColumn } from './common';

const asStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

/** The words of a coded value in the interface language. */
function codeText(entry: FieldEntry, value: string, ctx: TableContext): string {
  const widget = entry.descriptor.widget;
  if (widget.type === 'code')
    return widget.catalogue === 'legalGround'
      ? legalGroundLabel(value as LegalGroundCode, ctx.lang)
      : transferMechanismLabel(value as TransferMechanismCode, ctx.lang);
  if (widget.type === 'enum' || widget.type === 'enumMulti')
    return enumLabel(widget.enumName, value as EnumValue<EnumName>, ctx.lang);
  if (widget.type === 'duration') return formatDuration(value, ctx.lang);
  if (widget.type === 'language') return languageName(value as TextLanguage, ctx.lang);
  return value;
}

/** A column for one field, or none for fields a table cannot show (ids, objects shown through their parts). */
export function fieldColumn<R extends AnyRecord>(kind: RecordKind, entry: FieldEntry): ColumnSpec<R> | undefined {
  const key = wordsKeyOf(entry.path);
  if (key === undefined) return undefined;
  const get = (r: R): unknown => getPath(r as unknown as Record<string, unknown>, entry.path);
  const widget = entry.descriptor.widget;
  const id = entry.path;
  switch (widget.type) {
    case 'id':
    case 'object':
    case 'fieldKeys':
      return undefined;
    case 'text':
      return textColumn<R>(key, (r) => asStrings(get(r))[0], { id });
    case 'date':
      return dateColumn<R>(key, (r) => asStrings(get(r))[0], { id });
    case 'boolean':
      return { ...booleanColumn<R>(key, (r) => get(r) as boolean | undefined), id };
    case 'enum':
    case 'enumMulti':
      return enumColumn<R, EnumName>(key, widget.enumName, (r) => asStrings(get(r)) as EnumValue<EnumName>[], {
        id,
        ...(widget.type === 'enum' && widget.optional ? { withNone: true } : {}),
      });
    case 'country':
    case 'countries':
      return countriesColumn<R>(key, kind, (r) => asStrings(get(r)), { id });
    case 'link':
    case 'links':
      if (widget.to === 'ownPurposes') return undefined;
      return linksColumn<R>(key, widget.to, (r) => asStrings(get(r)), { id });
    case 'code':
    case 'duration':
    case 'language':
      return {
        ...textColumn<R>(key, () => undefined, { id }),
        value: (r, ctx) => listCell(asStrings(get(r)).map((v) => ({ text: codeText(entry, v, ctx) }))),
      };
    case 'list': {
      // A list shows its items by their first field: purposes by their text, legal bases by their ground.
      const first = fieldEntries(kind).find((e) => e.parent?.path === entry.path && e.descriptor.widget.type !== 'id');
      return {
        ...textColumn<R>(key, () => undefined, { id }),
        value: (r, ctx) => {
          const items = (get(r) as Record<string, unknown>[] | undefined) ?? [];
          if (!first) return textCell(items.length > 0 ? String(items.length) : undefined);
          const sub = first.path.slice(entry.path.length + 1);
          return listCell(
            items.flatMap((item) => {
              const w = first.descriptor.widget;
              const values = asStrings(item[sub]);
              if (w.type === 'link' || w.type === 'links')
                return w.to === 'ownPurposes' ? [] : values.map((v) => ({ text: ctx.nameOf(w.to as RecordKind, v) }));
              return values.map((v) => ({ text: codeText(first, v, ctx) }));
            }),
          );
        },
      };
    }
  }
}

/** Whether a table column already shows a field (the column is the field, a part of it, or holds it). */
function shows(columnId: string, path: string): boolean {
  return columnId === path || path.startsWith(`${columnId}.`) || columnId.startsWith(`${path}.`);
}

/** The fields of a kind that are in the table: its own columns, then every other field as a column to pick. */
export function withFieldColumns<R extends AnyRecord>(spec: KindTableSpec<R>): KindTableSpec<R> {
  const extra: ColumnSpec<R>[] = [];
  for (const entry of fieldEntries(spec.kind)) {
    if (entry.parent && entry.parent.descriptor.widget.type === 'list') continue;
    if (spec.columns.some((c) => shows(c.id, entry.path)) || extra.some((c) => shows(c.id, entry.path))) continue;
    const column = fieldColumn<R>(spec.kind, entry);
    if (column) extra.push({ ...column, defaultVisible: false });
  }
  return extra.length === 0 ? spec : { ...spec, columns: [...spec.columns, ...extra] };
}
