/**
 * Every translatable text of a register, with where it lives: the record (or the register's metadata), the item of
 * a record's list (a purpose, a legal basis) and the field. The workspace, the translators' files, the export
 * summary and validation all walk the register through here, so they count the same texts.
 */
import { translatableFieldList } from '../model/recordFields';
import { RECORD_KINDS, registerMetaFields, type AnyRecord, type RecordKind, type Register } from '../model/register';
import { translatableKeys } from '../model/fieldDescriptor';
import type { TranslationHolder } from './translationState';

/** Where a text lives. `kind: 'meta'` is the register's own title and description. */
export interface TextPlace {
  kind: RecordKind | 'meta';
  /** The record's id; absent for the metadata. */
  recordId?: string;
  /** The list inside the record (`purposes`) and the item's id, for a text of a list item. */
  list?: string;
  itemId?: string;
  field: string;
}

export interface RegisterText extends TextPlace {
  holder: TranslationHolder & Record<string, unknown>;
  /** The record the text belongs to (for its name and controllers); absent for the metadata. */
  record?: AnyRecord;
}

/** The holder of a text inside its record: the record itself, or the item of its list; undefined when it is gone. */
export function holderIn<P extends { list?: string | undefined; itemId?: string | undefined }>(
  record: object,
  place: P,
): Record<string, unknown> | undefined {
  if (!place.list) return record as Record<string, unknown>;
  const items = (record as Record<string, unknown>)[place.list];
  if (!Array.isArray(items)) return undefined;
  return (items as Record<string, unknown>[]).find((item) => item['id'] === place.itemId);
}

/** A stable key of a place, used by translators' files and by the workspace rows. */
export function placeKey(place: TextPlace): string {
  const item = place.list ? `${place.list}[${place.itemId ?? ''}].` : '';
  return `${place.kind}/${place.recordId ?? ''}/${item}${place.field}`;
}

const PLACE_KEY = /^([A-Za-z]+)\/([^/]*)\/(?:([A-Za-z]+)\[([^\]]*)\]\.)?([A-Za-z]+)$/;

export function parsePlaceKey(key: string): TextPlace | undefined {
  const match = PLACE_KEY.exec(key);
  if (!match) return undefined;
  const [, kind, recordId, list, itemId, field] = match;
  if (kind !== 'meta' && !(RECORD_KINDS as readonly string[]).includes(kind ?? '')) return undefined;
  return {
    kind: kind as RecordKind | 'meta',
    ...(recordId ? { recordId } : {}),
    ...(list ? { list, itemId: itemId ?? '' } : {}),
    field: field as string,
  };
}

/** The translatable fields of the register's metadata (title, description, organisation name). */
export const META_TRANSLATABLE_FIELDS: readonly string[] = translatableKeys(registerMetaFields);

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Calls `visit` for every text of the register whose main-language value is not empty. */
export function forEachRegisterText(register: Register, visit: (text: RegisterText) => void): void {
  const meta = register.meta as unknown as RegisterText['holder'];
  for (const field of META_TRANSLATABLE_FIELDS) if (hasText(meta[field])) visit({ kind: 'meta', field, holder: meta });
  for (const kind of RECORD_KINDS) forEachKindText(kind, register[kind] as readonly AnyRecord[], visit);
}

/** The texts of the records of one kind. */
export function forEachKindText(
  kind: RecordKind,
  records: readonly AnyRecord[],
  visit: (text: RegisterText) => void,
): void {
  const { fields, nested } = translatableFieldList(kind);
  for (const record of records) forEachRecordText(kind, record, visit, fields, nested);
}

/** The texts of one record. */
export function forEachRecordText(
  kind: RecordKind,
  record: AnyRecord,
  visit: (text: RegisterText) => void,
  fields: readonly string[] = translatableFieldList(kind).fields,
  nested: Readonly<Record<string, readonly string[]>> = translatableFieldList(kind).nested,
): void {
  const holder = record as unknown as RegisterText['holder'];
  for (const field of fields) if (hasText(holder[field])) visit({ kind, recordId: record.id, field, holder, record });
  for (const [list, subFields] of Object.entries(nested)) {
    const items = holder[list];
    if (!Array.isArray(items)) continue;
    for (const item of items as RegisterText['holder'][]) {
      const itemId = typeof item['id'] === 'string' ? item['id'] : '';
      for (const field of subFields)
        if (hasText(item[field])) visit({ kind, recordId: record.id, list, itemId, field, holder: item, record });
    }
  }
}
