/**
 * The live register and its findings, for screens that need the whole picture (dashboard, findings, "used by",
 * pickers). Re-read whenever the database changes, in any window or tab.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Register } from '../../shared/model';
import type { Finding } from '../../shared/validation/finding';
import { validateRegister } from '../../shared/validation/validate';
import { todayIso } from '../app/formatting';
import { db } from '../storage/database';
import { loadRegister } from '../storage/registerStore';

export function useLiveRegister(): Register | undefined {
  return useLiveQuery(() => db.transaction('r', db.registerTables(), () => loadRegister(db)), []);
}

export interface Findings {
  all: Finding[];
  /** Findings per record id. */
  byRecord: ReadonlyMap<string, Finding[]>;
}

export function findingsOf(register: Register, today: string): Findings {
  const all = validateRegister(register, { today });
  const byRecord = new Map<string, Finding[]>();
  for (const finding of all) {
    if (!finding.recordId) continue;
    const list = byRecord.get(finding.recordId);
    if (list) list.push(finding);
    else byRecord.set(finding.recordId, [finding]);
  }
  return { all, byRecord };
}

/** Findings of the live register; undefined while it loads. */
export function useFindings(register: Register | undefined): Findings | undefined {
  return useMemo(() => (register ? findingsOf(register, todayIso()) : undefined), [register]);
}
