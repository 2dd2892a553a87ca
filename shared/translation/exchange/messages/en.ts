/** Messages of the exchange with translators in English: this file defines the catalogue's sections and keys. */
export const en = {
  /** Why a translated file is refused as a whole. */
  fileErrors: {
    emptyFile: 'The file is empty.',
    tooLarge: 'The file is {size} MB; files from translators larger than {limit} MB are not imported.',
    unknownFormat:
      'This is neither an XLIFF file nor an Excel workbook (.xlsx). Import the file that RoPA Desk made for translators, once translated.',
    notUtf8: 'The file is not UTF-8 text, so it cannot be an XLIFF file.',
    notXml:
      'The file is not well-formed XML (line {line}, column {column}: {detail}). Was it cut short or edited by hand?',
    doctype:
      'The file declares a document type (<!DOCTYPE …>). XLIFF files never need one, and such a declaration can make a file read other files or swell without limit, so the file is refused.',
    notXliff: 'The file is XML but not an XLIFF document (its root element is <{root}>).',
    xliffVersion:
      'This is an XLIFF {version} file; RoPA Desk reads XLIFF 2.0 and 2.1. Ask for the file back in the version it was sent in.',
    notOurs:
      'This file was not made by RoPA Desk for translators: none of its texts carries the stamp RoPA Desk writes. Export a file for translators from RoPA Desk and have that one translated.',
    noTargetLanguage: 'The file does not say which language it was translated into.',
    badLanguage: 'The file was translated into "{found}", which is not a language of the register ({languages}).',
    wrongLanguage: 'The file was translated into {found}, not into {expected}. Import it among the texts in {found}.',
    sameAsMain:
      'The file was translated into {found}, the main language of the register: there is nothing to translate into it.',
    sourceLanguage:
      'The file was made from texts in {found}, but the main language of the register is {expected}: it belongs to another register, or the main language has changed since.',
    workbook: '{reason}',
    noTextSheet:
      'The workbook holds no sheet of texts to translate, or its information sheet "{info}" is missing or changed. Was it copied into another workbook?',
    invalidResult: 'The register with these translations would not be valid: {detail}',
  },
  /** Why one text of the file was not taken over as it is; shown with where it is in the file. */
  problems: {
    unsafeTextCleaned:
      'the translation held characters a register cannot keep (a NUL character or half of a character pair); they were removed or replaced by \uFFFD',
    formula: 'the translation cell holds a formula ({value}); the text is not imported. Type the translation as text.',
    errorValue: 'the translation cell holds an error value ({value}); the text is not imported',
    notText: 'the translation cell cannot be read as text; the text is not imported',
    markup:
      'the translation holds inline codes (<{element}>) that a register text cannot keep; the text is not imported',
    partial: 'only part of the text is translated (a segment has no translation); the text is not imported',
    duplicateKey: 'the same text appears earlier in the file; this one is ignored',
    noStamp: 'the text carries no source stamp (it was added or changed outside RoPA Desk); it is not imported',
    noKey: 'the text has no key (it was added outside RoPA Desk); it is ignored',
  },
  /** Why a text is listed as stale, unknown or unchanged. */
  reasons: {
    sourceChanged: 'the text in the main language has changed since the file was made',
    recordGone: 'the record or item it belongs to is no longer in the register',
    textGone: 'the text in the main language is now empty',
    badKey: 'it names no text of a register',
    empty: 'not translated',
    same: 'the same as the current translation',
    unreviewed: 'the earlier translation came back unchanged and not marked as translated',
    copiedSource: 'the text came back as a copy of the original, not marked as translated',
  },
  /** Words written into the files for translators. */
  fileTexts: {
    sheetName: 'Translation',
    key: 'Key',
    record: 'Record',
    field: 'Field',
    source: 'Text in {language}',
    translation: 'Translation into {language}',
    previous: 'Earlier translation (outdated)',
    stamp: 'Source stamp',
    atUnit: 'unit {id}',
    atRow: 'row {row}',
    recordOf: '{kind}: {name}',
    fileNote:
      'Texts of the register "{title}" to translate from {source} into {target}. Write each translation as the target; leave identifiers and notes as they are.',
    previousNote:
      'The target holds an earlier translation, made from an older version of the text: revise it, then mark it as translated.',
  },
} as const;
