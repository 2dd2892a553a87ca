/**
 * The register as a folder of files, for Git: `registerToFolder` writes it, `registerFromFolder` reads it back
 * through the same checks, migrations and schema as a register file, and never returns half a register. Files are
 * given and returned as a map from relative path (`/`-separated) to text, so the module runs in Node (the CLI) and
 * in the browser (a Git implementation's working tree) alike.
 */
import type { UiLanguage } from '../i18n/languages';
import { translate, type MessageParams } from '../i18n/translate';
import { RECORD_KINDS, type RecordKind, type Register } from '../model/register';
import { canonicalRegister, sortKeysDeep } from '../register/canonical';
import { quoteValue } from '../register/excerpt';
import { FILE_FORMAT, FILE_VERSION } from '../register/fileVersion';
import { reasonText, type Reason } from '../register/reason';
import { readRegisterDocument, RegisterFileError } from '../register/registerFile';
import {
  FOLDER_FORMAT,
  GITATTRIBUTES,
  MERGE_DRIVER_NAME,
  parseRecordPath,
  README_MD,
  recordPath,
  REGISTER_JSON,
} from './folderFormat';
import { FOLDER_MESSAGES, type FolderMessageKey } from './messages';
import { folderReadme } from './readme';

/** The folder's files: relative path (`activities/<id>.json`) to text. */
export type FolderFiles = ReadonlyMap<string, string>;

/** Why a register folder was refused; `localized(lang)` is the sentence shown to the user. */
export class RegisterFolderError extends Error {
  constructor(
    readonly key: FolderMessageKey,
    readonly params: MessageParams = {},
    /** The refusal this one tells in the folder's terms (a register file check, or one file's own refusal). */
    readonly refusal?: { localized(lang: UiLanguage): string },
    /** The reason given as `{detail}`, translated with the message. */
    readonly reason?: Reason,
  ) {
    super('');
    this.name = 'RegisterFolderError';
    this.message = this.localized('en');
  }
  localized(lang: UiLanguage): string {
    const detail = this.reason ? reasonText(this.reason, lang) : this.refusal?.localized(lang);
    return translate(FOLDER_MESSAGES, lang, this.key, detail === undefined ? this.params : { ...this.params, detail });
  }
}

/** A JSON value as written in the folder: keys already sorted, two spaces, one value per line, final newline. */
export function folderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The text of a record's file: its canonical form (keys sorted at every depth). */
export function recordFileText(record: unknown): string {
  return folderJson(sortKeysDeep(record));
}

/**
 * The `.gitattributes` of a folder: its own JSON files — `register.json` and the record files of each kind, and no
 * other JSON a repository may hold — go through RoPA Desk's merge driver and keep LF line ends.
 */
export const FOLDER_GITATTRIBUTES = [
  '# RoPA Desk register folder: these files merge field by field through the ropa-desk merge driver (see README.md).',
  ...[REGISTER_JSON, ...RECORD_KINDS.map((kind) => `${kind}/*.json`)].map(
    (pattern) => `/${pattern} text eol=lf merge=${MERGE_DRIVER_NAME}`,
  ),
  '',
].join('\n');

/** The text of `register.json`: format, version and the register's metadata (canonical: keys sorted). */
export function registerJsonText(meta: unknown, version = FILE_VERSION): string {
  return folderJson(sortKeysDeep({ format: FOLDER_FORMAT, meta, version }));
}

/**
 * The files of the register folder, `register.json` first, then each kind's records by id. No save time and no
 * fingerprint are written: both would change on every save and make every merge conflict on `register.json`.
 */
export function registerToFolder(register: Register): Map<string, string> {
  const canonical = canonicalRegister(register);
  const files = new Map<string, string>();
  files.set(REGISTER_JSON, registerJsonText(canonical['meta']));
  files.set(README_MD, folderReadme(register.meta.title));
  files.set(GITATTRIBUTES, FOLDER_GITATTRIBUTES);
  for (const kind of RECORD_KINDS) {
    for (const record of canonical[kind] as { id: string }[])
      files.set(recordPath(kind, record.id), folderJson(record));
  }
  return files;
}

/** Whether a path is one the folder's reader looks at: JSON files outside hidden folders (`.git/`). */
function isFolderJson(path: string): boolean {
  return path.endsWith('.json') && !path.split('/').some((part) => part.startsWith('.'));
}

function parseFile(file: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new RegisterFolderError('malformedFile', { file });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new RegisterFolderError('notAnObject', { file });
  return value as Record<string, unknown>;
}

/**
 * Reads `register.json` and checks its format and version: a folder of a newer version is refused before anything
 * else is read (the app must refuse such a remote). Returns the version and the metadata as written.
 */
