/**
 * Transfers to a third country or international organisation (Art. 30(1)(e), Chapter V): to whom, where, on
 * which ground, and the documentation Art. 49 demands.
 */
import { z } from 'zod';
import { TRANSFER_MECHANISM_CODES } from '../catalogue/transferMechanisms';
import { countrySchema, idSchema, recordBase, translationsOf } from './primitives';

export const transferSchema = z.object({
  ...recordBase,
  recipientId: idSchema.optional(),
  processorId: idSchema.optional(),
  country: countrySchema,
  /** An international organisation instead of (or within) a country. */
  internationalOrganisation: z.string().optional(),
  mechanism: z.enum(TRANSFER_MECHANISM_CODES).optional(),
  /** The instrument relied on: which standard contractual clauses, BCR approval, code or certification. */
  instrument: z.string().optional(),
  /** Documentation of the suitable safeguards (Art. 49(1) second subparagraph, Art. 49(6), Art. 30(1)(e)). */
  documentation: z.string().optional(),
  occasional: z.boolean().optional(),
  description: z.string().optional(),
  i18n: translationsOf(['name', 'instrument', 'documentation', 'description', 'notes']),
});
export type Transfer = z.infer<typeof transferSchema>;
