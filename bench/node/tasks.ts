/**
 * The Node tasks and their baselines. Each task is set up once (inputs read from files prepared beforehand, outside
 * any timing) and returns the function whose runs are timed. Baselines do with the bare library what the app does
 * with it plus its own work, on exactly the same data:
 *
 * - xlsx-export: ExcelJS writing the same cells (read back from the app's own authority export) with no styling,
 *   through `addWorksheet` + `addRow` + `writeBuffer` with the same zip settings as the app;
 * - xlsx-import: ExcelJS `xlsx.load` of the same complete-layout file, with no options;
 * - import-foreign: ExcelJS `xlsx.load` of the same authority-style workbook written by hand (bench/node/foreignWorkbook.ts);
 * - pdf-export: pdfmake rendering the register's own strings (names, purposes, descriptions) as plain paragraphs
 *   in the same font, with no layout.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { generateRegister } from '../../shared/bench/generateRegister';
import { exportWorkbook, planWorkbookImport } from '../../shared/excel';
import { emptyRegister, RECORD_KINDS, type Register } from '../../shared/model';
import { exportPdf } from '../../shared/pdf';
import { planSpreadsheetImport } from '../../shared/spreadsheetImport/planSpreadsheetImport';
import { forgetReadings } from '../../shared/spreadsheetImport/values/memo';
import { readRegisterFile, writeRegisterFile } from '../../shared/register/registerFile';
import { validateRegister } from '../../shared/validation/validate';
import { EXPORTED_AT_ISO, inputDir, SEED, TODAY, type NodeTask, type Variant } from '../common';
import { foreignWorkbook } from './foreignWorkbook';

const exportedAt = new Date(EXPORTED_AT_ISO);

/** A runnable task: `run` is timed, `check` (not timed) says what the last run produced. */
export interface Prepared {
  run: () => Promise<void>;
  check: () => string;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs, prepared once per size and kept in bench/tmp/inputs/<size>/.

const FILES = {
  register: 'register.ropa.json',
  authority: 'authority.xlsx',
  authorityCells: 'authority-cells.json',
  complete: 'complete.xlsx',
  foreign: 'foreign.xlsx',
  pdfStrings: 'pdf-strings.json',
} as const;

function inputPath(size: number, file: keyof typeof FILES): string {
  return path.join(inputDir(size), FILES[file]);
}

/** A cell as JSON: dates as `{ "$date": iso }`, everything else as it is. */
type JsonCell = string | number | boolean | null | { $date: string };
interface SheetCells {
  name: string;
  state: string;
  /** Row by row from row 1; an empty array for an empty row, so addRow keeps every cell where it was. */
  rows: JsonCell[][];
}

function jsonCell(value: ExcelJS.CellValue): JsonCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { $date: value.toISOString() };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' ? result : null;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return null;
}

function cellFromJson(cell: JsonCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object') return new Date(cell.$date);
  return cell;
}

/** Every cell value of every sheet of a workbook, in place. */
async function readCells(bytes: Uint8Array): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
  return workbook.worksheets.map((sheet) => {
    const rows: JsonCell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: JsonCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(jsonCell(row.getCell(c).value));
      rows.push(cells);
    }
    return { name: sheet.name, state: sheet.state, rows };
  });
}

/** The register's own texts, in reading order: what the PDF baseline prints as plain paragraphs. */
export function pdfStrings(register: Register): string[] {
  const out: string[] = [register.meta.title];
  for (const activity of register.activities) {
    out.push(activity.name);
    if (activity.description) out.push(activity.description);
    for (const purpose of activity.purposes) out.push(purpose.description);
  }
  for (const kind of RECORD_KINDS) {
    if (kind === 'activities') continue;
    for (const record of register[kind]) {
      out.push(record.name);
      if ('description' in record && record.description) out.push(record.description);
    }
  }
  return out;
}

