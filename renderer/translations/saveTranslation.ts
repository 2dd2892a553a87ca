/**
 * Writing one translation from the workspace: the text's holder (a record, an item of one of its lists, or the
 * register's metadata) gets the translation (or the "still correct" confirmation), the record is rebuilt around it
 * and written through the repository, which refuses the write when the record changed since it was read.
 */
import type { TextLanguage } from '../../shared/i18n/languages';
import type { AnyRecord, RecordKind, RegisterMeta } from '../../shared/model';
import { confirmTranslation, holderIn, mainTextOf, withTranslation, type TextPlace } from '../../shared/translation';
import type { RegisterDatabase } from '../storage/database';
import { updateMeta, updateRecord } from '../storage/recordRepository';

/** What the translator did: typed a translation, or confirmed the one there as still correct. */
export type TranslationChange = { type: 'translate'; text: string } | { type: 'confirm' };

type Holder = Record<string, unknown>;

function changed<H extends object>(holder: H, field: string, lang: TextLanguage, change: TranslationChange): H {
  return change.type === 'translate'
    ? withTranslation(holder, field, lang, change.text)
    : confirmTranslation(holder, field, lang);
}

/** `record` with the change made to the text at `place`; an item of a list is replaced, the list keeps its order. */
export function withChange<R extends object>(
  record: R,
  place: TextPlace,
  lang: TextLanguage,
  change: TranslationChange,
): R {
  if (!place.list) return changed(record, place.field, lang, change);
  const items = (record as Holder)[place.list] as Holder[];
  return {
    ...record,
    [place.list]: items.map((item) => (item['id'] === place.itemId ? changed(item, place.field, lang, change) : item)),
  };
}

/** The text at `place` in `record` is still the original the translator saw (else the translation may not fit). */
export function sourceUnchanged(record: object, place: TextPlace, source: string): boolean {
  const holder = holderIn(record, place);
  return holder !== undefined && mainTextOf(holder, place.field).trim() === source.trim();
}

/** Writes the change to a record; `base` is the record as the workspace knows it (see `updateRecord`). */
export function saveRecordTranslation(
  db: RegisterDatabase,
  kind: RecordKind,
  base: AnyRecord,
  place: TextPlace,
  lang: TextLanguage,
  change: TranslationChange,
): Promise<AnyRecord> {
  return updateRecord(db, kind, withChange(base, place, lang, change), base);
}

/** Writes the change to the register's metadata (title, organisation name, description). */
export function saveMetaTranslation(
  db: RegisterDatabase,
  base: RegisterMeta,
  place: TextPlace,
  lang: TextLanguage,
  change: TranslationChange,
): Promise<RegisterMeta> {
  return updateMeta(db, withChange(base, place, lang, change), base);
}
