/**
 * Reading and writing the register file (`*.ropa.json`): the backup, the interchange between DPOs and the
 * CLI's input. Reading refuses malformed, foreign and newer files with a message that says what and where,
 * migrates older versions, and validates the result against the schema; it never returns half a register.
 */
import { withoutSourceStamps } from '../translation/legacyStamps';
import type { z } from 'zod';
import type { UiLanguage } from '../i18n/languages';
import { translate, type MessageParams } from '../i18n/translate';
import { registerSchema, RECORD_KINDS, type Register } from '../model/register';
import { canonicalRegister, fingerprint } from './canonical';
import { excerptText, quoteValue } from './excerpt';
import { FILE_FORMAT, FILE_VERSION } from './fileVersion';
import { findJsonSyntaxError, type JsonSyntaxReason } from './jsonSyntax';
import { pathOf, walkJson, type JsonNode } from './jsonWalk';
import { FILE_MESSAGES, type FileMessageKey } from './messages';
import { migrate, OLDEST_READABLE_VERSION } from './migrations';
import { reasonText, type Reason } from './reason';
import { issueReason } from './schemaIssues';
import { firstUnsafeCodeUnit, jsonTextMayHoldUnsafeText, type UnsafeTextReason } from './textSafety';

export type { Reason } from './reason';

/**
 * How deep a register file may nest values. A register needs about 6 levels (`activities[0].purposes[0].i18n.fr.
 * description`); the limit leaves room for growth and keeps every recursive step after it (messages, migrations,
 * the schema, the canonical form) far from the stack's end.
 */
export const MAX_NESTING = 32;

/** At most this many problems are collected per refusal: enough to fix a file, bounded whatever the file holds. */
const MAX_PROBLEMS = 100;

export interface FileProblem {
  /** Path of the field, e.g. `activities[3].purposes[0].description`. */
  path: string;
  /** Why, in English (logs, tests); `problemText` gives it in the reader's language. */
  detail: string;
  reason: Reason;
}

export function problemText(problem: FileProblem, lang: UiLanguage): string {
  return `${problem.path}: ${reasonText(problem.reason, lang)}`;
}

/** Why a register file was refused; `localized(lang)` is the sentence shown to the user. */
export class RegisterFileError extends Error {
  constructor(
    readonly key: FileMessageKey,
    readonly params: MessageParams = {},
    readonly problems: readonly FileProblem[] = [],
    /** The reason given as the message's `{detail}`, translated with it. */
    readonly reason?: Reason,
  ) {
    super(message(key, params, reason, 'en'));
    this.name = 'RegisterFileError';
  }
  localized(lang: UiLanguage): string {
    return message(this.key, this.params, this.reason, lang);
  }
}

function message(key: FileMessageKey, params: MessageParams, reason: Reason | undefined, lang: UiLanguage): string {
  return translate(FILE_MESSAGES, lang, key, reason ? { ...params, detail: reasonText(reason, lang) } : params);
}

/** A refusal listing problems: the count, and the first one in the message itself. */
function problemsError(key: FileMessageKey, problems: readonly FileProblem[]): RegisterFileError {
  const first = problems[0] as FileProblem;
  return new RegisterFileError(key, { count: problems.length, path: first.path }, problems, first.reason);
}

function problem(path: ReadonlyArray<PropertyKey>, reason: Reason): FileProblem {
  return { path: formatPath(path), detail: reasonText(reason, 'en'), reason };
}

