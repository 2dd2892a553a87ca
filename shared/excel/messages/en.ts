/** Excel export and import messages in English: this file defines the catalogue's sections and keys. */
export const en = {
  importErrors: {
    emptyFile: 'The file is empty.',
    tooLarge: 'The file is {size} MB; workbooks larger than {limit} MB are not imported.',
    encrypted:
      'This file is a password-protected (encrypted) workbook or an old Excel 97–2003 (.xls) file. Remove the password or save it as an Excel workbook (.xlsx), then import that.',
    notXlsx:
      'This is not an Excel workbook (.xlsx): the file is not a zip archive (is it a renamed text or CSV file?).',
    notAWorkbook: 'This zip archive is not an Excel workbook (.xlsx): it holds no xl/workbook.xml.',
    truncated: 'The workbook is incomplete or damaged (truncated): {detail}. Export or copy it again.',
    zipTooBig:
      'The workbook would unpack to {size} MB, more than the limit of {limit} MB. It is refused as a possible zip bomb.',
    zipRatio:
      'The part {entry} of the workbook would expand {ratio} times, more than the limit of {limit} times for parts above {min} MB. It is refused as a possible zip bomb.',
    zipEntries:
      'The workbook holds {count} parts, more than the limit of {limit}. It is refused as a possible zip bomb.',
    zipSizeMismatch:
      'The part {entry} of the workbook unpacks to more than its declared size. It is refused as damaged or as a possible zip bomb.',
    unreadable: 'The workbook cannot be read: {detail}',
    noRegisterSheet:
      'The workbook holds no register sheet. Expected a RoPA Desk export (sheets such as "{complete}") or the GBA/APD register model (a sheet "{authority}"). Sheets found: {found}.',
    invalidResult: 'The imported register is not valid: {path}: {detail}',
  },
  problemReasons: {
    unsafeTextCleaned:
      'held characters a register cannot keep (a NUL character or half of a character pair); they were removed or replaced by \uFFFD',
    badDate: 'not a date: "{value}"; the cell is ignored',
    badBoolean: 'not yes or no: "{value}"; the cell is ignored',
    badEnum: 'unknown value "{value}"; the cell is ignored',
    badCountry: 'unknown country "{value}"; the cell is ignored',
    badDuration: 'not an ISO 8601 period such as P18M: "{value}"; the cell is ignored',
    badLanguage: 'unknown language "{value}"; the cell is ignored',
    badId: 'not a valid ID: "{value}"; the row is matched by name',
    errorValue: 'the cell holds an error value ({value}); it is ignored',
    notText: 'the cell cannot be read as text; it is ignored',
    formula: 'formula, value not used ({value}): the cell is read as empty',
    formulaKept: 'formula, value not used ({value}): the field keeps its current value',
    shortenedEdited:
      'the text was shortened in this workbook (it is longer than an Excel cell holds) and cannot be edited here; edit it in RoPA Desk. The field keeps its current value',
    duplicateId: 'the ID {value} appears on an earlier row too; this row is skipped',
    duplicateName: 'the name "{value}" matches a record already taken by an earlier row; this row is a new record',
    missingName: 'the name is empty; the row is skipped',
    invalidRecord: 'the row is not a valid record ({detail}); it is skipped',
    invalidRecordKept: 'the row is not a valid record ({detail}); the record is kept as it was',
    invalidField: '{detail}; the value is left out',
    unknownName: 'no {kind} named "{value}"; the link is left out',
    ambiguousName: 'several records ({kind}) are named "{value}"; the link is left out',
    createdRecord: 'no {kind} named "{value}": a new one is created; complete it in the register',
    danglingLink: 'a link points at a record ({kind}) that is not in the register ({value}); the link is left out',
    missingSheet: 'the sheet is missing: the {kind} are kept as they are',
    missingTranslations: 'the translations sheet is missing: translations are kept as they are',
    fingerprintDiffers:
      'the workbook was exported from another version of the register ({value}); cells that differ from the current register replace it',
    badTranslation: 'translation of an unknown record, item or field; the row is ignored',
    cannotCreate: 'no {kind} named "{value}" and not enough information to create one; the link is left out',
    unknownColumn: 'unknown column; it is ignored',
  },
  sheetTexts: {
    internalEdition: 'Internal edition: contains internal fields',
    edition: 'Edition',
    coverTitle: 'Register of processing activities (Art. 30 GDPR)',
    organisation: 'Organisation',
    controllers: 'Controllers',
    dpo: 'Data protection officer',
    exportedAt: 'Exported on (UTC)',
    fingerprint: 'Register fingerprint (SHA-256)',
    snapshot: 'Snapshot',
    liveRegister: 'Live register (no snapshot)',
    scope: 'Scope',
    scopeAll: 'All controllers of the register',
    scopeOne: 'Limited to the controller {name}',
    exportLanguage: 'Language of this export',
    mainLanguage: 'Main language of the register',
    counts: 'Records',
    count: 'Number',
    findings: 'Findings of the validation on {today}',
    severity: 'Severity',
    error: 'Errors',
    warning: 'Warnings',
    info: 'Information',
    coverNote:
      'This workbook is a dated copy of the register kept in RoPA Desk; the register itself is the authoritative version. Every sheet can be read back into RoPA Desk. Hidden columns "(IDs)" hold the links between records: leave them as they are.',
    listsIntro: 'Values of the drop-down lists.',
    instructionsTitle: 'How to read and edit this register',
    instructions1:
      'This workbook follows the register model of the Belgian Data Protection Authority (GBA/APD): the sheet "{controllers}" identifies the controller(s) and their data protection officer, the sheet "{register}" holds one row per processing activity.',
    instructions2:
      'Columns with a red header hold what Article 30(1) GDPR makes mandatory; the other columns are optional additions.',
    instructions3:
      'Cells with several values hold one value per line. Columns that line up (a recipient with its internal/external mark and its country; a transfer with its country and safeguards; a legal ground with its statute; a retention period with its ISO 8601 period) must keep their lines in the same order.',
    instructions4:
      'Type of processing: "{normal}" when none of the listed characteristics applies. The columns on Art. 9 and Art. 10 data are derived from the data categories.',
    instructions5:
      'To change a retention period, change the ISO 8601 column (P18M = 18 months, P1Y6M = 1 year and 6 months); a retention that cannot be expressed in figures is written as a criterion in the retention column, with an empty ISO cell.',
    instructions6:
      'Ended processing activities stay in the register with their end date and the processing that replaces them; the authority may ask about them.',
    instructions7:
      'The workbook can be read back into RoPA Desk: changed cells, added rows and deleted rows are shown for confirmation before anything changes. Do not change the hidden ID column. Names of recipients, data categories and other records are matched to the register by name. Only the register sheet is read back; the other sheets are for information.',
    instructions8: 'Exported on {date} (UTC) from the register with fingerprint {fingerprint}.',
    mandatoryLegend: 'Mandatory under Article 30(1) GDPR',
    untranslatedLegend: {
      one: '1 text has no current translation for this export ({language}): its translation is missing or was made from an earlier version of the text. It is shown in the main language ({main}), in italics on an amber background, like this cell.',
      other:
        '{count} texts have no current translation for this export ({language}): a translation is missing or was made from an earlier version of the text. They are shown in the main language ({main}), in italics on an amber background, like this cell.',
    },
    textShortened: { other: '… [text shortened: {count} characters; the full text is in the register file]' },
  },
} as const;