/**
 * Writes the inputs of one size. Always rewritten: they depend on the generator and on the exporters, which change
 * under the benchmark's feet, and writing them takes seconds.
 */
export async function prepareInputs(size: number): Promise<string> {
  const dir = inputDir(size);
  mkdirSync(dir, { recursive: true });
  const register = generateRegister(size, SEED);
  writeFileSync(
    inputPath(size, 'register'),
    writeRegisterFile(register, { savedAt: EXPORTED_AT_ISO, generator: 'bench' }),
  );
  const authority = await exportWorkbook(register, { lang: 'nl', layout: 'authority', exportedAt, today: TODAY });
  writeFileSync(inputPath(size, 'authority'), authority);
  writeFileSync(inputPath(size, 'authorityCells'), JSON.stringify(await readCells(authority)));
  const complete = await exportWorkbook(register, { lang: 'nl', layout: 'complete', exportedAt, today: TODAY });
  writeFileSync(inputPath(size, 'complete'), complete);
  writeFileSync(inputPath(size, 'foreign'), await foreignWorkbook(register));
  writeFileSync(inputPath(size, 'pdfStrings'), JSON.stringify(pdfStrings(register)));
  return `inputs for ${size} written to ${dir}`;
}

function readRegister(size: number): Register {
  return readRegisterFile(readFileSync(inputPath(size, 'register'), 'utf8')).register;
}

