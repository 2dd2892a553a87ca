/**
 * The fields a column of a foreign register can feed, derived from the field descriptors of the activity and
 * processor-activity kinds (one description, many views): each with how its cells are read, whether several columns
 * may feed it, and the Art. 30 points it serves. Besides the record's own fields, a few fields of the records a link
 * points at can come from columns beside the names ("Ontvangers / Land" is `recipientIds.country`): they are listed
 * in `LINKED_FIELDS`, since registers only ever give those few.
 */
import type { EnumName } from '../../catalogue/enumLabels';
import type { UiLanguage } from '../../i18n/languages';
import type { Art30Point, FieldDescriptor, LinkKind, Widget } from '../../model/fieldDescriptor';
import { fieldEntries } from '../../model/recordFields';
import { RECORD_FIELDS } from '../../model/register';
import { fieldWords, isFieldKey } from '../../model/words';
import type { FieldTarget } from '../types';

export type ImportKind = FieldTarget['kind'];
export const IMPORT_KINDS: readonly ImportKind[] = ['activities', 'processorActivities'];

/** How a column's cells are read into the field. */
export type ReaderKind =
  | 'text'
  /** One list item per value (purposes, sources, categories of processing). */
  | 'items'
  | 'legalBases'
  | 'retention'
  | 'period'
  | 'controllers'
  /** Names of records of another kind, matched or created. */
  | 'links'
  | 'link'
  /** The name or number of another activity ("replaced by"). */
  | 'activityLink'
  /** Transfers named by country and ground. */
  | 'transfers'
  | 'date'
  | 'boolean'
  | 'enum'
  | 'enumMulti'
  | 'country'
  | 'countries'
  | 'mechanism';

export interface ImportTarget extends FieldTarget {
  reader: ReaderKind;
  /** Several columns may feed it (lists); other fields take one column. */
  many: boolean;
  /** The path of the list, object or link field this one belongs to. */
  parent?: string;
  /** For links: the kind the names are looked up in. */
  linkTo?: LinkKind;
  /** For coded values: the enum whose labels are read. */
  enumName?: EnumName;
  /** The points of Art. 30 it serves (a sub-field inherits its parent's). */
  art30: readonly Art30Point[];
}

/** Fields of linked records that registers give beside the names, per link field. */
const LINKED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  recipientIds: ['internal', 'country', 'category'],
  processorIds: ['countries', 'contractDate'],
  subProcessorIds: ['countries', 'contractDate'],
  transferIds: ['country', 'mechanism', 'instrument', 'documentation'],
  dataCategoryIds: ['kind'],
};

/** List fields read by a reader of their own; their sub-fields that the reader fills are not targets. */
const OWN_READERS: Readonly<Record<string, { reader: ReaderKind; fills: readonly string[] }>> = {
  legalBases: { reader: 'legalBases', fills: ['ground'] },
  retention: { reader: 'retention', fills: ['purposeIds'] },
  controllers: { reader: 'controllers', fills: ['organisationId', 'role'] },
};

function readerOf(
  widget: Widget,
  path: string,
): { reader: ReaderKind; many: boolean; enumName?: EnumName; linkTo?: LinkKind } | undefined {
  switch (widget.type) {
    case 'text':
      return { reader: 'text', many: false };
    case 'date':
      return { reader: 'date', many: false };
    case 'boolean':
      return { reader: 'boolean', many: false };
    case 'duration':
      return { reader: 'period', many: false };
    case 'enum':
      return { reader: 'enum', many: false, enumName: widget.enumName };
    case 'enumMulti':
      return { reader: 'enumMulti', many: true, enumName: widget.enumName };
    case 'country':
      return { reader: 'country', many: false };
    case 'countries':
      return { reader: 'countries', many: true };
    case 'code':
      return widget.catalogue === 'transferMechanism' ? { reader: 'mechanism', many: false } : undefined;
    case 'link':
      if (widget.to === 'activities') return { reader: 'activityLink', many: false };
      return widget.to === 'ownPurposes' ? undefined : { reader: 'link', many: false, linkTo: widget.to };
    case 'links':
      if (widget.to === 'ownPurposes') return undefined;
      if (widget.to === 'transfers' && !path.includes('.'))
        return { reader: 'transfers', many: true, linkTo: 'transfers' };
      return { reader: 'links', many: true, linkTo: widget.to };
    default:
      return undefined;
  }
}

