// Texts of the sample register: Dutch main text with optional English and French translations, and the i18n they yield.

/** A text in the register's main language (Dutch) with the translations the DPO has made so far. */
export interface Tx {
  readonly nl: string;
  readonly en?: string;
  readonly fr?: string;
}
export type Text = string | Tx;

const TRANSLATED = ['en', 'fr'] as const;
type Translated = (typeof TRANSLATED)[number];

/** The main-language (Dutch) text. */
export function nl(text: Text): string {
  return typeof text === 'string' ? text : text.nl;
}

/**
 * The `i18n` value for a record's translatable fields, or undefined when nothing is translated, so the record
 * keeps the shape the schema gives it.
 */
export function translations<F extends string>(
  fields: Partial<Record<F, Text | undefined>>,
): Partial<Record<Translated, Partial<Record<F, string>>>> | undefined {
  const out: Partial<Record<Translated, Partial<Record<F, string>>>> = {};
  for (const lang of TRANSLATED) {
    const perField: Partial<Record<F, string>> = {};
    let any = false;
    for (const field of Object.keys(fields) as F[]) {
      const value = fields[field];
      if (value === undefined || typeof value === 'string') continue;
      const translated = value[lang];
      if (translated !== undefined) {
        perField[field] = translated;
        any = true;
      }
    }
    if (any) out[lang] = perField;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Adds `key: value` to a fresh object only when value is defined (optional fields stay absent, not undefined). */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  if (value !== undefined) out[key] = value;
  return out;
}
