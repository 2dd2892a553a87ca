/** Labels of the model's enumerated values in English: this file defines the enum-label catalogue's keys. */
import type { EnumLabelWords } from '../enumLabels';

export const en = {
  organisationKind: {
    controller: 'Controller',
    'joint-controller': 'Joint controller',
    // A controller outside the group for which a group entity acts as processor (Art. 30(2)).
    'external-controller': 'External controller',
    representative: 'Representative',
    dpo: 'Data protection officer (DPO)',
    'supervisory-authority': 'Supervisory authority',
  },

  recipientCategory: {
    'public-authority': 'Public authority',
    'social-security-institution': 'Social security institution',
    'health-care': 'Health care provider or institution',
    judicial: 'Judicial authority',
    financial: 'Financial institution',
    insurer: 'Insurer',
    auditor: 'Auditor',
    'group-entity': 'Group entity',
    'private-person': 'Private individual',
    other: 'Other',
  },

  dataCategoryKind: {
    ordinary: 'Ordinary personal data',
    special: 'Special categories of personal data (Art. 9 GDPR)',
    criminal: 'Criminal convictions and offences data (Art. 10 GDPR)',
    // In Belgium both the National Register number and the social security (INSZ/NISS) number are meant.
    'national-id': 'National Register or social security number (Art. 87 GDPR)',
  },

  specialDataType: {
    'racial-ethnic-origin': 'Racial or ethnic origin',
    'political-opinions': 'Political opinions',
    'religious-beliefs': 'Religious or philosophical beliefs',
    'trade-union-membership': 'Trade union membership',
    genetic: 'Genetic data',
    biometric: 'Biometric data for unique identification',
    health: 'Data concerning health',
    'sex-life-orientation': 'Sex life or sexual orientation',
  },

  // The families of the CNIL register sheet, with social security added for a health-insurance group.
  dataCategoryFamily: {
    identity: 'Identity and identification data',
    'personal-life': 'Personal life (habits, family situation)',
    'professional-life': 'Professional life (career, education)',
    'economic-financial': 'Economic and financial data',
    connection: 'Connection data (IP addresses, logs)',
    location: 'Location data',
    'online-identifiers': 'Online identifiers (cookies, trackers)',
    'social-security': 'Social security data (membership, insurability, benefits)',
    health: 'Health and care',
    other: 'Other',
  },

  securityMeasureType: {
    technical: 'Technical',
    organisational: 'Organisational',
  },

  securityMeasureFamily: {
    'access-control': 'Access control',
    traceability: 'Traceability (logging)',
    'software-protection': 'Software protection (updates, anti-malware)',
    backup: 'Backups',
    encryption: 'Encryption',
    'processor-control': 'Control of processors',
    'physical-security': 'Physical security',
    confidentiality: 'Confidentiality and duty of secrecy',
    awareness: 'Awareness and training',
    other: 'Other',
  },

  activityStatus: {
    draft: 'Draft',
    active: 'Active',
    retired: 'Retired',
  },

  controllerRole: {
    controller: 'Controller',
    'joint-controller': 'Joint controller',
  },

  // The nine criteria of the EDPB guidelines on DPIA (WP248 rev.01); two or more usually call for a DPIA.
  processingCharacteristic: {
    'evaluation-scoring': 'Evaluation or scoring, including profiling',
    'automated-decision-legal-effect': 'Automated decision-making with legal or similarly significant effect',
    'systematic-monitoring': 'Systematic monitoring',
    'sensitive-data': 'Sensitive data or data of a highly personal nature',
    'large-scale': 'Large-scale processing',
    'matching-combining': 'Matching or combining datasets',
    'vulnerable-subjects': 'Data concerning vulnerable data subjects',
    'innovative-technology': 'Innovative use or application of new technology',
    'prevents-exercising-rights': 'Prevents exercising a right or using a service or contract',
  },

  dpiaStatus: {
    'not-assessed': 'Not assessed',
    'not-required': 'Not required',
    required: 'Required',
    'in-progress': 'In progress',
    done: 'Completed',
  },

  legalReferenceKind: {
    gdpr: 'GDPR provision',
    statute: 'Statute or regulation',
    'isc-deliberation': 'Deliberation of the Information Security Committee',
    agreement: 'Protocol or agreement',
  },

  // The two chambers of the Information Security Committee, as named in the Act of 5 September 2018.
  iscChamber: {
    'social-security-health': 'Social Security and Health Chamber',
    'federal-government': 'Federal Government Chamber',
  },
} as const satisfies EnumLabelWords;
