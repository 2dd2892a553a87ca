/**
 * A new record of any kind with only a name: the defaults fill the fields the schema requires, chosen so the
 * validation findings then point the DPO at what is left to fill (e.g. a transfer without a mechanism).
 */
import { RECORD_SCHEMAS, type AnyRecord, type RecordKind } from '../../shared/model';

const REQUIRED_DEFAULTS: Partial<Record<RecordKind, Record<string, unknown>>> = {
  organisations: { kind: 'controller' },
  recipients: { internal: false, category: 'other', country: 'BE' },
  transfers: { country: 'US' },
  dataCategories: { kind: 'ordinary' },
  securityMeasures: { type: 'organisational', family: 'other' },
  legalReferences: { kind: 'statute' },
  activities: { status: 'draft' },
  processorActivities: { status: 'draft' },
};

export function newRecord(kind: RecordKind, name: string): AnyRecord {
  return RECORD_SCHEMAS[kind].parse({ id: crypto.randomUUID(), name: name.trim(), ...REQUIRED_DEFAULTS[kind] }) as AnyRecord;
}