export interface ReadResult {
  register: Register;
  /** The version the file was written in (lower than the current one when it was migrated). */
  fileVersion: number;
  fingerprint: string;
  savedAt?: string;
  /** True when the file carried a fingerprint that does not match its content (edited by hand). */
  fingerprintMismatch: boolean;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/**
 * A field path as messages show it: `activities[3].purposes[0].description`. A key that is not a plain name (a
 * field name from a hand-edited file) is quoted and cut short, so the path stays one short line.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && PLAIN_KEY.test(part) && part.length <= 40)
      out += out === '' ? part : `.${part}`;
    else out += `[${quoteValue(typeof part === 'string' ? part : String(part), 40)}]`;
  }
  return out === '' ? '(root)' : excerptText(out, 160);
}

export function problemsOf(error: z.ZodError): FileProblem[] {
  return error.issues.slice(0, MAX_PROBLEMS).map((issue) => problem(issue.path, issueReason(issue)));
}

function positionToLineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

const JSON_REASON_KEYS: Readonly<Record<JsonSyntaxReason, FileMessageKey>> = {
  unexpectedEnd: 'jsonUnexpectedEnd',
  expectedValue: 'jsonExpectedValue',
  expectedPropertyName: 'jsonExpectedPropertyName',
  expectedColon: 'jsonExpectedColon',
  expectedCommaOrBrace: 'jsonExpectedCommaOrBrace',
  expectedCommaOrBracket: 'jsonExpectedCommaOrBracket',
  unterminatedString: 'jsonUnterminatedString',
  controlCharacter: 'jsonControlCharacter',
  badEscape: 'jsonBadEscape',
  badNumber: 'jsonBadNumber',
  trailingContent: 'jsonTrailingContent',
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The engine's message is English and version-dependent; our own scanner says where and why.
    const syntax = findJsonSyntaxError(text);
    const position = syntax?.position ?? 0;
    const reason: Reason = syntax
      ? { key: JSON_REASON_KEYS[syntax.reason], params: { found: quoteValue(syntax.found ?? '') } }
      : { key: 'jsonInvalid' };
    throw new RegisterFileError('malformedJson', positionToLineColumn(text, position), [], reason);
  }
}

const UNSAFE_REASON_KEYS: Readonly<Record<UnsafeTextReason, FileMessageKey>> = {
  nul: 'reasonNul',
  loneSurrogate: 'reasonLoneSurrogate',
};

/**
 * One pass over the parsed document, without recursion: the first value nested too deep, and the texts (values
 * and field names) that cannot survive a round trip.
 */
function inspectDocument(doc: unknown, checkText: boolean): { tooDeep?: JsonNode; unsafe: FileProblem[] } {
  let tooDeep: JsonNode | undefined;
  const unsafe: FileProblem[] = [];
  const check = (text: string, path: () => PropertyKey[]): void => {
    if (unsafe.length >= MAX_PROBLEMS) return;
    const found = firstUnsafeCodeUnit(text);
    if (!found) return;
    const code = found.codeUnit.toString(16).toUpperCase().padStart(4, '0');
    unsafe.push(problem(path(), { key: UNSAFE_REASON_KEYS[found.reason], params: { code } }));
  };
  walkJson(doc, {
    container: (node) => {
      if (node.depth < MAX_NESTING) return true;
      tooDeep = node;
      return false;
    },
    ...(checkText && {
      scalar: (value: unknown, owner: JsonNode | undefined, key: string | number | undefined) => {
        if (typeof value === 'string') check(value, () => pathOf(owner, key));
      },
      key: (key: string, owner: JsonNode) => check(key, () => pathOf(owner, key)),
    }),
  });
  return tooDeep ? { tooDeep, unsafe } : { unsafe };
}

/**
 * Ids that storage cannot hold: two records of one kind with the same id (each kind is one table keyed by id),
 * and two items of one list in a record (purposes, legal bases, sources, retention rules...) with the same id, which
 * other fields of the record point at. The same id in two kinds, or in lists of two records, is fine.
 */
function duplicateIdProblems(register: Register): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const kind of RECORD_KINDS) {
    const records = register[kind] as readonly { id: string; name: string }[];
    const firstOf = new Map<string, number>();
    records.forEach((record, index) => {
      const first = firstOf.get(record.id);
      if (first === undefined) firstOf.set(record.id, index);
      else {
        const name = (records[first] as { name: string }).name;
        const others = `${kind}[${first}] «${excerptText(name.replace(/\s+/g, ' '), 40)}»`;
        problems.push(
          problem([kind, index, 'id'], { key: 'reasonDuplicateRecordId', params: { id: record.id, others }, kind }),
        );
      }
    });
    records.forEach((record, index) => {
      for (const [field, value] of Object.entries(record)) {
        if (!Array.isArray(value)) continue;
        const itemFirst = new Map<string, number>();
        value.forEach((item: unknown, itemIndex) => {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id !== 'string') return;
          const first = itemFirst.get(id);
          if (first === undefined) itemFirst.set(id, itemIndex);
          else {
            const others = `${formatPath([kind, index, field, first])}`;
            problems.push(
              problem([kind, index, field, itemIndex, 'id'], { key: 'reasonDuplicateItemId', params: { id, others } }),
            );
          }
        });
      }
    });
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** Validates an already parsed document: nesting, format tag, version, text, migration, schema, ids. */
export function readRegisterDocument(doc: unknown): ReadResult {
  return readDocument(doc, true);
}

