/**
 * Stamping the translations of data written before translations remembered their source (register files of version
 * 2 and older, databases of storage version 2): each translation is taken to be a translation of the main text it sits
 * beside today, as the issue asks ("translations in older files count as current"), and from then on a change of that
 * main text makes it outdated. Works on raw JSON (a migration step runs before the schema), walking every object
 * that has an `i18n`, so no list of record kinds can fall out of date here.
 */
import { sourceStamp } from './sourceStamp';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A copy of `value` with every unstamped translation stamped; values without translations are returned as they are. */
export function stampLegacyTranslations<T>(value: T): T {
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item: unknown) => {
      const next = stampLegacyTranslations(item);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? out : value) as T;
  }
  if (!isObject(value)) return value;
  let out: Raw | undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'i18n' || key === 'i18nSource') continue;
    const next = stampLegacyTranslations(child);
    if (next !== child) (out ??= { ...value })[key] = next;
  }
  const i18n = value['i18n'];
  if (isObject(i18n)) {
    const sources: Raw = isObject(value['i18nSource']) ? structuredClone(value['i18nSource']) : {};
    let added = false;
    for (const [lang, texts] of Object.entries(i18n)) {
      if (!isObject(texts)) continue;
      for (const [field, text] of Object.entries(texts)) {
        const main = value[field];
        if (typeof text !== 'string' || text.trim() === '' || typeof main !== 'string') continue;
        const stamps = isObject(sources[lang]) ? (sources[lang] as Raw) : (sources[lang] = {});
        if (stamps[field] !== undefined) continue;
        stamps[field] = sourceStamp(main);
        added = true;
      }
    }
    if (added) (out ??= { ...value })['i18nSource'] = sources;
  }
  return (out ?? value) as T;
}

/**
 * The value without any source stamps: a file written before version 3 as it was fingerprinted, so reading it checks
 * its stored fingerprint against what it held rather than against the stamps the migration added.
 */
export function withoutSourceStamps<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutSourceStamps(item)) as T;
  if (!isObject(value)) return value;
  const out: Raw = {};
  for (const [key, child] of Object.entries(value)) if (key !== 'i18nSource') out[key] = withoutSourceStamps(child);
  return out as T;
}
