/**
 * Legal references an activity's legal basis rests on: a GDPR provision, a statute with its article, a
 * deliberation of the Information Security Committee (number and date), or a protocol or agreement.
 */
import { z } from 'zod';
import { LEGAL_GROUND_CODES } from '../catalogue/legalGrounds';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { baseFields, isoDateSchema, recordBase, translationParts } from './primitives';

export const LEGAL_REFERENCE_KINDS = ['gdpr', 'statute', 'isc-deliberation', 'agreement'] as const;
export type LegalReferenceKind = (typeof LEGAL_REFERENCE_KINDS)[number];
export const ISC_CHAMBERS = ['social-security-health', 'federal-government'] as const;
/** The chambers of the Information Security Committee. */
export type IscChamber = (typeof ISC_CHAMBERS)[number];

const common = {
  ...recordBase,
  description: z.string().optional(),
  /** Where the text can be read (Belgian Official Gazette, ksz-bcss.fgov.be, ...); shown, never fetched. */
  url: z.string().optional(),
};

/** Every field any kind of legal reference has; `whenKind` says which kinds show it. */
const allShapes = {
  ...common,
  kind: z.enum(LEGAL_REFERENCE_KINDS),
  provision: z.enum(LEGAL_GROUND_CODES),
  date: isoDateSchema.optional(),
  article: z.string().optional(),
  number: z.string().min(1),
  chamber: z.enum(ISC_CHAMBERS).optional(),
  parties: z.string().optional(),
};

export const legalReferenceFields = {
  id: baseFields.id,
  name: baseFields.name,
  kind: { widget: W.enum('legalReferenceKind', LEGAL_REFERENCE_KINDS), section: 'main', width: 30, initial: 'statute' },
  provision: {
    widget: { type: 'code', catalogue: 'legalGround', values: LEGAL_GROUND_CODES },
    section: 'main',
    whenKind: ['gdpr'],
    width: 30,
  },
  /** Date of the act, e.g. 1994-07-14 for the coordinated Act on compulsory health insurance. */
  date: { widget: W.date, section: 'main', whenKind: ['statute', 'isc-deliberation', 'agreement'] },
  article: { widget: W.text, section: 'main', whenKind: ['statute'], width: 14 },
  /** Deliberation number, e.g. "22/080". */
  number: { widget: W.text, section: 'main', whenKind: ['isc-deliberation'], width: 12 },
  chamber: {
    widget: W.enum('iscChamber', ISC_CHAMBERS, true),
    section: 'main',
    whenKind: ['isc-deliberation'],
    width: 26,
  },
  parties: { widget: W.text, section: 'main', whenKind: ['agreement'], width: 26 },
  description: { widget: W.longText, translatable: true, section: 'main' },
  url: { widget: W.text, section: 'main', width: 30 },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof allShapes>;

const translations = translationParts(translatableKeys(legalReferenceFields));

export const gdprReferenceSchema = z.object({
  ...common,
  kind: z.literal('gdpr'),
  provision: allShapes.provision,
  ...translations,
});
export const statuteReferenceSchema = z.object({
  ...common,
  kind: z.literal('statute'),
  date: allShapes.date,
  article: allShapes.article,
  ...translations,
});
export const iscDeliberationSchema = z.object({
  ...common,
  kind: z.literal('isc-deliberation'),
  number: allShapes.number,
  date: allShapes.date,
  chamber: allShapes.chamber,
  ...translations,
});
export const agreementReferenceSchema = z.object({
  ...common,
  kind: z.literal('agreement'),
  parties: allShapes.parties,
  date: allShapes.date,
  ...translations,
});

export const legalReferenceSchema = z.discriminatedUnion('kind', [
  gdprReferenceSchema,
  statuteReferenceSchema,
  iscDeliberationSchema,
  agreementReferenceSchema,
]);
export type LegalReference = z.infer<typeof legalReferenceSchema>;
