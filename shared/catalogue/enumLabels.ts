/**
 * Labels in Dutch, French and English for every enumerated value of the model, in the vocabulary Belgian DPOs and
 * the GBA/APD use. The interface, the validation messages and the exports all read them from here, so a register
 * reads the same on screen and on paper.
 */
import type { Labels, UiLanguage } from '../i18n/languages';
import type {
  ActivityStatus,
  ControllerRole,
  DpiaStatus,
  ProcessingCharacteristic,
} from '../model/activity';
import type { DataCategoryFamily, DataCategoryKind, SpecialDataType } from '../model/dataCategory';
import type { IscChamber, LegalReferenceKind } from '../model/legalReference';
import type { OrganisationKind } from '../model/organisation';
import type { RecipientCategory } from '../model/recipient';
import type { SecurityMeasureFamily, SecurityMeasureType } from '../model/securityMeasure';

export type { IscChamber };

/** One table per enum; `Record` makes a value the model adds without a label a compile error here. */
interface EnumLabelTables {
  organisationKind: Record<OrganisationKind, Labels>;
  recipientCategory: Record<RecipientCategory, Labels>;
  dataCategoryKind: Record<DataCategoryKind, Labels>;
  specialDataType: Record<SpecialDataType, Labels>;
  dataCategoryFamily: Record<DataCategoryFamily, Labels>;
  securityMeasureType: Record<SecurityMeasureType, Labels>;
  securityMeasureFamily: Record<SecurityMeasureFamily, Labels>;
  activityStatus: Record<ActivityStatus, Labels>;
  controllerRole: Record<ControllerRole, Labels>;
  processingCharacteristic: Record<ProcessingCharacteristic, Labels>;
  dpiaStatus: Record<DpiaStatus, Labels>;
  legalReferenceKind: Record<LegalReferenceKind, Labels>;
  iscChamber: Record<IscChamber, Labels>;
}

