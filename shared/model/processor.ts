/** Processors (Art. 28) with their data processing agreement, where they process, and their sub-processors. */
import { z } from 'zod';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { addressFields, addressSchema } from './organisation';
import {
  baseFields,
  countrySchema,
  emailSchema,
  idListSchema,
  isoDateSchema,
  recordBase,
  translationParts,
} from './primitives';

const processorShape = {
  ...recordBase,
  enterpriseNumber: z.string().optional(),
  address: addressSchema.optional(),
  email: emailSchema.optional(),
  description: z.string().optional(),
  /** Date the data processing agreement (Art. 28(3)) was signed. */
  contractDate: isoDateSchema.optional(),
  contractReference: z.string().optional(),
  /** Countries where the processor (and its sub-processors) process the data. */
  countries: z.array(countrySchema).default([]),
  subProcessorIds: idListSchema,
  securityCommitments: z.string().optional(),
};

export const processorFields = {
  id: baseFields.id,
  name: { ...baseFields.name, width: 36, art30: ['1d'] },
  enterpriseNumber: { widget: W.text, section: 'main', width: 16 },
  address: { widget: W.object(addressFields), section: 'main' },
  email: { widget: W.text, section: 'main', width: 26 },
  description: { widget: W.longText, translatable: true, section: 'main' },
  contractDate: { widget: W.date, section: 'main' },
  contractReference: { widget: W.text, section: 'main', width: 20 },
  countries: { widget: W.countries, art30: ['1e'], section: 'main', width: 20 },
  subProcessorIds: { widget: W.links('processors'), section: 'main' },
  securityCommitments: { widget: W.longText, translatable: true, art30: ['1g'], section: 'main' },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof processorShape>;

export const processorSchema = z.object({
  ...processorShape,
  ...translationParts(translatableKeys(processorFields)),
});
export type Processor = z.infer<typeof processorSchema>;
