/** The table of every record kind. */
import type { RecordKind, RecordOf } from '../../../shared/model';
import type { AnyKindTableSpec, KindTableSpec } from '../columnTypes';
import { ACTIVITY_TABLE } from './activities';
import {
  DATA_CATEGORY_TABLE,
  LEGAL_REFERENCE_TABLE,
  SECURITY_MEASURE_TABLE,
  SUBJECT_CATEGORY_TABLE,
} from './catalogues';
import {
  ORGANISATION_TABLE,
  PROCESSOR_ACTIVITY_TABLE,
  PROCESSOR_TABLE,
  RECIPIENT_TABLE,
  TRANSFER_TABLE,
} from './parties';
import { withFieldColumns } from './fieldColumns';

/** Each kind's table: its hand-made columns, then a column to pick for every other field of its descriptors. */
export const TABLE_SPECS: { readonly [K in RecordKind]: KindTableSpec<RecordOf<K>> } = {
  organisations: withFieldColumns(ORGANISATION_TABLE),
  activities: withFieldColumns(ACTIVITY_TABLE),
  processorActivities: withFieldColumns(PROCESSOR_ACTIVITY_TABLE),
  recipients: withFieldColumns(RECIPIENT_TABLE),
  processors: withFieldColumns(PROCESSOR_TABLE),
  transfers: withFieldColumns(TRANSFER_TABLE),
  dataCategories: withFieldColumns(DATA_CATEGORY_TABLE),
  subjectCategories: withFieldColumns(SUBJECT_CATEGORY_TABLE),
  securityMeasures: withFieldColumns(SECURITY_MEASURE_TABLE),
  legalReferences: withFieldColumns(LEGAL_REFERENCE_TABLE),
};

/** The spec of a kind, widened to any record (what the generic table component works with). */
export function tableSpec(kind: RecordKind): AnyKindTableSpec {
  return TABLE_SPECS[kind] as unknown as AnyKindTableSpec;
}
