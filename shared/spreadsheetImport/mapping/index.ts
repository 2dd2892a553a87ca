/** The column mapping of the spreadsheet import: proposals from header words and value shapes, and saved mappings. */
export { guessKind, guessLanguage, MIN_CONFIDENCE, proposeImport, proposeMapping } from './proposeMapping';
export type { ProposedImport, ProposeOptions } from './proposeMapping';
export { applySavedMapping, columnKey, saveMapping, savedMappingFit, savedMappingSchema } from './savedMapping';
export { findTarget, importTargets, targetLabel, type ImportKind, type ImportTarget } from './targets';
