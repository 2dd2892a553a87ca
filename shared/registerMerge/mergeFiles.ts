/**
 * The merge of one file three ways, as Git's merge driver sees it: the three texts of a register file, of a register
 * folder's `register.json`, or of one record file of the folder (`activities/<id>.json`), told apart by their content
 * (Git hands the driver temporary files, not the path). The result is the merged text, or the conflicts and no
 * text. A base that is empty (a file both sides added) counts as absent.
 */
import { registerMetaSchema, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind, type Register } from '../model/register';
import { fingerprint } from '../register/canonical';
import { FILE_FORMAT, FILE_VERSION } from '../register/fileVersion';
import {
  problemsOf,
  readRegisterFile,
  RegisterFileError,
  writeRegisterFile,
  type WriteOptions,
} from '../register/registerFile';
import type { z } from 'zod';
import { FOLDER_FORMAT } from '../registerFolder/folderFormat';
import {
  readRegisterJson,
  recordFileText,
  RegisterFolderError,
  registerJsonText,
} from '../registerFolder/registerFolder';
import { isPlainObject } from './conflictPath';
import {
  danglingOwnPurposeLinks,
  mergeMeta,
  mergeRecord,
  mergeRegisters,
  type MergeConflict,
  type MergeDanglingLink,
} from './mergeRegisters';

/** The sorts of file `mergeFileTexts` merges. */
export type MergedFileSort = 'registerFile' | 'registerJson' | 'record';

export interface FileInput {
  /** The name messages use. */
  name: string;
  text: string;
}

export interface FileMergeResult {
  sort: MergedFileSort;
  /** The merged file's text; undefined when there are conflicts. */
  text: string | undefined;
  conflicts: MergeConflict[];
  danglingLinks: MergeDanglingLink[];
  /** The merged register's fingerprint (register files only). */
  fingerprint?: string;
  /**
   * Record files only: the ids of the sides when they are not one record (Git's rename detection pairs a record
   * deleted on one side with a copy under a new id); nothing is merged then, the whole record is a conflict.
   */
  differentIds?: string[];
}

function parse(input: FileInput): Record<string, unknown> | undefined {
  const body = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  if (body.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new RegisterFolderError('malformedFile', { file: input.name });
  }
  if (!isPlainObject(value)) throw new RegisterFolderError('notMergeable', { file: input.name });
  return value;
}

function sortOf(doc: Record<string, unknown>, input: FileInput): MergedFileSort {
  if (doc['format'] === FILE_FORMAT) return 'registerFile';
  if (doc['format'] === FOLDER_FORMAT) return 'registerJson';
  if (doc['format'] === undefined && typeof doc['id'] === 'string') return 'record';
  throw new RegisterFolderError('notMergeable', { file: input.name });
}

/** A refusal of one input, named by its file. */
function named<T>(input: FileInput, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RegisterFileError) throw new RegisterFolderError('inputProblem', { file: input.name }, error);
    if (error instanceof RegisterFolderError && error.params['file'] === undefined) {
      throw new RegisterFolderError('inputProblem', { file: input.name }, error);
    }
    throw error;
  }
}

/** The merged value as its schema reads it; refused with the field named when a merge of valid sides is not valid. */
function checked(schema: z.ZodType, value: unknown, output: FileInput): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = problemsOf(parsed.error);
  const first = problems[0];
  const params = { count: problems.length, file: output.name, field: first?.path ?? '(root)' };
  throw new RegisterFolderError('invalidContent', params, undefined, first?.reason);
}

/** Whether a record is of this kind: the kind's schema reads it, and keeps every field it holds. */
function fits(kind: RecordKind, record: Record<string, unknown>): boolean {
  const parsed = RECORD_SCHEMAS[kind].safeParse(record);
  return parsed.success && Object.keys(record).every((key) => key in parsed.data);
}

/** The first kind whose schema fits all the records: record files do not name their kind, the folder does. */
function kindOf(records: readonly Record<string, unknown>[], inputs: readonly FileInput[]): RecordKind {
  const kind = RECORD_KINDS.find((k) => records.every((record) => fits(k, record)));
  if (kind !== undefined) return kind;
  const bad = inputs.find((_input, i) => !RECORD_KINDS.some((k) => fits(k, records[i] as Record<string, unknown>)));
  throw new RegisterFolderError('notARecordFile', { file: (bad ?? inputs[0])?.name ?? '' });
}

