/**
 * Importing a file that a translator filled in is planning, not doing: the result is the register with the
 * translations that can be taken over, and what was left out and why, for the user to confirm. The register is
 * applied whole or not at all by the caller.
 *
 * A text is applied only when the main text it was translated from is still the register's: the stamp the file
 * carries must be the stamp of today's main text. Otherwise it is *stale* (the translation is of an older text) and
 * is left out, never applied as if it were current. A text whose record, item or main text is gone is *unknown*. An
 * empty translation, one equal to the current translation, or an outdated translation sent back unrevised is
 * *unchanged*. A file that cannot be read, is not ours, or is in another language is refused as a whole with a
 * TranslationFileError.
 */
import {
  RECORD_SCHEMAS,
  registerMetaSchema,
  type AnyRecord,
  type RecordKind,
  type Register,
} from '../../model/register';
import { mb } from '../../excel/zipGuard';
import { TEXT_LANGUAGES, type TextLanguage, type UiLanguage } from '../../i18n/languages';
import { translate, type MessageParams } from '../../i18n/translate';
import { formatPath } from '../../register/registerFile';
import { forEachRegisterText, parsePlaceKey, placeKey, type RegisterText, type TextPlace } from '../registerTexts';
import { sourceStamp } from '../sourceStamp';
import { withTranslation } from '../stamping';
import { translationOf, translationState } from '../translationState';
import { TranslationFileError } from './errors';
import type { ExchangeEntry, ExchangeFile, ExchangeFormat } from './exchangeFile';
import { placeFieldLabel, recordLabel } from './labels';
import { FILE_TEXTS, PROBLEMS, REASONS, type ProblemKey, type ReasonKey } from './messages';

export interface TranslationImportOptions {
  /**
   * The language the file must be translated into (the workspace's language); a file in another language is
   * refused. Absent: the file's own target language, checked to be one of the register's other languages.
   */
  lang?: TextLanguage;
  /** Language of refusals, problems, reasons and labels; default English. */
  ui?: UiLanguage;
  /** Largest file accepted, in bytes; default 50 MB, as for workbook imports. */
  maxBytes?: number;
}

/** One text of the file, as the preview shows it. */
export interface ImportedText {
  key: string;
  /** Where it is in the file, in the interface language: `unit u12`, `row 14`. */
  at: string;
  /** The record and field, named in the interface language. */
  record: string;
  field: string;
  /** The main text as the file holds it (the one the translator translated). */
  source: string;
  /** The main text today, for a stale text: what the translation is no longer a translation of. */
  currentSource?: string;
  /** The translation in the file. */
  translation: string;
  /** The translation the register holds now, if any (an applied text replaces it). */
  previous?: string;
  /** Why the text is stale, unknown or unchanged. */
  reason?: ReasonKey;
  /** `reason` in the interface language. */
  reasonText?: string;
}

/** A text of the file that could not be taken over as it is. */
export interface TranslationImportProblem {
  at: string;
  key: string;
  record?: string;
  field?: string;
  reason: string;
  /** True when the text was applied nonetheless (cleaned of unsafe characters). */
  applied: boolean;
}

export interface TranslationImportPlan {
  format: ExchangeFormat;
  /** The language the file translates into. */
  lang: TextLanguage;
  /** The register with the applied translations, each stamped as made from today's main text. */
  register: Register;
  applied: ImportedText[];
  stale: ImportedText[];
  unknown: ImportedText[];
  unchanged: ImportedText[];
  problems: TranslationImportProblem[];
}

const MB = 1024 * 1024;
export const DEFAULT_MAX_TRANSLATION_FILE_BYTES = 50 * MB;

const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
// An encrypted workbook is an OLE compound file: the workbook guards say so in their own words.
const isCompoundFile = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/** The text of a supposed XLIFF file: UTF-8 (with or without BOM) or, as some Windows tools write, UTF-16. */
function decodeXml(bytes: Uint8Array): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TranslationFileError('notUtf8');
  }
}

/** Reads the file in whichever of the two formats it is in; the XLIFF and workbook modules load on demand. */
async function readExchangeFile(input: Uint8Array | string, maxBytes: number): Promise<ExchangeFile> {
  // A text's length in UTF-16 units is close enough to its size for a limit meant to stop the absurd.
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size === 0) throw new TranslationFileError('emptyFile');
  if (size > maxBytes) throw new TranslationFileError('tooLarge', { size: mb(size), limit: mb(maxBytes) });
  if (typeof input !== 'string' && (isZip(input) || isCompoundFile(input))) {
    const { readTranslationWorkbook } = await import('./translationWorkbook');
    return readTranslationWorkbook(input, { maxBytes });
  }
  const text = typeof input === 'string' ? input : decodeXml(input);
  if (text.trim() === '') throw new TranslationFileError('emptyFile');
  if (
    !text
      .replace(/^\ufeff/, '')
      .trimStart()
      .startsWith('<')
  )
    throw new TranslationFileError('unknownFormat');
  const { readTranslationXliff } = await import('./xliff');
  return readTranslationXliff(text);
}

