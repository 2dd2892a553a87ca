/**
 * Labels of the register's fields and record kinds, in Dutch, French and English: one source for the editor's
 * form labels, the Excel column headers and the PDF's field names. A field means the same on every record kind
 * that has it ("description", "country"), so labels are keyed by field name; nested fields use a dotted key
 * (`retention.period`, `dpia.status`).
 */
import type { Labels, UiLanguage } from '../i18n/languages';
import type { RecordKind } from '../model/register';

const L = (en: string, nl: string, fr: string): Labels => ({ en, nl, fr });

export const FIELD_LABELS = {
  id: L('ID', 'ID', 'ID'),
  name: L('Name', 'Naam', 'Nom'),
  notes: L('Notes', 'Opmerkingen', 'Remarques'),
  description: L('Description', 'Beschrijving', 'Description'),
  kind: L('Type', 'Soort', 'Type'),
  reference: L('Processing number', 'Verwerkingsnummer', 'Numéro du traitement'),
  // Organisations
  enterpriseNumber: L('Enterprise number', 'Ondernemingsnummer', "Numéro d'entreprise"),
  address: L('Address', 'Adres', 'Adresse'),
  'address.street': L('Street and number', 'Straat en nummer', 'Rue et numéro'),
  'address.postalCode': L('Postal code', 'Postcode', 'Code postal'),
  'address.city': L('City', 'Gemeente', 'Localité'),
  'address.country': L('Country', 'Land', 'Pays'),
  email: L('E-mail', 'E-mail', 'E-mail'),
  phone: L('Phone', 'Telefoon', 'Téléphone'),
  website: L('Website', 'Website', 'Site web'),
  contactPerson: L('Contact person', 'Contactpersoon', 'Personne de contact'),
  dpoIsStaff: L('DPO is a staff member', 'DPO is een personeelslid', 'Le DPO est un membre du personnel'),
  servesOrganisationIds: L('Serves', 'Bevoegd voor', 'Compétent pour'),
  jointArrangement: L('Joint-controller arrangement', 'Regeling gezamenlijke verwerkingsverantwoordelijken', 'Accord de responsables conjoints'),
  // Activities
  businessProcess: L('Business process', 'Bedrijfsproces', 'Processus métier'),
  owner: L('Owner', 'Eigenaar', 'Responsable'),
  controllers: L('Controllers', 'Verwerkingsverantwoordelijken', 'Responsables du traitement'),
  'controllers.organisationId': L('Controller', 'Verwerkingsverantwoordelijke', 'Responsable du traitement'),
  'controllers.role': L('Role', 'Rol', 'Rôle'),
  purposes: L('Purposes', 'Doeleinden', 'Finalités'),
  legalBases: L('Legal bases', 'Rechtsgronden', 'Bases juridiques'),
  'legalBases.ground': L('Legal ground', 'Rechtsgrond', 'Base juridique'),
  'legalBases.legalReferenceIds': L('Statute or other reference', 'Wet of andere grondslag', 'Loi ou autre fondement'),
  'legalBases.explanation': L('Explanation', 'Toelichting', 'Explication'),
  subjectCategoryIds: L('Data subjects', 'Betrokkenen', 'Personnes concernées'),
  dataCategoryIds: L('Personal data', 'Persoonsgegevens', 'Données à caractère personnel'),
  sources: L('Sources of the data', 'Bronnen van de gegevens', 'Sources des données'),
  'sources.fromDataSubject': L('From the data subject', 'Van de betrokkene', 'Auprès de la personne concernée'),
  recipientIds: L('Recipients', 'Ontvangers', 'Destinataires'),
  processorIds: L('Processors', 'Verwerkers', 'Sous-traitants'),
  transferIds: L('Transfers outside the EEA', 'Doorgiften buiten de EER', "Transferts hors de l'EEE"),
  retention: L('Retention', 'Bewaring', 'Conservation'),
  'retention.period': L('Retention period', 'Bewaartermijn', 'Durée de conservation'),
  'retention.criterion': L('Retention criterion', 'Bewaarcriterium', 'Critère de conservation'),
  'retention.trigger': L('Starts at', 'Start bij', 'Commence à'),
  'retention.purposeIds': L('For purposes', 'Voor doeleinden', 'Pour les finalités'),
  'retention.dataCategoryIds': L('For data categories', 'Voor gegevenscategorieën', 'Pour les catégories de données'),
  'retention.legalReferenceIds': L('Legal ground of the period', 'Rechtsgrond van de termijn', 'Fondement de la durée'),
  securityMeasureIds: L('Security measures', 'Beveiligingsmaatregelen', 'Mesures de sécurité'),
  securityNotes: L('Security notes', 'Toelichting beveiliging', 'Précisions sur la sécurité'),
  characteristics: L('Type of processing', 'Soort verwerking', 'Type de traitement'),
  automatedDecision: L('Automated decision-making', 'Geautomatiseerde besluitvorming', 'Décision automatisée'),
  'automatedDecision.exists': L('Automated decisions', 'Geautomatiseerde besluiten', 'Décisions automatisées'),
  'automatedDecision.profiling': L('Profiling', 'Profilering', 'Profilage'),
  'automatedDecision.logic': L('Logic involved', 'Onderliggende logica', 'Logique sous-jacente'),
  dpia: L('DPIA', 'GEB (DPIA)', 'AIPD'),
  'dpia.status': L('DPIA status', 'Status GEB', "Statut de l'AIPD"),
  'dpia.reference': L('DPIA reference', 'Referentie GEB', "Référence de l'AIPD"),
  'dpia.date': L('DPIA date', 'Datum GEB', "Date de l'AIPD"),
  systems: L('Systems and software', 'Systemen en software', 'Systèmes et logiciels'),
  status: L('Status', 'Status', 'Statut'),
  startDate: L('Start date', 'Begindatum', 'Date de début'),
  endDate: L('End date', 'Einddatum', 'Date de fin'),
  replacedByActivityId: L('Replaced by', 'Vervangen door', 'Remplacé par'),
  lastReviewDate: L('Last review', 'Laatste herziening', 'Dernière révision'),
  nextReviewDate: L('Next review', 'Volgende herziening', 'Prochaine révision'),
  // Processor activities
  processorOrganisationId: L('Processor (group entity)', 'Verwerker (groepsentiteit)', 'Sous-traitant (entité du groupe)'),
  controllerOrganisationIds: L('On behalf of controllers', 'In opdracht van verwerkingsverantwoordelijken', 'Pour le compte des responsables du traitement'),
  processingCategories: L('Categories of processing', 'Categorieën van verwerkingen', 'Catégories de traitements'),
  subProcessorIds: L('Sub-processors', 'Subverwerkers', 'Sous-traitants ultérieurs'),
  contractDate: L('Processing agreement date', 'Datum verwerkersovereenkomst', 'Date du contrat de sous-traitance'),
  contractReference: L('Processing agreement reference', 'Referentie verwerkersovereenkomst', 'Référence du contrat de sous-traitance'),
  // Recipients, processors, transfers
  internal: L('Internal', 'Intern', 'Interne'),
  category: L('Category', 'Categorie', 'Catégorie'),
  country: L('Country', 'Land', 'Pays'),
  countries: L('Countries of processing', 'Landen van verwerking', 'Pays de traitement'),
  legalReferenceIds: L('Legal references', 'Rechtsgronden', 'Références juridiques'),
  securityCommitments: L('Security commitments', 'Beveiligingsverbintenissen', 'Engagements de sécurité'),
  recipientId: L('Recipient', 'Ontvanger', 'Destinataire'),
  processorId: L('Processor', 'Verwerker', 'Sous-traitant'),
  internationalOrganisation: L('International organisation', 'Internationale organisatie', 'Organisation internationale'),
  mechanism: L('Transfer ground', 'Grondslag doorgifte', 'Fondement du transfert'),
  instrument: L('Instrument (clauses, BCR, code)', 'Instrument (clausules, BCR, code)', 'Instrument (clauses, BCR, code)'),
  documentation: L('Documentation of safeguards', 'Documentatie van de waarborgen', 'Documentation des garanties'),
  occasional: L('Occasional', 'Occasioneel', 'Occasionnel'),
  // Catalogues
  specialTypes: L('Special category', 'Bijzondere categorie', 'Catégorie particulière'),
  family: L('Group', 'Groep', 'Groupe'),
  vulnerable: L('Vulnerable persons', 'Kwetsbare personen', 'Personnes vulnérables'),
  type: L('Type', 'Soort', 'Type'),
  provision: L('GDPR provision', 'AVG-bepaling', 'Disposition du RGPD'),
  date: L('Date', 'Datum', 'Date'),
  article: L('Article', 'Artikel', 'Article'),
  number: L('Number', 'Nummer', 'Numéro'),
  chamber: L('Chamber', 'Kamer', 'Chambre'),
  parties: L('Parties', 'Partijen', 'Parties'),
  url: L('Where to read it', 'Vindplaats', 'Où le consulter'),
  // Register
  title: L('Title', 'Titel', 'Titre'),
  mainLanguage: L('Main language', 'Hoofdtaal', 'Langue principale'),
  organisationName: L('Organisation', 'Organisatie', 'Organisation'),
} as const satisfies Record<string, Labels>;