export const ENUM_LABELS = {
  organisationKind: {
    controller: { nl: 'Verwerkingsverantwoordelijke', fr: 'Responsable du traitement', en: 'Controller' },
    'joint-controller': {
      nl: 'Gezamenlijke verwerkingsverantwoordelijke',
      fr: 'Responsable conjoint du traitement',
      en: 'Joint controller',
    },
    // A controller outside the group for which a group entity acts as processor (Art. 30(2)).
    'external-controller': {
      nl: 'Externe verwerkingsverantwoordelijke',
      fr: 'Responsable du traitement externe',
      en: 'External controller',
    },
    representative: { nl: 'Vertegenwoordiger', fr: 'Représentant', en: 'Representative' },
    dpo: {
      nl: 'Functionaris voor gegevensbescherming (DPO)',
      fr: 'Délégué à la protection des données (DPO)',
      en: 'Data protection officer (DPO)',
    },
    'supervisory-authority': {
      nl: 'Toezichthoudende autoriteit',
      fr: 'Autorité de contrôle',
      en: 'Supervisory authority',
    },
  },

  recipientCategory: {
    'public-authority': { nl: 'Overheidsinstantie', fr: 'Autorité publique', en: 'Public authority' },
    'social-security-institution': {
      nl: 'Socialezekerheidsinstelling',
      fr: 'Institution de sécurité sociale',
      en: 'Social security institution',
    },
    'health-care': {
      nl: 'Zorgverlener of zorginstelling',
      fr: 'Prestataire ou établissement de soins',
      en: 'Health care provider or institution',
    },
    judicial: {
      nl: 'Gerechtelijke instantie',
      fr: 'Autorité judiciaire',
      en: 'Judicial authority',
    },
    financial: { nl: 'Financiële instelling', fr: 'Institution financière', en: 'Financial institution' },
    insurer: { nl: 'Verzekeraar', fr: 'Assureur', en: 'Insurer' },
    auditor: { nl: 'Revisor of auditor', fr: 'Réviseur ou auditeur', en: 'Auditor' },
    'group-entity': { nl: 'Entiteit van de groep', fr: 'Entité du groupe', en: 'Group entity' },
    'private-person': { nl: 'Particulier', fr: 'Particulier', en: 'Private individual' },
    other: { nl: 'Andere', fr: 'Autre', en: 'Other' },
  },

  dataCategoryKind: {
    ordinary: {
      nl: 'Gewone persoonsgegevens',
      fr: 'Données à caractère personnel ordinaires',
      en: 'Ordinary personal data',
    },
    special: {
      nl: 'Bijzondere categorieën van persoonsgegevens (art. 9 AVG)',
      fr: 'Catégories particulières de données à caractère personnel (art. 9 RGPD)',
      en: 'Special categories of personal data (Art. 9 GDPR)',
    },
    criminal: {
      nl: 'Gerechtelijke gegevens (art. 10 AVG)',
      fr: 'Données judiciaires (art. 10 RGPD)',
      en: 'Criminal convictions and offences data (Art. 10 GDPR)',
    },
    // In Belgium both the National Register number and the social security (INSZ/NISS) number are meant.
    'national-id': {
      nl: 'Rijksregisternummer of INSZ-nummer (art. 87 AVG)',
      fr: 'Numéro de registre national ou NISS (art. 87 RGPD)',
      en: 'National Register or social security number (Art. 87 GDPR)',
    },
  },

  specialDataType: {
    'racial-ethnic-origin': {
      nl: 'Ras of etnische afkomst',
      fr: 'Origine raciale ou ethnique',
      en: 'Racial or ethnic origin',
    },
    'political-opinions': { nl: 'Politieke opvattingen', fr: 'Opinions politiques', en: 'Political opinions' },
    'religious-beliefs': {
      nl: 'Religieuze of levensbeschouwelijke overtuigingen',
      fr: 'Convictions religieuses ou philosophiques',
      en: 'Religious or philosophical beliefs',
    },
    'trade-union-membership': {
      nl: 'Lidmaatschap van een vakbond',
      fr: 'Appartenance syndicale',
      en: 'Trade union membership',
    },
    genetic: { nl: 'Genetische gegevens', fr: 'Données génétiques', en: 'Genetic data' },
    biometric: {
      nl: 'Biometrische gegevens voor unieke identificatie',
      fr: "Données biométriques aux fins d'identification unique",
      en: 'Biometric data for unique identification',
    },
    health: { nl: 'Gezondheidsgegevens', fr: 'Données concernant la santé', en: 'Data concerning health' },
    'sex-life-orientation': {
      nl: 'Seksueel gedrag of seksuele gerichtheid',
      fr: 'Vie sexuelle ou orientation sexuelle',
      en: 'Sex life or sexual orientation',
    },
  },

  // The families of the CNIL register sheet, with social security added for a health-insurance group.
  dataCategoryFamily: {
    identity: {
      nl: 'Identificatiegegevens',
      fr: "État civil, identité, données d'identification",
      en: 'Identity and identification data',
    },
    'personal-life': {
      nl: 'Persoonlijk leven (leefgewoonten, gezinssituatie)',
      fr: 'Vie personnelle (habitudes de vie, situation familiale)',
      en: 'Personal life (habits, family situation)',
    },
    'professional-life': {
      nl: 'Beroepsleven (loopbaan, opleiding)',
      fr: 'Vie professionnelle (carrière, formation)',
      en: 'Professional life (career, education)',
    },
    'economic-financial': {
      nl: 'Economische en financiële gegevens',
      fr: "Informations d'ordre économique et financier",
      en: 'Economic and financial data',
    },
    connection: {
      nl: 'Verbindingsgegevens (IP-adressen, logbestanden)',
      fr: 'Données de connexion (adresses IP, journaux)',
      en: 'Connection data (IP addresses, logs)',
    },
    location: { nl: 'Locatiegegevens', fr: 'Données de localisation', en: 'Location data' },
    'online-identifiers': {
      nl: 'Online-identificatoren (cookies, trackers)',
      fr: 'Identifiants en ligne (cookies, traceurs)',
      en: 'Online identifiers (cookies, trackers)',
    },
    'social-security': {
      nl: 'Socialezekerheidsgegevens (aansluiting, verzekerbaarheid, uitkeringen)',
      fr: 'Données de sécurité sociale (affiliation, assurabilité, indemnités)',
      en: 'Social security data (membership, insurability, benefits)',
    },
    health: { nl: 'Gezondheid en zorg', fr: 'Santé et soins', en: 'Health and care' },
    other: { nl: 'Andere', fr: 'Autres', en: 'Other' },
  },

  // Feminine in French because the noun is "mesure".
  securityMeasureType: {
    technical: { nl: 'Technisch', fr: 'Technique', en: 'Technical' },
    organisational: { nl: 'Organisatorisch', fr: 'Organisationnelle', en: 'Organisational' },
  },

  securityMeasureFamily: {
    'access-control': { nl: 'Toegangsbeheer', fr: "Contrôle d'accès", en: 'Access control' },
    traceability: {
      nl: 'Traceerbaarheid (logging)',
      fr: 'Traçabilité (journalisation)',
      en: 'Traceability (logging)',
    },
    'software-protection': {
      nl: 'Bescherming van software (updates, antivirus)',
      fr: 'Protection des logiciels (mises à jour, antivirus)',
      en: 'Software protection (updates, anti-malware)',
    },
    backup: { nl: 'Back-ups', fr: 'Sauvegardes', en: 'Backups' },
    encryption: { nl: 'Versleuteling', fr: 'Chiffrement', en: 'Encryption' },
    'processor-control': {
      nl: 'Controle op verwerkers',
      fr: 'Contrôle des sous-traitants',
      en: 'Control of processors',
    },
    'physical-security': { nl: 'Fysieke beveiliging', fr: 'Sécurité physique', en: 'Physical security' },
    confidentiality: {
      nl: 'Vertrouwelijkheid en geheimhoudingsplicht',
      fr: 'Confidentialité et devoir de discrétion',
      en: 'Confidentiality and duty of secrecy',
    },
    awareness: {
      nl: 'Bewustmaking en opleiding',
      fr: 'Sensibilisation et formation',
      en: 'Awareness and training',
    },
    other: { nl: 'Andere', fr: 'Autres', en: 'Other' },
  },

  // Masculine in French because the noun is "traitement".
  activityStatus: {
    draft: { nl: 'Ontwerp', fr: 'Brouillon', en: 'Draft' },
    active: { nl: 'Actief', fr: 'Actif', en: 'Active' },
    retired: { nl: 'Beëindigd', fr: 'Terminé', en: 'Retired' },
  },

  controllerRole: {
    controller: { nl: 'Verwerkingsverantwoordelijke', fr: 'Responsable du traitement', en: 'Controller' },
    'joint-controller': {
      nl: 'Gezamenlijke verwerkingsverantwoordelijke',
      fr: 'Responsable conjoint du traitement',
      en: 'Joint controller',
    },
  },

  // The nine criteria of the EDPB guidelines on DPIA (WP248 rev.01); two or more usually call for a DPIA.
  processingCharacteristic: {
    'evaluation-scoring': {
      nl: 'Evaluatie of scoring, met inbegrip van profilering',
      fr: 'Évaluation ou notation, y compris le profilage',
      en: 'Evaluation or scoring, including profiling',
    },
    'automated-decision-legal-effect': {
      nl: 'Geautomatiseerde besluitvorming met rechtsgevolgen of vergelijkbare wezenlijke gevolgen',
      fr: 'Décision automatisée avec effet juridique ou effet similaire significatif',
      en: 'Automated decision-making with legal or similarly significant effect',
    },
    'systematic-monitoring': {
      nl: 'Stelselmatige monitoring',
      fr: 'Surveillance systématique',
      en: 'Systematic monitoring',
    },
    'sensitive-data': {
      nl: 'Gevoelige gegevens of gegevens van zeer persoonlijke aard',
      fr: 'Données sensibles ou à caractère hautement personnel',
      en: 'Sensitive data or data of a highly personal nature',
    },
    'large-scale': {
      nl: 'Grootschalige verwerking',
      fr: 'Traitement à grande échelle',
      en: 'Large-scale processing',
    },
    'matching-combining': {
      nl: 'Koppeling of combinatie van gegevensverzamelingen',
      fr: 'Croisement ou combinaison de jeux de données',
      en: 'Matching or combining datasets',
    },
    'vulnerable-subjects': {
      nl: 'Gegevens over kwetsbare betrokkenen',
      fr: 'Données concernant des personnes vulnérables',
      en: 'Data concerning vulnerable data subjects',
    },
    'innovative-technology': {
      nl: 'Innovatief gebruik of toepassing van nieuwe technologie',
      fr: 'Usage innovant ou application de nouvelles technologies',
      en: 'Innovative use or application of new technology',
    },
    'prevents-exercising-rights': {
      nl: 'Belet de uitoefening van een recht of het gebruik van een dienst of overeenkomst',
      fr: "Empêche l'exercice d'un droit ou le bénéfice d'un service ou d'un contrat",
      en: 'Prevents exercising a right or using a service or contract',
    },
  },

  // Feminine in French because the noun is "analyse d'impact (AIPD)".
  dpiaStatus: {
    'not-assessed': { nl: 'Niet beoordeeld', fr: 'Non évaluée', en: 'Not assessed' },
    'not-required': { nl: 'Niet vereist', fr: 'Non requise', en: 'Not required' },
    required: { nl: 'Vereist', fr: 'Requise', en: 'Required' },
    'in-progress': { nl: 'In uitvoering', fr: 'En cours', en: 'In progress' },
    done: { nl: 'Uitgevoerd', fr: 'Réalisée', en: 'Completed' },
  },

  legalReferenceKind: {
    gdpr: { nl: 'Bepaling van de AVG', fr: 'Disposition du RGPD', en: 'GDPR provision' },
    statute: {
      nl: 'Wet of reglementering',
      fr: 'Loi ou réglementation',
      en: 'Statute or regulation',
    },
    'isc-deliberation': {
      nl: 'Beraadslaging van het Informatieveiligheidscomité',
      fr: "Délibération du Comité de sécurité de l'information",
      en: 'Deliberation of the Information Security Committee',
    },
    agreement: { nl: 'Protocol of overeenkomst', fr: 'Protocole ou convention', en: 'Protocol or agreement' },
  },

  // The two chambers of the Information Security Committee, as named in the Act of 5 September 2018.
  iscChamber: {
    'social-security-health': {
      nl: 'Kamer sociale zekerheid en gezondheid',
      fr: 'Chambre sécurité sociale et santé',
      en: 'Social Security and Health Chamber',
    },
    'federal-government': {
      nl: 'Kamer federale overheid',
      fr: 'Chambre autorité fédérale',
      en: 'Federal Government Chamber',
    },
  },
} as const satisfies EnumLabelTables;

export type EnumName = keyof typeof ENUM_LABELS;
export type EnumValue<E extends EnumName> = keyof (typeof ENUM_LABELS)[E];

export function enumLabel<E extends EnumName>(enumName: E, value: EnumValue<E>, lang: UiLanguage): string {
  const table: Readonly<Record<string, Labels>> = ENUM_LABELS[enumName];
  // Values read from an unvalidated file may fall outside the enum: show the raw value rather than nothing.
  return table[String(value)]?.[lang] ?? String(value);
}
