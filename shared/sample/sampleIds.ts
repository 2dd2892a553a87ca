// Stable, readable UUIDs for the sample register: one two-digit hex prefix per record kind and a decimal counter.

const PREFIX = {
  activity: '0a',
  recipient: '0b',
  processor: '0c',
  transfer: '0d',
  dataCategory: '0e',
  subjectCategory: '0f',
  securityMeasure: '10',
  legalReference: '11',
  organisation: '12',
  processorActivity: '13',
  purpose: '20',
  legalBasis: '21',
  source: '22',
  retention: '23',
  processingCategory: '24',
} as const;

export type SampleIdKind = keyof typeof PREFIX;

/** `sampleId('activity', 1)` is `00000000-0000-4000-8000-0000000a0001`: a valid lower-case UUID that never changes. */
export function sampleId(kind: SampleIdKind, n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`sample id counter out of range: ${n}`);
  return `00000000-0000-4000-8000-000000${PREFIX[kind]}${String(n).padStart(4, '0')}`;
}

/** Ids for a list of keys, numbered in list order: append new keys at the end so existing ids stay put. */
function idMap<const K extends readonly string[]>(kind: SampleIdKind, keys: K): { readonly [P in K[number]]: string } {
  const out: Partial<Record<K[number], string>> = {};
  keys.forEach((key: K[number], index) => {
    out[key] = sampleId(kind, index + 1);
  });
  return out as { readonly [P in K[number]]: string };
}

export const ORG = idMap('organisation', [
  'lcm',
  'regionalFunds',
  'mobVlaanderen',
  'mobVerzekeringen',
  'solimut',
  'mcAssure',
  'rmob',
  'dpoCm',
  'dpoRmob',
  'gba',
]);

export const REC = idMap('recipient', [
  'riziv',
  'rsz',
  'rsvz',
  'rva',
  'rjv',
  'pensioendienst',
  'fedris',
  'nic',
  'ksz',
  'controledienst',
  'fodFinancien',
  'iriscare',
  'vazg',
  'aviq',
  'dsl',
  'cmZorgkas',
  'mobVerzekeringen',
  'mcAssure',
  'smrMcWallonie',
  'cmMcLcm',
  'courts',
  'bailiffs',
  'opposingParties',
  'creditors',
  'auditors',
  'heirsNotaries',
  'otherHealthFunds',
  'careProviders',
  'foreignCareProviders',
  'universities',
  'representatives',
  'privilegedStatusBodies',
  'authorisedThirdParties',
]);

export const PROC = idMap('processor', [
  'mutas',
  'ima',
  'kazou',
  'intersoc',
  'samana',
  'okra',
  'thuiszorgwinkels',
  'jeunesseSante',
  'alteo',
  'eneo',
  'qualias',
  'doccle',
  'ict',
  'mailing',
  'lawyers',
  'cmMcLcmSupport',
  'selectedSuppliers',
  'insuranceAgents',
]);

export const TRF = idMap('transfer', [
  'cmCareAbroad',
  'cmQuoteAbroad',
  'mutasVital',
  'mutasContract',
  'mutasClauses',
  'bxlCareAbroad',
  'bxlPreContract',
  'bxlConsent',
  'cmConsent',
]);

export const DC = idMap('dataCategory', [
  'identity',
  'electronicId',
  'personalCharacteristics',
  'family',
  'financial',
  'physical',
  'psychological',
  'lifestyle',
  'leisure',
  'memberships',
  'consumption',
  'housing',
  'education',
  'profession',
  'images',
  'sound',
  'chat',
  'nationalRegister',
  'social',
  'health',
  'criminal',
  'derivedSensitive',
  'careProviderData',
]);

export const SC = idMap('subjectCategory', [
  'members',
  'dependants',
  'children',
  'beneficiaries',
  'representatives',
  'careProviders',
  'prospects',
  'websiteVisitors',
  'callers',
  'visitors',
  'applicants',
  'employees',
  'thirdParties',
  'heirs',
  'brusselsBeneficiaries',
]);

export const SM = idMap('securityMeasure', [
  'confidentialityAgreement',
  'professionalSecrecy',
  'processorContracts',
  'accessControl',
  'secureChannels',
  'generalMeasures',
  'nicFilter',
  'requesterIdentification',
  'recordingNotice',
  'cameraSignage',
  'eidAuthentication',
]);

export const LR = idMap('legalReference', [
  'ziekenfondsWet',
  'gvuWet',
  'kb1996',
  'kszWet',
  'kb1997',
  'rijksregisterWet',
  'kb1986',
  'eHealthWet',
  'handvest',
  'patientenrechten',
  'gezondheidWet2006',
  'decreetLokaalSociaalBeleid',
  'wetGegevensbescherming',
  'ordonnantie2018',
  'strafwetboek458',
  'gdprConsent',
  'gdprLegitimateInterest',
  'gdprResearch',
  'gdprNationalId',
]);

export const PA = idMap('processorActivity', ['agentMob', 'agentMcAssure', 'supportRmob']);