function readDocument(doc: unknown, checkText: boolean): ReadResult {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new RegisterFileError('notAnObject');
  // Before anything that walks the document recursively (the schema, migrations, quoting a value in a message).
  const { tooDeep, unsafe } = inspectDocument(doc, checkText);
  if (tooDeep) throw new RegisterFileError('tooDeep', { limit: MAX_NESTING, path: formatPath(pathOf(tooDeep)) });
  const raw = doc as Record<string, unknown>;
  if (raw['format'] !== FILE_FORMAT) {
    throw new RegisterFileError('wrongFormat', { found: quoteValue(raw['format'] ?? null) });
  }
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new RegisterFileError('badVersion', { found: quoteValue(version ?? null) });
  }
  if (version > FILE_VERSION) throw new RegisterFileError('newerVersion', { found: version, supported: FILE_VERSION });
  if (version < OLDEST_READABLE_VERSION) throw new RegisterFileError('olderVersion', { found: version });
  if (unsafe.length > 0) throw problemsError('unsafeText', unsafe);

  const migrated = migrate(raw, version);
  const { format: _f, version: _v, savedAt, fingerprint: storedFingerprint, generator: _g, ...content } = migrated;
  const parsed = registerSchema.safeParse(content, { reportInput: true });
  if (!parsed.success) throw problemsError('invalidContent', problemsOf(parsed.error));
  const duplicates = duplicateIdProblems(parsed.data);
  if (duplicates.length > 0) throw problemsError('duplicateIds', duplicates);
  const fp = fingerprint(parsed.data);
  return {
    register: parsed.data,
    fileVersion: version,
    fingerprint: fp,
    ...(typeof savedAt === 'string' ? { savedAt } : {}),
    fingerprintMismatch:
      version >= 1 &&
      typeof storedFingerprint === 'string' &&
      // Before version 3 the file held no source stamps: the migration added them, the fingerprint was of what it held.
      storedFingerprint !== (version < 3 ? fingerprint(withoutSourceStamps(parsed.data)) : fp),
  };
}

/** Reads the text of a `*.ropa.json` file. Throws only `RegisterFileError`. */
export function readRegisterFile(text: string): ReadResult {
  // A UTF-8 byte order mark is what Windows editors add; it is not part of the register.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new RegisterFileError('emptyFile');
  return readDocument(parseJson(body), jsonTextMayHoldUnsafeText(body));
}

export interface WriteOptions {
  /** ISO timestamp written as `savedAt`; not part of the fingerprint. */
  savedAt?: string;
  generator?: string;
}

/**
 * The file text: header first (format, version, savedAt, fingerprint), then the canonical register,
 * pretty-printed so that two versions can be compared with a plain diff.
 */
export function writeRegisterFile(register: Register, options: WriteOptions = {}): string {
  const canonical = canonicalRegister(register);
  const header: Record<string, unknown> = { format: FILE_FORMAT, version: FILE_VERSION };
  if (options.savedAt) header['savedAt'] = options.savedAt;
  if (options.generator) header['generator'] = options.generator;
  header['fingerprint'] = fingerprint(register);
  const body: Record<string, unknown> = { meta: canonical['meta'] };
  for (const kind of RECORD_KINDS) body[kind] = canonical[kind];
  return `${JSON.stringify({ ...header, ...body }, null, 2)}\n`;
}
