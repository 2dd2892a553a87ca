/**
 * What the editor of each record kind shows, field by field: derived from the field descriptors beside the schemas
 * (`shared/model/`), so a field added to a schema with its descriptor appears in the form without an edit here.
 * The generic editor renders these specs; labels come from the register's words.
 */
import type { EnumName } from '../../shared/catalogue/enumLabels';
import type { UiMessageKey } from '../app/messages';
import { RECORD_FIELDS, RECORD_KINDS, type RecordKind } from '../../shared/model';
import type { EditorSection, FieldDescriptor, FieldTableOf, LinkKind } from '../../shared/model/fieldDescriptor';
import { isFieldKey, type FieldKey } from '../../shared/model/words';

export type NestedEditor =
  | 'controllers'
  | 'purposes'
  | 'legalBases'
  | 'sources'
  | 'retention'
  | 'processingCategories'
  | 'automatedDecision'
  | 'dpia';

export type FieldSpec =
  | { type: 'text'; field: FieldKey; multiline?: boolean; required?: boolean }
  | { type: 'date'; field: FieldKey }
  | { type: 'boolean'; field: FieldKey }
  | { type: 'enum'; field: FieldKey; enumName: EnumName; values: readonly string[]; optional?: boolean }
  | { type: 'enumMulti'; field: FieldKey; enumName: EnumName; values: readonly string[] }
  | {
      type: 'code';
      field: FieldKey;
      catalogue: 'legalGround' | 'transferMechanism';
      values: readonly string[];
      optional?: boolean;
    }
  | { type: 'country'; field: FieldKey; optional?: boolean }
  | { type: 'countries'; field: FieldKey }
  | { type: 'link'; field: FieldKey; to: LinkKind }
  | { type: 'links'; field: FieldKey; to: LinkKind }
  | { type: 'nested'; field: FieldKey; editor: NestedEditor };

export interface FormSection {
  /** The section heading, or none (the first section, or one whose only field has its own legend). */
  title?: UiMessageKey;
  fields: FieldSpec[];
  /** Only shown when the draft's `kind` is one of these (legal references differ per kind). */
  whenKind?: readonly string[];
}

/**
 * The sub-fields each hand-made nested editor (fields/NestedEditors.tsx) lets the user edit. The coverage test
 * compares them with the schema, so a sub-field added to a list without its input in the editor fails a test.
 */
export const NESTED_EDITOR_FIELDS: Readonly<Record<NestedEditor, readonly string[]>> = {
  controllers: ['organisationId', 'role'],
  purposes: ['description', 'publicDescription'],
  legalBases: ['ground', 'legalReferenceIds', 'explanation'],
  sources: ['description', 'fromDataSubject'],
  retention: ['period', 'criterion', 'trigger', 'purposeIds', 'dataCategoryIds', 'legalReferenceIds'],
  processingCategories: ['description'],
  automatedDecision: ['exists', 'profiling', 'logic'],
  dpia: ['status', 'reference', 'date'],
};
const NESTED_EDITORS = Object.keys(NESTED_EDITOR_FIELDS) as NestedEditor[];

/** The dotted paths of every field a kind's editor lets the user edit. */
export function editorPaths(kind: RecordKind): Set<string> {
  const out = new Set<string>();
  for (const section of FORMS[kind])
    for (const spec of section.fields) {
      out.add(spec.field);
      if (spec.type === 'nested') for (const sub of NESTED_EDITOR_FIELDS[spec.editor]) out.add(`${spec.field}.${sub}`);
    }
  return out;
}

const SECTION_TITLES: Readonly<Record<EditorSection, UiMessageKey | undefined>> = {
  main: undefined,
  purposes: 'sectionPurposes',
  data: 'sectionData',
  recipients: 'sectionRecipients',
  // The retention editor and the notes carry their own legend.
  retention: undefined,
  security: 'sectionSecurity',
  risk: 'sectionRisk',
  lifecycle: 'sectionLifecycle',
  other: undefined,
};

