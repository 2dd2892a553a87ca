/** Categories of personal data (Art. 30(1)(c)): ordinary, special (Art. 9), criminal (Art. 10), national id (Art. 87). */
import { z } from 'zod';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { baseFields, recordBase, translationParts } from './primitives';

export const DATA_CATEGORY_KINDS = ['ordinary', 'special', 'criminal', 'national-id'] as const;
export type DataCategoryKind = (typeof DATA_CATEGORY_KINDS)[number];

/** The kinds of special-category data Art. 9(1) names. */
export const SPECIAL_DATA_TYPES = [
  'racial-ethnic-origin',
  'political-opinions',
  'religious-beliefs',
  'trade-union-membership',
  'genetic',
  'biometric',
  'health',
  'sex-life-orientation',
] as const;
export type SpecialDataType = (typeof SPECIAL_DATA_TYPES)[number];

/** Families of the CNIL register sheet, to group categories the way auditors expect. */
export const DATA_CATEGORY_FAMILIES = [
  'identity',
  'personal-life',
  'professional-life',
  'economic-financial',
  'connection',
  'location',
  'online-identifiers',
  'social-security',
  'health',
  'other',
] as const;
export type DataCategoryFamily = (typeof DATA_CATEGORY_FAMILIES)[number];

const dataCategoryShape = {
  ...recordBase,
  kind: z.enum(DATA_CATEGORY_KINDS),
  specialTypes: z.array(z.enum(SPECIAL_DATA_TYPES)).default([]),
  family: z.enum(DATA_CATEGORY_FAMILIES).optional(),
  description: z.string().optional(),
};

export const dataCategoryFields = {
  id: baseFields.id,
  name: { ...baseFields.name, width: 36, art30: ['1c'] },
  kind: {
    widget: W.enum('dataCategoryKind', DATA_CATEGORY_KINDS),
    art30: ['1c'],
    section: 'main',
    width: 36,
    initial: 'ordinary',
  },
  specialTypes: { widget: W.enumMulti('specialDataType', SPECIAL_DATA_TYPES), section: 'main', width: 30 },
  family: { widget: W.enum('dataCategoryFamily', DATA_CATEGORY_FAMILIES, true), section: 'main', width: 30 },
  description: { widget: W.longText, translatable: true, section: 'main' },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof dataCategoryShape>;

export const dataCategorySchema = z.object({
  ...dataCategoryShape,
  ...translationParts(translatableKeys(dataCategoryFields)),
});
export type DataCategory = z.infer<typeof dataCategorySchema>;
