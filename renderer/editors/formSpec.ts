/**
 * What the editor of each record kind shows, field by field, as data: the generic editor renders these, so a
 * field is added to a form in one line. Labels come from shared/catalogue (FIELD_LABELS, enum labels).
 */
import type { EnumName } from '../../shared/catalogue/enumLabels';
import type { FieldKey } from '../../shared/catalogue/fieldLabels';
import type { UiMessageKey } from '../app/messages';
import { LEGAL_GROUND_CODES } from '../../shared/catalogue/legalGrounds';
import { TRANSFER_MECHANISM_CODES } from '../../shared/catalogue/transferMechanisms';
import {
  ACTIVITY_STATUSES,
  DATA_CATEGORY_FAMILIES,
  DATA_CATEGORY_KINDS,
  ORGANISATION_KINDS,
  PROCESSING_CHARACTERISTICS,
  RECIPIENT_CATEGORIES,
  SECURITY_MEASURE_FAMILIES,
  SECURITY_MEASURE_TYPES,
  SPECIAL_DATA_TYPES,
  LEGAL_REFERENCE_KINDS,
  type RecordKind,
} from '../../shared/model';

export type NestedEditor =
  | 'controllers'
  | 'purposes'
  | 'legalBases'
  | 'sources'
  | 'retention'
  | 'processingCategories'
  | 'automatedDecision'
  | 'dpia';

export type FieldSpec =
  | { type: 'text'; field: FieldKey; multiline?: boolean; required?: boolean }
  | { type: 'date'; field: FieldKey }
  | { type: 'boolean'; field: FieldKey }
  | { type: 'enum'; field: FieldKey; enumName: EnumName; values: readonly string[]; optional?: boolean }
  | { type: 'enumMulti'; field: FieldKey; enumName: EnumName; values: readonly string[] }
  | { type: 'code'; field: FieldKey; catalogue: 'legalGround' | 'transferMechanism'; values: readonly string[]; optional?: boolean }
  | { type: 'country'; field: FieldKey; optional?: boolean }
  | { type: 'countries'; field: FieldKey }
  | { type: 'link'; field: FieldKey; to: RecordKind }
  | { type: 'links'; field: FieldKey; to: RecordKind }
  | { type: 'nested'; field: FieldKey; editor: NestedEditor };

export interface FormSection {
  /** The section heading, or none (the first section, or one whose only field has its own legend). */
  title?: UiMessageKey;
  fields: FieldSpec[];
  /** Only shown when the draft's `kind` is one of these (legal references differ per kind). */
  whenKind?: readonly string[];
}

const text = (field: FieldKey, multiline = false): FieldSpec => ({ type: 'text', field, multiline });
const date = (field: FieldKey): FieldSpec => ({ type: 'date', field });
const links = (field: FieldKey, to: RecordKind): FieldSpec => ({ type: 'links', field, to });
const nested = (field: FieldKey, editor: NestedEditor): FieldSpec => ({ type: 'nested', field, editor });
const address: FieldSpec[] = [
  text('address.street'),
  text('address.postalCode'),
  text('address.city'),
  { type: 'country', field: 'address.country', optional: true },
];

