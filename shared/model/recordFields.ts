/**
 * Questions every layer asks of the field descriptors, answered once: the fields of a kind (flattened), the links
 * between records, what a new record starts with, which fields are internal.
 */
import { flattenFields, type FieldEntry, type LinkKind } from './fieldDescriptor';
import { RECORD_FIELDS, RECORD_KINDS, type RecordKind } from './register';

const flattened = new Map<RecordKind, readonly FieldEntry[]>();

/** Every field of a kind, sub-fields after their list or object (`retention`, `retention.period`, ...). */
export function fieldEntries(kind: RecordKind): readonly FieldEntry[] {
  let entries = flattened.get(kind);
  if (!entries) {
    entries = flattenFields(RECORD_FIELDS[kind]);
    flattened.set(kind, entries);
  }
  return entries;
}

export interface LinkField {
  /** Kind of the record that holds the link. */
  from: RecordKind;
  /** Dotted path of the field, `[]` marking lists: `retention[].dataCategoryIds`. */
  field: string;
  /** Kind of the record the link points at. */
  to: LinkKind;
}

/** The link path of an entry: lists it passes through get `[]`. */
function linkPath(entry: FieldEntry): string {
  const key = entry.path.slice(entry.path.lastIndexOf('.') + 1);
  if (!entry.parent) return key;
  const parent = linkPath(entry.parent);
  return entry.parent.descriptor.widget.type === 'list' ? `${parent}[].${key}` : `${parent}.${key}`;
}

/** Every link between records, from the descriptors: what "used by", delete protection and link checks read. */
export function linkFields(): readonly LinkField[] {
  const out: LinkField[] = [];
  for (const kind of RECORD_KINDS) {
    for (const entry of fieldEntries(kind)) {
      const widget = entry.descriptor.widget;
      if ((widget.type === 'link' || widget.type === 'links') && widget.to !== 'ownPurposes') {
        out.push({ from: kind, field: linkPath(entry), to: widget.to });
      }
    }
  }
  return out;
}

/**
 * Links to the purposes of the record that holds them (`retention[].purposeIds`), from the descriptors: "ownPurposes"
 * names the `purposes` list of the same record.
 */
export function ownPurposeLinkFields(): readonly { from: RecordKind; field: string }[] {
  const out: { from: RecordKind; field: string }[] = [];
  for (const kind of RECORD_KINDS) {
    for (const entry of fieldEntries(kind)) {
      const widget = entry.descriptor.widget;
      if ((widget.type === 'link' || widget.type === 'links') && widget.to === 'ownPurposes') {
        out.push({ from: kind, field: linkPath(entry) });
      }
    }
  }
  return out;
}

/** What a record created with "New" holds beyond its id and name: the descriptors' initial values. */
export function initialValues(kind: RecordKind): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, descriptor] of Object.entries(RECORD_FIELDS[kind])) {
    if (descriptor.initial !== undefined) out[key] = descriptor.initial;
  }
  return out;
}

/** The top-level and nested fields of a kind that its descriptors mark internal (`owner`, `notes`, ...). */
export function internalPaths(kind: RecordKind): readonly string[] {
  return fieldEntries(kind)
    .filter((entry) => entry.descriptor.internal === true)
    .map((entry) => entry.path);
}

/**
 * Which edition a document is: the standard one for the authority and the public leaves internal fields out; the
 * internal one keeps them and says so on every page.
 */
export type Edition = 'standard' | 'internal';

/** The internal fields of a register: the descriptors' own, plus those the DPO marked (`kind.path`). */
export function internalFieldKeys(extra: readonly string[] = []): ReadonlySet<string> {
  const out = new Set<string>(extra);
  for (const kind of RECORD_KINDS) for (const path of internalPaths(kind)) out.add(`${kind}.${path}`);
  return out;
}

/** Whether a document of the given edition shows a field. */
export function editionShows(edition: Edition, internal: ReadonlySet<string>, kind: RecordKind, path: string): boolean {
  return edition === 'internal' || !internal.has(`${kind}.${path}`);
}

/** A kind's translatable fields: top-level ones, and per list the translatable fields of its items. */
export interface TranslatableFieldList {
  fields: readonly string[];
  nested: Readonly<Record<string, readonly string[]>>;
}

const translatableCache = new Map<RecordKind, TranslatableFieldList>();

export function translatableFieldList(kind: RecordKind): TranslatableFieldList {
  const known = translatableCache.get(kind);
  if (known) return known;
  const fields: string[] = [];
  const nested: Record<string, string[]> = {};
  for (const [key, descriptor] of Object.entries(RECORD_FIELDS[kind])) {
    if (descriptor.translatable) fields.push(key);
    const widget = descriptor.widget;
    if (widget.type === 'list') {
      const subs = Object.entries(widget.fields)
        .filter(([, sub]) => sub.translatable === true)
        .map(([sub]) => sub);
      if (subs.length > 0) nested[key] = subs;
    }
  }
  const list = { fields, nested };
  translatableCache.set(kind, list);
  return list;
}

/**
 * The fields a DPO may keep internal in a register: the top-level fields of the record kinds the authority documents
 * are made of, except what names a record in headings and contents (name, processing number, status) and ids. The
 * descriptors' own internal fields are among them, marked `always`.
 */
export const INTERNAL_FIELD_CHOICES: readonly { kind: RecordKind; path: string; always: boolean }[] = (
  ['activities', 'processorActivities'] as const
).flatMap((kind) =>
  fieldEntries(kind)
    .filter(
      (entry) =>
        !entry.parent && !['name', 'reference', 'status'].includes(entry.path) && entry.descriptor.widget.type !== 'id',
    )
    .map((entry) => ({ kind, path: entry.path, always: entry.descriptor.internal === true })),
);
