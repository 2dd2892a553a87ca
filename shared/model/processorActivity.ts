/**
 * A processing a group entity carries out on behalf of another controller (Art. 30(2)), e.g. a health fund
 * acting as insurance agent: the processor register, kept apart from the controller register.
 */
import { z } from 'zod';
import { ACTIVITY_STATUSES } from './activity';
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

const processingCategoryShape = {
  id: idSchema,
  description: z.string().trim().min(1, 'must not be empty'),
};
export const processingCategoryFields = {
  id: itemIdField,
  description: { widget: W.longText, translatable: true, required: true, art30: ['2b'], width: 50 },
} as const satisfies FieldTable<typeof processingCategoryShape>;
export const processingCategorySchema = z.object({
  ...processingCategoryShape,
  ...translationParts(translatableKeys(processingCategoryFields)),
});

const processorActivityShape = {
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
};

export const processorActivityFields = {
  id: baseFields.id,
  reference: { widget: W.text, section: 'main', width: 12 },
  name: baseFields.name,
  processorOrganisationId: { widget: W.link('organisations'), art30: ['2a'], section: 'main', width: 30 },
  controllerOrganisationIds: { widget: W.links('organisations'), art30: ['2a'], section: 'main', width: 30 },
  processingCategories: { widget: W.list(processingCategoryFields), art30: ['2b'], section: 'main' },
  subProcessorIds: { widget: W.links('processors'), art30: ['2a'], section: 'main' },
  transferIds: { widget: W.links('transfers'), art30: ['2c'], section: 'main' },
  securityMeasureIds: { widget: W.links('securityMeasures'), art30: ['2d'], section: 'main' },
  securityNotes: { widget: W.longText, translatable: true, art30: ['2d'], section: 'main' },
  contractDate: { widget: W.date, section: 'main' },
  status: { widget: W.enum('activityStatus', ACTIVITY_STATUSES), section: 'main', width: 12, initial: 'draft' },
  startDate: { widget: W.date, section: 'main' },
  endDate: { widget: W.date, section: 'main' },
  lastReviewDate: { widget: W.date, section: 'main' },
  nextReviewDate: { widget: W.date, section: 'main' },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof processorActivityShape>;

export const processorActivitySchema = z.object({
  ...processorActivityShape,
  ...translationParts(translatableKeys(processorActivityFields)),
});
export type ProcessorActivity = z.infer<typeof processorActivitySchema>;
