/**
 * Following the links between records: which ids a record holds, who uses a record, links that point nowhere.
 * The links themselves are declared by the field descriptors; this module only walks them.
 */
import type { Register, RecordKind, AnyRecord } from '../model/register';
import { linkFields, type LinkField } from '../model/recordFields';

export type { LinkField };

/** Every link between records, derived from the field descriptors (`shared/model/recordFields.ts`). */
export const LINK_FIELDS: readonly LinkField[] = linkFields();

/** The ids a record holds in one link field (empty when the field is absent). */
export function linkedIds(record: AnyRecord, field: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown, parts: string[]): void => {
    if (value === undefined || value === null) return;
    if (parts.length === 0) {
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push(v);
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    const isArray = head.endsWith('[]');
    const key = isArray ? head.slice(0, -2) : head;
    const next = (value as Record<string, unknown>)[key];
    if (isArray) {
      if (Array.isArray(next)) for (const item of next) walk(item, rest);
    } else walk(next, rest);
  };
  walk(record, field.split('.'));
  return out;
}

export interface LinkRef {
  kind: RecordKind;
  id: string;
  name: string;
  field: string;
}

/** Records that link to the record `id` of kind `kind`: the "used by" list, and what blocks a delete. */
export function usedBy(register: Register, kind: RecordKind, id: string): LinkRef[] {
  const refs: LinkRef[] = [];
  for (const link of LINK_FIELDS) {
    if (link.to !== kind) continue;
    for (const record of register[link.from] as AnyRecord[]) {
      if (linkedIds(record, link.field).includes(id)) {
        refs.push({ kind: link.from, id: record.id, name: record.name, field: link.field });
      }
    }
  }
  return refs;
}

export interface DanglingLink {
  kind: RecordKind;
  id: string;
  field: string;
  missingId: string;
  to: RecordKind;
}

/** Links that point at no record of the expected kind. */
export function danglingLinks(register: Register): DanglingLink[] {
  const idsOf = new Map<RecordKind, Set<string>>();
  const ids = (kind: RecordKind): Set<string> => {
    let set = idsOf.get(kind);
    if (!set) {
      set = new Set((register[kind] as AnyRecord[]).map((r) => r.id));
      idsOf.set(kind, set);
    }
    return set;
  };
  const out: DanglingLink[] = [];
  for (const link of LINK_FIELDS) {
    for (const record of register[link.from] as AnyRecord[]) {
      for (const target of linkedIds(record, link.field)) {
        if (!ids(link.to).has(target)) {
          out.push({ kind: link.from, id: record.id, field: link.field, missingId: target, to: link.to });
        }
      }
    }
  }
  return out;
}

/** Removes every link to `id` of kind `kind` from one record, returning a new record (the "unlink" choice). */
export function withoutLinksTo<R extends AnyRecord>(record: R, from: RecordKind, kind: RecordKind, id: string): R {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  for (const link of LINK_FIELDS) {
    if (link.from !== from || link.to !== kind) continue;
    removeAt(copy, link.field.split('.'), id);
  }
  return copy as unknown as R;
}

function removeAt(holder: Record<string, unknown>, parts: string[], id: string): void {
  const [head, ...rest] = parts as [string, ...string[]];
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  const value = holder[key];
  if (rest.length === 0) {
    if (Array.isArray(value)) holder[key] = value.filter((v) => v !== id);
    else if (value === id) delete holder[key];
    return;
  }
  if (isArray && Array.isArray(value)) {
    for (const item of value) removeAt(item as Record<string, unknown>, rest, id);
  } else if (value && typeof value === 'object') removeAt(value as Record<string, unknown>, rest, id);
}
