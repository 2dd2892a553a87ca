/**
 * What the register knows about each field beyond its zod type: how it is edited, what it links to, whether it is
 * translatable or internal, which Art. 30 point it serves, where the editor shows it and what a new record starts
 * with. Every record kind declares one table of these beside its schema (typed against the schema's keys, so a field
 * without a descriptor is a compile error), and every view — editor forms, tables, both Excel layouts, the PDF,
 * link checks, "used by", new-record defaults, the register file's documentation — derives from those tables.
 * Words (labels, help, spreadsheet header words) live per language in `shared/model/words/`.
 */
import type { EnumName } from '../catalogue/enumLabels';
import type { LegalGroundCode } from '../catalogue/legalGrounds';
import type { TransferMechanismCode } from '../catalogue/transferMechanisms';

/** The record kinds a link can point at (kept here as a literal union so descriptors need not import the register). */
export type LinkKind =
  | 'organisations'
  | 'activities'
  | 'processorActivities'
  | 'recipients'
  | 'processors'
  | 'transfers'
  | 'dataCategories'
  | 'subjectCategories'
  | 'securityMeasures'
  | 'legalReferences';

/** A link target: a record kind, or the purposes of the same activity (retention rules point at those). */
export type LinkTarget = LinkKind | 'ownPurposes';

/** The points of Art. 30 GDPR a field answers: paragraph 1 (controller) a–g, paragraph 2 (processor) a–d. */
export type Art30Point = '1a' | '1b' | '1c' | '1d' | '1e' | '1f' | '1g' | '2a' | '2b' | '2c' | '2d';

/** Sections of the record editor, in the order they are shown. */
export const EDITOR_SECTIONS = [
  'main',
  'purposes',
  'data',
  'recipients',
  'retention',
  'security',
  'risk',
  'lifecycle',
  'other',
] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

/** How a field is edited, and so how it is written to and read from a spreadsheet cell. */
export type Widget =
  | { readonly type: 'id' }
  | { readonly type: 'text'; readonly multiline?: boolean }
  | { readonly type: 'date' }
  | { readonly type: 'boolean' }
  | { readonly type: 'duration' }
  | { readonly type: 'language' }
  /** Keys of other fields (`activities.owner`): the register's own choice of internal fields. */
  | { readonly type: 'fieldKeys' }
  | {
      readonly type: 'enum';
      readonly enumName: EnumName;
      readonly values: readonly string[];
      readonly optional?: boolean;
    }
  | { readonly type: 'enumMulti'; readonly enumName: EnumName; readonly values: readonly string[] }
  | {
      readonly type: 'code';
      readonly catalogue: 'legalGround' | 'transferMechanism';
      readonly values: readonly (LegalGroundCode | TransferMechanismCode)[];
      readonly optional?: boolean;
    }
  | { readonly type: 'country'; readonly optional?: boolean }
  | { readonly type: 'countries' }
  | { readonly type: 'link'; readonly to: LinkTarget }
  | { readonly type: 'links'; readonly to: LinkTarget }
  /** An object of sub-fields (`address`, `dpia`): each sub-field is a field of its own, `address.city`. */
  | { readonly type: 'object'; readonly fields: FieldTableOf<string> }
  /** A list of items with ids (`purposes`, `retention`): edited by a nested editor, one column per sub-field. */
  | { readonly type: 'list'; readonly fields: FieldTableOf<string> };

