/** Categories of data subjects (Art. 30(1)(c)): members, employees, care providers, visitors, ... */
import { z } from 'zod';
import { recordBase, translationsOf } from './primitives';

export const subjectCategorySchema = z.object({
  ...recordBase,
  description: z.string().optional(),
  /** Minors, patients, people in need of care: weighs in the DPIA assessment. */
  vulnerable: z.boolean().default(false),
  i18n: translationsOf(['name', 'description', 'notes']),
});
export type SubjectCategory = z.infer<typeof subjectCategorySchema>;
