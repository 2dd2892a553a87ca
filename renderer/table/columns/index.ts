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

export const TABLE_SPECS: { readonly [K in RecordKind]: KindTableSpec<RecordOf<K>> } = {
  organisations: ORGANISATION_TABLE,
  activities: ACTIVITY_TABLE,
  processorActivities: PROCESSOR_ACTIVITY_TABLE,
  recipients: RECIPIENT_TABLE,
  processors: PROCESSOR_TABLE,
  transfers: TRANSFER_TABLE,
  dataCategories: DATA_CATEGORY_TABLE,
  subjectCategories: SUBJECT_CATEGORY_TABLE,
  securityMeasures: SECURITY_MEASURE_TABLE,
  legalReferences: LEGAL_REFERENCE_TABLE,
};

/** The spec of a kind, widened to any record (what the generic table component works with). */
export function tableSpec(kind: RecordKind): AnyKindTableSpec {
  return TABLE_SPECS[kind] as unknown as AnyKindTableSpec;
}
