/**
 * Grounds for transferring personal data outside the EEA (Chapter V GDPR): adequacy, appropriate safeguards,
 * binding corporate rules and the Art. 49 derogations. Codes are stored; labels are shown.
 */
export const TRANSFER_MECHANISM_CODES = [
  'art45',
  'art46-2-a',
  'art46-2-b',
  'art46-2-c',
  'art46-2-d',
  'art46-2-e',
  'art46-2-f',
  'art46-3-a',
  'art46-3-b',
  'art47',
  'art49-1-a',
  'art49-1-b',
  'art49-1-c',
  'art49-1-d',
  'art49-1-e',
  'art49-1-f',
  'art49-1-g',
  'art49-1-second',
] as const;
export type TransferMechanismCode = (typeof TRANSFER_MECHANISM_CODES)[number];
