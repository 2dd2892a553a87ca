/**
 * GDPR legal grounds an activity can rest on: Art. 6(1) a–f, Art. 9(2) a–j, Art. 10, Art. 87 and Art. 89.
 * The codes are stored in register files; the labels, one file per language in `legalGrounds/`, are shown in the
 * interface and the exports.
 */
import type { Labels, UiLanguage } from '../i18n/languages';
import { gdprCitation } from './citation';
import { labelsByEntry } from './labelsByEntry';
import { LEGAL_GROUND_WORDS } from './legalGrounds/index';

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

/** The article a ground comes from: validation asks for an Art. 9 condition only when special data are processed. */
export type LegalGroundGroup = 'art6' | 'art9' | 'art10' | 'art87' | 'art89';

export interface LegalGround {
  code: LegalGroundCode;
  group: LegalGroundGroup;
  /** The provision as cited in English, e.g. "Art. 6(1)(c) GDPR"; stable text for logs and the CLI. */
  article: string;
  /** The provision as cited in each language ("Art. 6.1.c AVG", "Art. 6(1)(c) GDPR", "Art. 6 Abs. 1 Buchst. c DSGVO"). */
  citation: Labels;
  /** A short label that follows the wording of the official language versions of the GDPR. */
  label: Labels;
}

/** Labels per code, taken from the per-language files in `legalGrounds/`. */
const LABELS = labelsByEntry(LEGAL_GROUND_WORDS);

function ground(
  code: LegalGroundCode,
  group: LegalGroundGroup,
  numbering: readonly [article: string, paragraph?: string, point?: string],
): LegalGround {
  const citation = gdprCitation(...numbering);
  return { code, group, article: citation.en, citation, label: LABELS[code] };
}

export const LEGAL_GROUNDS: Readonly<Record<LegalGroundCode, LegalGround>> = {
  'art6-1-a': ground('art6-1-a', 'art6', ['6', '1', 'a']),
  'art6-1-b': ground('art6-1-b', 'art6', ['6', '1', 'b']),
  'art6-1-c': ground('art6-1-c', 'art6', ['6', '1', 'c']),
  'art6-1-d': ground('art6-1-d', 'art6', ['6', '1', 'd']),
  'art6-1-e': ground('art6-1-e', 'art6', ['6', '1', 'e']),
  'art6-1-f': ground('art6-1-f', 'art6', ['6', '1', 'f']),
  'art9-2-a': ground('art9-2-a', 'art9', ['9', '2', 'a']),
  'art9-2-b': ground('art9-2-b', 'art9', ['9', '2', 'b']),
  'art9-2-c': ground('art9-2-c', 'art9', ['9', '2', 'c']),
  'art9-2-d': ground('art9-2-d', 'art9', ['9', '2', 'd']),
  'art9-2-e': ground('art9-2-e', 'art9', ['9', '2', 'e']),
  'art9-2-f': ground('art9-2-f', 'art9', ['9', '2', 'f']),
  'art9-2-g': ground('art9-2-g', 'art9', ['9', '2', 'g']),
  'art9-2-h': ground('art9-2-h', 'art9', ['9', '2', 'h']),
  'art9-2-i': ground('art9-2-i', 'art9', ['9', '2', 'i']),
  'art9-2-j': ground('art9-2-j', 'art9', ['9', '2', 'j']),
  art10: ground('art10', 'art10', ['10']),
  art87: ground('art87', 'art87', ['87']),
  art89: ground('art89', 'art89', ['89']),
};

export function legalGroundGroup(code: LegalGroundCode): LegalGroundGroup {
  return LEGAL_GROUNDS[code].group;
}

/** The ground as shown in lists and exports: citation first, so auditors can scan by article. */
export function legalGroundLabel(code: LegalGroundCode, lang: UiLanguage): string {
  const entry = LEGAL_GROUNDS[code];
  return `${entry.citation[lang]} – ${entry.label[lang]}`;
}
