/**
 * Organisations named in the register: the group's controllers, joint controllers, external controllers a group
 * entity processes for (Art. 30(2)), representatives, the DPO and the supervisory authority (Art. 30(1)(a)).
 */
import { z } from 'zod';
import { countrySchema, emailSchema, recordBase, translationsOf, idListSchema } from './primitives';

export const ORGANISATION_KINDS = [
  'controller',
  'joint-controller',
  'external-controller',
  'representative',
  'dpo',
  'supervisory-authority',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const addressSchema = z.object({
  street: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  country: countrySchema.optional(),
});
export type Address = z.infer<typeof addressSchema>;

export const organisationSchema = z.object({
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
  i18n: translationsOf(['name', 'jointArrangement', 'notes']),
});
export type Organisation = z.infer<typeof organisationSchema>;
