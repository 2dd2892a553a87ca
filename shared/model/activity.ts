/**
 * A processing activity of the controller register (Art. 30(1) a–g) with what a DPO adds: business process and
 * owner, legal bases with the national law behind them, lifecycle, DPIA, automated decisions and reviews.
 */
import { z } from 'zod';
import { LEGAL_GROUND_CODES } from '../catalogue/legalGrounds';
import { idListSchema, idSchema, isoDateSchema, recordBase, translationsOf } from './primitives';
import { retentionRuleSchema } from './retention';

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

export const purposeSchema = z.object({
  id: idSchema,
  description: z.string().trim().min(1, 'must not be empty'),
  i18n: translationsOf(['description']),
});
export type Purpose = z.infer<typeof purposeSchema>;

export const legalBasisSchema = z.object({
  id: idSchema,
  ground: z.enum(LEGAL_GROUND_CODES),
  /** The national law, ISC deliberation or agreement that supports the ground. */
  legalReferenceIds: idListSchema,
  /** For legitimate interests: the interest pursued and where the balancing test is kept. */
  explanation: z.string().optional(),
  i18n: translationsOf(['explanation']),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const controllerLinkSchema = z.object({
  organisationId: idSchema,
  role: z.enum(CONTROLLER_ROLES),
});

export const sourceSchema = z.object({
  id: idSchema,
  description: z.string().trim().min(1, 'must not be empty'),
  /** Whether the data come from the data subject (Art. 13) or elsewhere (Art. 14). */
  fromDataSubject: z.boolean().default(false),
  i18n: translationsOf(['description']),
});
export type DataSource = z.infer<typeof sourceSchema>;

export const activitySchema = z.object({
  ...recordBase,
  /** The processing number the organisation uses ("CM-012"). */
  reference: z.string().optional(),
  description: z.string().optional(),
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
  automatedDecision: z
    .object({
      exists: z.boolean(),
      profiling: z.boolean().default(false),
      /** The logic involved and its consequences (Art. 13(2)(f)). */
      logic: z.string().optional(),
    })
    .optional(),
  dpia: z
    .object({
      status: z.enum(DPIA_STATUSES),
      reference: z.string().optional(),
      date: isoDateSchema.optional(),
    })
    .optional(),
  /** Software or systems used (the CNIL sheet asks). */
  systems: z.string().optional(),
  status: z.enum(ACTIVITY_STATUSES).default('draft'),
  startDate: isoDateSchema.optional(),
  endDate: isoDateSchema.optional(),
  replacedByActivityId: idSchema.optional(),
  lastReviewDate: isoDateSchema.optional(),
  nextReviewDate: isoDateSchema.optional(),
  i18n: translationsOf(['name', 'description', 'businessProcess', 'owner', 'securityNotes', 'systems', 'notes']),
});
export type Activity = z.infer<typeof activitySchema>;
export type ActivityInput = z.input<typeof activitySchema>;
