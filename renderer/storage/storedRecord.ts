/**
 * The difference between a record and its stored row: rows carry flat copies of nested links so IndexedDB
 * can index them (an activity's `controllerIds`). Only this module adds or strips them.
 */
import type { AnyRecord, RecordKind } from '../../shared/model';

export function toStored(kind: RecordKind, record: AnyRecord): AnyRecord {
  if (kind === 'activities' && 'controllers' in record) {
    return { ...record, controllerIds: record.controllers.map((c) => c.organisationId) } as AnyRecord;
  }
  return record;
}

export function fromStored<R extends AnyRecord>(kind: RecordKind, row: R): R {
  if (kind === 'activities' && 'controllerIds' in row) {
    const { controllerIds: _derived, ...record } = row as R & { controllerIds: unknown };
    return record as unknown as R;
  }
  return row;
}
