/**
 * Legal references named in a cell — a statute with its article, a deliberation of the Information Security
 * Committee, a protocol or agreement — recognised by their words in the four languages, and read into the fields a
 * legal-reference record has (kind, deliberation number, date, article). The name stays as written.
 */
import type { LegalReferenceKind } from '../../model/legalReference';
import { findDateInText } from './date';
import { foldText } from './fold';

/** Words that name a statute or other instrument, folded. */
const STATUTE_WORDS = new Set(
  (
    'wet wetten wetboek wetgeving decreet ordonnantie besluit kb koninklijk ministerieel verordening richtlijn ' +
    'loi lois code decret ordonnance arrete ar reglement directive ' +
    'act acts statute law laws regulation decree ordinance directive ' +
    'gesetz gesetzes gesetzbuch verordnung richtlinie sgb bgb staatsblad moniteur bs mb'
  ).split(' '),
);
const DELIBERATION_WORDS = new Set(
  'beraadslaging beraadslagingen machtiging deliberation deliberations autorisation beschluss ivc csi'.split(' '),
);
const AGREEMENT_WORDS = new Set(
  (
    'protocol protocole protocollen akkoord samenwerkingsakkoord accord convention conventions agreement ' +
    'vereinbarung staatsvertrag'
  ).split(' '),
);
/** "22/080", "nr. 18/184": how deliberations of the Committee are numbered. */
const DELIBERATION_NUMBER = /(?<!\d)(\d{2}\/\d{2,3})(?!\d)/;
const YEAR = /(?<!\d)(?:18|19|20)\d{2}(?!\d)/;

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Whether a text names a statute, deliberation or agreement (rather than being a remark). */
export function isReferenceText(text: string): boolean {
  const all = words(text);
  if (all.some((w) => STATUTE_WORDS.has(w) || DELIBERATION_WORDS.has(w) || AGREEMENT_WORDS.has(w))) return true;
  // "K.B. 1997", "A.R. du 5 juin": abbreviations split into letters by the word split above.
  if (/(?<![\p{L}])(?:k\.\s?b|a\.\s?r|b\.\s?s|m\.\s?b)\.?(?![\p{L}])/u.test(foldText(text))) return true;
  return DELIBERATION_NUMBER.test(text) && YEAR.test(text) === false && /nr|n°|no\b/i.test(text);
}

export interface LegalReferenceReading {
  name: string;
  kind: Exclude<LegalReferenceKind, 'gdpr'>;
  /** A deliberation's number ("22/080"); a deliberation always has one (the name when none is written). */
  number?: string;
  /** The date of the act or deliberation, when written in words or figures. */
  date?: string;
  /** The article of a statute: "art. 53", "art. 3, § 2". */
  article?: string;
}

export function readLegalReference(text: string): LegalReferenceReading {
  const name = text.trim();
  const all = words(name);
  const date = findDateInText(name);
  if (all.some((w) => DELIBERATION_WORDS.has(w)) || (DELIBERATION_NUMBER.test(name) && !YEAR.test(name))) {
    return {
      name,
      kind: 'isc-deliberation',
      number: DELIBERATION_NUMBER.exec(name)?.[1] ?? name,
      ...(date ? { date } : {}),
    };
  }
  if (all.some((w) => AGREEMENT_WORDS.has(w)) && !all.some((w) => STATUTE_WORDS.has(w))) {
    return { name, kind: 'agreement', ...(date ? { date } : {}) };
  }
  const article = /(?<![\p{L}])(art(?:ikel|icle|\.)?\s*\d+[a-z]?(?:\s*,?\s*§\s*\d+)?(?:\s*,?\s*\d+°)?)/iu.exec(
    name,
  )?.[1];
  return { name, kind: 'statute', ...(date ? { date } : {}), ...(article ? { article: article.trim() } : {}) };
}
