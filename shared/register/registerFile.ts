/**
 * Reading and writing the register file (`*.ropa.json`): the backup, the interchange between DPOs and the
 * CLI's input. Reading refuses malformed, foreign and newer files with a message that says what and where,
 * migrates older versions, and validates the result against the schema; it never returns half a register.
 */
import type { z } from 'zod';
import type { UiLanguage } from '../i18n/languages';
import { translate, type MessageParams } from '../i18n/translate';
import { registerSchema, RECORD_KINDS, type Register } from '../model/register';
import { canonicalRegister, fingerprint } from './canonical';
import { FILE_MESSAGES, type FileMessageKey } from './messages';
import { FILE_FORMAT, FILE_VERSION } from './fileVersion';
import { migrate, OLDEST_READABLE_VERSION } from './migrations';

export interface FileProblem {
  /** Path of the field, e.g. `activities[3].purposes[0].description`. */
  path: string;
  detail: string;
}

/** Why a register file was refused; `message(lang)` is the sentence shown to the user. */
export class RegisterFileError extends Error {
  constructor(
    readonly key: FileMessageKey,
    readonly params: MessageParams = {},
    readonly problems: readonly FileProblem[] = [],
  ) {
    super(translate(FILE_MESSAGES, 'en', key, params));
    this.name = 'RegisterFileError';
  }
  localized(lang: UiLanguage): string {
    return translate(FILE_MESSAGES, lang, this.key, this.params);
  }
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

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

export function problemsOf(error: z.ZodError): FileProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), detail: issue.message }));
}

function positionToLineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(detail);
    const position = match ? Number(match[1]) : text.length;
    const { line, column } = positionToLineColumn(text, position);
    throw new RegisterFileError('malformedJson', { line, column, detail: detail.split('\n')[0] ?? detail });
  }
}

/** Validates an already parsed document: format tag, version, migration, schema. */
export function readRegisterDocument(doc: unknown): ReadResult {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new RegisterFileError('notAnObject');
  const raw = doc as Record<string, unknown>;
  if (raw['format'] !== FILE_FORMAT) {
    throw new RegisterFileError('wrongFormat', { found: JSON.stringify(raw['format'] ?? null) });
  }
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new RegisterFileError('badVersion', { found: JSON.stringify(version ?? null) });
  }
  if (version > FILE_VERSION) throw new RegisterFileError('newerVersion', { found: version, supported: FILE_VERSION });
  if (version < OLDEST_READABLE_VERSION) throw new RegisterFileError('olderVersion', { found: version });

  const migrated = migrate(raw, version);
  const { format: _f, version: _v, savedAt, fingerprint: storedFingerprint, generator: _g, ...content } = migrated;
  const parsed = registerSchema.safeParse(content);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    const first = problems[0] ?? { path: '(root)', detail: 'invalid' };
    throw new RegisterFileError(
      'invalidContent',
      { count: problems.length, path: first.path, detail: first.detail },
      problems,
    );
  }
  const fp = fingerprint(parsed.data);
  return {
    register: parsed.data,
    fileVersion: version,
    fingerprint: fp,
    ...(typeof savedAt === 'string' ? { savedAt } : {}),
    fingerprintMismatch: version === FILE_VERSION && typeof storedFingerprint === 'string' && storedFingerprint !== fp,
  };
}

/** Reads the text of a `*.ropa.json` file. Throws only `RegisterFileError`. */
export function readRegisterFile(text: string): ReadResult {
  // A UTF-8 byte order mark is what Windows editors add; it is not part of the register.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new RegisterFileError('emptyFile');
  return readRegisterDocument(parseJson(body));
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
