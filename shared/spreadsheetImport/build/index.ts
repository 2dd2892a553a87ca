/** Building register records from a mapped foreign table, with the mapping report. */
export { buildRegister, type BuildOptions, type BuildResult } from './buildRegister';
export type { CellIssue, IgnoredColumn, ImportReport, MappedColumn, RecordChange, StillNeeded } from './report';
