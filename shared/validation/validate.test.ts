/**
 * Validation rules, one trigger and one non-trigger per rule code, driven by a table keyed by every rule code (a
 * rule added without a test case is a compile error here). Each case starts from a small register whose one
 * activity and one processor activity are complete, then changes as little as possible.
 */
import { sourceStamp } from '../translation/sourceStamp';
import { describe, expect, it } from 'vitest';
import type { LegalGroundCode } from '../catalogue/legalGrounds';
import { UI_LANGUAGES } from '../i18n/languages';
import type { LegalReference } from '../model/legalReference';
import { emptyRegister, registerSchema, type RecordKind, type Register, type RegisterInput } from '../model/register';
import type { Transfer } from '../model/transfer';
import type { Finding } from './finding';
import { RULE_CODES, type RuleCode } from './messages';
import { isValidBelgianEnterpriseNumber } from './rules/organisationRules';
import { countBySeverity, findingMessage, RULES, validateRegister } from './validate';

const TODAY = '2026-11-22';

/** Fixed, readable UUIDs: the kind in the first group, a serial number in the last. */
const uuid = (prefix: string, n: number): string =>
  `${prefix.padEnd(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const ID = {
  controller: uuid('0a', 1),
  dpo: uuid('0a', 2),
  authority: uuid('0a', 3),
  externalController: uuid('0a', 4),
  activity: uuid('ac', 1),
  purpose: uuid('ac', 101),
  basis: uuid('ac', 102),
  retention: uuid('ac', 103),
  processorActivity: uuid('bc', 1),
  processingCategory: uuid('bc', 101),
  recipient: uuid('3e', 1),
  processor: uuid('4f', 1),
  identity: uuid('da', 1),
  members: uuid('5c', 1),
  accessControl: uuid('5e', 1),
  statute: uuid('1e', 1),
  missing: uuid('ff', 999),
  // Records that only some cases add.
  offshore: uuid('4f', 2),
  transfer: uuid('7f', 1),
  foreignRecipient: uuid('3e', 2),
  extraCategory: uuid('da', 2),
  deliberation: uuid('1e', 2),
  gdprProvision: uuid('1e', 3),
  extraBasis: uuid('ac', 104),
} as const;

const BASE_INPUT: RegisterInput = {
  meta: { title: 'Register van de verwerkingsactiviteiten', mainLanguage: 'nl', organisationName: 'Landsbond Test' },
  organisations: [
    {
      id: ID.controller,
      name: 'Landsbond der Testziekenfondsen',
      kind: 'controller',
      enterpriseNumber: '0411.702.543',
      address: { street: 'Testlaan 1', postalCode: '1000', city: 'Brussel', country: 'BE' },
    },
    { id: ID.dpo, name: 'DPO Landsbond', kind: 'dpo', servesOrganisationIds: [ID.controller], dpoIsStaff: true },
    { id: ID.authority, name: 'Gegevensbeschermingsautoriteit', kind: 'supervisory-authority' },
    { id: ID.externalController, name: 'Hospitalisatieverzekeraar NV', kind: 'external-controller' },
  ],
  activities: [
    {
      id: ID.activity,
      name: 'Ledenadministratie',
      reference: 'CM-001',
      status: 'active',
      controllers: [{ organisationId: ID.controller, role: 'controller' }],
      purposes: [{ id: ID.purpose, description: 'Beheer van het lidmaatschap van het ziekenfonds' }],
      legalBases: [{ id: ID.basis, ground: 'art6-1-c', legalReferenceIds: [ID.statute] }],
      subjectCategoryIds: [ID.members],
      dataCategoryIds: [ID.identity],
      recipientIds: [ID.recipient],
      processorIds: [ID.processor],
      retention: [
        {
          id: ID.retention,
          period: 'P5Y',
          trigger: 'einde van het lidmaatschap',
          purposeIds: [ID.purpose],
          dataCategoryIds: [ID.identity],
        },
      ],
      securityMeasureIds: [ID.accessControl],
      startDate: '2020-01-01',
      lastReviewDate: '2026-01-15',
      nextReviewDate: '2027-01-15',
    },
  ],
  processorActivities: [
    {
      id: ID.processorActivity,
      name: 'Bemiddeling hospitalisatieverzekering',
      processorOrganisationId: ID.controller,
      controllerOrganisationIds: [ID.externalController],
      processingCategories: [{ id: ID.processingCategory, description: 'Inning van premies' }],
      securityMeasureIds: [ID.accessControl],
      status: 'active',
      startDate: '2021-01-01',
      nextReviewDate: '2027-03-01',
    },
  ],
  recipients: [
    { id: ID.recipient, name: 'RIZIV', internal: false, category: 'social-security-institution', country: 'BE' },
  ],
  processors: [{ id: ID.processor, name: 'Mutas', contractDate: '2019-05-01', countries: ['BE'] }],
  dataCategories: [{ id: ID.identity, name: 'Identificatiegegevens', kind: 'ordinary', family: 'identity' }],
  subjectCategories: [{ id: ID.members, name: 'Leden' }],
  securityMeasures: [{ id: ID.accessControl, name: 'Toegangsbeheer', type: 'technical', family: 'access-control' }],
  legalReferences: [
    {
      id: ID.statute,
      kind: 'statute',
      name: 'Wet van 6 augustus 1990 betreffende de ziekenfondsen',
      date: '1990-08-06',
      article: 'art. 3',
    },
  ],
};

/** A fresh copy of the complete register, parsed so that it is certainly schema-valid. */
function base(): Register {
  return registerSchema.parse(structuredClone(BASE_INPUT));
}

const activity = (r: Register) => r.activities[0]!;
const processorActivity = (r: Register) => r.processorActivities[0]!;
function find<K extends RecordKind>(r: Register, kind: K, id: string): Register[K][number] {
  const record = (r[kind] as Register[K][number][]).find((x) => x.id === id);
  if (!record) throw new Error(`fixture has no ${kind} ${id}`);
  return record;
}
const controller = (r: Register) => find(r, 'organisations', ID.controller);
const mutas = (r: Register) => find(r, 'processors', ID.processor);

function addCategory(r: Register, kind: 'special' | 'criminal' | 'national-id' | 'ordinary', name: string): void {
  r.dataCategories.push({ id: ID.extraCategory, name, kind, specialTypes: kind === 'special' ? ['health'] : [] });
}
function linkCategory(r: Register, kind: 'special' | 'criminal' | 'national-id', name: string): void {
  addCategory(r, kind, name);
  activity(r).dataCategoryIds.push(ID.extraCategory);
}
function addBasis(r: Register, ground: LegalGroundCode, refs: string[] = []): void {
  activity(r).legalBases.push({ id: ID.extraBasis, ground, legalReferenceIds: refs });
}
function addReference(r: Register, reference: LegalReference): void {
  r.legalReferences.push(reference);
}
const deliberation: LegalReference = {
  id: ID.deliberation,
  kind: 'isc-deliberation',
  name: 'Beraadslaging IVC 22/080',
  number: '22/080',
  chamber: 'social-security-health',
};

/**
 * The base register plus a processor in India, used by the activity, with a complete transfer (standard
 * contractual clauses) covering it: the starting point of every transfer rule.
 */
function withOffshoreTransfer(r: Register): Transfer {
  r.processors.push({
    id: ID.offshore,
    name: 'Offshore Scanning Ltd',
    contractDate: '2024-02-01',
    countries: ['IN'],
    subProcessorIds: [],
  });
  activity(r).processorIds.push(ID.offshore);
  const transfer: Transfer = {
    id: ID.transfer,
    name: 'Scanning van papieren aanvragen in India',
    processorId: ID.offshore,
    country: 'IN',
    mechanism: 'art46-2-c',
    instrument: 'Standaardcontractbepalingen (EU) 2021/914, module 2',
  };
  r.transfers.push(transfer);
  activity(r).transferIds.push(ID.transfer);
  return transfer;
}

function addForeignRecipient(r: Register, country: string): void {
  r.recipients.push({
    id: ID.foreignRecipient,
    name: 'Reisbijstand Partner',
    internal: false,
    category: 'insurer',
    country,
    legalReferenceIds: [],
  });
  activity(r).recipientIds.push(ID.foreignRecipient);
}
function coverRecipient(r: Register, country: string, mechanism: Transfer['mechanism']): void {
  r.transfers.push({
    id: ID.transfer,
    name: 'Doorgifte reisbijstand',
    recipientId: ID.foreignRecipient,
    country,
    mechanism,
    instrument: 'Standaardcontractbepalingen (EU) 2021/914, module 1',
  });
  activity(r).transferIds.push(ID.transfer);
}

interface Case {
  /** The smallest change to the base register that breaks the rule. */
  trigger(r: Register): void;
  /** Where the finding must appear. */
  at: { kind: RecordKind | 'meta'; id?: string; field?: string };
  /** How many findings of this code the trigger yields in all (default 1). */
  count?: number;
  /** A close variant that satisfies the rule; the base register when absent. */
  pass?(r: Register): void;
}

const onActivity = (field: string) => ({ kind: 'activities' as const, id: ID.activity, field });
const onProcessorActivity = (field: string) => ({
  kind: 'processorActivities' as const,
  id: ID.processorActivity,
  field,
});
const onTransfer = (field?: string) => ({ kind: 'transfers' as const, id: ID.transfer, ...(field ? { field } : {}) });

const CASES: Record<RuleCode, Case> = {
  ACT_NO_CONTROLLER: {
    trigger: (r) => (activity(r).controllers = []),
    at: onActivity('controllers'),
  },
  ACT_NO_PURPOSE: {
    trigger: (r) => (activity(r).purposes = []),
    at: onActivity('purposes'),
  },
  ACT_NO_LEGAL_BASIS: {
    trigger: (r) => (activity(r).legalBases = []),
    at: onActivity('legalBases'),
  },
  ACT_NO_SUBJECTS: {
    trigger: (r) => (activity(r).subjectCategoryIds = []),
    at: onActivity('subjectCategoryIds'),
  },
  ACT_NO_DATA_CATEGORIES: {
    trigger: (r) => (activity(r).dataCategoryIds = []),
    at: onActivity('dataCategoryIds'),
  },
  ACT_NO_SECURITY: {
    trigger: (r) => (activity(r).securityMeasureIds = []),
    at: onActivity('securityMeasureIds'),
    pass: (r) => {
      activity(r).securityMeasureIds = [];
      activity(r).securityNotes = 'Versleutelde opslag, toegang op basis van rollen, logging van raadplegingen.';
    },
  },
  ACT_NO_ART6_BASIS: {
    trigger: (r) => (activity(r).legalBases = [{ id: ID.basis, ground: 'art9-2-h', legalReferenceIds: [] }]),
    at: onActivity('legalBases'),
    pass: (r) => addBasis(r, 'art9-2-h'),
  },
  ACT_SPECIAL_NO_ART9: {
    trigger: (r) => linkCategory(r, 'special', 'Gezondheidsgegevens'),
    at: onActivity('legalBases'),
    pass: (r) => {
      linkCategory(r, 'special', 'Gezondheidsgegevens');
      addBasis(r, 'art9-2-h');
    },
  },
  ACT_CRIMINAL_NO_ART10: {
    trigger: (r) => linkCategory(r, 'criminal', 'Gerechtelijke gegevens (fraudedossiers)'),
    at: onActivity('legalBases'),
    pass: (r) => {
      linkCategory(r, 'criminal', 'Gerechtelijke gegevens (fraudedossiers)');
      addBasis(r, 'art10', [ID.statute]);
    },
  },
  ACT_NATIONAL_ID_NO_ART87: {
    trigger: (r) => linkCategory(r, 'national-id', 'Rijksregisternummer'),
    at: onActivity('legalBases'),
    pass: (r) => {
      linkCategory(r, 'national-id', 'Rijksregisternummer');
      addBasis(r, 'art87');
    },
  },
  ACT_NATIONAL_ID_NO_LAW: {
    // An ISC deliberation is national law, but it does not authorise using the National Register number.
    trigger: (r) => {
      linkCategory(r, 'national-id', 'Rijksregisternummer');
      addBasis(r, 'art87');
      addReference(r, deliberation);
      activity(r).legalBases[0]!.legalReferenceIds = [ID.deliberation];
    },
    at: onActivity('legalBases'),
    pass: (r) => {
      linkCategory(r, 'national-id', 'Rijksregisternummer');
      addBasis(r, 'art87');
    },
  },
  ACT_BASIS_NO_LAW: {
    trigger: (r) => (activity(r).legalBases[0]!.legalReferenceIds = []),
    at: onActivity('legalBases'),
    pass: (r) => {
      addReference(r, deliberation);
      activity(r).legalBases[0]!.legalReferenceIds = [ID.deliberation];
    },
  },
  ACT_LEGITIMATE_INTEREST_UNEXPLAINED: {
    trigger: (r) => addBasis(r, 'art6-1-f'),
    at: onActivity('legalBases'),
    pass: (r) => {
      addBasis(r, 'art6-1-f');
      activity(r).legalBases[1]!.explanation = 'Fraudebestrijding; belangenafweging in nota DPO-2025-07.';
    },
  },
  ACT_NO_RETENTION: {
    trigger: (r) => (activity(r).retention = []),
    at: onActivity('retention'),
  },
  ACT_RETENTION_CRITERION_ONLY: {
    trigger: (r) => {
      delete activity(r).retention[0]!.period;
      activity(r).retention[0]!.criterion = 'zolang het lidmaatschap duurt';
    },
    at: onActivity('retention'),
    pass: (r) => (activity(r).retention[0]!.criterion = 'zolang het lidmaatschap duurt'),
  },
  ACT_RETENTION_EMPTY: {
    trigger: (r) => {
      delete activity(r).retention[0]!.period;
      activity(r).retention[0]!.criterion = '   ';
    },
    at: onActivity('retention'),
  },
  ACT_RETENTION_UNKNOWN_PURPOSE: {
    trigger: (r) => activity(r).retention[0]!.purposeIds.push(ID.missing),
    at: onActivity('retention'),
    pass: (r) => (activity(r).retention[0]!.purposeIds = []),
  },
  ACT_RETENTION_CATEGORY_NOT_PROCESSED: {
    trigger: (r) => {
      addCategory(r, 'ordinary', 'Bankgegevens');
      activity(r).retention[0]!.dataCategoryIds.push(ID.extraCategory);
    },
    at: onActivity('retention'),
    pass: (r) => {
      addCategory(r, 'ordinary', 'Bankgegevens');
      activity(r).dataCategoryIds.push(ID.extraCategory);
      activity(r).retention[0]!.dataCategoryIds.push(ID.extraCategory);
    },
  },
  ACT_DPIA_LIKELY: {
    trigger: (r) => (activity(r).characteristics = ['evaluation-scoring']),
    at: onActivity('dpia'),
    pass: (r) => {
      activity(r).characteristics = ['evaluation-scoring'];
      activity(r).dpia = { status: 'not-required', reference: 'Nota DPO-2026-03' };
    },
  },
  ACT_DPIA_NOT_DONE: {
    trigger: (r) => (activity(r).dpia = { status: 'in-progress' }),
    at: onActivity('dpia'),
    pass: (r) => (activity(r).dpia = { status: 'done', reference: 'GEB-2026-01', date: '2026-02-01' }),
  },
  REVIEW_OVERDUE: {
    trigger: (r) => (activity(r).nextReviewDate = '2026-11-21'),
    at: onActivity('nextReviewDate'),
    pass: (r) => (activity(r).nextReviewDate = TODAY),
  },
  REVIEW_DATE_MISSING: {
    trigger: (r) => delete processorActivity(r).nextReviewDate,
    at: onProcessorActivity('nextReviewDate'),
  },
  TRANSLATION_OUTDATED: {
    // A French translation made from the purpose as it was; the Dutch purpose then changes (as a file edited elsewhere).
    trigger: (r) => {
      const purpose = activity(r).purposes[0]!;
      purpose.i18n = { fr: { description: 'Ancienne finalité' } };
      purpose.i18nSource = { fr: { description: sourceStamp(purpose.description) } };
      purpose.description = `${purpose.description} (gewijzigd)`;
    },
    at: onActivity('purposes'),
    // The translation revised: stamped from today's text.
    pass: (r) => {
      const purpose = activity(r).purposes[0]!;
      purpose.i18n = { fr: { description: 'Nouvelle finalité' } };
      purpose.i18nSource = { fr: { description: sourceStamp(purpose.description) } };
    },
  },
  RETIRED_NO_END_DATE: {
    trigger: (r) => (activity(r).status = 'retired'),
    at: onActivity('endDate'),
    pass: (r) => {
      activity(r).status = 'retired';
      activity(r).endDate = '2026-06-30';
    },
  },
  END_BEFORE_START: {
    trigger: (r) => (activity(r).endDate = '2019-12-31'),
    at: onActivity('endDate'),
    pass: (r) => (activity(r).endDate = '2030-01-01'),
  },
  ENDED_NOT_RETIRED: {
    trigger: (r) => (processorActivity(r).endDate = '2026-11-21'),
    at: onProcessorActivity('status'),
    pass: (r) => (processorActivity(r).endDate = TODAY),
  },
  ACT_REPLACED_BY_SELF: {
    trigger: (r) => (activity(r).replacedByActivityId = ID.activity),
    at: onActivity('replacedByActivityId'),
  },
  ACT_RECIPIENT_NO_TRANSFER: {
    trigger: (r) => addForeignRecipient(r, 'IN'),
    at: onActivity('recipientIds'),
    pass: (r) => {
      addForeignRecipient(r, 'IN');
      coverRecipient(r, 'IN', 'art46-2-c');
    },
  },
  ACT_RECIPIENT_ADEQUATE_NO_TRANSFER: {
    trigger: (r) => addForeignRecipient(r, 'CH'),
    at: onActivity('recipientIds'),
    pass: (r) => {
      addForeignRecipient(r, 'CH');
      coverRecipient(r, 'CH', 'art45');
    },
  },
  ACT_PROCESSOR_NO_TRANSFER: {
    trigger: (r) => (mutas(r).countries = ['BE', 'IN']),
    at: onActivity('processorIds'),
    pass: (r) => {
      withOffshoreTransfer(r);
      // The transfer must name the processor *and* the country; here it covers Offshore, so Mutas moves too.
      mutas(r).countries = ['BE'];
    },
  },
  ACT_PROCESSOR_ADEQUATE_NO_TRANSFER: {
    trigger: (r) => (mutas(r).countries = ['BE', 'JP']),
    at: onActivity('processorIds'),
    pass: (r) => {
      mutas(r).countries = ['BE', 'JP'];
      r.transfers.push({
        id: ID.transfer,
        name: 'Back-up Japan',
        processorId: ID.processor,
        country: 'JP',
        mechanism: 'art45',
      });
      activity(r).transferIds.push(ID.transfer);
    },
  },
  PACT_SUBPROCESSOR_NO_TRANSFER: {
    trigger: (r) => {
      withOffshoreTransfer(r);
      processorActivity(r).subProcessorIds = [ID.offshore];
    },
    at: onProcessorActivity('subProcessorIds'),
    pass: (r) => {
      withOffshoreTransfer(r);
      processorActivity(r).subProcessorIds = [ID.offshore];
      processorActivity(r).transferIds = [ID.transfer];
    },
  },
  TRF_NO_MECHANISM: {
    trigger: (r) => delete withOffshoreTransfer(r).mechanism,
    at: onTransfer('mechanism'),
    pass: (r) => withOffshoreTransfer(r),
  },
  TRF_ADEQUACY_WITHOUT_DECISION: {
    trigger: (r) => (withOffshoreTransfer(r).mechanism = 'art45'),
    at: onTransfer('mechanism'),
    pass: (r) => {
      const t = withOffshoreTransfer(r);
      t.mechanism = 'art45';
      t.country = 'CH';
      find(r, 'processors', ID.offshore).countries = ['CH'];
    },
  },
  TRF_ART49_SECOND_NO_DOCUMENTATION: {
    trigger: (r) => (withOffshoreTransfer(r).mechanism = 'art49-1-second'),
    at: onTransfer('documentation'),
    pass: (r) => {
      const t = withOffshoreTransfer(r);
      t.mechanism = 'art49-1-second';
      t.documentation =
        'Beoordeling van 2 maart 2026: eenmalige doorgifte, 12 betrokkenen, versleuteld; GBA ingelicht.';
    },
  },
  TRF_DEROGATION_NO_DOCUMENTATION: {
    trigger: (r) => (withOffshoreTransfer(r).mechanism = 'art49-1-a'),
    at: onTransfer('documentation'),
    pass: (r) => {
      const t = withOffshoreTransfer(r);
      t.mechanism = 'art49-1-a';
      t.documentation = 'Uitdrukkelijke toestemming via formulier T-12, na informatie over de risico’s.';
    },
  },
  TRF_NO_INSTRUMENT: {
    trigger: (r) => delete withOffshoreTransfer(r).instrument,
    at: onTransfer('instrument'),
    pass: (r) => withOffshoreTransfer(r),
  },
  TRF_INSIDE_EEA: {
    trigger: (r) => (withOffshoreTransfer(r).country = 'NL'),
    at: onTransfer('country'),
    pass: (r) => {
      const t = withOffshoreTransfer(r);
      t.country = 'NL';
      t.internationalOrganisation = 'Europees Geneesmiddelenbureau';
    },
  },
  TRF_NO_PARTY: {
    trigger: (r) => delete withOffshoreTransfer(r).processorId,
    at: onTransfer('recipientId'),
    pass: (r) => {
      const t = withOffshoreTransfer(r);
      delete t.processorId;
      t.internationalOrganisation = 'Wereldgezondheidsorganisatie';
    },
  },
  TRF_COUNTRY_MISMATCH: {
    trigger: (r) => {
      withOffshoreTransfer(r).country = 'MA';
    },
    at: onTransfer('country'),
    pass: (r) => withOffshoreTransfer(r),
  },
  TRF_UNUSED: {
    trigger: (r) => {
      withOffshoreTransfer(r);
      activity(r).transferIds = [];
    },
    at: onTransfer(),
    // A processor activity's use counts as much as an activity's.
    pass: (r) => {
      withOffshoreTransfer(r);
      activity(r).transferIds = [];
      processorActivity(r).transferIds = [ID.transfer];
    },
  },
  PROC_NO_CONTRACT_DATE: {
    trigger: (r) => delete mutas(r).contractDate,
    at: { kind: 'processors', id: ID.processor, field: 'contractDate' },
  },
  PACT_NO_PROCESSOR_ORGANISATION: {
    trigger: (r) => delete processorActivity(r).processorOrganisationId,
    at: onProcessorActivity('processorOrganisationId'),
  },
  PACT_NO_CONTROLLERS: {
    trigger: (r) => (processorActivity(r).controllerOrganisationIds = []),
    at: onProcessorActivity('controllerOrganisationIds'),
  },
  PACT_NO_PROCESSING_CATEGORIES: {
    trigger: (r) => (processorActivity(r).processingCategories = []),
    at: onProcessorActivity('processingCategories'),
  },
  PACT_NO_SECURITY: {
    trigger: (r) => (processorActivity(r).securityMeasureIds = []),
    at: onProcessorActivity('securityMeasureIds'),
    pass: (r) => {
      processorActivity(r).securityMeasureIds = [];
      processorActivity(r).securityNotes = 'Maatregelen volgens de verwerkersovereenkomst, bijlage 2.';
    },
  },
  ORG_NO_ENTERPRISE_NUMBER: {
    trigger: (r) => delete controller(r).enterpriseNumber,
    at: { kind: 'organisations', id: ID.controller, field: 'enterpriseNumber' },
  },
  ENTERPRISE_NUMBER_INVALID: {
    trigger: (r) => (controller(r).enterpriseNumber = '0411.702.544'),
    at: { kind: 'organisations', id: ID.controller, field: 'enterpriseNumber' },
    pass: (r) => (controller(r).enterpriseNumber = 'BE 0411 702 543'),
  },
  REG_NO_DPO: {
    trigger: (r) => (r.organisations = r.organisations.filter((o) => o.kind !== 'dpo')),
    at: { kind: 'meta' },
  },
  REG_NO_SUPERVISORY_AUTHORITY: {
    trigger: (r) => (r.organisations = r.organisations.filter((o) => o.kind !== 'supervisory-authority')),
    at: { kind: 'meta' },
  },
  REF_DANGLING: {
    trigger: (r) => activity(r).dataCategoryIds.push(ID.missing),
    at: onActivity('dataCategoryIds'),
  },
  DUPLICATE_NAME: {
    trigger: (r) => r.subjectCategories.push({ id: uuid('5c', 2), name: '  leden ', vulnerable: false }),
    at: { kind: 'subjectCategories', id: ID.members, field: 'name' },
    count: 2,
    pass: (r) => r.subjectCategories.push({ id: uuid('5c', 2), name: 'Leden (gezinslast)', vulnerable: false }),
  },
};

function run(change?: (r: Register) => void): Finding[] {
  const r = base();
  change?.(r);
  return validateRegister(r, { today: TODAY });
}

const ruleOf = (code: string) => RULES.find((rule) => rule.code === code);

describe('the base register', () => {
  it('is complete: no finding at all, not even an info', () => {
    expect(run()).toEqual([]);
  });

  it('stays complete with a covered transfer to a third country', () => {
    expect(run(withOffshoreTransfer)).toEqual([]);
  });
});

describe.each(RULE_CODES.map((code) => [code, CASES[code]] as const))('%s', (code, c) => {
  it('is reported where the register breaks it', () => {
    const findings = run(c.trigger).filter((f) => f.code === code);
    expect(findings).toHaveLength(c.count ?? 1);
    const here = findings.filter((f) => f.kind === c.at.kind && f.recordId === c.at.id && f.field === c.at.field);
    expect(here, JSON.stringify(findings)).toHaveLength(1);
    expect(here[0]!.severity).toBe(ruleOf(code)?.severity);
  });

  it('is not reported where the register satisfies it', () => {
    expect(run(c.pass).filter((f) => f.code === code)).toEqual([]);
  });

  it('fills every placeholder of its message in every language', () => {
    const finding = run(c.trigger).find((f) => f.code === code)!;
    for (const lang of UI_LANGUAGES) {
      const message = findingMessage(finding, lang);
      expect(message, `${lang}: ${message}`).not.toMatch(/[{}]|undefined|NaN/);
      if (finding.recordName !== undefined) expect(message).toContain(finding.recordName);
    }
  });
});

describe('rule table', () => {
  it('has one rule per message code, each code once', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...RULE_CODES].sort());
  });

  it('has at least 18 rules, with all three severities in use', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(18);
    expect(new Set(RULES.map((r) => r.severity))).toEqual(new Set(['error', 'warning', 'info']));
  });

  // The words of each rule (message and description in every language) are checked in messages/messages.test.ts.
});

describe('findingMessage', () => {
  it('names countries, GDPR provisions and dates in the reader’s language', () => {
    const [recipient] = run(CASES.ACT_RECIPIENT_NO_TRANSFER.trigger).filter(
      (f) => f.code === 'ACT_RECIPIENT_NO_TRANSFER',
    );
    expect(recipient!.params.country).toBe('IN');
    expect(findingMessage(recipient!, 'en')).toContain('India (IN)');
    expect(findingMessage(recipient!, 'fr')).toContain('Inde (IN)');
    expect(findingMessage(recipient!, 'de')).toContain('Indien (IN)');

    const [basis] = run(CASES.ACT_BASIS_NO_LAW.trigger).filter((f) => f.code === 'ACT_BASIS_NO_LAW');
    expect(basis!.params.ground).toBe('art6-1-c');
    expect(findingMessage(basis!, 'nl')).toContain('Art. 6.1.c AVG');
    expect(findingMessage(basis!, 'en')).toContain('Art. 6(1)(c) GDPR');

    const [review] = run(CASES.REVIEW_OVERDUE.trigger).filter((f) => f.code === 'REVIEW_OVERDUE');
    expect(findingMessage(review!, 'nl')).toContain('21 november 2026');
    expect(findingMessage(review!, 'fr')).toContain('21 novembre 2026');
    expect(findingMessage(review!, 'de')).toContain('21. November 2026');

    const [dangling] = run(CASES.REF_DANGLING.trigger).filter((f) => f.code === 'REF_DANGLING');
    expect(findingMessage(dangling!, 'nl')).toContain('categorie van persoonsgegevens');
  });

  it('falls back to the code for a finding it has no message for', () => {
    const finding: Finding = { code: 'FROM_A_NEWER_VERSION', severity: 'info', kind: 'meta', params: {} };
    expect(findingMessage(finding, 'nl')).toBe('FROM_A_NEWER_VERSION');
  });
});

describe('validateRegister', () => {
  it('does not throw on the empty register and only asks for a DPO and an authority', () => {
    const findings = validateRegister(emptyRegister(), { today: TODAY });
    expect(findings.map((f) => f.code)).toEqual(['REG_NO_DPO', 'REG_NO_SUPERVISORY_AUTHORITY']);
    expect(findings.every((f) => f.kind === 'meta')).toBe(true);
  });

  it('refuses a today that is not an ISO date', () => {
    expect(() => validateRegister(base(), { today: '22/11/2026' })).toThrow(RangeError);
  });

  it('does not change the register it checks and gives the same answer twice', () => {
    const r = base();
    CASES.ACT_SPECIAL_NO_ART9.trigger(r);
    CASES.TRF_NO_MECHANISM.trigger(r);
    const before = structuredClone(r);
    const first = validateRegister(r, { today: TODAY });
    expect(r).toEqual(before);
    expect(validateRegister(r, { today: TODAY })).toEqual(first);
  });

  it('reports each finding with the severity its rule declares', () => {
    // Every trigger on its own register, all findings pooled.
    const all = RULE_CODES.flatMap((code) => run(CASES[code].trigger));
    expect(all.length).toBeGreaterThan(RULE_CODES.length - 1);
    for (const f of all) expect(f.severity, f.code).toBe(ruleOf(f.code)?.severity);
  });

  it('sorts by severity, then kind, then record name, then code', () => {
    const findings = run((r) => {
      r.organisations = r.organisations.filter((o) => o.kind !== 'dpo' && o.kind !== 'supervisory-authority');
      activity(r).purposes = [];
      activity(r).retention = [];
      activity(r).legalBases = [];
      delete mutas(r).contractDate;
      r.activities.push({ ...structuredClone(activity(r)), id: uuid('ac', 2), name: 'Aansluiting', retention: [] });
      delete processorActivity(r).nextReviewDate;
    });
    const order = findings.map((f) => `${f.severity} ${f.kind} ${f.recordName ?? '-'} ${f.code}`);
    expect(order).toEqual([
      'error activities Aansluiting ACT_NO_LEGAL_BASIS',
      'error activities Aansluiting ACT_NO_PURPOSE',
      'error activities Ledenadministratie ACT_NO_LEGAL_BASIS',
      'error activities Ledenadministratie ACT_NO_PURPOSE',
      'warning meta - REG_NO_DPO',
      'warning activities Aansluiting ACT_NO_RETENTION',
      'warning activities Ledenadministratie ACT_NO_RETENTION',
      'warning processors Mutas PROC_NO_CONTRACT_DATE',
      'info meta - REG_NO_SUPERVISORY_AUTHORITY',
      'info processorActivities Bemiddeling hospitalisatieverzekering REVIEW_DATE_MISSING',
    ]);
  });
});

describe('countBySeverity', () => {
  it('counts every severity, zero included', () => {
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
    const findings = run((r) => {
      activity(r).legalBases = [];
      delete mutas(r).contractDate;
      delete activity(r).nextReviewDate;
    });
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 1, info: 1 });
  });
});

describe('retired activities', () => {
  it('are checked only for their references and dates', () => {
    const findings = run((r) => {
      const a = activity(r);
      Object.assign(a, { status: 'retired', endDate: '2025-12-31', purposes: [], legalBases: [], retention: [] });
      Object.assign(a, { subjectCategoryIds: [], dataCategoryIds: [], securityMeasureIds: [], controllers: [] });
      a.characteristics = ['large-scale', 'evaluation-scoring'];
      a.nextReviewDate = '2025-01-01';
      a.recipientIds.push(ID.foreignRecipient);
      r.recipients.push({
        id: ID.foreignRecipient,
        name: 'Partner India',
        internal: false,
        category: 'other',
        country: 'IN',
        legalReferenceIds: [],
      });
    });
    expect(findings).toEqual([]);
  });

  it('still report links that point nowhere', () => {
    const findings = run((r) => {
      Object.assign(activity(r), { status: 'retired', endDate: '2025-12-31' });
      activity(r).replacedByActivityId = ID.missing;
    });
    expect(findings.map((f) => [f.code, f.field])).toEqual([['REF_DANGLING', 'replacedByActivityId']]);
  });
});

describe('special cases of single rules', () => {
  const codesOf = (change: (r: Register) => void) => run(change).map((f) => f.code);

  it('ACT_BASIS_NO_LAW: a GDPR provision is not the national law a legal obligation needs', () => {
    const codes = codesOf((r) => {
      addReference(r, { id: ID.gdprProvision, kind: 'gdpr', name: 'AVG art. 6.1.c', provision: 'art6-1-c' });
      activity(r).legalBases[0]!.legalReferenceIds = [ID.gdprProvision];
    });
    expect(codes).toEqual(['ACT_BASIS_NO_LAW']);
  });

  it('ACT_DPIA_LIKELY: each WP248 signal on its own, and what is not enough', () => {
    const likely = (change: (r: Register) => void) => codesOf(change).includes('ACT_DPIA_LIKELY');
    expect(likely((r) => (activity(r).characteristics = ['automated-decision-legal-effect']))).toBe(true);
    expect(likely((r) => (activity(r).characteristics = ['systematic-monitoring', 'vulnerable-subjects']))).toBe(true);
    expect(likely((r) => (activity(r).automatedDecision = { exists: true, profiling: true }))).toBe(true);
    expect(
      likely((r) => {
        linkCategory(r, 'national-id', 'Rijksregisternummer');
        activity(r).characteristics = ['large-scale'];
      }),
    ).toBe(true);
    expect(likely((r) => (activity(r).characteristics = ['large-scale']))).toBe(false);
    expect(likely((r) => (activity(r).automatedDecision = { exists: true, profiling: false }))).toBe(false);
    expect(
      likely((r) => {
        activity(r).characteristics = ['evaluation-scoring'];
        activity(r).dpia = { status: 'not-assessed' };
      }),
    ).toBe(true);
  });

  it('ACT_PROCESSOR_NO_TRANSFER: a transfer covers the processor only for the country it names', () => {
    const findings = run((r) => {
      const t = withOffshoreTransfer(r);
      find(r, 'processors', ID.offshore).countries = ['IN', 'PH'];
      t.country = 'IN';
    }).filter((f) => f.code === 'ACT_PROCESSOR_NO_TRANSFER');
    expect(findings.map((f) => f.params.country)).toEqual(['PH']);
  });

  it('ACT_RECIPIENT_NO_TRANSFER: a transfer of another activity does not cover the recipient', () => {
    const codes = codesOf((r) => {
      addForeignRecipient(r, 'IN');
      coverRecipient(r, 'IN', 'art46-2-c');
      activity(r).transferIds = [];
      processorActivity(r).transferIds = [ID.transfer];
    });
    expect(codes).toContain('ACT_RECIPIENT_NO_TRANSFER');
  });

  it('TRF_NO_INSTRUMENT: binding corporate rules must be named too', () => {
    const codes = codesOf((r) => {
      const t = withOffshoreTransfer(r);
      t.mechanism = 'art47';
      delete t.instrument;
    });
    expect(codes).toEqual(['TRF_NO_INSTRUMENT']);
  });

  it('TRF_NO_MECHANISM: an adequate country needs no mechanism', () => {
    const codes = codesOf((r) => {
      const t = withOffshoreTransfer(r);
      t.country = 'CH';
      delete t.mechanism;
      delete t.instrument;
      find(r, 'processors', ID.offshore).countries = ['CH'];
    });
    expect(codes).toEqual([]);
  });

  it('ENTERPRISE_NUMBER_INVALID: foreign organisations are not held to the Belgian checksum, processors are', () => {
    const codes = run((r) => {
      r.organisations.push({
        id: uuid('0a', 5),
        name: 'Zorgverzekeraar Nederland',
        kind: 'joint-controller',
        enterpriseNumber: 'KvK 12345678',
        address: { country: 'NL' },
        servesOrganisationIds: [],
      });
      mutas(r).enterpriseNumber = '0411.702.542';
    }).filter((f) => f.code === 'ENTERPRISE_NUMBER_INVALID');
    expect(codes.map((f) => [f.kind, f.recordId])).toEqual([['processors', ID.processor]]);
  });

  it('REVIEW_OVERDUE and REVIEW_DATE_MISSING: only for live processing', () => {
    const codes = codesOf((r) => {
      Object.assign(processorActivity(r), { status: 'retired', endDate: '2025-12-31', nextReviewDate: '2025-01-01' });
      delete activity(r).nextReviewDate;
      activity(r).status = 'draft';
    });
    expect(codes).toEqual(['REVIEW_DATE_MISSING']);
  });
});

describe('isValidBelgianEnterpriseNumber', () => {
  it.each([
    ['0411.702.543', true],
    ['0411702543', true],
    ['BE0411702543', true],
    ['BE 0411.702.543', true],
    ['0411.702.544', false],
    ['411.702.543', false], // the old nine-digit form: write the leading zero
    ['2411.702.543', false], // first digit 0 or 1 only
    ['0411.702.54', false],
    ['0411.7O2.543', false],
    ['', false],
  ])('%s → %s', (input, valid) => {
    expect(isValidBelgianEnterpriseNumber(input)).toBe(valid);
  });

  it('accepts a check of 97 (first eight digits a multiple of 97)', () => {
    const base8 = 97 * 10_000; // 00970000
    expect(isValidBelgianEnterpriseNumber(`0${String(base8).padStart(7, '0')}97`)).toBe(true);
  });
});
