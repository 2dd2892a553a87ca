/**
 * The register: its metadata and one array per record kind, under the names the register file uses.
 */
import { z } from 'zod';
import { TEXT_LANGUAGES } from '../i18n/languages';
import { activitySchema } from './activity';
import { dataCategorySchema } from './dataCategory';
import { legalReferenceSchema } from './legalReference';
import { organisationSchema } from './organisation';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { isoDateSchema, translationsOf } from './primitives';
import { processorSchema } from './processor';
import { processorActivitySchema } from './processorActivity';
import { recipientSchema } from './recipient';
import { securityMeasureSchema } from './securityMeasure';
import { subjectCategorySchema } from './subjectCategory';
import { transferSchema } from './transfer';

const registerMetaShape = {
  title: z.string().trim().min(1, 'must not be empty'),
  /** The language the register is written in; exports in another language fall back to it, visibly. */
  mainLanguage: z.enum(TEXT_LANGUAGES),
  /** The group or organisation the register belongs to, as shown on covers and page headers. */
  organisationName: z.string().optional(),
  description: z.string().optional(),
  createdOn: isoDateSchema.optional(),
};

export const registerMetaFields = {
  title: { widget: W.text, translatable: true, required: true, section: 'main', width: 40 },
  mainLanguage: { widget: W.language, section: 'main', width: 16 },
  organisationName: { widget: W.text, translatable: true, section: 'main', width: 36 },
  description: { widget: W.longText, translatable: true, section: 'main', width: 60 },
  createdOn: { widget: W.date, section: 'main', width: 14, notInEditor: 'set when the register is created' },
} as const satisfies FieldTable<typeof registerMetaShape>;

export const registerMetaSchema = z.object({
  ...registerMetaShape,
  i18n: translationsOf(translatableKeys(registerMetaFields)),
});
export type RegisterMeta = z.infer<typeof registerMetaSchema>;

/** Record kinds in the order the file, the exports and the navigation list them. */
export const RECORD_SCHEMAS = {
  organisations: organisationSchema,
  activities: activitySchema,
  processorActivities: processorActivitySchema,
  recipients: recipientSchema,
  processors: processorSchema,
  transfers: transferSchema,
  dataCategories: dataCategorySchema,
  subjectCategories: subjectCategorySchema,
  securityMeasures: securityMeasureSchema,
  legalReferences: legalReferenceSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

export const registerSchema = z.object({
  meta: registerMetaSchema,
  organisations: z.array(organisationSchema).default([]),
  activities: z.array(activitySchema).default([]),
  processorActivities: z.array(processorActivitySchema).default([]),
  recipients: z.array(recipientSchema).default([]),
  processors: z.array(processorSchema).default([]),
  transfers: z.array(transferSchema).default([]),
  dataCategories: z.array(dataCategorySchema).default([]),
  subjectCategories: z.array(subjectCategorySchema).default([]),
  securityMeasures: z.array(securityMeasureSchema).default([]),
  legalReferences: z.array(legalReferenceSchema).default([]),
});
export type Register = z.infer<typeof registerSchema>;
export type RegisterInput = z.input<typeof registerSchema>;
/** The record type stored under each kind. */
export type RecordOf<K extends RecordKind> = Register[K][number];
export type AnyRecord = RecordOf<RecordKind>;

export function emptyRegister(meta: Partial<RegisterMeta> = {}): Register {
  return registerSchema.parse({ meta: { title: 'Register of processing activities', mainLanguage: 'nl', ...meta } });
}