export interface FieldDescriptor {
  readonly widget: Widget;
  /** The text can be kept in every register language (`i18n`), and exports show the translation. */
  readonly translatable?: true;
  /** The editor marks it as required (the schema refuses an empty value). */
  readonly required?: true;
  /**
   * Kept for the DPO's own work: left out of documents meant for the public or the authority (the authority
   * workbook, the PDF) unless the user asks for an internal edition. A register can mark more fields internal.
   */
  readonly internal?: true;
  /** The points of Art. 30 the field serves; shown in the register file's documentation and the editor's help. */
  readonly art30?: readonly Art30Point[];
  /** Where the editor shows it; absent for sub-fields (their list or object places them). */
  readonly section?: EditorSection;
  /** Only for some values of the record's `kind` (legal references differ per kind). */
  readonly whenKind?: readonly string[];
  /** The widest its spreadsheet column gets, in characters. */
  readonly width?: number;
  /** What a record created with "New" holds in this field (required fields only; the schema fills the rest). */
  readonly initial?: string | boolean;
  /** Why the editor does not show it (the field is bookkeeping the app maintains itself). */
  readonly notInEditor?: string;
  /** Why the PDF does not show it although it is not internal. */
  readonly notInPdf?: string;
}

/** A descriptor table: one descriptor per key. */
export type FieldTableOf<K extends string> = { readonly [P in K]: FieldDescriptor };

/**
 * The descriptor table of a schema shape: exactly its keys (translations and their sources excepted), so adding a field to a schema
 * without describing it, or describing a field the schema does not have, is a compile error.
 */
export type FieldTable<Shape> = FieldTableOf<Exclude<keyof Shape, 'i18n' | 'i18nSource'> & string>;

/** The keys of a table whose descriptors say `translatable: true`. */
export type TranslatableKeys<T> = {
  [K in keyof T]: T[K] extends { readonly translatable: true } ? K : never;
}[keyof T] &
  string;

/** The translatable fields of a table, for the schema's `i18n` (`translationsOf`). */
export function translatableKeys<T extends FieldTableOf<string>>(
  table: T,
): readonly [TranslatableKeys<T>, ...TranslatableKeys<T>[]] {
  const keys = Object.keys(table).filter((key) => table[key]?.translatable === true);
  if (keys.length === 0) throw new Error('a table with translations needs at least one translatable field');
  return keys as unknown as readonly [TranslatableKeys<T>, ...TranslatableKeys<T>[]];
}

/** Builders that keep the tables short and uniform. */
export const W = {
  id: { type: 'id' },
  text: { type: 'text' },
  longText: { type: 'text', multiline: true },
  date: { type: 'date' },
  boolean: { type: 'boolean' },
  duration: { type: 'duration' },
  language: { type: 'language' },
  fieldKeys: { type: 'fieldKeys' },
  country: { type: 'country' },
  optionalCountry: { type: 'country', optional: true },
  countries: { type: 'countries' },
  enum: (enumName: EnumName, values: readonly string[], optional = false): Widget =>
    optional ? { type: 'enum', enumName, values, optional } : { type: 'enum', enumName, values },
  enumMulti: (enumName: EnumName, values: readonly string[]): Widget => ({ type: 'enumMulti', enumName, values }),
  link: (to: LinkTarget): Widget => ({ type: 'link', to }),
  links: (to: LinkTarget): Widget => ({ type: 'links', to }),
  object: (fields: FieldTableOf<string>): Widget => ({ type: 'object', fields }),
  list: (fields: FieldTableOf<string>): Widget => ({ type: 'list', fields }),
} as const satisfies Record<string, Widget | ((...args: never[]) => Widget)>;

/** One field of a kind, flattened: its dotted path (`retention.period`) and its descriptor. */
export interface FieldEntry {
  readonly path: string;
  readonly descriptor: FieldDescriptor;
  /** The list or object it belongs to, for sub-fields. */
  readonly parent?: FieldEntry;
}

/** Every field of a table, depth first, sub-fields after their list or object. */
export function flattenFields(table: FieldTableOf<string>, prefix = '', parent?: FieldEntry): FieldEntry[] {
  const out: FieldEntry[] = [];
  for (const [key, descriptor] of Object.entries(table)) {
    const entry: FieldEntry = { path: prefix + key, descriptor, ...(parent ? { parent } : {}) };
    out.push(entry);
    const widget = descriptor.widget;
    if (widget.type === 'object' || widget.type === 'list')
      out.push(...flattenFields(widget.fields, `${entry.path}.`, entry));
  }
  return out;
}
