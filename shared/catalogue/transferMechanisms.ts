/**
 * Grounds for transferring personal data outside the EEA (Chapter V GDPR): adequacy, appropriate safeguards,
 * binding corporate rules and the Art. 49 derogations. Codes are stored; labels, one file per language in
 * `transferMechanisms/`, are shown.
 */
import type { Labels, UiLanguage } from '../i18n/languages';
import { gdprCitation } from './citation';
import { labelsByEntry } from './labelsByEntry';
import { TRANSFER_MECHANISM_WORDS } from './transferMechanisms/index';

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

/**
 * The Chapter V tier a mechanism belongs to. The tiers are ordered: Art. 49 derogations may only be used when there
 * is neither an adequacy decision nor an appropriate safeguard, and the second subparagraph of Art. 49(1) only when
 * no other derogation applies either.
 */
export type TransferMechanismFamily =
  'adequacy' | 'appropriate-safeguards' | 'binding-corporate-rules' | 'derogation' | 'compelling-legitimate-interests';

export interface TransferMechanism {
  code: TransferMechanismCode;
  family: TransferMechanismFamily;
  /** The provision as cited in each language ("Art. 46.2.c AVG", "Art. 46(2)(c) GDPR", "Art. 46 Abs. 2 Buchst. c DSGVO"). */
  citation: Labels;
  label: Labels;
  /** Art. 46 and 47: a transfer is only as good as the instrument behind it, so the register must name it. */
  needsInstrument: boolean;
  /**
   * Art. 49: the reliance on a derogation has to be documented (for the second subparagraph of Art. 49(1) the
   * assessment and safeguards must be recorded under Art. 49(6) and Art. 30(1)(e)); set for every Art. 49 code so
   * validation can ask for it uniformly.
   */
  needsDocumentation: boolean;
}

/** Labels per code and the words citations need, taken from the per-language files in `transferMechanisms/`. */
const WORDS = labelsByEntry(TRANSFER_MECHANISM_WORDS);

function mechanism(code: TransferMechanismCode, family: TransferMechanismFamily, citation: Labels): TransferMechanism {
  const safeguard = family === 'appropriate-safeguards' || family === 'binding-corporate-rules';
  const derogation = family === 'derogation' || family === 'compelling-legitimate-interests';
  return {
    code,
    family,
    citation,
    label: WORDS.labels[code],
    needsInstrument: safeguard,
    needsDocumentation: derogation,
  };
}

export const TRANSFER_MECHANISMS: Readonly<Record<TransferMechanismCode, TransferMechanism>> = {
  art45: mechanism('art45', 'adequacy', gdprCitation('45')),
  'art46-2-a': mechanism('art46-2-a', 'appropriate-safeguards', gdprCitation('46', '2', 'a')),
  'art46-2-b': mechanism('art46-2-b', 'binding-corporate-rules', gdprCitation('46', '2', 'b')),
  'art46-2-c': mechanism('art46-2-c', 'appropriate-safeguards', gdprCitation('46', '2', 'c')),
  'art46-2-d': mechanism('art46-2-d', 'appropriate-safeguards', gdprCitation('46', '2', 'd')),
  'art46-2-e': mechanism('art46-2-e', 'appropriate-safeguards', gdprCitation('46', '2', 'e')),
  'art46-2-f': mechanism('art46-2-f', 'appropriate-safeguards', gdprCitation('46', '2', 'f')),
  'art46-3-a': mechanism('art46-3-a', 'appropriate-safeguards', gdprCitation('46', '3', 'a')),
  'art46-3-b': mechanism('art46-3-b', 'appropriate-safeguards', gdprCitation('46', '3', 'b')),
  art47: mechanism('art47', 'binding-corporate-rules', gdprCitation('47')),
  'art49-1-a': mechanism('art49-1-a', 'derogation', gdprCitation('49', '1', 'a')),
  'art49-1-b': mechanism('art49-1-b', 'derogation', gdprCitation('49', '1', 'b')),
  'art49-1-c': mechanism('art49-1-c', 'derogation', gdprCitation('49', '1', 'c')),
  'art49-1-d': mechanism('art49-1-d', 'derogation', gdprCitation('49', '1', 'd')),
  'art49-1-e': mechanism('art49-1-e', 'derogation', gdprCitation('49', '1', 'e')),
  'art49-1-f': mechanism('art49-1-f', 'derogation', gdprCitation('49', '1', 'f')),
  'art49-1-g': mechanism('art49-1-g', 'derogation', gdprCitation('49', '1', 'g')),
  'art49-1-second': mechanism(
    'art49-1-second',
    'compelling-legitimate-interests',
    gdprCitation('49', '1', undefined, WORDS.secondSubparagraph),
  ),
};

export function transferMechanismFamily(code: TransferMechanismCode): TransferMechanismFamily {
  return TRANSFER_MECHANISMS[code].family;
}

/** The mechanism as shown in lists and exports: citation first, like the legal grounds. */
export function transferMechanismLabel(code: TransferMechanismCode, lang: UiLanguage): string {
  const entry = TRANSFER_MECHANISMS[code];
  return `${entry.citation[lang]} – ${entry.label[lang]}`;
}
