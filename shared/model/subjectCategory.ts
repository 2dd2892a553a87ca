/** Categories of data subjects (Art. 30(1)(c)): members, employees, care providers, visitors, ... */
import { z } from 'zod';
import { translatableKeys, W, type FieldTable } from './fieldDescriptor';
import { baseFields, recordBase, translationParts } from './primitives';

const subjectCategoryShape = {
  ...recordBase,
  description: z.string().optional(),
  /** Minors, patients, people in need of care: weighs in the DPIA assessment. */
  vulnerable: z.boolean().default(false),
};

export const subjectCategoryFields = {
  id: baseFields.id,
  name: { ...baseFields.name, width: 36, art30: ['1c'] },
  description: { widget: W.longText, translatable: true, section: 'main' },
  vulnerable: { widget: W.boolean, section: 'main', width: 14 },
  notes: baseFields.notes,
} as const satisfies FieldTable<typeof subjectCategoryShape>;

export const subjectCategorySchema = z.object({
  ...subjectCategoryShape,
  ...translationParts(translatableKeys(subjectCategoryFields)),
});
export type SubjectCategory = z.infer<typeof subjectCategorySchema>;
