/** The legal grounds in English, worded after the English text of the GDPR: this file defines the catalogue's keys. */
import type { LegalGroundCode } from '../legalGrounds';

export const en = {
  'art6-1-a': 'Consent',
  'art6-1-b': 'Performance of a contract with the data subject',
  'art6-1-c': 'Legal obligation',
  'art6-1-d': 'Vital interests',
  'art6-1-e': 'Public task or exercise of official authority',
  'art6-1-f': 'Legitimate interests',
  'art9-2-a': 'Explicit consent',
  'art9-2-b': 'Employment, social security and social protection law',
  'art9-2-c': 'Vital interests, data subject incapable of giving consent',
  'art9-2-d': 'Activities of a foundation, association or other not-for-profit body',
  'art9-2-e': 'Data manifestly made public by the data subject',
  'art9-2-f': 'Legal claims or courts acting in their judicial capacity',
  'art9-2-g': 'Substantial public interest',
  'art9-2-h': 'Preventive or occupational medicine, health or social care',
  'art9-2-i': 'Public interest in the area of public health',
  'art9-2-j': 'Archiving in the public interest, scientific or historical research or statistics',
  art10: 'Personal data relating to criminal convictions and offences',
  art87: 'National identification number',
  art89: 'Safeguards for archiving, scientific or historical research and statistics',
} as const satisfies Record<LegalGroundCode, string>;
