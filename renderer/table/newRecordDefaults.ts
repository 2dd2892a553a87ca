/**
 * What a record created with "New" starts with: an id, a default name, and for required fields the value their
 * descriptor gives (`initial`), which the DPO then corrects. A transfer gets a country outside the EEA and no mechanism, so its finding
 * shows what is still to be filled in.
 */
import { initialValues } from '../../shared/model/recordFields';
import type { RecordKind } from '../../shared/model';

/** The input of `createRecord` for a new record (the schema fills in the rest of its defaults). */
export function newRecordInput(kind: RecordKind, id: string, name: string): Record<string, unknown> {
  return { id, name, ...initialValues(kind) };
}

/** "New recipient", or "New recipient 2" (3, ...) when a record already has that name. */
export function uniqueName(base: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
}
