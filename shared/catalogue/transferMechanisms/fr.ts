/** The transfer mechanisms in French, worded after the chapitre V of the RGPD. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  labels: {
    art45: "Décision d'adéquation de la Commission européenne",
    'art46-2-a': 'Instrument juridiquement contraignant et exécutoire entre autorités publiques',
    'art46-2-b': "Règles d'entreprise contraignantes comme garantie appropriée",
    'art46-2-c': 'Clauses types de protection des données adoptées par la Commission',
    'art46-2-d': 'Clauses types de protection des données adoptées par une autorité de contrôle',
    'art46-2-e': 'Code de conduite approuvé avec engagements contraignants du destinataire',
    'art46-2-f': 'Mécanisme de certification approuvé avec engagements contraignants du destinataire',
    'art46-3-a': "Clauses contractuelles autorisées par l'autorité de contrôle",
    'art46-3-b': 'Dispositions autorisées dans des arrangements administratifs entre autorités publiques',
    art47: "Règles d'entreprise contraignantes approuvées par une autorité de contrôle",
    'art49-1-a': 'Consentement explicite au transfert après information sur les risques',
    'art49-1-b': "Exécution d'un contrat avec la personne concernée",
    'art49-1-c': "Contrat conclu dans l'intérêt de la personne concernée",
    'art49-1-d': "Motifs importants d'intérêt public",
    'art49-1-e': 'Constatation, exercice ou défense de droits en justice',
    'art49-1-f': "Intérêts vitaux, personne concernée dans l'incapacité de consentir",
    'art49-1-g': "Transfert au départ d'un registre public",
    'art49-1-second': 'Intérêts légitimes impérieux (transfert non répétitif, nombre limité de personnes)',
  },
  secondSubparagraph: 'second alinéa',
};
