/**
 * GDPR legal grounds an activity can rest on: Art. 6(1) a–f, Art. 9(2) a–j, Art. 10, Art. 87 and Art. 89.
 * The codes are stored in register files; the labels are shown in the interface and the exports.
 */
import type { Labels, UiLanguage } from '../i18n/languages';
import { gdprCitation } from './citation';

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
  /** The provision as cited in each language ("Art. 6.1.c AVG", "Art. 6.1.c RGPD", "Art. 6(1)(c) GDPR"). */
  citation: Labels;
  /** A short label that follows the wording of the official language versions of the GDPR. */
  label: Labels;
}

function ground(
  code: LegalGroundCode,
  group: LegalGroundGroup,
  numbering: readonly [article: string, paragraph?: string, point?: string],
  label: Labels,
): LegalGround {
  const citation = gdprCitation(...numbering);
  return { code, group, article: citation.en, citation, label };
}

export const LEGAL_GROUNDS: Readonly<Record<LegalGroundCode, LegalGround>> = {
  'art6-1-a': ground('art6-1-a', 'art6', ['6', '1', 'a'], {
    nl: 'Toestemming',
    fr: 'Consentement',
    en: 'Consent',
  }),
  'art6-1-b': ground('art6-1-b', 'art6', ['6', '1', 'b'], {
    nl: 'Uitvoering van een overeenkomst met de betrokkene',
    fr: "Exécution d'un contrat avec la personne concernée",
    en: 'Performance of a contract with the data subject',
  }),
  'art6-1-c': ground('art6-1-c', 'art6', ['6', '1', 'c'], {
    nl: 'Wettelijke verplichting',
    fr: 'Obligation légale',
    en: 'Legal obligation',
  }),
  'art6-1-d': ground('art6-1-d', 'art6', ['6', '1', 'd'], {
    nl: 'Vitale belangen',
    fr: 'Sauvegarde des intérêts vitaux',
    en: 'Vital interests',
  }),
  'art6-1-e': ground('art6-1-e', 'art6', ['6', '1', 'e'], {
    nl: 'Taak van algemeen belang of uitoefening van openbaar gezag',
    fr: "Mission d'intérêt public ou exercice de l'autorité publique",
    en: 'Public task or exercise of official authority',
  }),
  'art6-1-f': ground('art6-1-f', 'art6', ['6', '1', 'f'], {
    nl: 'Gerechtvaardigd belang',
    fr: 'Intérêts légitimes',
    en: 'Legitimate interests',
  }),
  'art9-2-a': ground('art9-2-a', 'art9', ['9', '2', 'a'], {
    nl: 'Uitdrukkelijke toestemming',
    fr: 'Consentement explicite',
    en: 'Explicit consent',
  }),
  'art9-2-b': ground('art9-2-b', 'art9', ['9', '2', 'b'], {
    nl: 'Arbeidsrecht, socialezekerheidsrecht en socialebeschermingsrecht',
    fr: 'Droit du travail, de la sécurité sociale et de la protection sociale',
    en: 'Employment, social security and social protection law',
  }),
  'art9-2-c': ground('art9-2-c', 'art9', ['9', '2', 'c'], {
    nl: 'Vitale belangen, betrokkene niet in staat toestemming te geven',
    fr: "Intérêts vitaux, personne concernée dans l'incapacité de consentir",
    en: 'Vital interests, data subject incapable of giving consent',
  }),
  'art9-2-d': ground('art9-2-d', 'art9', ['9', '2', 'd'], {
    nl: 'Activiteiten van een stichting, vereniging of instantie zonder winstoogmerk',
    fr: "Activités d'une fondation, association ou autre organisme à but non lucratif",
    en: 'Activities of a foundation, association or other not-for-profit body',
  }),
  'art9-2-e': ground('art9-2-e', 'art9', ['9', '2', 'e'], {
    nl: 'Kennelijk door de betrokkene openbaar gemaakte gegevens',
    fr: 'Données manifestement rendues publiques par la personne concernée',
    en: 'Data manifestly made public by the data subject',
  }),
  'art9-2-f': ground('art9-2-f', 'art9', ['9', '2', 'f'], {
    nl: 'Rechtsvordering of gerechten in het kader van hun rechtsbevoegdheid',
    fr: "Droits en justice ou juridictions dans l'exercice de leur fonction juridictionnelle",
    en: 'Legal claims or courts acting in their judicial capacity',
  }),
  'art9-2-g': ground('art9-2-g', 'art9', ['9', '2', 'g'], {
    nl: 'Zwaarwegend algemeen belang',
    fr: "Motifs d'intérêt public important",
    en: 'Substantial public interest',
  }),
  'art9-2-h': ground('art9-2-h', 'art9', ['9', '2', 'h'], {
    nl: 'Preventieve of arbeidsgeneeskunde, gezondheidszorg of sociale diensten',
    fr: 'Médecine préventive ou du travail, prise en charge sanitaire ou sociale',
    en: 'Preventive or occupational medicine, health or social care',
  }),
  'art9-2-i': ground('art9-2-i', 'art9', ['9', '2', 'i'], {
    nl: 'Algemeen belang op het gebied van de volksgezondheid',
    fr: 'Intérêt public dans le domaine de la santé publique',
    en: 'Public interest in the area of public health',
  }),
  'art9-2-j': ground('art9-2-j', 'art9', ['9', '2', 'j'], {
    nl: 'Archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek',
    fr: "Archivage dans l'intérêt public, recherche scientifique ou historique ou statistiques",
    en: 'Archiving in the public interest, scientific or historical research or statistics',
  }),
  art10: ground('art10', 'art10', ['10'], {
    nl: 'Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten',
    fr: 'Données relatives aux condamnations pénales et aux infractions',
    en: 'Personal data relating to criminal convictions and offences',
  }),
  art87: ground('art87', 'art87', ['87'], {
    nl: 'Nationaal identificatienummer',
    fr: "Numéro d'identification national",
    en: 'National identification number',
  }),
  art89: ground('art89', 'art89', ['89'], {
    nl: 'Waarborgen voor archivering, wetenschappelijk of historisch onderzoek en statistiek',
    fr: "Garanties pour l'archivage, la recherche scientifique ou historique et les statistiques",
    en: 'Safeguards for archiving, scientific or historical research and statistics',
  }),
};

export function legalGroundGroup(code: LegalGroundCode): LegalGroundGroup {
  return LEGAL_GROUNDS[code].group;
}

/** The ground as shown in lists and exports: citation first, so auditors can scan by article. */
export function legalGroundLabel(code: LegalGroundCode, lang: UiLanguage): string {
  const entry = LEGAL_GROUNDS[code];
  return `${entry.citation[lang]} – ${entry.label[lang]}`;
}