export type FieldKey = keyof typeof FIELD_LABELS;

export function fieldLabel(field: FieldKey, lang: UiLanguage): string {
  return FIELD_LABELS[field][lang];
}

/** Record kinds: one and many, for headings, sheet names and messages. */
export const KIND_LABELS: Readonly<Record<RecordKind | 'meta', { one: Labels; many: Labels }>> = {
  meta: { one: L('register', 'register', 'registre'), many: L('registers', 'registers', 'registres') },
  organisations: { one: L('organisation', 'organisatie', 'organisation'), many: L('organisations', 'organisaties', 'organisations') },
  activities: {
    one: L('processing activity', 'verwerkingsactiviteit', 'activité de traitement'),
    many: L('processing activities', 'verwerkingsactiviteiten', 'activités de traitement'),
  },
  processorActivities: {
    one: L('processor activity', 'verwerkersactiviteit', 'activité de sous-traitance'),
    many: L('processor activities', 'verwerkersactiviteiten', 'activités de sous-traitance'),
  },
  recipients: { one: L('recipient', 'ontvanger', 'destinataire'), many: L('recipients', 'ontvangers', 'destinataires') },
  processors: { one: L('processor', 'verwerker', 'sous-traitant'), many: L('processors', 'verwerkers', 'sous-traitants') },
  transfers: { one: L('transfer', 'doorgifte', 'transfert'), many: L('transfers', 'doorgiften', 'transferts') },
  dataCategories: {
    one: L('data category', 'categorie van persoonsgegevens', 'catégorie de données'),
    many: L('data categories', 'categorieën van persoonsgegevens', 'catégories de données'),
  },
  subjectCategories: {
    one: L('data-subject category', 'categorie van betrokkenen', 'catégorie de personnes concernées'),
    many: L('data-subject categories', 'categorieën van betrokkenen', 'catégories de personnes concernées'),
  },
  securityMeasures: {
    one: L('security measure', 'beveiligingsmaatregel', 'mesure de sécurité'),
    many: L('security measures', 'beveiligingsmaatregelen', 'mesures de sécurité'),
  },
  legalReferences: {
    one: L('legal reference', 'juridische grondslag', 'référence juridique'),
    many: L('legal references', 'juridische grondslagen', 'références juridiques'),
  },
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Processing activities" as a heading: the plural with a capital. */
export function kindHeading(kind: RecordKind, lang: UiLanguage): string {
  return capitalised(KIND_LABELS[kind].many[lang]);
}

/** "Processing activity" as the title of one record: the singular with a capital. */
export function kindTitle(kind: RecordKind, lang: UiLanguage): string {
  return capitalised(KIND_LABELS[kind].one[lang]);
}
