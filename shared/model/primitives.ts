/**
 * Building blocks every record schema shares: ids, dates, durations, countries and translations.
 * The register file stores exactly these shapes, so each one is validated strictly.
 */
import { z } from 'zod';
import { TEXT_LANGUAGES } from '../i18n/languages';
import { isCountryCode } from '../catalogue/countries';
import { W, type FieldTable } from './fieldDescriptor';

/** Record ids are UUIDs (8-4-4-4-12 hex); the version nibble is not checked so fixed sample ids stay readable. */
export const idSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a UUID (lower-case hex)');
export type Id = z.infer<typeof idSchema>;

export const idListSchema = z.array(idSchema).default([]);

/** A calendar date, ISO 8601 `YYYY-MM-DD`; checked to be a real day (no 2026-02-30). */
export const isoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * A retention or review period as an ISO 8601 duration restricted to calendar units (years, months, weeks,
 * days): a register never needs hours, and calendar units are what statutes use.
 */
export const durationSchema = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'must be an ISO 8601 duration such as P18M or P1Y6M');
export type IsoDuration = z.infer<typeof durationSchema>;

export const countrySchema = z.string().refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code');

export const nonEmptyText = z.string().trim().min(1, 'must not be empty');

export const emailSchema = z.email();

/**
 * Translations of an object's free-text fields: `{ fr: { name: "...", purpose: "..." }, de: {...} }`.
 * The field itself holds the text in the register's main language; a translation never replaces it.
 */
export function translationsOf<const F extends readonly [string, ...string[]]>(fields: F) {
  const perLanguage = z.partialRecord(z.enum(fields), z.string());
  return z.partialRecord(z.enum(TEXT_LANGUAGES), perLanguage).optional();
}

/**
 * The stamp of a main-language text (`sourceStamp` in `shared/translation/sourceStamp.ts`): 16 lower-case hex digits.
 * Kept here, beside the translations it qualifies, because every record schema uses it.
 */
export const sourceStampSchema = z.string().regex(/^[0-9a-f]{16}$/, 'must be a source stamp (16 hex digits)');

/**
 * Where each translation came from: `{ fr: { purpose: "<stamp of the main text it was made from>" } }`. A translation
 * whose stamp differs from the stamp of today's main text is *outdated*; one without a stamp counts as current
 * (a file written by hand or by an older tool). See `shared/translation/`.
 */
export function translationSourcesOf<const F extends readonly [string, ...string[]]>(fields: F) {
  const perLanguage = z.partialRecord(z.enum(fields), sourceStampSchema);
  return z.partialRecord(z.enum(TEXT_LANGUAGES), perLanguage).optional();
}

/** The two translation parts of a schema with translatable fields: the texts and their sources. */
export function translationParts<const F extends readonly [string, ...string[]]>(fields: F) {
  return { i18n: translationsOf(fields), i18nSource: translationSourcesOf(fields) };
}

/** Fields every record has: a stable id and a name in the register's main language. */
export const recordBase = {
  id: idSchema,
  name: nonEmptyText,
  notes: z.string().optional(),
};

/** The descriptors of the fields every record has. */
export const baseFields = {
  id: {
    widget: W.id,
    width: 38,
    notInEditor: 'the app creates ids; they link records and let spreadsheets come back',
    notInPdf: 'ids mean nothing on paper; the PDF names records',
  },
  name: { widget: W.text, translatable: true, required: true, section: 'main', width: 40 },
  notes: { widget: W.longText, translatable: true, internal: true, section: 'other', width: 40 },
} as const satisfies FieldTable<typeof recordBase>;

/** The descriptor of a list item's own id. */
export const itemIdField = {
  widget: W.id,
  width: 38,
  notInEditor: 'the app creates item ids; retention rules point at purposes by them',
  notInPdf: 'ids mean nothing on paper',
} as const;
