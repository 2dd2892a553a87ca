/**
 * The formats `ropa export` writes and `ropa import` reads. Adding a format is adding one entry to EXPORTERS or
 * IMPORTERS: the commands look the format up here and say "not available yet" for a known format with no entry.
 */
import type { UiLanguage } from '../i18n/languages';
import type { Register } from '../model/register';
import { writeRegisterFile } from '../register/registerFile';
import { parseRegisterInput } from './files';

export const EXPORT_FORMATS = ['json', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Language of the export's labels and headings. */
  lang: UiLanguage;
  /** When the export is made, ISO 8601 timestamp. */
  savedAt: string;
  /** Names the program that made the file. */
  generator: string;
}

/** Turns a (possibly scoped) register into the bytes or text of the output file. */
export type Exporter = (register: Register, options: ExportOptions) => Promise<Uint8Array | string>;

export const EXPORTERS: Partial<Record<ExportFormat, Exporter>> = {
  json: async (register, options) =>
    writeRegisterFile(register, { savedAt: options.savedAt, generator: options.generator }),
};

export const IMPORT_FORMATS = ['json', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOptions {
  /** The input's name, for messages. */
  file: string;
  lang: UiLanguage;
}

export interface ImportResult {
  register: Register;
  /** The register file version the input was written in, when it was a register file. */
  fileVersion?: number;
}

/** Reads the bytes of an input file into a register; refusals are CliErrors or InputFileErrors. */
export type Importer = (input: Uint8Array, options: ImportOptions) => Promise<ImportResult>;

export const IMPORTERS: Partial<Record<ImportFormat, Importer>> = {
  json: async (input, options) => {
    const { register, fileVersion } = parseRegisterInput(options.file, input);
    return { register, fileVersion };
  },
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** An Excel workbook by its name or by its content (a zip archive); anything else is read as a register file. */
export function detectImportFormat(file: string, input: Uint8Array): ImportFormat {
  const zip = ZIP_MAGIC.every((byte, i) => input[i] === byte);
  return zip || file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json';
}
