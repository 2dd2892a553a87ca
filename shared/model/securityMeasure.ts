/** Technical and organisational security measures (Art. 30(1)(g), Art. 32(1)), grouped as the CNIL checklist. */
import { z } from 'zod';
import { recordBase, translationsOf } from './primitives';

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

export const securityMeasureSchema = z.object({
  ...recordBase,
  type: z.enum(SECURITY_MEASURE_TYPES),
  family: z.enum(SECURITY_MEASURE_FAMILIES),
  description: z.string().optional(),
  i18n: translationsOf(['name', 'description', 'notes']),
});
export type SecurityMeasure = z.infer<typeof securityMeasureSchema>;
