/** Labels of the model's enumerated values in German, in the vocabulary of the DSGVO. */
import type { LabelWordsOf } from '../labelsByEntry';
import type { en } from './en';

export const de: LabelWordsOf<typeof en> = {
  // The DSGVO's terms: "Verantwortlicher" (Art. 4 Nr. 7), "gemeinsam Verantwortliche" (Art. 26), "Vertreter" (Art. 27).
  organisationKind: {
    controller: 'Verantwortlicher',
    'joint-controller': 'Gemeinsam Verantwortlicher',
    'external-controller': 'Externer Verantwortlicher',
    representative: 'Vertreter',
    dpo: 'Datenschutzbeauftragter (DSB)',
    'supervisory-authority': 'Aufsichtsbehörde',
  },

  recipientCategory: {
    'public-authority': 'Behörde oder öffentliche Stelle',
    'social-security-institution': 'Einrichtung der sozialen Sicherheit',
    'health-care': 'Leistungserbringer oder Einrichtung im Gesundheitswesen',
    judicial: 'Justizbehörde',
    financial: 'Finanzinstitut',
    insurer: 'Versicherer',
    auditor: 'Betriebsrevisor oder Prüfer',
    'group-entity': 'Einheit der Gruppe',
    'private-person': 'Privatperson',
    other: 'Sonstige',
  },

  dataCategoryKind: {
    ordinary: 'Allgemeine personenbezogene Daten',
    special: 'Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO)',
    criminal: 'Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO)',
    // "Erkennungsnummer der sozialen Sicherheit" (ENSS) is the German name of the INSZ/NISS.
    'national-id': 'Nationalregisternummer oder ENSS-Nummer (Art. 87 DSGVO)',
  },

  // In the words of Art. 9 Abs. 1 DSGVO, which reads "rassische und ethnische Herkunft" where other versions say "or".
  specialDataType: {
    'racial-ethnic-origin': 'Rassische und ethnische Herkunft',
    'political-opinions': 'Politische Meinungen',
    'religious-beliefs': 'Religiöse oder weltanschauliche Überzeugungen',
    'trade-union-membership': 'Gewerkschaftszugehörigkeit',
    genetic: 'Genetische Daten',
    biometric: 'Biometrische Daten zur eindeutigen Identifizierung',
    health: 'Gesundheitsdaten',
    'sex-life-orientation': 'Sexualleben oder sexuelle Orientierung',
  },

  dataCategoryFamily: {
    identity: 'Identitäts- und Identifikationsdaten',
    'personal-life': 'Privatleben (Lebensgewohnheiten, familiäre Situation)',
    'professional-life': 'Berufsleben (Laufbahn, Ausbildung)',
    'economic-financial': 'Wirtschaftliche und finanzielle Daten',
    connection: 'Verbindungsdaten (IP-Adressen, Protokolldateien)',
    location: 'Standortdaten',
    'online-identifiers': 'Online-Kennungen (Cookies, Tracker)',
    'social-security': 'Daten der sozialen Sicherheit (Mitgliedschaft, Versicherbarkeit, Leistungen)',
    health: 'Gesundheit und Versorgung',
    other: 'Sonstige',
  },

  securityMeasureType: {
    technical: 'Technisch',
    organisational: 'Organisatorisch',
  },

  securityMeasureFamily: {
    'access-control': 'Zugriffskontrolle',
    traceability: 'Nachvollziehbarkeit (Protokollierung)',
    'software-protection': 'Schutz der Software (Updates, Virenschutz)',
    backup: 'Datensicherungen',
    encryption: 'Verschlüsselung',
    'processor-control': 'Kontrolle der Auftragsverarbeiter',
    'physical-security': 'Physische Sicherheit',
    confidentiality: 'Vertraulichkeit und Verschwiegenheitspflicht',
    awareness: 'Sensibilisierung und Schulung',
    other: 'Sonstige',
  },

  activityStatus: {
    draft: 'Entwurf',
    active: 'Aktiv',
    retired: 'Beendet',
  },

  controllerRole: {
    controller: 'Verantwortlicher',
    'joint-controller': 'Gemeinsam Verantwortlicher',
  },

  // The criteria as the German version of the EDPB guidelines and Art. 35 Abs. 3 DSGVO word them.
  processingCharacteristic: {
    'evaluation-scoring': 'Bewertung oder Einstufung, einschließlich Profiling',
    'automated-decision-legal-effect':
      'Automatisierte Entscheidungsfindung mit Rechtswirkung oder ähnlich erheblicher Beeinträchtigung',
    'systematic-monitoring': 'Systematische Überwachung',
    'sensitive-data': 'Sensible Daten oder Daten höchst persönlicher Art',
    'large-scale': 'Umfangreiche Verarbeitung',
    'matching-combining': 'Abgleichen oder Zusammenführen von Datensätzen',
    'vulnerable-subjects': 'Daten zu schutzbedürftigen betroffenen Personen',
    'innovative-technology': 'Innovative Nutzung oder Anwendung neuer Technologien',
    'prevents-exercising-rights':
      'Hindert an der Ausübung eines Rechts oder der Nutzung einer Dienstleistung oder eines Vertrags',
  },

  // Adjectives stand uninflected after the noun they describe ("Datenschutz-Folgenabschätzung: erforderlich").
  dpiaStatus: {
    'not-assessed': 'Nicht bewertet',
    'not-required': 'Nicht erforderlich',
    required: 'Erforderlich',
    'in-progress': 'In Bearbeitung',
    done: 'Durchgeführt',
  },

  legalReferenceKind: {
    gdpr: 'Bestimmung der DSGVO',
    statute: 'Gesetz oder Verordnung',
    'isc-deliberation': 'Beratung des Informationssicherheitsausschusses',
    agreement: 'Protokoll oder Vereinbarung',
  },

  // The Dutch and French names of the Act of 5 September 2018, rendered word for word.
  iscChamber: {
    'social-security-health': 'Kammer soziale Sicherheit und Gesundheit',
    'federal-government': 'Kammer föderale Behörde',
  },
};
