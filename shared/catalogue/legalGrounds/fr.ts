/** The legal grounds in French, worded after the French text of the GDPR (RGPD). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  'art6-1-a': 'Consentement',
  'art6-1-b': "Exécution d'un contrat avec la personne concernée",
  'art6-1-c': 'Obligation légale',
  'art6-1-d': 'Sauvegarde des intérêts vitaux',
  'art6-1-e': "Mission d'intérêt public ou exercice de l'autorité publique",
  'art6-1-f': 'Intérêts légitimes',
  'art9-2-a': 'Consentement explicite',
  'art9-2-b': 'Droit du travail, de la sécurité sociale et de la protection sociale',
  'art9-2-c': "Intérêts vitaux, personne concernée dans l'incapacité de consentir",
  'art9-2-d': "Activités d'une fondation, association ou autre organisme à but non lucratif",
  'art9-2-e': 'Données manifestement rendues publiques par la personne concernée',
  'art9-2-f': "Droits en justice ou juridictions dans l'exercice de leur fonction juridictionnelle",
  'art9-2-g': "Motifs d'intérêt public important",
  'art9-2-h': 'Médecine préventive ou du travail, prise en charge sanitaire ou sociale',
  'art9-2-i': 'Intérêt public dans le domaine de la santé publique',
  'art9-2-j': "Archivage dans l'intérêt public, recherche scientifique ou historique ou statistiques",
  art10: 'Données relatives aux condamnations pénales et aux infractions',
  art87: "Numéro d'identification national",
  art89: "Garanties pour l'archivage, la recherche scientifique ou historique et les statistiques",
};
