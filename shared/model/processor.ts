/** Processors (Art. 28) with their data processing agreement, where they process, and their sub-processors. */
import { z } from 'zod';
import { addressSchema } from './organisation';
import { countrySchema, emailSchema, idListSchema, isoDateSchema, recordBase, translationsOf } from './primitives';

export const processorSchema = z.object({
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
  i18n: translationsOf(['name', 'description', 'securityCommitments', 'notes']),
});
export type Processor = z.infer<typeof processorSchema>;
