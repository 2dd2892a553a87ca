/**
 * Legal references an activity's legal basis rests on: a GDPR provision, a statute with its article, a
 * deliberation of the Information Security Committee (number and date), or a protocol or agreement.
 */
import { z } from 'zod';
import { LEGAL_GROUND_CODES } from '../catalogue/legalGrounds';
import { isoDateSchema, recordBase, translationsOf } from './primitives';

const common = {
  ...recordBase,
  description: z.string().optional(),
  /** Where the text can be read (Belgian Official Gazette, ksz-bcss.fgov.be, ...); shown, never fetched. */
  url: z.string().optional(),
};
const i18n = translationsOf(['name', 'description', 'notes']);

export const gdprReferenceSchema = z.object({
  ...common,
  kind: z.literal('gdpr'),
  provision: z.enum(LEGAL_GROUND_CODES),
  i18n,
});
export const statuteReferenceSchema = z.object({
  ...common,
  kind: z.literal('statute'),
  /** Date of the act, e.g. 1994-07-14 for the coordinated Act on compulsory health insurance. */
  date: isoDateSchema.optional(),
  article: z.string().optional(),
  i18n,
});
export const iscDeliberationSchema = z.object({
  ...common,
  kind: z.literal('isc-deliberation'),
  /** Deliberation number, e.g. "22/080". */
  number: z.string().min(1),
  date: isoDateSchema.optional(),
  chamber: z.enum(['social-security-health', 'federal-government']).optional(),
  i18n,
});
export const agreementReferenceSchema = z.object({
  ...common,
  kind: z.literal('agreement'),
  parties: z.string().optional(),
  date: isoDateSchema.optional(),
  i18n,
});

export const legalReferenceSchema = z.discriminatedUnion('kind', [
  gdprReferenceSchema,
  statuteReferenceSchema,
  iscDeliberationSchema,
  agreementReferenceSchema,
]);
export type LegalReference = z.infer<typeof legalReferenceSchema>;
export type LegalReferenceKind = LegalReference['kind'];
export const LEGAL_REFERENCE_KINDS: readonly LegalReferenceKind[] = ['gdpr', 'statute', 'isc-deliberation', 'agreement'];
