/**
 * GDPR legal grounds an activity can rest on: Art. 6(1) a–f, Art. 9(2) a–j, Art. 10, Art. 87 and Art. 89.
 * The codes are stored in register files; the labels are shown in the interface and the exports.
 */
export const LEGAL_GROUND_CODES = [
  'art6-1-a',
  'art6-1-b',
  'art6-1-c',
  'art6-1-d',
  'art6-1-e',
  'art6-1-f',
  'art9-2-a',
  'art9-2-b',
  'art9-2-c',
  'art9-2-d',
  'art9-2-e',
  'art9-2-f',
  'art9-2-g',
  'art9-2-h',
  'art9-2-i',
  'art9-2-j',
  'art10',
  'art87',
  'art89',
] as const;
export type LegalGroundCode = (typeof LEGAL_GROUND_CODES)[number];