/**
 * Merges three versions of one file (`base` may be empty: added on both sides). Refusals are `RegisterFolderError`s
 * that name the file: not JSON, not one of the three sorts, sorts that differ, a side that is not valid, or
 * `register.json` versions that differ. A register file's result is written with `options` (save time, generator).
 */
export function mergeFileTexts(
  base: FileInput,
  ours: FileInput,
  theirs: FileInput,
  options: WriteOptions = {},
): FileMergeResult {
  const inputs = [base, ours, theirs];
  const docs = inputs.map(parse);
  const [b, o, t] = docs;
  if (o === undefined) throw new RegisterFolderError('notMergeable', { file: ours.name });
  if (t === undefined) throw new RegisterFolderError('notMergeable', { file: theirs.name });
  const sort = sortOf(o, ours);
  docs.forEach((doc, i) => {
    const input = inputs[i] as FileInput;
    if (doc === undefined) return;
    const found = sortOf(doc, input);
    if (found !== sort) {
      throw new RegisterFolderError('mixedFiles', { file: input.name, other: ours.name });
    }
  });

  if (sort === 'registerFile') {
    if (b === undefined) throw new RegisterFolderError('notMergeable', { file: base.name });
    const read = (input: FileInput): Register => named(input, () => readRegisterFile(input.text).register);
    const result = mergeRegisters(read(base), read(ours), read(theirs));
    const clean = result.conflicts.length === 0;
    return {
      sort,
      text: clean ? writeRegisterFile(result.register, options) : undefined,
      conflicts: result.conflicts,
      danglingLinks: result.danglingLinks,
      ...(clean ? { fingerprint: fingerprint(result.register) } : {}),
    };
  }

  if (sort === 'registerJson') {
    const read = inputs.map((input, i) =>
      docs[i] === undefined ? undefined : named(input, () => readRegisterJson(input.text)),
    );
    const versions = [...new Set(read.filter((r) => r !== undefined).map((r) => r.version))];
    if (versions.length > 1) throw new RegisterFolderError('versionsDiffer', { versions: versions.join(', ') });
    const version = versions[0] ?? FILE_VERSION;
    const { meta, conflicts } = mergeMeta(read[0]?.meta, read[1]?.meta, read[2]?.meta);
    if (conflicts.length > 0) return { sort, text: undefined, conflicts, danglingLinks: [] };
    // An older folder's metadata is checked when the folder is read and migrated; the current one here.
    if (version === FILE_VERSION) checked(registerMetaSchema, meta, ours);
    return { sort, text: registerJsonText(meta, version), conflicts, danglingLinks: [] };
  }

  const present = docs.filter((doc): doc is Record<string, unknown> => doc !== undefined);
  const ids = [...new Set(present.map((doc) => doc['id'] as string))];
  if (ids.length > 1) {
    // Not one record: merging would put one side's edits on another record and hide a modify/delete conflict.
    const kind = kindOf([o], [ours]);
    const name = [o, t, b].map((doc) => doc?.['name']).find((n) => typeof n === 'string');
    const conflict: MergeConflict = {
      kind,
      id: o['id'] as string,
      recordName: typeof name === 'string' ? name : '',
      path: '',
      at: [],
      base: b,
      ours: o,
      theirs: t,
    };
    return { sort, text: undefined, conflicts: [conflict], danglingLinks: [], differentIds: ids };
  }
  const kind = kindOf(
    present,
    inputs.filter((_input, i) => docs[i] !== undefined),
  );
  const { record, conflicts } = mergeRecord(kind, b, o, t);
  if (conflicts.length > 0) return { sort, text: undefined, conflicts, danglingLinks: [] };
  if (record === undefined) throw new RegisterFolderError('notMergeable', { file: ours.name });
  const text = recordFileText(checked(RECORD_SCHEMAS[kind], record, ours));
  // Links to other records are in other files, which a per-file merge cannot see (`ropa validate` the folder after
  // `git merge`); links to the record's own purposes are all here.
  return { sort, text, conflicts, danglingLinks: danglingOwnPurposeLinks(kind, record, present) };
}
