/** Columns of the organisations, processor activities, recipients, processors and transfers tables. */
import { fieldLabel } from '../../../shared/catalogue/fieldLabels';
import { TRANSFER_MECHANISM_CODES, transferMechanismLabel } from '../../../shared/catalogue/transferMechanisms';
import type { Organisation, Processor, ProcessorActivity, Recipient, Transfer } from '../../../shared/model';
import { EMPTY_CELL, listOf, textCell, type KindTableSpec } from '../columnTypes';
import {
  booleanColumn,
  countriesColumn,
  countryStatusColumn,
  dateColumn,
  enumColumn,
  findingsColumn,
  i18nTexts,
  linksColumn,
  nameColumn,
  NONE,
  tableText,
  textColumn,
  usedByColumn,
} from './common';

export const ORGANISATION_TABLE: KindTableSpec<Organisation> = {
  kind: 'organisations',
  columns: [
    nameColumn(260),
    enumColumn('kind', 'organisationKind', (o) => o.kind, { visible: true, width: 220 }),
    textColumn('enterpriseNumber', (o) => o.enterpriseNumber, { visible: true, width: 150 }),
    textColumn('address.city', (o) => o.address?.city, { visible: true, width: 140 }),
    countriesColumn('address.country', 'organisations', (o) => (o.address?.country ? [o.address.country] : []), {
      visible: true,
      width: 130,
    }),
    textColumn('email', (o) => o.email, { width: 200 }),
    textColumn('phone', (o) => o.phone, { width: 140 }),
    textColumn('contactPerson', (o) => o.contactPerson, { width: 160 }),
    usedByColumn('organisations'),
    findingsColumn(),
  ],
  groupBy: ['kind', 'address.country'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (o) => [o.jointArrangement, o.website, o.address?.street, o.address?.postalCode, ...i18nTexts(o.i18n)],
};

export const PROCESSOR_ACTIVITY_TABLE: KindTableSpec<ProcessorActivity> = {
  kind: 'processorActivities',
  columns: [
    textColumn('reference', (p) => p.reference, { visible: true, width: 130 }),
    nameColumn(260),
    linksColumn(
      'processorOrganisationId',
      'organisations',
      (p) => (p.processorOrganisationId ? [p.processorOrganisationId] : []),
      {
        visible: true,
        width: 200,
        choice: true,
      },
    ),
    linksColumn('controllerOrganisationIds', 'organisations', (p) => p.controllerOrganisationIds, {
      visible: true,
      width: 220,
      choice: true,
    }),
    {
      id: 'processingCategories',
      header: (lang) => fieldLabel('processingCategories', lang),
      value: (p) =>
        listOf(
          p.processingCategories.map((c) => c.description),
          '; ',
        ),
      filter: { kind: 'text' },
      defaultVisible: true,
      width: 280,
    },
    linksColumn('subProcessorIds', 'processors', (p) => p.subProcessorIds, { width: 200 }),
    linksColumn('transferIds', 'transfers', (p) => p.transferIds, { width: 200 }),
    enumColumn('status', 'activityStatus', (p) => p.status, { visible: true, width: 110 }),
    dateColumn('contractDate', (p) => p.contractDate),
    dateColumn('nextReviewDate', (p) => p.nextReviewDate, { visible: true }),
    findingsColumn(),
  ],
  groupBy: ['status', 'processorOrganisationId', 'controllerOrganisationIds'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (p) => [p.securityNotes, ...i18nTexts(p.i18n)],
};

export const RECIPIENT_TABLE: KindTableSpec<Recipient> = {
  kind: 'recipients',
  columns: [
    nameColumn(280),
    booleanColumn('internal', (r) => r.internal, { visible: true, width: 110 }),
    enumColumn('category', 'recipientCategory', (r) => r.category, { visible: true, width: 220 }),
    countriesColumn('country', 'recipients', (r) => [r.country], { visible: true, width: 140 }),
    countryStatusColumn((r) => r.country),
    linksColumn('legalReferenceIds', 'legalReferences', (r) => r.legalReferenceIds, { width: 240 }),
    textColumn('description', (r) => r.description, { width: 260 }),
    usedByColumn('recipients'),
    findingsColumn(),
  ],
  groupBy: ['category', 'country', 'internal', 'countryStatus'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (r) => [r.description, ...i18nTexts(r.i18n)],
};

export const PROCESSOR_TABLE: KindTableSpec<Processor> = {
  kind: 'processors',
  columns: [
    nameColumn(260),
    textColumn('enterpriseNumber', (p) => p.enterpriseNumber, { width: 150 }),
    countriesColumn('countries', 'processors', (p) => p.countries, { visible: true, width: 200 }),
    dateColumn('contractDate', (p) => p.contractDate, { visible: true, width: 150 }),
    textColumn('contractReference', (p) => p.contractReference, { width: 170 }),
    linksColumn('subProcessorIds', 'processors', (p) => p.subProcessorIds, { visible: true, width: 220 }),
    textColumn('description', (p) => p.description, { width: 260 }),
    usedByColumn('processors'),
    findingsColumn(),
  ],
  groupBy: ['countries'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (p) => [p.description, p.securityCommitments, p.email, ...i18nTexts(p.i18n)],
};

export const TRANSFER_TABLE: KindTableSpec<Transfer> = {
  kind: 'transfers',
  columns: [
    nameColumn(260),
    linksColumn('recipientId', 'recipients', (t) => (t.recipientId ? [t.recipientId] : []), {
      visible: true,
      width: 200,
    }),
    linksColumn('processorId', 'processors', (t) => (t.processorId ? [t.processorId] : []), {
      visible: true,
      width: 200,
    }),
    countriesColumn('country', 'transfers', (t) => [t.country], { visible: true, width: 140 }),
    countryStatusColumn((t) => t.country, { visible: false }),
    {
      id: 'mechanism',
      header: (lang) => fieldLabel('mechanism', lang),
      value: (t, ctx) => (t.mechanism ? textCell(transferMechanismLabel(t.mechanism, ctx.lang)) : EMPTY_CELL),
      filter: {
        kind: 'choice',
        options: (ctx) => [
          ...TRANSFER_MECHANISM_CODES.map((code) => ({ value: code, label: transferMechanismLabel(code, ctx.lang) })),
          { value: NONE, label: tableText(ctx.lang, 'groupEmpty') },
        ],
        values: (t) => [t.mechanism ?? NONE],
      },
      defaultVisible: true,
      width: 280,
    },
    textColumn('instrument', (t) => t.instrument, { width: 220 }),
    booleanColumn('occasional', (t) => t.occasional),
    usedByColumn('transfers'),
    findingsColumn(),
  ],
  groupBy: ['country', 'mechanism', 'recipientId', 'processorId'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (t) => [t.internationalOrganisation, t.documentation, t.description, ...i18nTexts(t.i18n)],
};