function isNestedEditor(name: string): name is NestedEditor {
  return (NESTED_EDITORS as readonly string[]).includes(name);
}

/** How the editor shows one top-level field, from its descriptor. */
export function fieldSpec(key: string, descriptor: FieldDescriptor): FieldSpec {
  if (!isFieldKey(key)) throw new Error(`field ${key} has no words in shared/model/words`);
  const field: FieldKey = key;
  const widget = descriptor.widget;
  switch (widget.type) {
    case 'text':
      return {
        type: 'text',
        field,
        multiline: widget.multiline === true,
        ...(descriptor.required ? { required: true } : {}),
      };
    case 'date':
    case 'boolean':
      return { type: widget.type, field };
    case 'enum':
      return {
        type: 'enum',
        field,
        enumName: widget.enumName,
        values: widget.values,
        ...(widget.optional ? { optional: true } : {}),
      };
    case 'enumMulti':
      return { type: 'enumMulti', field, enumName: widget.enumName, values: widget.values };
    case 'code':
      return {
        type: 'code',
        field,
        catalogue: widget.catalogue,
        values: widget.values,
        ...(widget.optional ? { optional: true } : {}),
      };
    case 'country':
      return { type: 'country', field, ...(widget.optional ? { optional: true } : {}) };
    case 'countries':
      return { type: 'countries', field };
    case 'link':
    case 'links':
      if (widget.to === 'ownPurposes') throw new Error(`${key}: links to purposes live inside the retention editor`);
      return { type: widget.type, field, to: widget.to };
    case 'object':
    case 'list':
      if (!isNestedEditor(key))
        throw new Error(`${key}: no nested editor in renderer/editors/fields/NestedEditors.tsx`);
      return { type: 'nested', field, editor: key };
    case 'id':
    case 'duration':
    case 'language':
    case 'fieldKeys':
      throw new Error(`${key}: the record editor has no ${widget.type} input`);
  }
}

/** The sub-fields of an object the form shows one by one (an address), rather than in a nested editor. */
const FLAT_OBJECTS = new Set(['address']);

/**
 * The form of a kind, from its descriptors: fields in descriptor order, grouped into consecutive sections (a new
 * section where the editor section or the `kind` condition changes).
 */
export function formOf(table: FieldTableOf<string>): FormSection[] {
  const sections: FormSection[] = [];
  let current: (FormSection & { section: EditorSection; whenKey: string }) | undefined;
  for (const [key, descriptor] of Object.entries(table)) {
    if (descriptor.notInEditor !== undefined || descriptor.section === undefined) continue;
    const whenKey = descriptor.whenKind?.join() ?? '';
    if (!current || current.section !== descriptor.section || current.whenKey !== whenKey) {
      const title = SECTION_TITLES[descriptor.section];
      current = {
        section: descriptor.section,
        whenKey,
        fields: [],
        ...(title && descriptor.section !== current?.section ? { title } : {}),
        ...(descriptor.whenKind ? { whenKind: descriptor.whenKind } : {}),
      };
      sections.push(current);
    }
    const widget = descriptor.widget;
    if (widget.type === 'object' && FLAT_OBJECTS.has(key)) {
      for (const [sub, subDescriptor] of Object.entries(widget.fields))
        current.fields.push(fieldSpec(`${key}.${sub}`, subDescriptor));
    } else current.fields.push(fieldSpec(key, descriptor));
  }
  return sections.map(({ title, fields, whenKind }) => ({
    fields,
    ...(title ? { title } : {}),
    ...(whenKind ? { whenKind } : {}),
  }));
}

/** Every kind's form, derived from the field descriptors. */
export const FORMS: Readonly<Record<RecordKind, FormSection[]>> = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, formOf(RECORD_FIELDS[kind])]),
) as Record<RecordKind, FormSection[]>;
