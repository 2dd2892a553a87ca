/**
 * The IndexedDB database (Dexie): one table per record kind of the register, plus its metadata.
 * Every schema change is a new `version(n)` with an upgrade function; versions are never edited once shipped.
 * Only the repositories in this folder write to it.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Activity,
  DataCategory,
  LegalReference,
  Organisation,
  Processor,
  ProcessorActivity,
  Recipient,
  RegisterMeta,
  SecurityMeasure,
  SubjectCategory,
  Transfer,
} from '../../shared/model';

export const DATABASE_NAME = 'ropa-desk';

export interface MetaRow extends RegisterMeta {
  key: 'register';
}

export class RegisterDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  organisations!: EntityTable<Organisation, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  processorActivities!: EntityTable<ProcessorActivity, 'id'>;
  recipients!: EntityTable<Recipient, 'id'>;
  processors!: EntityTable<Processor, 'id'>;
  transfers!: EntityTable<Transfer, 'id'>;
  dataCategories!: EntityTable<DataCategory, 'id'>;
  subjectCategories!: EntityTable<SubjectCategory, 'id'>;
  securityMeasures!: EntityTable<SecurityMeasure, 'id'>;
  legalReferences!: EntityTable<LegalReference, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
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
    });
  }
}

export const db = new RegisterDatabase();