/** A list whose items are one required text each (purposes): read one item per value. */
function itemText(descriptor: FieldDescriptor): string | undefined {
  if (descriptor.widget.type !== 'list') return undefined;
  const texts = Object.entries(descriptor.widget.fields).filter(
    ([, sub]) => sub.required === true && sub.widget.type === 'text',
  );
  return texts.length === 1 ? texts[0]?.[0] : undefined;
}

function buildTargets(kind: ImportKind): ImportTarget[] {
  const out: ImportTarget[] = [];
  const top = RECORD_FIELDS[kind];
  for (const entry of fieldEntries(kind)) {
    const { descriptor } = entry;
    const widget = descriptor.widget;
    if (widget.type === 'id' || widget.type === 'object') continue;
    const parent = entry.parent;
    const art30 = descriptor.art30 ?? parent?.descriptor.art30 ?? [];
    if (!parent) {
      if (widget.type === 'list') {
        const own = OWN_READERS[entry.path];
        if (own) out.push({ kind, path: entry.path, reader: own.reader, many: true, art30 });
        else if (itemText(descriptor)) out.push({ kind, path: entry.path, reader: 'items', many: true, art30 });
        continue;
      }
      const read = readerOf(widget, entry.path);
      if (read) out.push({ kind, path: entry.path, ...read, art30 });
      continue;
    }
    const key = entry.path.slice(parent.path.length + 1);
    if (parent.descriptor.widget.type === 'list') {
      if (OWN_READERS[parent.path]?.fills.includes(key) || itemText(parent.descriptor) === key) continue;
    }
    const read = readerOf(widget, entry.path);
    if (read) out.push({ kind, path: entry.path, ...read, many: read.many, parent: parent.path, art30 });
  }
  for (const [link, fields] of Object.entries(LINKED_FIELDS)) {
    const descriptor = top[link];
    if (!descriptor || descriptor.widget.type !== 'links') continue;
    const linked = RECORD_FIELDS[descriptor.widget.to as LinkKind];
    for (const field of fields) {
      const sub = linked[field];
      const read = sub ? readerOf(sub.widget, `${link}.${field}`) : undefined;
      if (!sub || !read) continue;
      out.push({
        kind,
        path: `${link}.${field}`,
        ...read,
        many: false,
        parent: link,
        art30: sub.art30 ?? descriptor.art30 ?? [],
      });
    }
  }
  return out;
}

const cache = new Map<ImportKind, readonly ImportTarget[]>();

/** Every field of a kind a column can feed. */
export function importTargets(kind: ImportKind): readonly ImportTarget[] {
  let targets = cache.get(kind);
  if (!targets) {
    targets = buildTargets(kind);
    cache.set(kind, targets);
  }
  return targets;
}

/** The import target a mapping names, or undefined when the kind has no such field. */
export function findTarget(target: FieldTarget | undefined): ImportTarget | undefined {
  if (!target || !IMPORT_KINDS.includes(target.kind)) return undefined;
  return importTargets(target.kind).find((t) => t.path === target.path);
}

export function sameTarget(a: FieldTarget | undefined, b: FieldTarget | undefined): boolean {
  return a !== undefined && b !== undefined && a.kind === b.kind && a.path === b.path;
}

/**
 * A target's name in a language, as the mapping screen and the report show it: the field's label, with the field it
 * belongs to when the label alone is shared ("Land (Ontvangers)").
 */
export function targetLabel(target: FieldTarget, lang: UiLanguage): string {
  const words = fieldWords(target.path, lang);
  const label = words?.label ?? target.path;
  const dot = target.path.lastIndexOf('.');
  if (dot < 0 || isFieldKey(target.path)) return label;
  const parent = fieldWords(target.path.slice(0, dot), lang)?.label;
  return parent ? `${label} (${parent})` : label;
}
