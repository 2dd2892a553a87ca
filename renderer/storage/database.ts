/**
 * The IndexedDB database (Dexie): one table per record kind of the register, its metadata, the change
 * history, snapshots and settings. Every schema change is a new `version(n)` with an upgrade function;
 * a shipped version is never edited. Only the repositories in this folder write to it.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { RECORD_KINDS } from '../../shared/model';
import { stampLegacyTranslations } from '../../shared/translation/legacyStamps';
import type {
  Activity,
  DataCategory,
  LegalReference,
  Organisation,
  Processor,
  ProcessorActivity,
  Recipient,
  RecordKind,
  RegisterMeta,
  SecurityMeasure,
  SubjectCategory,
  Transfer,
} from '../../shared/model';
import type { HistoryEntry } from './history';
import type { SnapshotContent, SnapshotInfo } from './snapshotTypes';

export const DATABASE_NAME = 'ropa-desk';

export interface MetaRow extends RegisterMeta {
  key: 'register';
}

/** An activity as stored: the record plus `controllerIds`, a flat copy of its controllers for the index. */
export type StoredActivity = Activity & { controllerIds: string[] };

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Record tables and their schema, per version. Version 1 is the foundation slice's schema. */
const V1_STORES = {
  meta: 'key',
  organisations: 'id, name, kind',
  activities:
    'id, name, status, nextReviewDate, *recipientIds, *processorIds, *transferIds, *dataCategoryIds, *subjectCategoryIds, *securityMeasureIds',
  processorActivities: 'id, name, status, processorOrganisationId, *controllerOrganisationIds',
  recipients: 'id, name, country',
  processors: 'id, name',
  transfers: 'id, name, country, mechanism, recipientId, processorId',
  dataCategories: 'id, name, kind',
  subjectCategories: 'id, name',
  securityMeasures: 'id, name',
  legalReferences: 'id, name, kind',
};

/**
 * Version 2: activities indexed by controller (a flat `controllerIds` kept beside `controllers`), the change
 * history, snapshots (metadata apart from content, so listing them stays cheap) and settings.
 */
const V2_STORES = {
  activities:
    'id, name, status, nextReviewDate, *controllerIds, *recipientIds, *processorIds, *transferIds, *dataCategoryIds, *subjectCategoryIds, *securityMeasureIds',
  history: '++seq, at, kind, recordId, [kind+recordId]',
  snapshots: 'id, takenAt',
  snapshotContents: 'id',
  settings: 'key',
};

export class RegisterDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  organisations!: EntityTable<Organisation, 'id'>;
  activities!: EntityTable<StoredActivity, 'id'>;
  processorActivities!: EntityTable<ProcessorActivity, 'id'>;
  recipients!: EntityTable<Recipient, 'id'>;
  processors!: EntityTable<Processor, 'id'>;
  transfers!: EntityTable<Transfer, 'id'>;
  dataCategories!: EntityTable<DataCategory, 'id'>;
  subjectCategories!: EntityTable<SubjectCategory, 'id'>;
  securityMeasures!: EntityTable<SecurityMeasure, 'id'>;
  legalReferences!: EntityTable<LegalReference, 'id'>;
  history!: EntityTable<HistoryEntry, 'seq'>;
  snapshots!: EntityTable<SnapshotInfo, 'id'>;
  snapshotContents!: EntityTable<SnapshotContent, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores(V2_STORES)
      .upgrade((tx) =>
        tx
          .table<StoredActivity>('activities')
          .toCollection()
          .modify((activity) => {
            activity.controllerIds = (activity.controllers ?? []).map((c) => c.organisationId);
          }),
      );
    // Version 3: translations remember their source (`i18nSource`); those stored before count as current.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        for (const name of ['meta', ...RECORD_KINDS]) {
          await tx
            .table<Record<string, unknown>>(name)
            .toCollection()
            .modify((row, ref) => {
              ref.value = stampLegacyTranslations(row);
            });
        }
      });
  }

  /** The table that holds records of one kind. */
  recordTable(kind: RecordKind): Table<{ id: string; name: string }, string> {
    return this.table(kind);
  }

  /** Every table the register itself lives in: what a restore replaces in one transaction. */
  registerTables(): Table[] {
    return [this.meta, ...RECORD_KINDS.map((kind) => this.table(kind))];
  }
}

/**
 * The app's database (the renderer opens exactly one). It never opens itself: `openRegisterDatabase` opens it
 * after checking that no newer build wrote it, so no query can open (and patch) such a database by accident.
 */
export const db = new RegisterDatabase(DATABASE_NAME, { autoOpen: false });
