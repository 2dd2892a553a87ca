/** Technical and organisational security measures (Art. 30(1)(g), Art. 32(1)), grouped as the CNIL checklist. */
import { z } from 'zod';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { baseFields, recordBase, translationParts } from './primitives';

export const SECURITY_MEASURE_TYPES = ['technical', 'organisational'] as const;
export type SecurityMeasureType = (typeof SECURITY_MEASURE_TYPES)[number];

export const SECURITY_MEASURE_FAMILIES = [
  'access-control',
  'traceability',
  'software-protection',
  'backup',
  'encryption',
  'processor-control',
  'physical-security',
  'confidentiality',
  'awareness',
  'other',
] as const;
export type SecurityMeasureFamily = (typeof SECURITY_MEASURE_FAMILIES)[number];

const securityMeasureShape = {
  ...recordBase,
  type: z.enum(SECURITY_MEASURE_TYPES),
  family: z.enum(SECURITY_MEASURE_FAMILIES),
  description: z.string().optional(),
};

export const securityMeasureFields = {
  id: baseFields.id,
  name: { ...baseFields.name, width: 36, art30: ['1g', '2d'] },
  type: {
    widget: W.enum('securityMeasureType', SECURITY_MEASURE_TYPES),
    section: 'main',
    width: 16,
    initial: 'organisational',
  },
  family: {
    widget: W.enum('securityMeasureFamily', SECURITY_MEASURE_FAMILIES),
    section: 'main',
    width: 30,
    initial: 'other',
  },
  description: { widget: W.longText, translatable: true, art30: ['1g', '2d'], section: 'main', width: 50 },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof securityMeasureShape>;

export const securityMeasureSchema = z.object({
  ...securityMeasureShape,
  ...translationParts(translatableKeys(securityMeasureFields)),
});
export type SecurityMeasure = z.infer<typeof securityMeasureSchema>;