export function readRegisterJson(text: string): { version: number; meta: unknown } {
  const doc = parseFile(REGISTER_JSON, text);
  if (doc['format'] !== FOLDER_FORMAT)
    throw new RegisterFolderError('wrongFolderFormat', { found: quoteValue(doc['format'] ?? null) });
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw new RegisterFolderError('badFolderVersion', { found: quoteValue(version ?? null) });
  if (version > FILE_VERSION)
    throw new RegisterFolderError('newerFolderVersion', { found: version, supported: FILE_VERSION });
  return { version, meta: doc['meta'] };
}

/** Whether a set of paths looks like a register folder: it holds a `register.json` of the folder format. */
export function isRegisterFolder(files: FolderFiles): boolean {
  const text = files.get(REGISTER_JSON);
  if (text === undefined) return false;
  try {
    return parseFile(REGISTER_JSON, text)['format'] === FOLDER_FORMAT;
  } catch {
    return false;
  }
}

/**
 * The register a folder holds. Files other than JSON (README.md, .gitattributes, a user's notes) and hidden
 * folders are ignored; a JSON file that is not `register.json` or a record file is refused, as is a record file
 * whose name is not its record's id. Throws only `RegisterFolderError`.
 */
export function registerFromFolder(files: FolderFiles): Register {
  return readRegisterFolder(files).register;
}

export interface FolderReadResult {
  register: Register;
  /** The version the folder was written in (lower than the current one when its content was migrated). */
  fileVersion: number;
  fingerprint: string;
}

/** `registerFromFolder` with the version the folder was written in and the register's fingerprint. */
export function readRegisterFolder(files: FolderFiles): FolderReadResult {
  const registerJson = files.get(REGISTER_JSON);
  if (registerJson === undefined) throw new RegisterFolderError('missingRegisterJson');
  const { version, meta } = readRegisterJson(registerJson);

  const records = new Map<RecordKind, { file: string; id: string; record: Record<string, unknown> }[]>();
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (file === REGISTER_JSON || !isFolderJson(file)) continue;
    const place = parseRecordPath(file);
    if (!place) throw new RegisterFolderError('unknownFile', { file });
    const record = parseFile(file, text);
    if (record['id'] !== place.id)
      throw new RegisterFolderError('idMismatch', { file, id: quoteValue(record['id'] ?? null) });
    const list = records.get(place.kind) ?? [];
    list.push({ file, id: place.id, record });
    records.set(place.kind, list);
  }

  const doc: Record<string, unknown> = { format: FILE_FORMAT, version, meta };
  const filesOf = new Map<RecordKind, string[]>();
  for (const kind of RECORD_KINDS) {
    const list = (records.get(kind) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    doc[kind] = list.map((entry) => entry.record);
    filesOf.set(
      kind,
      list.map((entry) => entry.file),
    );
  }
  try {
    const { register, fileVersion, fingerprint } = readRegisterDocument(doc);
    return { register, fileVersion, fingerprint };
  } catch (error) {
    if (error instanceof RegisterFileError) throw folderError(error, filesOf);
    throw error;
  }
}

const RECORD_PATH = /^([A-Za-z]+)\[(\d+)\](?:\.(.+))?$/;

/** A register file refusal told in the folder's terms: the file, and the field inside it. */
function folderError(error: RegisterFileError, filesOf: ReadonlyMap<RecordKind, string[]>): RegisterFolderError {
  const first = error.problems[0];
  const path = first?.path ?? (typeof error.params['path'] === 'string' ? error.params['path'] : undefined);
  if (path === undefined) return new RegisterFolderError('unreadable', {}, error);
  let file = REGISTER_JSON;
  let field = path;
  const match = RECORD_PATH.exec(path);
  if (match) {
    const [, kind, index, rest] = match as unknown as [string, string, string, string | undefined];
    const named = filesOf.get(kind as RecordKind)?.[Number(index)];
    if (named !== undefined) {
      file = named;
      field = rest ?? '(record)';
    }
  } else if (field.startsWith('meta.')) field = field.slice('meta.'.length);
  if (!first) return new RegisterFolderError('invalidContent', { count: 1, file, field }, error);
  return new RegisterFolderError('invalidContent', { count: error.problems.length, file, field }, error, first.reason);
}

/**
 * What turns the folder `current` into `next` (e.g. a working tree into `registerToFolder` of the saved register):
 * the files to write (new or changed) and the register files to remove. Files of `current` that are not the
 * folder's own (a user's notes, other JSON) are never removed.
 */
export function folderUpdate(
  current: FolderFiles,
  next: FolderFiles,
): { write: Map<string, string>; remove: string[] } {
  const write = new Map([...next].filter(([path, text]) => current.get(path) !== text));
  const remove = [...current.keys()].filter((path) => !next.has(path) && parseRecordPath(path) !== undefined).sort();
  return { write, remove };
}
