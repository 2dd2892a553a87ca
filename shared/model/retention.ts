/**
 * Retention rules (Art. 30(1)(f)): a period (ISO 8601 duration) or, where no figure exists, a criterion; what
 * starts it; and the data categories or purposes it covers. One activity may hold several rules.
 */
import { z } from 'zod';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { durationSchema, idListSchema, idSchema, itemIdField, translationParts } from './primitives';

const retentionRuleShape = {
  id: idSchema,
  /** e.g. P18M; absent when only a criterion can be given. */
  period: durationSchema.optional(),
  /** When no figure exists: "until the end of the project", "as long as the membership lasts". */
  criterion: z.string().optional(),
  /** The event that starts the period: "end of the call", "end of membership". */
  trigger: z.string().optional(),
  /** Purposes of the activity (ids of its purposes) that this rule is for. */
  purposeIds: idListSchema,
  dataCategoryIds: idListSchema,
  legalReferenceIds: idListSchema,
};

export const retentionRuleFields = {
  id: itemIdField,
  period: { widget: W.duration, art30: ['1f'], width: 14 },
  criterion: { widget: W.longText, translatable: true, art30: ['1f'] },
  trigger: { widget: W.text, translatable: true, width: 24 },
  purposeIds: { widget: W.links('ownPurposes') },
  dataCategoryIds: { widget: W.links('dataCategories') },
  legalReferenceIds: { widget: W.links('legalReferences') },
} as const satisfies FieldTable<typeof retentionRuleShape>;

export const retentionRuleSchema = z.object({
  ...retentionRuleShape,
  ...translationParts(translatableKeys(retentionRuleFields)),
});
export type RetentionRule = z.infer<typeof retentionRuleSchema>;