function readBytes(size: number, file: 'authority' | 'complete' | 'foreign'): Uint8Array {
  const buffer = readFileSync(inputPath(size, file));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// ---------------------------------------------------------------------------------------------------------------
// pdfmake for the baseline, loaded the way shared/pdf/engine.ts loads it (Node build, Roboto from its vfs).

interface BarePdfMake {
  createPdf(doc: object): { getBuffer(): Promise<Uint8Array> };
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy?(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?(policy: (path: string) => boolean): void;
  virtualfs: { writeFileSync(name: string, content: string, encoding?: string): void };
}

function innermost(module: unknown, key: string): Record<string, unknown> {
  let current: unknown = module;
  let found: Record<string, unknown> | undefined;
  for (let depth = 0; depth < 3 && current !== null && typeof current === 'object'; depth++) {
    const record = current as Record<string, unknown>;
    if (key in record) found = record;
    current = record['default'];
  }
  if (!found) throw new Error(`bench: ${key} not found in the module`);
  return found;
}

const BASELINE_FONT = 'BenchRoboto';

async function barePdfMake(): Promise<BarePdfMake> {
  const pdfMake = innermost(await import('pdfmake'), 'createPdf') as unknown as BarePdfMake;
  const vfs = innermost(await import('pdfmake/build/vfs_fonts.js'), 'Roboto-Regular.ttf') as Record<string, string>;
  const files = {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  };
  const names: Record<string, string> = {};
  for (const [style, file] of Object.entries(files)) {
    pdfMake.virtualfs.writeFileSync(`${BASELINE_FONT}-${file}`, vfs[file] ?? '', 'base64');
    names[style] = `${BASELINE_FONT}-${file}`;
  }
  pdfMake.addFonts({ [BASELINE_FONT]: names });
  pdfMake.setUrlAccessPolicy?.(() => false);
  pdfMake.setLocalAccessPolicy?.(() => false);
  return pdfMake;
}

// ---------------------------------------------------------------------------------------------------------------
// The tasks

export async function prepareTask(task: NodeTask, variant: Variant, size: number): Promise<Prepared> {
  let produced = '';
  const check = () => produced;

  switch (task) {
    case 'register-read-validate': {
      if (variant === 'baseline') throw new Error(`${task} has no baseline`);
      const text = readFileSync(inputPath(size, 'register'), 'utf8');
      return {
        run: async () => {
          const read = readRegisterFile(text);
          const findings = validateRegister(read.register, { today: TODAY });
          produced = `${read.register.activities.length} activities, ${findings.length} findings`;
        },
        check,
      };
    }
    case 'validate': {
      if (variant === 'baseline') throw new Error(`${task} has no baseline`);
      const register = readRegister(size);
      return {
        run: async () => {
          produced = `${validateRegister(register, { today: TODAY }).length} findings`;
        },
        check,
      };
    }
    case 'xlsx-export': {
      if (variant === 'app') {
        const register = readRegister(size);
        return {
          run: async () => {
            const bytes = await exportWorkbook(register, { lang: 'nl', layout: 'authority', exportedAt, today: TODAY });
            produced = `${bytes.byteLength} bytes`;
          },
          check,
        };
      }
      const sheets = JSON.parse(readFileSync(inputPath(size, 'authorityCells'), 'utf8')) as SheetCells[];
      const rows = sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map(cellFromJson)) }));
      return {
        run: async () => {
          const workbook = new ExcelJS.Workbook();
          for (const sheet of rows) {
            const worksheet = workbook.addWorksheet(sheet.name);
            for (const row of sheet.rows) worksheet.addRow(row);
          }
          // The same writer settings as the app (shared/excel/excelIo.ts): the difference is the app's own work.
          const buffer = await workbook.xlsx.writeBuffer({
            useSharedStrings: true,
            zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
          } as ExcelJS.XlsxWriteOptions);
          produced = `${buffer.byteLength} bytes`;
        },
        check,
      };
    }
    case 'xlsx-import': {
      const bytes = readBytes(size, 'complete');
      if (variant === 'app') {
        const current = emptyRegister();
        return {
          run: async () => {
            const plan = await planWorkbookImport(bytes, current);
            if (plan.register.activities.length !== size) {
              throw new Error(`import read ${plan.register.activities.length} activities, expected ${size}`);
            }
            produced = `${plan.register.activities.length} activities, ${plan.problems.length} problems`;
          },
          check,
        };
      }
      return {
        run: async () => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
          produced = `${workbook.worksheets.length} sheets`;
        },
        check,
      };
    }
    case 'import-foreign': {
      const bytes = readBytes(size, 'foreign');
      if (variant === 'app') {
        const current = emptyRegister();
        return {
          run: async () => {
            // Every run a first import: the texts the warm-up run read are forgotten.
            forgetReadings();
            const plan = await planSpreadsheetImport(bytes, 'foreign.xlsx', current, { into: 'new', today: TODAY });
            if (plan.register.activities.length !== size) {
              throw new Error(`import read ${plan.register.activities.length} activities, expected ${size}`);
            }
            const { report } = plan;
            produced =
              `${plan.register.activities.length} activities, ${report.columns.mapped.length} columns mapped, ` +
              `${report.created.length - size} linked records, ${report.cells.length} values not understood`;
          },
          check,
        };
      }
      return {
        run: async () => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
          produced = `${workbook.worksheets.length} sheets`;
        },
        check,
      };
    }
    case 'pdf-export': {
      if (variant === 'app') {
        const register = readRegister(size);
        // Loads pdfmake and the fonts (the app does this once per session), outside the timing.
        await exportPdf(generateRegister(1, SEED), { lang: 'nl', exportedAt, today: TODAY });
        return {
          run: async () => {
            const bytes = await exportPdf(register, { lang: 'nl', exportedAt, today: TODAY });
            produced = `${bytes.byteLength} bytes`;
          },
          check,
        };
      }
      const strings = JSON.parse(readFileSync(inputPath(size, 'pdfStrings'), 'utf8')) as string[];
      const pdfMake = await barePdfMake();
      await pdfMake.createPdf({ content: [{ text: 'warm' }], defaultStyle: { font: BASELINE_FONT } }).getBuffer();
      return {
        run: async () => {
          const doc = { content: strings.map((text) => ({ text })), defaultStyle: { font: BASELINE_FONT } };
          const bytes = await pdfMake.createPdf(doc).getBuffer();
          produced = `${bytes.byteLength} bytes`;
        },
        check,
      };
    }
  }
}
