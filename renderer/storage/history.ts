/**
 * The change history: one entry per write, appended in the same transaction as the write itself, so a change
 * is never stored without its entry and an entry never describes a change that did not happen.
 */
import type { FieldChange } from '../../shared/register/compare';
import type { ImportReport } from '../../shared/spreadsheetImport/build';
import type { RecordKind } from '../../shared/model';
import type { RegisterDatabase } from './database';

export type HistoryAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'import'
  | 'snapshot-restore'
  | 'meta'
  /** The register replaced by a sync with its shared Git repository (what others changed, merged). */
  | 'sync';

export interface HistoryEntry {
  seq?: number;
  /** ISO timestamp. */
  at: string;
  /** The user name set in the settings (or "" when none was set). */
  user: string;
  action: HistoryAction;
  kind: RecordKind | 'meta' | 'register';
  recordId?: string;
  recordName?: string;
  /** Field by field, for creates, updates and deletes of one record. */
  changes?: FieldChange[];
  /** What a whole-register operation was: "Backup register-2026-11-20.ropa.json restored". */
  note?: string;
  /** Fingerprints before and after a whole-register operation. */
  fingerprintBefore?: string;
  fingerprintAfter?: string;
  /**
   * For a spreadsheet import: the mapping report as it was shown before applying (columns mapped and ignored, values
   * not understood, records created, what Art. 30 still needs), kept with the import it describes.
   */
  importReport?: ImportReport;
  /** The name of the file that report is of. */
  importFile?: string;
}

/** The history of one record, newest first. */
export function recordHistory(db: RegisterDatabase, kind: RecordKind, recordId: string): Promise<HistoryEntry[]> {
  return db.history.where('[kind+recordId]').equals([kind, recordId]).reverse().toArray();
}

/** The history of the whole register, newest first; `limit` keeps long histories cheap to show. */
export function registerHistory(db: RegisterDatabase, limit = 500): Promise<HistoryEntry[]> {
  return db.history.orderBy('seq').reverse().limit(limit).toArray();
}
