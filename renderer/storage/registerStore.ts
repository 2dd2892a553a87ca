/**
 * The whole register in and out of the database: reading it as one `Register`, keeping a copy of it as a
 * snapshot, and replacing it in one transaction (restore, import, snapshot restore, first start). A
 * replacement either happens completely — safety snapshot of the old state, new tables, history entry — or not
 * at all: any failure rolls the transaction back and the register stays as it was.
 */
import type { UiLanguage } from '../../shared/i18n/languages';
import { fingerprint } from '../../shared/register/canonical';
import { countRecords } from '../../shared/register/compare';
import { emptyRegister, RECORD_KINDS, type AnyRecord, type Register } from '../../shared/model';
import type { RegisterDatabase } from './database';
import type { ImportReport } from '../../shared/spreadsheetImport/build';
import type { HistoryAction } from './history';
import { getUserName } from './settings';
import type { SnapshotInfo } from './snapshotTypes';
import { fromStored, toStored } from './storedRecord';

/** Reads the register. Call inside a transaction to get a consistent picture while others write. */
export async function loadRegister(db: RegisterDatabase): Promise<Register> {
  const metaRow = await db.meta.get('register');
  const register: Register = emptyRegister();
  if (metaRow) {
    const { key: _key, ...meta } = metaRow;
    register.meta = meta;
  }
  for (const kind of RECORD_KINDS) {
    const rows = (await db.recordTable(kind).toArray()) as AnyRecord[];
    (register[kind] as AnyRecord[]) = rows.map((row) => fromStored(kind, row));
  }
  return register;
}

/** True when the database holds no register yet (first start). */
export async function isRegisterEmpty(db: RegisterDatabase): Promise<boolean> {
  if (await db.meta.get('register')) return false;
  for (const kind of RECORD_KINDS) if ((await db.recordTable(kind).count()) > 0) return false;
  return true;
}

/** Writes a snapshot of `register`. Must run inside a read-write transaction over the snapshot tables. */
export async function storeSnapshot(db: RegisterDatabase, name: string, register: Register): Promise<SnapshotInfo> {
  const info: SnapshotInfo = {
    id: crypto.randomUUID(),
    name: name.trim(),
    takenAt: new Date().toISOString(),
    user: await getUserName(db),
    fingerprint: fingerprint(register),
    counts: countRecords(register),
  };
  await db.snapshots.add(info);
  await db.snapshotContents.add({ id: info.id, register });
  return info;
}

async function writeRegisterTables(db: RegisterDatabase, register: Register): Promise<void> {
  await db.meta.clear();
  await db.meta.put({ key: 'register', ...register.meta });
  for (const kind of RECORD_KINDS) {
    const table = db.recordTable(kind);
    await table.clear();
    const rows = (register[kind] as AnyRecord[]).map((record) => toStored(kind, record));
    await table.bulkAdd(rows as { id: string; name: string }[]);
  }
}

export interface ReplaceOptions {
  action: HistoryAction;
  /** What was loaded: a file name, a snapshot name, "sample register". */
  note: string;
  /** Name of the snapshot that keeps the state being replaced; none is taken when the register is empty. */
  keepCurrentAs?: string;
  /**
   * The incoming register's fingerprint when the caller has it already (reading a register file computes it), so a
   * large register is not hashed twice.
   */
  fingerprint?: string;
  /**
   * The register the incoming one was planned from (an import's preview): when the stored register is no longer it
   * (edited here or in another window since), nothing is written and RegisterChangedError is thrown, so an import
   * never silently drops a change made after its preview.
   */
  basedOn?: Register;
  /** A spreadsheet import's report and the name of its file, kept with its history entry. */
  report?: { file: string; report: ImportReport };
}

const REGISTER_CHANGED: Readonly<Record<UiLanguage, string>> = {
  en: 'The register changed after the preview was made (here or in another window). Nothing was imported: look at the preview again.',
  nl: 'Het register is gewijzigd nadat het overzicht werd gemaakt (hier of in een ander venster). Er is niets geïmporteerd: bekijk het overzicht opnieuw.',
  fr: "Le registre a changé après la préparation de l'aperçu (ici ou dans une autre fenêtre). Rien n'a été importé : consultez à nouveau l'aperçu.",
  de: 'Das Verzeichnis wurde nach dem Erstellen der Vorschau geändert (hier oder in einem anderen Fenster). Es wurde nichts importiert: Sehen Sie sich die Vorschau erneut an.',
};

/** The stored register is not the one an import was planned from; nothing was written. */
export class RegisterChangedError extends Error {
  constructor() {
    super(REGISTER_CHANGED.en);
    this.name = 'RegisterChangedError';
  }
  localized(lang: UiLanguage): string {
    return REGISTER_CHANGED[lang];
  }
}

/**
 * Replaces the live register with `register`, all-or-nothing, with one history entry. Returns the snapshot
 * that keeps the replaced state, if one was taken.
 */
export async function replaceRegister(
  db: RegisterDatabase,
  register: Register,
  options: ReplaceOptions,
): Promise<SnapshotInfo | null> {
  const tables = [...db.registerTables(), db.history, db.snapshots, db.snapshotContents, db.settings];
  return db.transaction('rw', tables, async () => {
    const current = await loadRegister(db);
    if (options.basedOn && fingerprint(options.basedOn) !== fingerprint(current)) throw new RegisterChangedError();
    const kept =
      options.keepCurrentAs && !(await isRegisterEmpty(db))
        ? await storeSnapshot(db, options.keepCurrentAs, current)
        : null;
    // The snapshot just taken carries the fingerprint of the replaced register; it is not computed twice.
    await writeRegisterTables(db, register);
    await db.history.add({
      at: new Date().toISOString(),
      user: await getUserName(db),
      action: options.action,
      kind: 'register',
      note: options.note,
      fingerprintBefore: kept?.fingerprint ?? fingerprint(current),
      fingerprintAfter: options.fingerprint ?? fingerprint(register),
      ...(options.report ? { importReport: options.report.report, importFile: options.report.file } : {}),
    });
    return kept;
  });
}
