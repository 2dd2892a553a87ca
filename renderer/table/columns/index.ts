/** The table of every record kind. */
import { RECORD_KINDS, type RecordKind, type RecordOf } from '../../../shared/model';
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
import { findingsColumn, nameColumn, usedByColumn } from './common';
import { withFieldColumns } from './fieldColumns';

/** The hand-made tables: the columns shown at first, computed columns, grouping. A kind without one gets a plain table. */
const HAND_MADE: { readonly [K in RecordKind]?: KindTableSpec<RecordOf<K>> } = {
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

/** A kind's table without hand-made columns: the name, "used by" and findings, then every field to pick. */
function plainTable<K extends RecordKind>(kind: K): KindTableSpec<RecordOf<K>> {
  return {
    kind,
    columns: [nameColumn(280), usedByColumn(kind), findingsColumn()],
    groupBy: [],
    defaultSort: { id: 'name', desc: false },
  };
}

/** Each kind's table: its hand-made columns, then a column to pick for every other field of its descriptors. */
function kindTable<K extends RecordKind>(kind: K): KindTableSpec<RecordOf<K>> {
  const handMade = HAND_MADE[kind] as KindTableSpec<RecordOf<K>> | undefined;
  return withFieldColumns(handMade ?? plainTable(kind));
}

export const TABLE_SPECS = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, kindTable(kind)])) as unknown as {
  readonly [K in RecordKind]: KindTableSpec<RecordOf<K>>;
};

/** The spec of a kind, widened to any record (what the generic table component works with). */
export function tableSpec(kind: RecordKind): AnyKindTableSpec {
  return TABLE_SPECS[kind] as unknown as AnyKindTableSpec;
}
