/**
 * The register: its metadata and one array per record kind, under the names the register file uses.
 */
import { z } from 'zod';
import { TEXT_LANGUAGES } from '../i18n/languages';
import { activityFields, activitySchema } from './activity';
import { dataCategoryFields, dataCategorySchema } from './dataCategory';
import { legalReferenceFields, legalReferenceSchema } from './legalReference';
import { organisationFields, organisationSchema } from './organisation';
import { translatableKeys, W, type FieldTable, type FieldTableOf } from './fieldDescriptor';
import { isoDateSchema, translationParts } from './primitives';
import { processorFields, processorSchema } from './processor';
import { processorActivityFields, processorActivitySchema } from './processorActivity';
import { recipientFields, recipientSchema } from './recipient';
import { securityMeasureFields, securityMeasureSchema } from './securityMeasure';
import { subjectCategoryFields, subjectCategorySchema } from './subjectCategory';
import { transferFields, transferSchema } from './transfer';

const registerMetaShape = {
  title: z.string().trim().min(1, 'must not be empty'),
  /** The language the register is written in; exports in another language fall back to it, visibly. */
  mainLanguage: z.enum(TEXT_LANGUAGES),
  /** The group or organisation the register belongs to, as shown on covers and page headers. */
  organisationName: z.string().optional(),
  description: z.string().optional(),
  createdOn: isoDateSchema.optional(),
  /**
   * Fields the DPO keeps internal in this register besides those the descriptors mark (`activities.businessProcess`):
   * left out of the authority workbook and the PDF unless an internal edition is asked for.
   */
  internalFields: z.array(z.string().regex(/^[a-zA-Z]+\.[a-zA-Z.]+$/, 'must be kind.field')).optional(),
  /**
   * The privacy notice's fixed paragraphs as the DPO rewrote them (shared/notice): absent, the product's default text
   * of each language is used. Placeholders such as `{controllers}` are filled in when the notice is made.
   */
  noticeIntroduction: z.string().optional(),
  noticeRights: z.string().optional(),
  noticeExercise: z.string().optional(),
  noticeComplaints: z.string().optional(),
};

/** The notice paragraphs are edited where the notice is previewed, not among the register's settings. */
const noticeTemplateField = {
  widget: W.longText,
  translatable: true,
  width: 60,
  notInEditor: 'edited on the Privacy notice screen, beside the preview',
  notInPdf: 'a text of the privacy notice, not of the register',
} as const;

export const registerMetaFields = {
  title: { widget: W.text, translatable: true, required: true, section: 'main', width: 40 },
  mainLanguage: { widget: W.language, section: 'main', width: 16 },
  organisationName: { widget: W.text, translatable: true, section: 'main', width: 36 },
  description: { widget: W.longText, translatable: true, section: 'main', width: 60 },
  createdOn: { widget: W.date, section: 'main', width: 14, notInEditor: 'set when the register is created' },
  internalFields: {
    widget: W.fieldKeys,
    width: 40,
    notInEditor: 'chosen field by field in Settings',
    notInPdf: 'the PDF leaves these fields out; its edition line says so',
  },
  noticeIntroduction: noticeTemplateField,
  noticeRights: noticeTemplateField,
  noticeExercise: noticeTemplateField,
  noticeComplaints: noticeTemplateField,
} as const satisfies FieldTable<typeof registerMetaShape>;

export const registerMetaSchema = z.object({
  ...registerMetaShape,
  ...translationParts(translatableKeys(registerMetaFields)),
});
export type RegisterMeta = z.infer<typeof registerMetaSchema>;

/**
 * The record kinds, once: each with its schema, its field descriptors and its place in the navigation (the register
 * itself, or the catalogues it draws on), in the order the file and the exports list them. The kind lists, the register schema, the link table and new-record defaults derive
 * from here.
 */
export const RECORD_KIND_TABLE = {
  organisations: { schema: organisationSchema, fields: organisationFields, navigation: 'register', position: 3 },
  activities: { schema: activitySchema, fields: activityFields, navigation: 'register', position: 1 },
  processorActivities: {
    schema: processorActivitySchema,
    fields: processorActivityFields,
    navigation: 'register',
    position: 2,
  },
  recipients: { schema: recipientSchema, fields: recipientFields, navigation: 'register', position: 4 },
  processors: { schema: processorSchema, fields: processorFields, navigation: 'register', position: 5 },
  transfers: { schema: transferSchema, fields: transferFields, navigation: 'register', position: 6 },
  dataCategories: { schema: dataCategorySchema, fields: dataCategoryFields, navigation: 'catalogue', position: 1 },
  subjectCategories: {
    schema: subjectCategorySchema,
    fields: subjectCategoryFields,
    navigation: 'catalogue',
    position: 2,
  },
  securityMeasures: {
    schema: securityMeasureSchema,
    fields: securityMeasureFields,
    navigation: 'catalogue',
    position: 3,
  },
  legalReferences: { schema: legalReferenceSchema, fields: legalReferenceFields, navigation: 'catalogue', position: 4 },
} as const;

export type RecordKind = keyof typeof RECORD_KIND_TABLE;
export const RECORD_KINDS = Object.keys(RECORD_KIND_TABLE) as RecordKind[];

/** The kinds a navigation group lists, in its order. */
export function kindsInNavigation(group: 'register' | 'catalogue'): RecordKind[] {
  return RECORD_KINDS.filter((kind) => RECORD_KIND_TABLE[kind].navigation === group).sort(
    (a, b) => RECORD_KIND_TABLE[a].position - RECORD_KIND_TABLE[b].position,
  );
}

type SchemaOf<K extends RecordKind> = (typeof RECORD_KIND_TABLE)[K]['schema'];
export const RECORD_SCHEMAS = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, RECORD_KIND_TABLE[kind].schema]),
) as { readonly [K in RecordKind]: SchemaOf<K> };

/** The descriptor table of each kind (see fieldDescriptor.ts). */
export const RECORD_FIELDS: { readonly [K in RecordKind]: FieldTableOf<string> } = Object.fromEntries(
  RECORD_KINDS.map((kind): [RecordKind, FieldTableOf<string>] => [kind, RECORD_KIND_TABLE[kind].fields]),
) as Record<RecordKind, FieldTableOf<string>>;

const recordArrays = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, z.array(RECORD_KIND_TABLE[kind].schema).default([])]),
) as { [K in RecordKind]: z.ZodDefault<z.ZodArray<SchemaOf<K>>> };

export const registerSchema = z.object({ meta: registerMetaSchema, ...recordArrays });
export type Register = z.infer<typeof registerSchema>;
export type RegisterInput = z.input<typeof registerSchema>;
/** The record type stored under each kind. */
export type RecordOf<K extends RecordKind> = Register[K][number];
export type AnyRecord = RecordOf<RecordKind>;

export function emptyRegister(meta: Partial<RegisterMeta> = {}): Register {
  return registerSchema.parse({ meta: { title: 'Register of processing activities', mainLanguage: 'nl', ...meta } });
}

/** A register from its metadata and the kinds that hold records; every other kind is an empty list. */
export function completeRegister(parts: Pick<Register, 'meta'> & Partial<Omit<Register, 'meta'>>): Register {
  const lists = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, parts[kind] ?? []])) as Omit<Register, 'meta'>;
  return { ...lists, meta: parts.meta };
}
