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
  tooDeep: 'The file nests values more than {limit} levels deep (at {path}); no register file does.',
  unsafeText: {
    one: 'The register file holds text that cannot be saved as it is. {path}: {detail}',
    other: 'The register file holds text that cannot be saved as it is, in {count} places. First: {path}: {detail}',
  },
  duplicateIds: {
    one: 'The register file uses an id twice. {path}: {detail}',
    other: 'The register file uses ids more than once: {count} duplicates. First: {path}: {detail}',
  },

  // Why JSON cannot be read ({detail} of malformedJson).
  jsonUnexpectedEnd: 'the file ends too early (was it cut off?)',
  jsonExpectedValue:
    'expected a value (text in double quotes, a number, a list, an object, true, false or null), found {found}',
  jsonExpectedPropertyName: 'expected a field name in double quotes, found {found}',
  jsonExpectedColon: 'expected ":" after a field name, found {found}',
  jsonExpectedCommaOrBrace: 'expected "," or "}", found {found}',
  jsonExpectedCommaOrBracket: 'expected "," or "]", found {found}',
  jsonUnterminatedString: 'a text in double quotes is not closed',
  jsonControlCharacter: 'a text holds a control character ({found}) that JSON only allows written as an escape',
  jsonBadEscape: 'a text holds an invalid escape sequence (a \\ followed by {found})',
  jsonBadNumber: 'a number is not written correctly, found {found}',
  jsonTrailingContent: 'the content ends before the file does: {found} follows it',
  jsonInvalid: 'the text cannot be read as JSON',

  // Why a field is invalid ({detail} of invalidContent and the other lists of problems).
  reasonRequired: 'is missing',
  reasonExpectText: 'must be text (found {found})',
  reasonExpectNumber: 'must be a number (found {found})',
  reasonExpectBoolean: 'must be true or false (found {found})',
  reasonExpectList: 'must be a list [...] (found {found})',
  reasonExpectObject: 'must be an object {...} (found {found})',
  reasonWrongType: 'has the wrong type (found {found})',
  reasonEmpty: 'must not be empty',
  reasonTooShort: { one: 'must have at least {count} character', other: 'must have at least {count} characters' },
  reasonTooLong: { one: 'must have at most {count} character', other: 'must have at most {count} characters' },
  reasonTooFewItems: { one: 'must hold at least {count} item', other: 'must hold at least {count} items' },
  reasonTooManyItems: { one: 'must hold at most {count} item', other: 'must hold at most {count} items' },
  reasonTooSmall: 'must be at least {limit} (found {found})',
  reasonTooLarge: 'must be at most {limit} (found {found})',
  reasonDate: 'must be a date that exists, written YYYY-MM-DD (found {found})',
  reasonDateTime: 'must be a date and time in ISO 8601 form (found {found})',
  reasonEmail: 'must be an e-mail address (found {found})',
  reasonUrl: 'must be a web address (found {found})',
  reasonId:
    'must be an id: a UUID in lower-case hexadecimal, such as 1b4e28ba-2fa1-41d2-883f-0016d3cca427 (found {found})',
  reasonDuration: 'must be a period in ISO 8601 form, such as P18M (18 months) or P1Y6M (found {found})',
  reasonCountry: 'must be a country code of two capital letters (ISO 3166-1), such as BE (found {found})',
  reasonFormat: 'is not written in the expected form (found {found})',
  reasonOneOf: 'must be one of {values} (found {found})',
  reasonUnknownFields: { one: 'holds an unknown field: {keys}', other: 'holds {count} unknown fields: {keys}' },
  reasonInvalidKey: 'holds a field name that is not allowed',
  reasonNoMatch: 'matches none of the allowed forms',
  reasonInvalid: 'is not valid (found {found})',
  reasonNul: 'contains a NUL character (U+0000), which cannot be saved',
  reasonLoneSurrogate:
    'contains half a character (a lone surrogate, U+{code}), which cannot be saved; the text was probably cut in the middle of a character',
  reasonDuplicateRecordId: '{kind} with id {id}, already used by {others}: each record of a kind needs its own id',
  reasonDuplicateItemId: 'id {id}, already used by {others} in the same list: each item needs its own id',

  // Record kinds, as the messages above name them.
} as const;
