/**
 * Backup and restore through the register file. A restore first shows what the file holds; applying it keeps
 * the current register as a snapshot and replaces it in one transaction, so a failure changes nothing.
 */
import { countRecords } from '../../shared/register/compare';
import { readRegisterFile, writeRegisterFile, type ReadResult } from '../../shared/register/registerFile';
import type { RecordKind } from '../../shared/model';
import type { RegisterDatabase } from './database';
import { loadRegister, replaceRegister } from './registerStore';

export interface BackupPreview {
  read: ReadResult;
  title: string;
  counts: Record<RecordKind, number>;
}

/** The register file text of the live register. */
export async function backupText(db: RegisterDatabase, generator = 'RoPA Desk'): Promise<string> {
  const register = await db.transaction('r', db.registerTables(), () => loadRegister(db));
  return writeRegisterFile(register, { savedAt: new Date().toISOString(), generator });
}

/** Reads a register file without touching the database. Throws RegisterFileError with a clear message. */
export function previewBackup(text: string): BackupPreview {
  const read = readRegisterFile(text);
  return { read, title: read.register.meta.title, counts: countRecords(read.register) };
}

export async function restoreBackup(
  db: RegisterDatabase,
  preview: BackupPreview,
  fileName: string,
  keepCurrentAs: string,
): Promise<void> {
  await replaceRegister(db, preview.read.register, {
    action: 'restore',
    note: fileName,
    keepCurrentAs,
    fingerprint: preview.read.fingerprint,
  });
}
