/**
 * The formats `ropa export` writes and `ropa import` reads. Adding a format is adding one entry to EXPORTERS or
 * IMPORTERS: the commands look the format up here and say "not available yet" for a known format with no entry.
 */
import type { UiLanguage } from '../i18n/languages';
import type { Edition } from '../model/recordFields';
import { emptyRegister, type Register } from '../model/register';
import { scopeToController } from '../register/controllerScope';
import { excerptText } from '../register/excerpt';
import { writeRegisterFile } from '../register/registerFile';
import { shown } from './args';
import { message } from './errors';
import { parseRegisterInput } from './files';

/** `folder` is the register folder for Git (shared/registerFolder): many files, written by the export command itself. */
export const EXPORT_FORMATS = ['json', 'xlsx', 'pdf', 'folder'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXCEL_LAYOUTS = ['authority', 'complete'] as const;
export type ExcelLayout = (typeof EXCEL_LAYOUTS)[number];

export interface ExportOptions {
  /** Language of the export's labels and headings. */
  lang: UiLanguage;
  /** When the export is made, ISO 8601 timestamp. */
  savedAt: string;
  /** The day findings are computed for, YYYY-MM-DD. */
  today: string;
  /** Names the program that made the file. */
  generator: string;
  /** Limit the export to one controller; each exporter scopes (the workbook records the scope for re-import). */
  controllerId?: string;
  /** Excel only. */
  layout: ExcelLayout;
  /** PDF only: list the findings. */
  includeFindings: boolean;
  /** PDF and authority workbook: `internal` keeps the internal fields and says so on every page. */
  edition: Edition;
}

export const EDITIONS = ['standard', 'internal'] as const satisfies readonly Edition[];

/** Turns the register into the bytes or text of the output file. */
export type Exporter = (register: Register, options: ExportOptions) => Promise<Uint8Array | string>;

const scopeOf = (options: ExportOptions) => (options.controllerId ? { controllerId: options.controllerId } : {});

export const EXPORTERS: Partial<Record<ExportFormat, Exporter>> = {
  json: async (register, options) =>
    writeRegisterFile(options.controllerId ? scopeToController(register, options.controllerId) : register, {
      savedAt: options.savedAt,
      generator: options.generator,
    }),
  xlsx: async (register, options) => {
    const { exportWorkbook } = await import('../excel');
    return exportWorkbook(register, {
      lang: options.lang,
      layout: options.layout,
      edition: options.edition,
      exportedAt: new Date(options.savedAt),
      today: options.today,
      ...scopeOf(options),
    });
  },
  pdf: async (register, options) => {
    const { exportPdf } = await import('../pdf');
    return exportPdf(register, {
      lang: options.lang,
      exportedAt: new Date(options.savedAt),
      today: options.today,
      includeFindings: options.includeFindings,
      edition: options.edition,
      ...scopeOf(options),
    });
  },
};

export const IMPORT_FORMATS = ['json', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOptions {
  /** The input's name, for messages. */
  file: string;
  lang: UiLanguage;
  /** The register to import into (workbooks); a new, empty one when absent. */
  current?: Register;
}

export interface ImportResult {
  register: Register;
  /** The register file version the input was written in, when it was a register file. */
  fileVersion?: number;
  /** Cells or rows that could not be read (workbooks), one line each. */
  problems?: string[];
}

/** Reads the bytes of an input file into a register; refusals are CliErrors or InputFileErrors. */
export type Importer = (input: Uint8Array, options: ImportOptions) => Promise<ImportResult>;

export const IMPORTERS: Partial<Record<ImportFormat, Importer>> = {
  json: async (input, options) => {
    const { register, fileVersion } = parseRegisterInput(options.file, input);
    return { register, fileVersion };
  },
  xlsx: async (input, options) => {
    const { planWorkbookImport } = await import('../excel');
    const plan = await planWorkbookImport(input, options.current ?? emptyRegister(), { lang: options.lang });
    const problems = plan.problems.map((p) => {
      // Sheet names, headers and the values a reason quotes come from the workbook: each is kept short.
      const params = { sheet: shown(p.sheet), column: shown(p.column), row: p.row, reason: excerptText(p.reason, 300) };
      return message(options.lang, p.row ? 'cellProblem' : 'sheetProblem', params);
    });
    return { register: plan.register, problems };
  },
};
