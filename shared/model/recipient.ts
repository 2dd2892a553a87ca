/** Recipients of personal data (Art. 30(1)(d)): internal or external, with the country they are in. */
import { z } from 'zod';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { baseFields, countrySchema, idListSchema, recordBase, translationParts } from './primitives';

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

const recipientShape = {
  ...recordBase,
  internal: z.boolean(),
  category: z.enum(RECIPIENT_CATEGORIES),
  country: countrySchema,
  description: z.string().optional(),
  /** The legal references that allow or require the disclosure (e.g. a statute, an ISC deliberation). */
  legalReferenceIds: idListSchema,
};

export const recipientFields = {
  id: baseFields.id,
  name: { ...baseFields.name, art30: ['1d'] },
  internal: { widget: W.boolean, section: 'main', width: 10, initial: false },
  category: {
    widget: W.enum('recipientCategory', RECIPIENT_CATEGORIES),
    art30: ['1d'],
    section: 'main',
    width: 26,
    initial: 'other',
  },
  country: { widget: W.country, art30: ['1d', '1e'], section: 'main', width: 20, initial: 'BE' },
  description: { widget: W.longText, translatable: true, section: 'main' },
  legalReferenceIds: { widget: W.links('legalReferences'), section: 'main' },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof recipientShape>;

export const recipientSchema = z.object({
  ...recipientShape,
  ...translationParts(translatableKeys(recipientFields)),
});
export type Recipient = z.infer<typeof recipientSchema>;
