/** Labels of the model's enumerated values in French, in the vocabulary of the RGPD and the APD. */
import type { LabelWordsOf } from '../labelsByEntry';
import type { en } from './en';

export const fr: LabelWordsOf<typeof en> = {
  organisationKind: {
    controller: 'Responsable du traitement',
    'joint-controller': 'Responsable conjoint du traitement',
    'external-controller': 'Responsable du traitement externe',
    representative: 'Représentant',
    dpo: 'Délégué à la protection des données (DPO)',
    'supervisory-authority': 'Autorité de contrôle',
  },

  recipientCategory: {
    'public-authority': 'Autorité publique',
    'social-security-institution': 'Institution de sécurité sociale',
    'health-care': 'Prestataire ou établissement de soins',
    judicial: 'Autorité judiciaire',
    financial: 'Institution financière',
    insurer: 'Assureur',
    auditor: 'Réviseur ou auditeur',
    'group-entity': 'Entité du groupe',
    'private-person': 'Particulier',
    other: 'Autre',
  },

  dataCategoryKind: {
    ordinary: 'Données à caractère personnel ordinaires',
    special: 'Catégories particulières de données à caractère personnel (art. 9 RGPD)',
    criminal: 'Données judiciaires (art. 10 RGPD)',
    'national-id': 'Numéro de registre national ou NISS (art. 87 RGPD)',
  },

  specialDataType: {
    'racial-ethnic-origin': 'Origine raciale ou ethnique',
    'political-opinions': 'Opinions politiques',
    'religious-beliefs': 'Convictions religieuses ou philosophiques',
    'trade-union-membership': 'Appartenance syndicale',
    genetic: 'Données génétiques',
    biometric: "Données biométriques aux fins d'identification unique",
    health: 'Données concernant la santé',
    'sex-life-orientation': 'Vie sexuelle ou orientation sexuelle',
  },

  dataCategoryFamily: {
    identity: "État civil, identité, données d'identification",
    'personal-life': 'Vie personnelle (habitudes de vie, situation familiale)',
    'professional-life': 'Vie professionnelle (carrière, formation)',
    'economic-financial': "Informations d'ordre économique et financier",
    connection: 'Données de connexion (adresses IP, journaux)',
    location: 'Données de localisation',
    'online-identifiers': 'Identifiants en ligne (cookies, traceurs)',
    'social-security': 'Données de sécurité sociale (affiliation, assurabilité, indemnités)',
    health: 'Santé et soins',
    other: 'Autres',
  },

  // Feminine because the noun is "mesure".
  securityMeasureType: {
    technical: 'Technique',
    organisational: 'Organisationnelle',
  },

  securityMeasureFamily: {
    'access-control': "Contrôle d'accès",
    traceability: 'Traçabilité (journalisation)',
    'software-protection': 'Protection des logiciels (mises à jour, antivirus)',
    backup: 'Sauvegardes',
    encryption: 'Chiffrement',
    'processor-control': 'Contrôle des sous-traitants',
    'physical-security': 'Sécurité physique',
    confidentiality: 'Confidentialité et devoir de discrétion',
    awareness: 'Sensibilisation et formation',
    other: 'Autres',
  },

  // Masculine because the noun is "traitement".
  activityStatus: {
    draft: 'Brouillon',
    active: 'Actif',
    retired: 'Terminé',
  },

  controllerRole: {
    controller: 'Responsable du traitement',
    'joint-controller': 'Responsable conjoint du traitement',
  },

  processingCharacteristic: {
    'evaluation-scoring': 'Évaluation ou notation, y compris le profilage',
    'automated-decision-legal-effect': 'Décision automatisée avec effet juridique ou effet similaire significatif',
    'systematic-monitoring': 'Surveillance systématique',
    'sensitive-data': 'Données sensibles ou à caractère hautement personnel',
    'large-scale': 'Traitement à grande échelle',
    'matching-combining': 'Croisement ou combinaison de jeux de données',
    'vulnerable-subjects': 'Données concernant des personnes vulnérables',
    'innovative-technology': 'Usage innovant ou application de nouvelles technologies',
    'prevents-exercising-rights': "Empêche l'exercice d'un droit ou le bénéfice d'un service ou d'un contrat",
  },

  // Feminine because the noun is "analyse d'impact (AIPD)".
  dpiaStatus: {
    'not-assessed': 'Non évaluée',
    'not-required': 'Non requise',
    required: 'Requise',
    'in-progress': 'En cours',
    done: 'Réalisée',
  },

  legalReferenceKind: {
    gdpr: 'Disposition du RGPD',
    statute: 'Loi ou réglementation',
    'isc-deliberation': "Délibération du Comité de sécurité de l'information",
    agreement: 'Protocole ou convention',
  },

  iscChamber: {
    'social-security-health': 'Chambre sécurité sociale et santé',
    'federal-government': 'Chambre autorité fédérale',
  },
};
