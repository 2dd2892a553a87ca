/**
 * Retention rules (Art. 30(1)(f)): a period (ISO 8601 duration) or, where no figure exists, a criterion; what
 * starts it; and the data categories or purposes it covers. One activity may hold several rules.
 */
import { z } from 'zod';
import { durationSchema, idListSchema, idSchema, translationsOf } from './primitives';

export const retentionRuleSchema = z.object({
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
  i18n: translationsOf(['criterion', 'trigger']),
});
export type RetentionRule = z.infer<typeof retentionRuleSchema>;
