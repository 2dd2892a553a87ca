/**
 * Every link between records, declared once: which field of which record kind points at which kind.
 * Dangling-reference checks, "used by" lists, delete protection and storage indexes all read this table.
 */
import type { Register, RecordKind, AnyRecord } from '../model/register';

export interface LinkField {
  /** Kind of the record that holds the link. */
  from: RecordKind;
  /** Dotted path of the field, `[]` marking arrays: `retention[].dataCategoryIds`. */
  field: string;
  /** Kind of the record the link points at. */
  to: RecordKind;
}

export const LINK_FIELDS: readonly LinkField[] = [
  { from: 'organisations', field: 'servesOrganisationIds', to: 'organisations' },
  { from: 'activities', field: 'controllers[].organisationId', to: 'organisations' },
  { from: 'activities', field: 'legalBases[].legalReferenceIds', to: 'legalReferences' },
  { from: 'activities', field: 'subjectCategoryIds', to: 'subjectCategories' },
  { from: 'activities', field: 'dataCategoryIds', to: 'dataCategories' },
  { from: 'activities', field: 'recipientIds', to: 'recipients' },
  { from: 'activities', field: 'processorIds', to: 'processors' },
  { from: 'activities', field: 'transferIds', to: 'transfers' },
  { from: 'activities', field: 'retention[].dataCategoryIds', to: 'dataCategories' },
  { from: 'activities', field: 'retention[].legalReferenceIds', to: 'legalReferences' },
  { from: 'activities', field: 'securityMeasureIds', to: 'securityMeasures' },
  { from: 'activities', field: 'replacedByActivityId', to: 'activities' },
  { from: 'processorActivities', field: 'processorOrganisationId', to: 'organisations' },
  { from: 'processorActivities', field: 'controllerOrganisationIds', to: 'organisations' },
  { from: 'processorActivities', field: 'subProcessorIds', to: 'processors' },
  { from: 'processorActivities', field: 'transferIds', to: 'transfers' },
  { from: 'processorActivities', field: 'securityMeasureIds', to: 'securityMeasures' },
  { from: 'recipients', field: 'legalReferenceIds', to: 'legalReferences' },
  { from: 'processors', field: 'subProcessorIds', to: 'processors' },
  { from: 'transfers', field: 'recipientId', to: 'recipients' },
  { from: 'transfers', field: 'processorId', to: 'processors' },
];

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
