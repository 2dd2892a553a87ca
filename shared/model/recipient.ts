/** Recipients of personal data (Art. 30(1)(d)): internal or external, with the country they are in. */
import { z } from 'zod';
import { countrySchema, idListSchema, recordBase, translationsOf } from './primitives';

export const RECIPIENT_CATEGORIES = [
  'public-authority',
  'social-security-institution',
  'health-care',
  'judicial',
  'financial',
  'insurer',
  'auditor',
  'group-entity',
  'private-person',
  'other',
] as const;
export type RecipientCategory = (typeof RECIPIENT_CATEGORIES)[number];

export const recipientSchema = z.object({
  ...recordBase,
  internal: z.boolean(),
  category: z.enum(RECIPIENT_CATEGORIES),
  country: countrySchema,
  description: z.string().optional(),
  /** The legal references that allow or require the disclosure (e.g. a statute, an ISC deliberation). */
  legalReferenceIds: idListSchema,
  i18n: translationsOf(['name', 'description', 'notes']),
});
export type Recipient = z.infer<typeof recipientSchema>;
