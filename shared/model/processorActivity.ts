/**
 * A processing a group entity carries out on behalf of another controller (Art. 30(2)), e.g. a health fund
 * acting as insurance agent: the processor register, kept apart from the controller register.
 */
import { z } from 'zod';
import { ACTIVITY_STATUSES } from './activity';
import { idListSchema, idSchema, isoDateSchema, recordBase, translationsOf } from './primitives';

export const processingCategorySchema = z.object({
  id: idSchema,
  description: z.string().trim().min(1, 'must not be empty'),
  i18n: translationsOf(['description']),
});

export const processorActivitySchema = z.object({
  ...recordBase,
  reference: z.string().optional(),
  /** The group entity acting as processor. */
  processorOrganisationId: idSchema.optional(),
  /** Each controller on whose behalf it acts (Art. 30(2)(a)). */
  controllerOrganisationIds: idListSchema,
  /** Categories of processing carried out for those controllers (Art. 30(2)(b)). */
  processingCategories: z.array(processingCategorySchema).default([]),
  subProcessorIds: idListSchema,
  transferIds: idListSchema,
  securityMeasureIds: idListSchema,
  securityNotes: z.string().optional(),
  contractDate: isoDateSchema.optional(),
  status: z.enum(ACTIVITY_STATUSES).default('draft'),
  startDate: isoDateSchema.optional(),
  endDate: isoDateSchema.optional(),
  lastReviewDate: isoDateSchema.optional(),
  nextReviewDate: isoDateSchema.optional(),
  i18n: translationsOf(['name', 'securityNotes', 'notes']),
});
export type ProcessorActivity = z.infer<typeof processorActivitySchema>;
