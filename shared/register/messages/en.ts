/** Register file messages in English: this file defines the catalogue's keys. */
export const en = {
  malformedJson: 'The file is not valid JSON (line {line}, column {column}): {detail}',
  emptyFile: 'The file is empty.',
  notAnObject: 'The file does not hold a register: its content is not a JSON object.',
  wrongFormat: 'This is not a RoPA register file: "format" is {found}, expected "ropa-register".',
  badVersion: 'The file has no valid "version" (found {found}).',
  newerVersion:
    'This register was written by a newer version of RoPA Desk (file version {found}; this version reads up to {supported}). Update the app to open it.',
  olderVersion: 'File version {found} is older than any this app can read.',
  invalidContent: {
    one: 'The register file is not valid: {count} problem. {path}: {detail}',
    other: 'The register file is not valid: {count} problems. First: {path}: {detail}',
  },
} as const;
