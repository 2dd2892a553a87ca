/**
 * Excel export and import of the register: the authority's layout (GBA/APD model) for people, the complete layout
 * for a round trip. Pure TypeScript over ExcelJS, the same in Node (CLI, tests) and in the renderer.
 */
export { exportWorkbook, type ExcelExportOptions } from './exportWorkbook';
export { planWorkbookImport, type ImportPlan, type WorkbookImportOptions } from './planImport';
export { WorkbookImportError } from './importErrors';
export type { ImportProblem } from './importShared';
export type { Layout } from './columnMap';
export { COLUMN_MAP } from './columnMap';
export { DEFAULT_MAX_FILE_BYTES, MAX_ENTRIES, MAX_RATIO, MAX_UNPACKED_BYTES, RATIO_MIN_BYTES } from './zipGuard';
