/**
 * Reads a database this build must not open (a newer build wrote it) without a declared schema and read-only, so
 * what it holds can still be saved as a file: a register file when its register is one this build understands
 * exactly, and always a dump of every table.
 */
import { deepEqual } from '../../shared/register/compare';
import { writeRegisterFile } from '../../shared/register/registerFile';
import { RECORD_KINDS, registerSchema, type AnyRecord, type Register } from '../../shared/model';
import { openAsItIs } from './schemaGuard';
import { fromStored } from './storedRecord';

export interface RawDatabase {
  name: string;
  nativeVersion: number;
  /** Every store's rows, as stored. */
  tables: Record<string, unknown[]>;
}

/** Every row of the database `name`, read in one read-only transaction; null when the database does not exist. */
export async function readRawDatabase(name: string): Promise<RawDatabase | null> {
  const raw = await openAsItIs(name);
  if (!raw) return null;
  try {
    const tables: Record<string, unknown[]> = {};
    await raw.transaction('r', raw.tables, async () => {
      for (const table of raw.tables) tables[table.name] = await table.toArray();
    });
    return { name, nativeVersion: raw.backendDB().version, tables };
  } finally {
    raw.close();
  }
}

/**
 * The register the raw tables hold, when this build's schema describes it exactly (nothing dropped, nothing
 * filled in); null otherwise, so an export never silently loses what a newer build added.
 */
export function registerFromRaw(raw: RawDatabase): Register | null {
  const metaRow = (raw.tables['meta'] ?? []).find(
    (row): row is Record<string, unknown> => typeof row === 'object' && row !== null && (row as { key?: unknown }).key === 'register',
  );
  if (!metaRow) return null;
  const { key: _key, ...meta } = metaRow;
  const candidate: Record<string, unknown> = { meta };
  for (const kind of RECORD_KINDS) {
    candidate[kind] = (raw.tables[kind] ?? []).map((row) => fromStored(kind, row as AnyRecord));
  }
  const parsed = registerSchema.safeParse(candidate);
  return parsed.success && deepEqual(parsed.data, candidate) ? parsed.data : null;
}

export function registerFileText(register: Register, savedAt: string): string {
  return writeRegisterFile(register, { savedAt, generator: 'RoPA Desk (export of a database it did not open)' });
}

/** Every table as JSON, with where it came from: nothing is interpreted, so nothing is lost. */
export function rawDatabaseDump(raw: RawDatabase, exportedAt: string): string {
  return `${JSON.stringify(
    { format: 'ropa-desk-database', exportedAt, database: raw.name, nativeVersion: raw.nativeVersion, tables: raw.tables },
    null,
    2,
  )}\n`;
}
