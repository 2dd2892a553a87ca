/**
 * Organisations named in the register: the group's controllers, joint controllers, external controllers a group
 * entity processes for (Art. 30(2)), representatives, the DPO and the supervisory authority (Art. 30(1)(a)).
 */
import { z } from 'zod';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { baseFields, countrySchema, emailSchema, idListSchema, recordBase, translationParts } from './primitives';

export const ORGANISATION_KINDS = [
  'controller',
  'joint-controller',
  'external-controller',
  'representative',
  'dpo',
  'supervisory-authority',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

const addressShape = {
  street: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  country: countrySchema.optional(),
};
export const addressFields = {
  street: { widget: W.text, width: 30 },
  postalCode: { widget: W.text, width: 10 },
  city: { widget: W.text, width: 20 },
  country: { widget: W.optionalCountry, width: 18 },
} as const satisfies FieldTable<typeof addressShape>;
export const addressSchema = z.object(addressShape);
export type Address = z.infer<typeof addressSchema>;

const organisationShape = {
  ...recordBase,
  kind: z.enum(ORGANISATION_KINDS),
  /** Belgian enterprise number (KBO/BCE), written `0411.702.543`; other countries' registration numbers too. */
  enterpriseNumber: z.string().optional(),
  address: addressSchema.optional(),
  email: emailSchema.optional(),
  phone: z.string().optional(),
  website: z.string().optional(),
  contactPerson: z.string().optional(),
  /** For a DPO: whether the DPO is a member of staff (the GBA model asks). */
  dpoIsStaff: z.boolean().optional(),
  /** For a DPO or representative: the organisations it serves. */
  servesOrganisationIds: idListSchema,
  /** For a joint controller: the essence of the arrangement (Art. 26(2)). */
  jointArrangement: z.string().optional(),
};

export const organisationFields = {
  id: baseFields.id,
  name: { ...baseFields.name, art30: ['1a', '2a'] },
  kind: { widget: W.enum('organisationKind', ORGANISATION_KINDS), section: 'main', width: 24, initial: 'controller' },
  enterpriseNumber: { widget: W.text, section: 'main', width: 16 },
  address: { widget: W.object(addressFields), art30: ['1a', '2a'], section: 'main' },
  email: { widget: W.text, art30: ['1a', '2a'], section: 'main', width: 26 },
  phone: { widget: W.text, section: 'main', width: 16 },
  website: { widget: W.text, section: 'main', width: 22 },
  contactPerson: { widget: W.text, section: 'main', width: 22 },
  dpoIsStaff: { widget: W.boolean, section: 'main', width: 12 },
  servesOrganisationIds: { widget: W.links('organisations'), section: 'main' },
  jointArrangement: { widget: W.longText, translatable: true, art30: ['1a'], section: 'main' },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof organisationShape>;

export const organisationSchema = z.object({
  ...organisationShape,
  ...translationParts(translatableKeys(organisationFields)),
});
export type Organisation = z.infer<typeof organisationSchema>;
