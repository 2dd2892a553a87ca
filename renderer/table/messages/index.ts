/**
 * The record tables' own words (search, filters, grouping, columns, findings, "new record") in every interface
 * language; field and kind labels come from shared/catalogue.
 */
import type { RecordKind } from '../../../shared/model/register';
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const TABLE_MESSAGES = defineMessages({ en, nl, fr, de });
export type TableMessageKey = keyof typeof en;

/** The "New …" label of each record kind (its own message, because the adjective agrees with the noun in nl, fr and de). */
export const NEW_RECORD_MESSAGE: Readonly<Record<RecordKind, TableMessageKey>> = {
  organisations: 'newOrganisations',
  activities: 'newActivities',
  processorActivities: 'newProcessorActivities',
  recipients: 'newRecipients',
  processors: 'newProcessors',
  transfers: 'newTransfers',
  dataCategories: 'newDataCategories',
  subjectCategories: 'newSubjectCategories',
  securityMeasures: 'newSecurityMeasures',
  legalReferences: 'newLegalReferences',
};
