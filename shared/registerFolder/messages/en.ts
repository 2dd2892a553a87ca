/** Register folder messages in English: this file defines the catalogue's keys. */
export const en = {
  missingRegisterJson: 'The folder holds no register.json: it is not a RoPA Desk register folder.',
  wrongFolderFormat:
    'register.json does not describe a RoPA Desk register folder: "format" is {found}, expected "ropa-register-folder".',
  badFolderVersion: 'register.json has no valid "version" (found {found}).',
  newerFolderVersion:
    'This register folder was written by a newer version of RoPA Desk (format version {found}; this version reads up to {supported}). Update the app to open it.',
  malformedFile: '{file} is not valid JSON.',
  notAnObject: '{file} does not hold a JSON object.',
  unknownFile:
    "{file} is in the folder of the {kind} records but is not a record file (named <id>.json, the record's id): a merge tool's leftover or a copy? Move it out of the register folder or remove it.",
  idMismatch: '{file} holds the record with id {id}: a record file is named after its id (ids are not edited by hand).',
  invalidContent: {
    one: '{file} is not valid. {field}: {detail}',
    other: 'The folder is not valid: {count} problems. First: {file}, {field}: {detail}',
  },
  inputProblem: '{file}: {detail}',
  notMergeable: '{file} is not a register file, the register.json of a register folder or a record file of one.',
  notARecordFile: '{file} does not hold a valid record of any kind this version of RoPA Desk knows.',
  mixedFiles: '{file} and {other} are not the same sort of file (a register file, a register.json or a record file).',
  versionsDiffer:
    'The register.json files to merge are of different format versions ({versions}): open the register in RoPA Desk, which migrates both sides before it merges them.',
  unreadable: 'The register folder cannot be read: {detail}',
} as const;