export const FORMS: Readonly<Record<RecordKind, FormSection[]>> = {
  activities: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        text('reference'),
        text('description', true),
        text('businessProcess'),
        text('owner'),
        { type: 'enum', field: 'status', enumName: 'activityStatus', values: ACTIVITY_STATUSES },
        nested('controllers', 'controllers'),
      ],
    },
    { title: 'sectionPurposes', fields: [nested('purposes', 'purposes'), nested('legalBases', 'legalBases')] },
    {
      title: 'sectionData',
      fields: [links('subjectCategoryIds', 'subjectCategories'), links('dataCategoryIds', 'dataCategories'), nested('sources', 'sources')],
    },
    {
      title: 'sectionRecipients',
      fields: [links('recipientIds', 'recipients'), links('processorIds', 'processors'), links('transferIds', 'transfers')],
    },
    { fields: [nested('retention', 'retention')] },
    { title: 'sectionSecurity', fields: [links('securityMeasureIds', 'securityMeasures'), text('securityNotes', true)] },
    {
      title: 'sectionRisk',
      fields: [
        { type: 'enumMulti', field: 'characteristics', enumName: 'processingCharacteristic', values: PROCESSING_CHARACTERISTICS },
        nested('automatedDecision', 'automatedDecision'),
        nested('dpia', 'dpia'),
        text('systems'),
      ],
    },
    {
      title: 'sectionLifecycle',
      fields: [date('startDate'), date('endDate'), { type: 'link', field: 'replacedByActivityId', to: 'activities' }, date('lastReviewDate'), date('nextReviewDate'), text('notes', true)],
    },
  ],
  processorActivities: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        text('reference'),
        { type: 'link', field: 'processorOrganisationId', to: 'organisations' },
        links('controllerOrganisationIds', 'organisations'),
        nested('processingCategories', 'processingCategories'),
        links('subProcessorIds', 'processors'),
        links('transferIds', 'transfers'),
        links('securityMeasureIds', 'securityMeasures'),
        text('securityNotes', true),
        date('contractDate'),
        { type: 'enum', field: 'status', enumName: 'activityStatus', values: ACTIVITY_STATUSES },
        date('startDate'),
        date('endDate'),
        date('lastReviewDate'),
        date('nextReviewDate'),
        text('notes', true),
      ],
    },
  ],
  organisations: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        { type: 'enum', field: 'kind', enumName: 'organisationKind', values: ORGANISATION_KINDS },
        text('enterpriseNumber'),
        ...address,
        text('email'),
        text('phone'),
        text('website'),
        text('contactPerson'),
        { type: 'boolean', field: 'dpoIsStaff' },
        links('servesOrganisationIds', 'organisations'),
        text('jointArrangement', true),
        text('notes', true),
      ],
    },
  ],
  recipients: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        { type: 'boolean', field: 'internal' },
        { type: 'enum', field: 'category', enumName: 'recipientCategory', values: RECIPIENT_CATEGORIES },
        { type: 'country', field: 'country' },
        text('description', true),
        links('legalReferenceIds', 'legalReferences'),
        text('notes', true),
      ],
    },
  ],
  processors: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        text('enterpriseNumber'),
        ...address,
        text('email'),
        text('description', true),
        date('contractDate'),
        text('contractReference'),
        { type: 'countries', field: 'countries' },
        links('subProcessorIds', 'processors'),
        text('securityCommitments', true),
        text('notes', true),
      ],
    },
  ],
  transfers: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        { type: 'link', field: 'recipientId', to: 'recipients' },
        { type: 'link', field: 'processorId', to: 'processors' },
        { type: 'country', field: 'country' },
        text('internationalOrganisation'),
        { type: 'code', field: 'mechanism', catalogue: 'transferMechanism', values: TRANSFER_MECHANISM_CODES, optional: true },
        text('instrument', true),
        text('documentation', true),
        { type: 'boolean', field: 'occasional' },
        text('description', true),
        text('notes', true),
      ],
    },
  ],
  dataCategories: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        { type: 'enum', field: 'kind', enumName: 'dataCategoryKind', values: DATA_CATEGORY_KINDS },
        { type: 'enumMulti', field: 'specialTypes', enumName: 'specialDataType', values: SPECIAL_DATA_TYPES },
        { type: 'enum', field: 'family', enumName: 'dataCategoryFamily', values: DATA_CATEGORY_FAMILIES, optional: true },
        text('description', true),
        text('notes', true),
      ],
    },
  ],
  subjectCategories: [
    { fields: [{ type: 'text', field: 'name', required: true }, text('description', true), { type: 'boolean', field: 'vulnerable' }, text('notes', true)] },
  ],
  securityMeasures: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        { type: 'enum', field: 'type', enumName: 'securityMeasureType', values: SECURITY_MEASURE_TYPES },
        { type: 'enum', field: 'family', enumName: 'securityMeasureFamily', values: SECURITY_MEASURE_FAMILIES },
        text('description', true),
        text('notes', true),
      ],
    },
  ],
  legalReferences: [
    {
      fields: [
        { type: 'text', field: 'name', required: true },
        { type: 'enum', field: 'kind', enumName: 'legalReferenceKind', values: LEGAL_REFERENCE_KINDS },
      ],
    },
    { whenKind: ['gdpr'], fields: [{ type: 'code', field: 'provision', catalogue: 'legalGround', values: LEGAL_GROUND_CODES }] },
    { whenKind: ['statute'], fields: [date('date'), text('article')] },
    {
      whenKind: ['isc-deliberation'],
      fields: [text('number'), date('date'), { type: 'enum', field: 'chamber', enumName: 'iscChamber', values: ['social-security-health', 'federal-government'], optional: true }],
    },
    { whenKind: ['agreement'], fields: [text('parties'), date('date')] },
    { fields: [text('description', true), text('url'), text('notes', true)] },
  ],
};