/** `fr`, `FR`, `fr-BE` → `fr`: tools may write a regional variant of the language the file was sent in. */
function primaryLanguage(code: string | undefined): string {
  return (code ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function checkLanguages(file: ExchangeFile, register: Register, options: TranslationImportOptions): TextLanguage {
  const main = register.meta.mainLanguage;
  const target = primaryLanguage(file.targetLanguage);
  if (target === '') throw new TranslationFileError('noTargetLanguage');
  if (!(TEXT_LANGUAGES as readonly string[]).includes(target)) {
    throw new TranslationFileError('badLanguage', {
      found: (file.targetLanguage ?? '').slice(0, 40),
      languages: TEXT_LANGUAGES.join(', '),
    });
  }
  const lang = target as TextLanguage;
  if (options.lang !== undefined && lang !== options.lang) {
    throw new TranslationFileError('wrongLanguage', { found: lang, expected: options.lang });
  }
  if (lang === main) throw new TranslationFileError('sameAsMain', { found: lang });
  const source = primaryLanguage(file.sourceLanguage);
  if (source !== '' && source !== main) {
    const known = (TEXT_LANGUAGES as readonly string[]).includes(source);
    throw new TranslationFileError('sourceLanguage', {
      found: known ? source : (file.sourceLanguage ?? '').slice(0, 40),
      expected: main,
    });
  }
  return lang;
}

function recordExists(register: Register, place: TextPlace): boolean {
  if (place.kind === 'meta') return true;
  return (register[place.kind] as readonly AnyRecord[]).some((r) => r.id === place.recordId);
}

/** Why a key that parses names no text of the register: its record (or item) is gone, or its main text is empty. */
function goneReason(register: Register, place: TextPlace): ReasonKey {
  if (place.kind === 'meta') return 'textGone';
  const record = (register[place.kind] as readonly AnyRecord[]).find((r) => r.id === place.recordId);
  if (!record) return 'recordGone';
  if (!place.list) return 'textGone';
  const items = (record as unknown as Record<string, unknown>)[place.list];
  const found = Array.isArray(items) && items.some((item: { id?: unknown }) => item.id === place.itemId);
  return found ? 'textGone' : 'recordGone';
}

/**
 * Plans the import of a file for translators, filled in: `input` is the file's bytes (XLIFF or workbook) or the
 * text of an XLIFF document. Throws TranslationFileError when the file is refused as a whole.
 */
export async function planTranslationImport(
  register: Register,
  input: Uint8Array | string,
  options: TranslationImportOptions = {},
): Promise<TranslationImportPlan> {
  const ui = options.ui ?? 'en';
  const file = await readExchangeFile(input, options.maxBytes ?? DEFAULT_MAX_TRANSLATION_FILE_BYTES);
  if (!file.marked && !file.entries.some((entry) => entry.stamp !== undefined)) {
    throw new TranslationFileError('notOurs');
  }
  const lang = checkLanguages(file, register, options);
  const main = register.meta.mainLanguage;

  const texts = new Map<string, RegisterText>();
  forEachRegisterText(register, (text) => texts.set(placeKey(text), text));

  const plan: Omit<TranslationImportPlan, 'register'> = {
    format: file.format,
    lang,
    applied: [],
    stale: [],
    unknown: [],
    unchanged: [],
    problems: [],
  };
  const reasonText = (reason: ReasonKey): string => translate(REASONS, ui, reason);
  const where = (entry: ExchangeEntry): string =>
    'unit' in entry.at
      ? translate(FILE_TEXTS, ui, 'atUnit', { id: entry.at.unit })
      : translate(FILE_TEXTS, ui, 'atRow', { row: entry.at.row });
  const problem = (entry: ExchangeEntry, key: ProblemKey, params: MessageParams | undefined, applied: boolean) =>
    plan.problems.push({
      at: where(entry),
      key: entry.key,
      ...(entry.record !== undefined ? { record: entry.record } : {}),
      ...(entry.field !== undefined ? { field: entry.field } : {}),
      reason: translate(PROBLEMS, ui, key, params),
      applied,
    });
  const seen = new Set<string>();
  const changes: { text: RegisterText; translation: string }[] = [];

  for (const entry of file.entries) {
    if (entry.refused) {
      problem(entry, entry.refused.key, entry.refused.params, false);
      continue;
    }
    if (entry.key === '') {
      problem(entry, 'noKey', undefined, false);
      continue;
    }
    if (seen.has(entry.key)) {
      problem(entry, 'duplicateKey', undefined, false);
      continue;
    }
    seen.add(entry.key);
    if (entry.stamp === undefined) {
      problem(entry, 'noStamp', undefined, false);
      continue;
    }
    const text = texts.get(entry.key);
    const place = text ?? parsePlaceKey(entry.key);
    const row: ImportedText = {
      key: entry.key,
      at: where(entry),
      record: place ? recordLabel(register, place, ui) : (entry.record ?? ''),
      field: place ? placeFieldLabel(register, place, ui) : (entry.field ?? ''),
      source: entry.source,
      translation: entry.target,
    };
    // The file's own name where the register no longer has the record: the user recognises what was meant.
    if (!text && place && entry.record && !recordExists(register, place)) row.record = entry.record;
    const classify = (list: ImportedText[], reason: ReasonKey, extra: Partial<ImportedText> = {}) =>
      list.push({ ...row, ...extra, reason, reasonText: reasonText(reason) });

    if (entry.target.trim() === '') {
      classify(plan.unchanged, 'empty');
      continue;
    }
    if (!place) {
      classify(plan.unknown, 'badKey');
      continue;
    }
    if (!text) {
      classify(plan.unknown, goneReason(register, place));
      continue;
    }
    const mainText = text.holder[text.field] as string;
    if (sourceStamp(mainText) !== entry.stamp) {
      classify(plan.stale, 'sourceChanged', { currentSource: mainText });
      continue;
    }
    // A copy of the source that the tool still marks as not translated (tools prefill targets so): not a translation.
    // Marked translated, it is one (a name such as "Doccle" is the same in every language).
    if (!entry.reviewed && entry.target.trim() === mainText.trim()) {
      classify(plan.unchanged, 'copiedSource');
      continue;
    }
    const previous = translationOf(text.holder, text.field, lang);
    if (previous !== undefined) row.previous = previous;
    if (previous === entry.target) {
      const state = translationState(text.holder, text.field, lang, main);
      if (state === 'current') {
        classify(plan.unchanged, 'same');
        continue;
      }
      // An outdated translation that comes back as it went out was only confirmed if the tool says it was.
      if (!entry.reviewed) {
        classify(plan.unchanged, 'unreviewed');
        continue;
      }
    }
    if (entry.cleaned) problem(entry, 'unsafeTextCleaned', undefined, true);
    plan.applied.push(row);
    changes.push({ text, translation: entry.target });
  }
  return { ...plan, register: applyTranslations(register, lang, changes) };
}

/** The register with each translation set and stamped; records without a change stay the same objects. */
function applyTranslations(
  register: Register,
  lang: TextLanguage,
  changes: readonly { text: RegisterText; translation: string }[],
): Register {
  if (changes.length === 0) return register;
  const out = { ...register } as Register;
  const byRecord = new Map<RecordKind, Map<string, { text: RegisterText; translation: string }[]>>();
  for (const change of changes) {
    const { text } = change;
    if (text.kind === 'meta') {
      out.meta = withTranslation(out.meta, text.field, lang, change.translation);
      continue;
    }
    const records = byRecord.get(text.kind) ?? new Map<string, { text: RegisterText; translation: string }[]>();
    byRecord.set(text.kind, records);
    const list = records.get(text.recordId ?? '') ?? [];
    records.set(text.recordId ?? '', list);
    list.push(change);
  }
  if (out.meta !== register.meta) check(registerMetaSchema, out.meta, ['meta']);
  for (const [kind, records] of byRecord) {
    const updated = (register[kind] as AnyRecord[]).map((record, index) => {
      const recordChanges = records.get(record.id);
      if (!recordChanges) return record;
      let next = record as unknown as Record<string, unknown>;
      for (const { text, translation } of recordChanges) {
        if (!text.list) {
          next = withTranslation(next, text.field, lang, translation);
          continue;
        }
        const items = next[text.list] as Record<string, unknown>[];
        next = {
          ...next,
          [text.list]: items.map((item) =>
            item['id'] === text.itemId ? withTranslation(item, text.field, lang, translation) : item,
          ),
        };
      }
      check(RECORD_SCHEMAS[kind], next, [kind, index]);
      return next as unknown as AnyRecord;
    });
    (out as unknown as Record<RecordKind, AnyRecord[]>)[kind] = updated;
  }
  return out;
}

interface Schema {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
}
interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * Checks a changed record against its schema (kept as it is: parsing could add defaults the import did not make).
 * Never expected to fail, since only translations of texts the record has change; a guard, not a rule.
 */
function check(schema: Schema, value: unknown, at: (string | number)[]): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  throw new TranslationFileError('invalidResult', {
    detail: `${formatPath([...at, ...(issue?.path ?? [])])}: ${issue?.message ?? '?'}`,
  });
}
