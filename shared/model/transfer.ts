/**
 * Transfers to a third country or international organisation (Art. 30(1)(e), Chapter V): to whom, where, on
 * which ground, and the documentation Art. 49 demands.
 */
import { z } from 'zod';
import { TRANSFER_MECHANISM_CODES } from '../catalogue/transferMechanisms';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { baseFields, countrySchema, idSchema, recordBase, translationParts } from './primitives';

const transferShape = {
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
};

export const transferFields = {
  id: baseFields.id,
  name: { ...baseFields.name, width: 36 },
  recipientId: { widget: W.link('recipients'), section: 'main', width: 30 },
  processorId: { widget: W.link('processors'), section: 'main', width: 30 },
  country: { widget: W.country, art30: ['1e', '2c'], section: 'main', width: 20, initial: 'US' },
  internationalOrganisation: { widget: W.text, art30: ['1e', '2c'], section: 'main', width: 24 },
  mechanism: {
    widget: { type: 'code', catalogue: 'transferMechanism', values: TRANSFER_MECHANISM_CODES, optional: true },
    art30: ['1e', '2c'],
    section: 'main',
  },
  instrument: { widget: W.longText, translatable: true, section: 'main', width: 36 },
  documentation: { widget: W.longText, translatable: true, art30: ['1e', '2c'], section: 'main' },
  occasional: { widget: W.boolean, section: 'main', width: 12 },
  description: { widget: W.longText, translatable: true, section: 'main' },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof transferShape>;

export const transferSchema = z.object({
  ...transferShape,
  ...translationParts(translatableKeys(transferFields)),
});
export type Transfer = z.infer<typeof transferSchema>;
