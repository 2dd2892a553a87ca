/**
 * Grounds for transferring personal data outside the EEA (Chapter V GDPR): adequacy, appropriate safeguards,
 * binding corporate rules and the Art. 49 derogations. Codes are stored; labels are shown.
 */
import type { Labels, UiLanguage } from '../i18n/languages';
import { gdprCitation } from './citation';

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
  | 'adequacy'
  | 'appropriate-safeguards'
  | 'binding-corporate-rules'
  | 'derogation'
  | 'compelling-legitimate-interests';

export interface TransferMechanism {
  code: TransferMechanismCode;
  family: TransferMechanismFamily;
  /** The provision as cited in each language ("Art. 46.2.c AVG", "Art. 46(2)(c) GDPR"). */
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

const SECOND_SUBPARAGRAPH: Labels = { nl: 'tweede alinea', fr: 'second alinéa', en: 'second subparagraph' };

function mechanism(
  code: TransferMechanismCode,
  family: TransferMechanismFamily,
  citation: Labels,
  label: Labels,
): TransferMechanism {
  const safeguard = family === 'appropriate-safeguards' || family === 'binding-corporate-rules';
  const derogation = family === 'derogation' || family === 'compelling-legitimate-interests';
  return { code, family, citation, label, needsInstrument: safeguard, needsDocumentation: derogation };
}

export const TRANSFER_MECHANISMS: Readonly<Record<TransferMechanismCode, TransferMechanism>> = {
  art45: mechanism('art45', 'adequacy', gdprCitation('45'), {
    nl: 'Adequaatheidsbesluit van de Europese Commissie',
    fr: "Décision d'adéquation de la Commission européenne",
    en: 'Adequacy decision of the European Commission',
  }),
  'art46-2-a': mechanism('art46-2-a', 'appropriate-safeguards', gdprCitation('46', '2', 'a'), {
    nl: 'Juridisch bindend en afdwingbaar instrument tussen overheidsinstanties',
    fr: 'Instrument juridiquement contraignant et exécutoire entre autorités publiques',
    en: 'Legally binding and enforceable instrument between public authorities',
  }),
  'art46-2-b': mechanism('art46-2-b', 'binding-corporate-rules', gdprCitation('46', '2', 'b'), {
    nl: 'Bindende bedrijfsvoorschriften als passende waarborg',
    fr: "Règles d'entreprise contraignantes comme garantie appropriée",
    en: 'Binding corporate rules as an appropriate safeguard',
  }),
  'art46-2-c': mechanism('art46-2-c', 'appropriate-safeguards', gdprCitation('46', '2', 'c'), {
    nl: 'Door de Commissie vastgestelde standaardbepalingen inzake gegevensbescherming',
    fr: 'Clauses types de protection des données adoptées par la Commission',
    en: 'Standard data protection clauses adopted by the Commission',
  }),
  'art46-2-d': mechanism('art46-2-d', 'appropriate-safeguards', gdprCitation('46', '2', 'd'), {
    nl: 'Door een toezichthoudende autoriteit vastgestelde standaardbepalingen inzake gegevensbescherming',
    fr: 'Clauses types de protection des données adoptées par une autorité de contrôle',
    en: 'Standard data protection clauses adopted by a supervisory authority',
  }),
  'art46-2-e': mechanism('art46-2-e', 'appropriate-safeguards', gdprCitation('46', '2', 'e'), {
    nl: 'Goedgekeurde gedragscode met bindende toezeggingen van de ontvanger',
    fr: 'Code de conduite approuvé avec engagements contraignants du destinataire',
    en: 'Approved code of conduct with binding commitments of the recipient',
  }),
  'art46-2-f': mechanism('art46-2-f', 'appropriate-safeguards', gdprCitation('46', '2', 'f'), {
    nl: 'Goedgekeurd certificeringsmechanisme met bindende toezeggingen van de ontvanger',
    fr: 'Mécanisme de certification approuvé avec engagements contraignants du destinataire',
    en: 'Approved certification mechanism with binding commitments of the recipient',
  }),
  'art46-3-a': mechanism('art46-3-a', 'appropriate-safeguards', gdprCitation('46', '3', 'a'), {
    nl: 'Door de toezichthoudende autoriteit toegestane contractbepalingen',
    fr: "Clauses contractuelles autorisées par l'autorité de contrôle",
    en: 'Contractual clauses authorised by the supervisory authority',
  }),
  'art46-3-b': mechanism('art46-3-b', 'appropriate-safeguards', gdprCitation('46', '3', 'b'), {
    nl: 'Toegestane bepalingen in administratieve regelingen tussen overheidsinstanties',
    fr: 'Dispositions autorisées dans des arrangements administratifs entre autorités publiques',
    en: 'Authorised provisions in administrative arrangements between public authorities',
  }),
  art47: mechanism('art47', 'binding-corporate-rules', gdprCitation('47'), {
    nl: 'Door een toezichthoudende autoriteit goedgekeurde bindende bedrijfsvoorschriften',
    fr: "Règles d'entreprise contraignantes approuvées par une autorité de contrôle",
    en: 'Binding corporate rules approved by a supervisory authority',
  }),
  'art49-1-a': mechanism('art49-1-a', 'derogation', gdprCitation('49', '1', 'a'), {
    nl: "Uitdrukkelijke toestemming voor de doorgifte na informatie over de risico's",
    fr: 'Consentement explicite au transfert après information sur les risques',
    en: 'Explicit consent to the transfer after being informed of the risks',
  }),
  'art49-1-b': mechanism('art49-1-b', 'derogation', gdprCitation('49', '1', 'b'), {
    nl: 'Uitvoering van een overeenkomst met de betrokkene',
    fr: "Exécution d'un contrat avec la personne concernée",
    en: 'Performance of a contract with the data subject',
  }),
  'art49-1-c': mechanism('art49-1-c', 'derogation', gdprCitation('49', '1', 'c'), {
    nl: 'Overeenkomst gesloten in het belang van de betrokkene',
    fr: "Contrat conclu dans l'intérêt de la personne concernée",
    en: 'Contract concluded in the interest of the data subject',
  }),
  'art49-1-d': mechanism('art49-1-d', 'derogation', gdprCitation('49', '1', 'd'), {
    nl: 'Gewichtige redenen van algemeen belang',
    fr: "Motifs importants d'intérêt public",
    en: 'Important reasons of public interest',
  }),
  'art49-1-e': mechanism('art49-1-e', 'derogation', gdprCitation('49', '1', 'e'), {
    nl: 'Instelling, uitoefening of onderbouwing van een rechtsvordering',
    fr: 'Constatation, exercice ou défense de droits en justice',
    en: 'Establishment, exercise or defence of legal claims',
  }),
  'art49-1-f': mechanism('art49-1-f', 'derogation', gdprCitation('49', '1', 'f'), {
    nl: 'Vitale belangen, betrokkene niet in staat toestemming te geven',
    fr: "Intérêts vitaux, personne concernée dans l'incapacité de consentir",
    en: 'Vital interests, data subject incapable of giving consent',
  }),
  'art49-1-g': mechanism('art49-1-g', 'derogation', gdprCitation('49', '1', 'g'), {
    nl: 'Doorgifte uit een openbaar register',
    fr: "Transfert au départ d'un registre public",
    en: 'Transfer from a public register',
  }),
  'art49-1-second': mechanism(
    'art49-1-second',
    'compelling-legitimate-interests',
    gdprCitation('49', '1', undefined, SECOND_SUBPARAGRAPH),
    {
      nl: 'Dwingende gerechtvaardigde belangen (niet-repetitieve doorgifte, beperkt aantal betrokkenen)',
      fr: 'Intérêts légitimes impérieux (transfert non répétitif, nombre limité de personnes)',
      en: 'Compelling legitimate interests (non-repetitive transfer, limited number of data subjects)',
    },
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
