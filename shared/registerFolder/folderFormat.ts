/**
 * The register folder's fixed names: the metadata file, one file per record at `<kind>/<id>.json`, the README and
 * the `.gitattributes` that names the merge driver. A folder is what a team keeps in Git (DESIGN.md, "A register
 * shared by a team"); the register file (`*.ropa.json`) stays the backup and the interchange.
 */
import { RECORD_KINDS, type RecordKind } from '../model/register';
import { idSchema } from '../model/primitives';

/** The `format` tag of a folder's `register.json`. */
export const FOLDER_FORMAT = 'ropa-register-folder';
/** The folder's metadata file: format, version (the register file version its records are written in) and `meta`. */
export const REGISTER_JSON = 'register.json';
export const README_MD = 'README.md';
export const GITATTRIBUTES = '.gitattributes';
/** The name under which Git knows RoPA Desk's merge driver (`merge.<name>.driver`). */
export const MERGE_DRIVER_NAME = 'ropa-desk';
/**
 * The driver command a team configures once per clone (`git config merge.ropa-desk.driver "..."`): Git runs it with
 * the base, ours and theirs of one file and expects the result in ours (`%P`, the file's path, names it in
 * messages instead of Git's temporary files); `ropa merge` tells a record file,
 * `register.json` and a register file apart by their content. `ropa` must be on the PATH (`npm link` in a RoPA Desk
 * checkout); Git runs drivers in the register's repository, where `npx ropa` would not find RoPA Desk's own `ropa`.
 */
export const MERGE_DRIVER_COMMAND = 'ropa merge %O %A %B --out %A --name %P';

/** Where a record is kept in the folder: its kind's folder, its id as the file name. */
export function recordPath(kind: RecordKind, id: string): string {
  return `${kind}/${id}.json`;
}

const KIND_SET: ReadonlySet<string> = new Set(RECORD_KINDS);

/** The kind and id a path names when it is a record file's path (`activities/<uuid>.json`), else undefined. */
export function parseRecordPath(path: string): { kind: RecordKind; id: string } | undefined {
  const match = /^([A-Za-z]+)\/([^/]+)\.json$/.exec(path);
  if (!match) return undefined;
  const [, kind, id] = match as unknown as [string, string, string];
  if (!KIND_SET.has(kind) || !idSchema.safeParse(id).success) return undefined;
  return { kind: kind as RecordKind, id };
}
