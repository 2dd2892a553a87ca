/**
 * Keeping translations' source stamps true when texts change. Every write of edited records goes through
 * `stampRecord` (or `stampRegister` for imports that merge a whole register), which compares the record before and
 * after the edit, language by language and field by field:
 * - a stamp the edit set itself (different from the one before) is kept: "still correct", a translator's file;
 * - a new or changed translation is stamped with today's main text: it was written against it;
 * - an unchanged translation keeps its stamp; when it had none and its main text changed in this edit, it gets the
 *   stamp of the main text *before* the edit, so it becomes outdated (no stamp counts as current only until then);
 * - stamps of translations that no longer exist are dropped.
 */
import { TEXT_LANGUAGES, type TextLanguage } from '../i18n/languages';
import { RECORD_KINDS, type AnyRecord, type RecordKind, type Register } from '../model/register';
import { translatableFieldList } from '../model/recordFields';
import { META_TRANSLATABLE_FIELDS } from './registerTexts';
import { sourceStamp } from './sourceStamp';
import { mainTextOf, sourceOf, translationOf, type TranslationHolder } from './translationState';

type Texts = Partial<Record<string, string>>;
type PerLanguage = Partial<Record<TextLanguage, Texts>>;
type Holder = TranslationHolder & Record<string, unknown>;

/** The holder with its `i18nSource` recomputed for `fields`; the same object when nothing changes. */
export function stampHolder<H extends object>(before: object | undefined, after: H, fields: readonly string[]): H {
  const a = after as Holder;
  const b = before as Holder | undefined;
  if (a.i18n === undefined && a.i18nSource === undefined) return after;
  const sources: PerLanguage = {};
  let any = false;
  for (const lang of TEXT_LANGUAGES) {
    for (const field of fields) {
      const translation = translationOf(a, field, lang);
      if (translation === undefined) continue;
      const afterStamp = sourceOf(a, field, lang);
      const beforeStamp = b ? sourceOf(b, field, lang) : undefined;
      const beforeTranslation = b ? translationOf(b, field, lang) : undefined;
      let stamp: string | undefined;
      if (afterStamp !== undefined && afterStamp !== beforeStamp) stamp = afterStamp;
      // A holder new to the register (a new record, an imported one) keeps what it came with: no stamp is current.
      else if (b === undefined) stamp = afterStamp;
      else if (beforeTranslation === undefined || beforeTranslation !== translation)
        stamp = afterStamp ?? sourceStamp(mainTextOf(a, field));
      else if (beforeStamp !== undefined) stamp = beforeStamp;
      // Unstamped and untouched: it stays unstamped (current) unless its main text changed in this very edit.
      else if (mainTextOf(a, field).trim() !== mainTextOf(b, field).trim()) stamp = sourceStamp(mainTextOf(b, field));
      if (stamp === undefined) continue;
      (sources[lang] ??= {})[field] = stamp;
      any = true;
    }
  }
  if (sameSources(a.i18nSource as PerLanguage | undefined, any ? sources : undefined)) return after;
  const out: Record<string, unknown> = { ...a };
  if (any) out['i18nSource'] = sources;
  else delete out['i18nSource'];
  return out as H;
}

function sameSources(x: PerLanguage | undefined, y: PerLanguage | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  const langs = new Set([...Object.keys(x), ...Object.keys(y)]) as Set<TextLanguage>;
  for (const lang of langs) {
    const xs = x[lang] ?? {};
    const ys = y[lang] ?? {};
    const keys = new Set([...Object.keys(xs), ...Object.keys(ys)]);
    if (keys.size === 0 && (x[lang] === undefined) !== (y[lang] === undefined)) return false;
    for (const key of keys) if (xs[key] !== ys[key]) return false;
  }
  return true;
}

/** A record after an edit, with the stamps of its own texts and of its list items' texts brought up to date. */
export function stampRecord<R extends AnyRecord>(kind: RecordKind, before: R | undefined, after: R): R {
  const { fields, nested } = translatableFieldList(kind);
  let out = stampHolder(before, after, fields);
  for (const [list, subFields] of Object.entries(nested)) {
    const items = (out as unknown as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    const beforeItems = new Map<string, object>();
    const old = before ? (before as unknown as Record<string, unknown>)[list] : undefined;
    if (Array.isArray(old))
      for (const item of old as Holder[]) if (typeof item['id'] === 'string') beforeItems.set(item['id'], item);
    let changed = false;
    const stamped = (items as Holder[]).map((item) => {
      const id = item['id'];
      const next = stampHolder(typeof id === 'string' ? beforeItems.get(id) : undefined, item, subFields);
      if (next !== item) changed = true;
      return next;
    });
    if (changed) out = { ...out, [list]: stamped };
  }
  return out;
}

/** A whole register after an import or a merge into `before`: every record compared with its namesake by id. */
export function stampRegister(before: Register | undefined, after: Register): Register {
  const out = { ...after, meta: stampHolder(before?.meta, after.meta, META_TRANSLATABLE_FIELDS) } as Register;
  for (const kind of RECORD_KINDS) {
    const old = new Map<string, AnyRecord>();
    for (const record of (before?.[kind] ?? []) as AnyRecord[]) old.set(record.id, record);
    (out as unknown as Record<RecordKind, AnyRecord[]>)[kind] = (after[kind] as AnyRecord[]).map((record) =>
      stampRecord(kind, old.get(record.id), record),
    );
  }
  return out;
}

/** The holder with a translation set (or removed, for an empty text) and stamped as made from today's main text. */
export function withTranslation<H extends object>(holder: H, field: string, lang: TextLanguage, text: string): H {
  const h = holder as Holder;
  const i18n = structuredClone((h.i18n ?? {}) as PerLanguage);
  const sources = structuredClone((h.i18nSource ?? {}) as PerLanguage);
  const texts = (i18n[lang] ??= {});
  const stamps = (sources[lang] ??= {});
  if (text.trim() === '') {
    delete texts[field];
    delete stamps[field];
  } else {
    texts[field] = text;
    stamps[field] = sourceStamp(mainTextOf(h, field));
  }
  return withParts(h, i18n, sources) as H;
}

/** "Still correct": the translation, unchanged, is stamped as made from today's main text. */
export function confirmTranslation<H extends object>(holder: H, field: string, lang: TextLanguage): H {
  const h = holder as Holder;
  if (translationOf(h, field, lang) === undefined) return holder;
  const sources = structuredClone((h.i18nSource ?? {}) as PerLanguage);
  (sources[lang] ??= {})[field] = sourceStamp(mainTextOf(h, field));
  return withParts(h, (h.i18n ?? {}) as PerLanguage, sources) as H;
}

function withParts(h: Holder, i18n: PerLanguage, sources: PerLanguage): Record<string, unknown> {
  const prune = (parts: PerLanguage): PerLanguage | undefined => {
    const out: PerLanguage = {};
    for (const lang of TEXT_LANGUAGES) {
      const texts = parts[lang];
      if (texts && Object.keys(texts).length > 0) out[lang] = texts;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const out: Record<string, unknown> = { ...h };
  const texts = prune(i18n);
  const stamps = prune(sources);
  if (texts) out['i18n'] = texts;
  else delete out['i18n'];
  if (stamps) out['i18nSource'] = stamps;
  else delete out['i18nSource'];
  return out;
}
