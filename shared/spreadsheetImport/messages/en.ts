/** Spreadsheet import messages in English: this file defines the catalogue's sections and keys. */
export const en = {
  /** Why a file was refused before any table was looked for (SpreadsheetReadError). */
  readErrors: {
    emptyFile: 'The file is empty.',
    tooLarge: 'The file is {size} MB; spreadsheets larger than {limit} MB are not imported.',
    encrypted:
      'This file is password-protected (encrypted), or an old Excel 97–2003 (.xls) file. Remove the password or save it as an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods) or a CSV file, then import that.',
    notASpreadsheet:
      'This file is neither a spreadsheet nor a text file (CSV, TSV). Import an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods), or a CSV or TSV text file.',
    zipNotSpreadsheet:
      'This file is a zip archive that holds no spreadsheet (no Excel workbook, no OpenDocument spreadsheet): perhaps an export of another program or a document of another kind. Import an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods), or a CSV or TSV text file.',
    truncated: 'The file is incomplete or damaged (truncated): {detail}. Save or copy it again.',
    zipTooBig:
      'The file would unpack to {size} MB, more than the limit of {limit} MB. It is refused as a possible zip bomb.',
    zipRatio:
      'The part {entry} of the file would expand {ratio} times, more than the limit of {limit} times for parts above {min} MB. It is refused as a possible zip bomb.',
    zipEntries: 'The file holds {count} parts, more than the limit of {limit}. It is refused as a possible zip bomb.',
    zipSizeMismatch:
      'The part {entry} of the file unpacks to more than its declared size. It is refused as damaged or as a possible zip bomb.',
    unreadable: 'The spreadsheet cannot be read: {detail}',
    tooManyCells:
      'The sheet "{sheet}" would hold more than {limit} cells once its repeated rows and columns are spelled out. It is refused as a possible attack; delete the empty rows and columns at its end and try again.',
    unsupportedEncoding:
      'This text file is written in {encoding}, which is not read here. Save it as "CSV UTF-8" (or as an Excel workbook) and import that.',
    unclosedQuote:
      'The text file has a quotation mark opened on row {row} that is never closed: everything after it would end up in one cell. Correct the file and import it again.',
  },
} as const;
