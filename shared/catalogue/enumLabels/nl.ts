/** Labels of the model's enumerated values in Dutch, in the vocabulary of the AVG and the GBA. */
import type { LabelWordsOf } from '../labelsByEntry';
import type { en } from './en';

export const nl: LabelWordsOf<typeof en> = {
  organisationKind: {
    controller: 'Verwerkingsverantwoordelijke',
    'joint-controller': 'Gezamenlijke verwerkingsverantwoordelijke',
    'external-controller': 'Externe verwerkingsverantwoordelijke',
    representative: 'Vertegenwoordiger',
    dpo: 'Functionaris voor gegevensbescherming (DPO)',
    'supervisory-authority': 'Toezichthoudende autoriteit',
  },

  recipientCategory: {
    'public-authority': 'Overheidsinstantie',
    'social-security-institution': 'Socialezekerheidsinstelling',
    'health-care': 'Zorgverlener of zorginstelling',
    judicial: 'Gerechtelijke instantie',
    financial: 'Financiële instelling',
    insurer: 'Verzekeraar',
    auditor: 'Revisor of auditor',
    'group-entity': 'Entiteit van de groep',
    'private-person': 'Particulier',
    other: 'Andere',
  },

  dataCategoryKind: {
    ordinary: 'Gewone persoonsgegevens',
    special: 'Bijzondere categorieën van persoonsgegevens (art. 9 AVG)',
    criminal: 'Gerechtelijke gegevens (art. 10 AVG)',
    'national-id': 'Rijksregisternummer of INSZ-nummer (art. 87 AVG)',
  },

  specialDataType: {
    'racial-ethnic-origin': 'Ras of etnische afkomst',
    'political-opinions': 'Politieke opvattingen',
    'religious-beliefs': 'Religieuze of levensbeschouwelijke overtuigingen',
    'trade-union-membership': 'Lidmaatschap van een vakbond',
    genetic: 'Genetische gegevens',
    biometric: 'Biometrische gegevens voor unieke identificatie',
    health: 'Gezondheidsgegevens',
    'sex-life-orientation': 'Seksueel gedrag of seksuele gerichtheid',
  },

  dataCategoryFamily: {
    identity: 'Identificatiegegevens',
    'personal-life': 'Persoonlijk leven (leefgewoonten, gezinssituatie)',
    'professional-life': 'Beroepsleven (loopbaan, opleiding)',
    'economic-financial': 'Economische en financiële gegevens',
    connection: 'Verbindingsgegevens (IP-adressen, logbestanden)',
    location: 'Locatiegegevens',
    'online-identifiers': 'Online-identificatoren (cookies, trackers)',
    'social-security': 'Socialezekerheidsgegevens (aansluiting, verzekerbaarheid, uitkeringen)',
    health: 'Gezondheid en zorg',
    other: 'Andere',
  },

  securityMeasureType: {
    technical: 'Technisch',
    organisational: 'Organisatorisch',
  },

  securityMeasureFamily: {
    'access-control': 'Toegangsbeheer',
    traceability: 'Traceerbaarheid (logging)',
    'software-protection': 'Bescherming van software (updates, antivirus)',
    backup: 'Back-ups',
    encryption: 'Versleuteling',
    'processor-control': 'Controle op verwerkers',
    'physical-security': 'Fysieke beveiliging',
    confidentiality: 'Vertrouwelijkheid en geheimhoudingsplicht',
    awareness: 'Bewustmaking en opleiding',
    other: 'Andere',
  },

  activityStatus: {
    draft: 'Ontwerp',
    active: 'Actief',
    retired: 'Beëindigd',
  },

  controllerRole: {
    controller: 'Verwerkingsverantwoordelijke',
    'joint-controller': 'Gezamenlijke verwerkingsverantwoordelijke',
  },

  processingCharacteristic: {
    'evaluation-scoring': 'Evaluatie of scoring, met inbegrip van profilering',
    'automated-decision-legal-effect':
      'Geautomatiseerde besluitvorming met rechtsgevolgen of vergelijkbare wezenlijke gevolgen',
    'systematic-monitoring': 'Stelselmatige monitoring',
    'sensitive-data': 'Gevoelige gegevens of gegevens van zeer persoonlijke aard',
    'large-scale': 'Grootschalige verwerking',
    'matching-combining': 'Koppeling of combinatie van gegevensverzamelingen',
    'vulnerable-subjects': 'Gegevens over kwetsbare betrokkenen',
    'innovative-technology': 'Innovatief gebruik of toepassing van nieuwe technologie',
    'prevents-exercising-rights': 'Belet de uitoefening van een recht of het gebruik van een dienst of overeenkomst',
  },

  dpiaStatus: {
    'not-assessed': 'Niet beoordeeld',
    'not-required': 'Niet vereist',
    required: 'Vereist',
    'in-progress': 'In uitvoering',
    done: 'Uitgevoerd',
  },

  legalReferenceKind: {
    gdpr: 'Bepaling van de AVG',
    statute: 'Wet of reglementering',
    'isc-deliberation': 'Beraadslaging van het Informatieveiligheidscomité',
    agreement: 'Protocol of overeenkomst',
  },

  iscChamber: {
    'social-security-health': 'Kamer sociale zekerheid en gezondheid',
    'federal-government': 'Kamer federale overheid',
  },
};
