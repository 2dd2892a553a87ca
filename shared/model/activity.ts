/**
 * A processing activity of the controller register (Art. 30(1) a–g) with what a DPO adds: business process and
 * owner, legal bases with the national law behind them, lifecycle, DPIA, automated decisions and reviews.
 */
import { z } from 'zod';
import { LEGAL_GROUND_CODES } from '../catalogue/legalGrounds';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import {
  baseFields,
  idListSchema,
  idSchema,
  isoDateSchema,
  itemIdField,
  recordBase,
  translationParts,
} from './primitives';
import { retentionRuleFields, retentionRuleSchema } from './retention';

export const ACTIVITY_STATUSES = ['draft', 'active', 'retired'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const CONTROLLER_ROLES = ['controller', 'joint-controller'] as const;
export type ControllerRole = (typeof CONTROLLER_ROLES)[number];

/**
 * Characteristics that make a DPIA likely (EDPB WP248 criteria). "Normal" in the GBA model means none apply.
 */
export const PROCESSING_CHARACTERISTICS = [
  'evaluation-scoring',
  'automated-decision-legal-effect',
  'systematic-monitoring',
  'sensitive-data',
  'large-scale',
  'matching-combining',
  'vulnerable-subjects',
  'innovative-technology',
  'prevents-exercising-rights',
] as const;
export type ProcessingCharacteristic = (typeof PROCESSING_CHARACTERISTICS)[number];

export const DPIA_STATUSES = ['not-assessed', 'not-required', 'required', 'in-progress', 'done'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

const purposeShape = {
  id: idSchema,
  description: z.string().trim().min(1, 'must not be empty'),
  /** The purpose as the privacy notice tells it to data subjects, where the register's wording is not meant for them. */
  publicDescription: z.string().optional(),
};
/** Why the register PDF leaves out the wording written for data subjects: the notice is where it belongs. */
const PUBLIC_WORDING_NOT_IN_PDF =
  'wording for data subjects: the privacy notice (shared/notice) shows it; the register PDF shows the register wording';
export const purposeFields = {
  id: itemIdField,
  description: { widget: W.longText, translatable: true, required: true, art30: ['1b'], width: 50 },
  publicDescription: { widget: W.longText, translatable: true, width: 50, notInPdf: PUBLIC_WORDING_NOT_IN_PDF },
} as const satisfies FieldTable<typeof purposeShape>;
export const purposeSchema = z.object({ ...purposeShape, ...translationParts(translatableKeys(purposeFields)) });
export type Purpose = z.infer<typeof purposeSchema>;

const legalBasisShape = {
  id: idSchema,
  ground: z.enum(LEGAL_GROUND_CODES),
  /** The national law, ISC deliberation or agreement that supports the ground. */
  legalReferenceIds: idListSchema,
  /** For legitimate interests: the interest pursued and where the balancing test is kept. */
  explanation: z.string().optional(),
};
export const legalBasisFields = {
  id: itemIdField,
  ground: { widget: { type: 'code', catalogue: 'legalGround', values: LEGAL_GROUND_CODES }, width: 40 },
  legalReferenceIds: { widget: W.links('legalReferences') },
  explanation: { widget: W.longText, translatable: true },
} as const satisfies FieldTable<typeof legalBasisShape>;
export const legalBasisSchema = z.object({
  ...legalBasisShape,
  ...translationParts(translatableKeys(legalBasisFields)),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

const controllerLinkShape = {
  organisationId: idSchema,
  role: z.enum(CONTROLLER_ROLES),
};
export const controllerLinkFields = {
  organisationId: { widget: W.link('organisations'), art30: ['1a'] },
  role: { widget: W.enum('controllerRole', CONTROLLER_ROLES), width: 24 },
} as const satisfies FieldTable<typeof controllerLinkShape>;
export const controllerLinkSchema = z.object(controllerLinkShape);

const sourceShape = {
  id: idSchema,
  description: z.string().trim().min(1, 'must not be empty'),
  /** Whether the data come from the data subject (Art. 13) or elsewhere (Art. 14). */
  fromDataSubject: z.boolean().default(false),
};
export const sourceFields = {
  id: itemIdField,
  description: { widget: W.longText, translatable: true, required: true },
  fromDataSubject: { widget: W.boolean, width: 14 },
} as const satisfies FieldTable<typeof sourceShape>;
export const sourceSchema = z.object({ ...sourceShape, ...translationParts(translatableKeys(sourceFields)) });
export type DataSource = z.infer<typeof sourceSchema>;

const automatedDecisionShape = {
  exists: z.boolean(),
  profiling: z.boolean().default(false),
  /** The logic involved and its consequences (Art. 13(2)(f)). */
  logic: z.string().optional(),
};
const automatedDecisionFields = {
  exists: { widget: W.boolean, width: 14 },
  profiling: { widget: W.boolean, width: 12 },
  logic: { widget: W.longText, width: 36 },
} as const satisfies FieldTable<typeof automatedDecisionShape>;

const dpiaShape = {
  status: z.enum(DPIA_STATUSES),
  reference: z.string().optional(),
  date: isoDateSchema.optional(),
};
const dpiaFields = {
  status: { widget: W.enum('dpiaStatus', DPIA_STATUSES), width: 16 },
  reference: { widget: W.text, width: 16 },
  date: { widget: W.date },
} as const satisfies FieldTable<typeof dpiaShape>;

const activityShape = {
  ...recordBase,
  /** The processing number the organisation uses ("CM-012"). */
  reference: z.string().optional(),
  description: z.string().optional(),
  /** What the privacy notice says of the activity as a whole, in words meant for data subjects. */
  publicSummary: z.string().optional(),
  businessProcess: z.string().optional(),
  owner: z.string().optional(),
  controllers: z.array(controllerLinkSchema).default([]),
  purposes: z.array(purposeSchema).default([]),
  legalBases: z.array(legalBasisSchema).default([]),
  subjectCategoryIds: idListSchema,
  dataCategoryIds: idListSchema,
  sources: z.array(sourceSchema).default([]),
  recipientIds: idListSchema,
  processorIds: idListSchema,
  transferIds: idListSchema,
  retention: z.array(retentionRuleSchema).default([]),
  securityMeasureIds: idListSchema,
  securityNotes: z.string().optional(),
  characteristics: z.array(z.enum(PROCESSING_CHARACTERISTICS)).default([]),
  automatedDecision: z.object(automatedDecisionShape).optional(),
  dpia: z.object(dpiaShape).optional(),
  /** Software or systems used (the CNIL sheet asks). */
  systems: z.string().optional(),
  status: z.enum(ACTIVITY_STATUSES).default('draft'),
  startDate: isoDateSchema.optional(),
  endDate: isoDateSchema.optional(),
  replacedByActivityId: idSchema.optional(),
  lastReviewDate: isoDateSchema.optional(),
  nextReviewDate: isoDateSchema.optional(),
};

/** The activity's fields in the order the editor, the complete workbook and the register file documentation list them. */
export const activityFields = {
  id: baseFields.id,
  name: { ...baseFields.name, width: 36 },
  reference: { widget: W.text, section: 'main', width: 12 },
  description: { widget: W.longText, translatable: true, section: 'main', width: 50 },
  publicSummary: {
    widget: W.longText,
    translatable: true,
    section: 'purposes',
    width: 50,
    notInPdf: PUBLIC_WORDING_NOT_IN_PDF,
  },
  businessProcess: { widget: W.text, translatable: true, section: 'main', width: 24 },
  owner: { widget: W.text, translatable: true, internal: true, section: 'main', width: 20 },
  status: { widget: W.enum('activityStatus', ACTIVITY_STATUSES), section: 'main', width: 12, initial: 'draft' },
  controllers: { widget: W.list(controllerLinkFields), art30: ['1a'], section: 'main' },
  purposes: { widget: W.list(purposeFields), art30: ['1b'], section: 'purposes' },
  legalBases: { widget: W.list(legalBasisFields), section: 'purposes' },
  subjectCategoryIds: { widget: W.links('subjectCategories'), art30: ['1c'], section: 'data' },
  dataCategoryIds: { widget: W.links('dataCategories'), art30: ['1c'], section: 'data' },
  sources: { widget: W.list(sourceFields), section: 'data' },
  recipientIds: { widget: W.links('recipients'), art30: ['1d'], section: 'recipients' },
  processorIds: { widget: W.links('processors'), art30: ['1d'], section: 'recipients' },
  transferIds: { widget: W.links('transfers'), art30: ['1e'], section: 'recipients' },
  retention: { widget: W.list(retentionRuleFields), art30: ['1f'], section: 'retention' },
  securityMeasureIds: { widget: W.links('securityMeasures'), art30: ['1g'], section: 'security' },
  securityNotes: { widget: W.longText, translatable: true, art30: ['1g'], section: 'security' },
  characteristics: {
    widget: W.enumMulti('processingCharacteristic', PROCESSING_CHARACTERISTICS),
    section: 'risk',
    width: 36,
  },
  automatedDecision: { widget: W.object(automatedDecisionFields), section: 'risk' },
  dpia: { widget: W.object(dpiaFields), section: 'risk' },
  systems: { widget: W.text, translatable: true, internal: true, section: 'risk', width: 30 },
  startDate: { widget: W.date, section: 'lifecycle' },
  endDate: { widget: W.date, section: 'lifecycle' },
  replacedByActivityId: { widget: W.link('activities'), section: 'lifecycle', width: 30 },
  lastReviewDate: { widget: W.date, section: 'lifecycle' },
  nextReviewDate: { widget: W.date, section: 'lifecycle' },
  notes: { ...baseFields.notes, section: 'lifecycle' },
} as const satisfies FieldTable<typeof activityShape>;

export const activitySchema = z.object({
  ...activityShape,
  ...translationParts(translatableKeys(activityFields)),
});
export type Activity = z.infer<typeof activitySchema>;
export type ActivityInput = z.input<typeof activitySchema>;
