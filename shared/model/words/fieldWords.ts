/**
 * The register's words, one entry per field with every language side by side: the label, help for the fields the law
 * is precise about, and the header words by which a spreadsheet column is recognised (besides the label). Adding a
 * field that needs new words is one entry here; the compiler asks for every language of it.
 */
import type { FieldWordEntry, KindWordEntry } from './wordsShape';

export const FIELD_WORDS = {
  id: {
    label: { en: 'ID', nl: 'ID', fr: 'ID', de: 'ID' },
  },
  name: {
    label: { en: 'Name', nl: 'Naam', fr: 'Nom', de: 'Name' },
    headers: {
      en: ['processing', 'processing activity', 'name of the processing', 'activity'],
      nl: ['verwerking', 'naam van de verwerking', 'verwerkingsactiviteit', 'activiteit'],
      fr: ['traitement', 'nom du traitement', 'activité de traitement', 'intitulé'],
      de: ['Verarbeitung', 'Bezeichnung der Verarbeitung', 'Verarbeitungstätigkeit', 'Tätigkeit'],
    },
  },
  notes: {
    label: { en: 'Notes', nl: 'Opmerkingen', fr: 'Remarques', de: 'Anmerkungen' },
    help: {
      en: 'Your own notes. Internal: left out of documents for the authority unless you ask for an internal edition.',
      nl: 'Uw eigen opmerkingen. Intern: niet in documenten voor de toezichthouder, tenzij u een interne editie vraagt.',
      fr: "Vos propres remarques. Interne : absentes des documents pour l'autorité, sauf édition interne.",
      de: 'Ihre eigenen Anmerkungen. Intern: nicht in Dokumenten für die Aufsichtsbehörde, außer in einer internen Ausgabe.',
    },
    headers: {
      en: ['notes', 'comments', 'remarks'],
      nl: ['opmerkingen', 'notities', 'commentaar'],
      fr: ['remarques', 'commentaires', 'observations'],
      de: ['Anmerkungen', 'Bemerkungen', 'Kommentare'],
    },
  },
  description: {
    label: { en: 'Description', nl: 'Beschrijving', fr: 'Description', de: 'Beschreibung' },
    headers: {
      en: ['description', 'details'],
      nl: ['omschrijving', 'beschrijving'],
      fr: ['description', 'descriptif'],
      de: ['Beschreibung', 'Erläuterung'],
    },
  },
  kind: {
    label: { en: 'Type', nl: 'Soort', fr: 'Type', de: 'Art' },
  },
  reference: {
    label: { en: 'Processing number', nl: 'Verwerkingsnummer', fr: 'Numéro du traitement', de: 'Verarbeitungsnummer' },
    help: {
      en: 'The number your organisation gives this processing, e.g. CM-012; the register is sorted by it.',
      nl: 'Het nummer dat uw organisatie aan deze verwerking geeft, bv. CM-012; het register wordt erop gesorteerd.',
      fr: 'Le numéro que votre organisation donne à ce traitement, p. ex. CM-012 ; le registre est trié selon ce numéro.',
      de: 'Die Nummer, die Ihre Organisation dieser Verarbeitung gibt, z. B. CM-012; das Verzeichnis wird danach sortiert.',
    },
    headers: {
      en: ['ref', 'reference', 'no.', 'number', 'processing id'],
      nl: ['nr', 'nummer', 'referentie', 'ref'],
      fr: ['réf', 'référence', 'n°', 'numéro'],
      de: ['Nr.', 'Nummer', 'Referenz', 'lfd. Nr.'],
    },
  },
  enterpriseNumber: {
    label: { en: 'Enterprise number', nl: 'Ondernemingsnummer', fr: "Numéro d'entreprise", de: 'Unternehmensnummer' },
  },
  address: {
    label: { en: 'Address', nl: 'Adres', fr: 'Adresse', de: 'Anschrift' },
  },
  'address.street': {
    label: { en: 'Street and number', nl: 'Straat en nummer', fr: 'Rue et numéro', de: 'Straße und Hausnummer' },
  },
  'address.postalCode': {
    label: { en: 'Postal code', nl: 'Postcode', fr: 'Code postal', de: 'Postleitzahl' },
  },
  'address.city': {
    label: { en: 'City', nl: 'Gemeente', fr: 'Localité', de: 'Ort' },
  },
  'address.country': {
    label: { en: 'Country', nl: 'Land', fr: 'Pays', de: 'Land' },
  },
  email: {
    label: { en: 'E-mail', nl: 'E-mail', fr: 'E-mail', de: 'E-Mail' },
  },
  phone: {
    label: { en: 'Phone', nl: 'Telefoon', fr: 'Téléphone', de: 'Telefon' },
  },
  website: {
    label: { en: 'Website', nl: 'Website', fr: 'Site web', de: 'Website' },
  },
  contactPerson: {
    label: { en: 'Contact person', nl: 'Contactpersoon', fr: 'Personne de contact', de: 'Ansprechperson' },
  },
  dpoIsStaff: {
    label: {
      en: 'DPO is a staff member',
      nl: 'DPO is een personeelslid',
      fr: 'Le DPO est un membre du personnel',
      de: 'Der Datenschutzbeauftragte ist Beschäftigter',
    },
  },
  servesOrganisationIds: {
    label: { en: 'Serves', nl: 'Bevoegd voor', fr: 'Compétent pour', de: 'Zuständig für' },
  },
  jointArrangement: {
    label: {
      en: 'Joint-controller arrangement',
      nl: 'Regeling gezamenlijke verwerkingsverantwoordelijken',
      fr: 'Accord de responsables conjoints',
      de: 'Vereinbarung gemeinsam Verantwortlicher',
    },
    help: {
      en: 'Art. 26(2): the essence of the arrangement between joint controllers, made available to data subjects.',
      nl: 'Art. 26, lid 2: de wezenlijke inhoud van de regeling tussen gezamenlijke verwerkingsverantwoordelijken, die ter beschikking van de betrokkene wordt gesteld.',
      fr: "Art. 26, par. 2 : les grandes lignes de l'accord entre responsables conjoints, mises à la disposition de la personne concernée.",
      de: 'Art. 26 Abs. 2: das Wesentliche der Vereinbarung zwischen gemeinsam Verantwortlichen, das der betroffenen Person zur Verfügung gestellt wird.',
    },
  },
  businessProcess: {
    label: { en: 'Business process', nl: 'Bedrijfsproces', fr: 'Processus métier', de: 'Geschäftsprozess' },
    headers: {
      en: ['business process', 'business function', 'process', 'department', 'service'],
      nl: ['bedrijfsproces', 'proces', 'afdeling', 'dienst'],
      fr: ['processus', 'processus métier', 'service', 'département'],
      de: ['Geschäftsprozess', 'Prozess', 'Abteilung', 'Fachbereich'],
    },
  },
  owner: {
    label: { en: 'Owner', nl: 'Eigenaar', fr: 'Responsable', de: 'Prozessverantwortlicher' },
    help: {
      en: 'Who in the organisation answers for this processing. Internal: left out of documents for the authority unless you ask for an internal edition.',
      nl: 'Wie in de organisatie voor deze verwerking instaat. Intern: niet in documenten voor de toezichthouder, tenzij u een interne editie vraagt.',
      fr: "Qui, dans l'organisation, répond de ce traitement. Interne : absent des documents pour l'autorité, sauf édition interne.",
      de: 'Wer in der Organisation für diese Verarbeitung einsteht. Intern: nicht in Dokumenten für die Aufsichtsbehörde, außer in einer internen Ausgabe.',
    },
    headers: {
      en: ['owner', 'process owner', 'responsible'],
      nl: ['eigenaar', 'proceseigenaar', 'verantwoordelijke dienst'],
      fr: ['responsable', 'propriétaire', 'pilote'],
      de: ['Prozessverantwortlicher', 'Prozesseigentümer', 'zuständig'],
    },
  },
  controllers: {
    label: {
      en: 'Controllers',
      nl: 'Verwerkingsverantwoordelijken',
      fr: 'Responsables du traitement',
      de: 'Verantwortliche',
    },
    help: {
      en: 'Art. 30(1)(a): the controller and any joint controllers, with their contact details.',
      nl: 'Art. 30, lid 1, a): de verwerkingsverantwoordelijke en eventuele gezamenlijke verwerkingsverantwoordelijken, met hun contactgegevens.',
      fr: 'Art. 30, par. 1, a) : le responsable du traitement et les éventuels responsables conjoints, avec leurs coordonnées.',
      de: 'Art. 30 Abs. 1 Buchst. a: der Verantwortliche und gegebenenfalls gemeinsam Verantwortliche mit ihren Kontaktdaten.',
    },
    headers: {
      en: ['controller', 'controllers', 'joint controller', 'data controller'],
      nl: ['verwerkingsverantwoordelijke', 'verantwoordelijke', 'gezamenlijke verwerkingsverantwoordelijke'],
      fr: ['responsable du traitement', 'responsables conjoints', 'responsable conjoint'],
      de: ['Verantwortlicher', 'gemeinsam Verantwortliche', 'Verantwortliche Stelle der Verarbeitung'],
    },
  },
  'controllers.organisationId': {
    label: {
      en: 'Controller',
      nl: 'Verwerkingsverantwoordelijke',
      fr: 'Responsable du traitement',
      de: 'Verantwortlicher',
    },
  },
  'controllers.role': {
    label: { en: 'Role', nl: 'Rol', fr: 'Rôle', de: 'Rolle' },
  },
  purposes: {
    label: { en: 'Purposes', nl: 'Doeleinden', fr: 'Finalités', de: 'Zwecke der Verarbeitung' },
    help: {
      en: 'Art. 30(1)(b): why the data are processed, one purpose per line, specific enough for a data subject to understand.',
      nl: 'Art. 30, lid 1, b): waarom de gegevens verwerkt worden, één doeleinde per regel, concreet genoeg voor de betrokkene.',
      fr: 'Art. 30, par. 1, b) : pourquoi les données sont traitées, une finalité par ligne, assez concrète pour la personne concernée.',
      de: 'Art. 30 Abs. 1 Buchst. b: wozu die Daten verarbeitet werden, ein Zweck je Zeile, so konkret, dass die betroffene Person ihn versteht.',
    },
    headers: {
      en: ['purpose', 'purposes', 'purposes of processing', 'purpose of processing', 'purpose of the processing'],
      nl: ['doel', 'doeleinde', 'doeleinden', 'doel van de verwerking', 'doeleinden van de verwerking'],
      fr: ['finalité', 'finalités', 'finalité du traitement', 'finalités du traitement', 'objectif'],
      de: ['Zweck', 'Zwecke', 'Zweck der Verarbeitung', 'Zwecke der Verarbeitung'],
    },
  },
  legalBases: {
    label: { en: 'Legal bases', nl: 'Rechtsgronden', fr: 'Bases juridiques', de: 'Rechtsgrundlagen' },
    help: {
      en: 'Art. 6(1) ground for each purpose, with the Art. 9(2) condition for special categories and the statute behind a legal obligation or public task.',
      nl: 'De grond van art. 6, lid 1, per doeleinde, met de voorwaarde van art. 9, lid 2, voor bijzondere categorieën en de wet achter een wettelijke verplichting of taak van algemeen belang.',
      fr: "Le fondement de l'art. 6, par. 1, par finalité, avec la condition de l'art. 9, par. 2, pour les catégories particulières et la loi qui fonde une obligation légale ou une mission d'intérêt public.",
      de: 'Die Rechtsgrundlage nach Art. 6 Abs. 1 je Zweck, mit der Bedingung nach Art. 9 Abs. 2 für besondere Kategorien und dem Gesetz hinter einer rechtlichen Verpflichtung oder öffentlichen Aufgabe.',
    },
    headers: {
      en: ['legal basis', 'lawful basis', 'lawfulness', 'legal ground', 'basis for processing'],
      nl: ['rechtsgrond', 'rechtsgronden', 'grondslag', 'wettelijke grondslag', 'rechtmatigheid'],
      fr: ['base légale', 'base juridique', 'bases légales', 'fondement juridique', 'licéité'],
      de: ['Rechtsgrundlage', 'Rechtsgrundlagen', 'Rechtmäßigkeit', 'Rechtsgrund'],
    },
  },
  'legalBases.ground': {
    label: { en: 'Legal ground', nl: 'Rechtsgrond', fr: 'Base juridique', de: 'Rechtsgrundlage' },
  },
  'legalBases.legalReferenceIds': {
    label: {
      en: 'Statute or other reference',
      nl: 'Wet of andere grondslag',
      fr: 'Loi ou autre fondement',
      de: 'Gesetz oder sonstige Grundlage',
    },
    headers: {
      en: ['law', 'legislation', 'statute', 'legal reference', 'national law'],
      nl: ['wet', 'wetgeving', 'reglementering', 'rechtsbron', 'nationale wet'],
      fr: ['loi', 'législation', 'réglementation', 'texte légal', 'loi nationale'],
      de: ['Gesetz', 'Rechtsvorschrift', 'gesetzliche Grundlage', 'nationales Recht'],
    },
  },
  'legalBases.explanation': {
    label: { en: 'Explanation', nl: 'Toelichting', fr: 'Explication', de: 'Erläuterung' },
  },
  subjectCategoryIds: {
    label: { en: 'Data subjects', nl: 'Betrokkenen', fr: 'Personnes concernées', de: 'Betroffene Personen' },
    help: {
      en: 'Art. 30(1)(c): whose data: members, employees, care providers, ...',
      nl: 'Art. 30, lid 1, c): van wie de gegevens zijn: leden, werknemers, zorgverleners, ...',
      fr: 'Art. 30, par. 1, c) : à qui se rapportent les données : membres, travailleurs, prestataires de soins, ...',
      de: 'Art. 30 Abs. 1 Buchst. c: wessen Daten: Mitglieder, Beschäftigte, Leistungserbringer, ...',
    },
    headers: {
      en: ['data subjects', 'categories of data subjects', 'categories of individuals', 'individuals'],
      nl: ['betrokkenen', 'categorieën van betrokkenen', 'categorieën betrokkenen'],
      fr: ['personnes concernées', 'catégories de personnes concernées', 'catégories de personnes'],
      de: ['betroffene Personen', 'Kategorien betroffener Personen', 'Betroffene'],
    },
  },
  dataCategoryIds: {
    label: {
      en: 'Personal data',
      nl: 'Persoonsgegevens',
      fr: 'Données à caractère personnel',
      de: 'Personenbezogene Daten',
    },
    help: {
      en: 'Art. 30(1)(c): which kinds of personal data; special categories (Art. 9), criminal data (Art. 10) and the national number (Art. 87) are marked on the category.',
      nl: 'Art. 30, lid 1, c): welke soorten persoonsgegevens; bijzondere categorieën (art. 9), strafrechtelijke gegevens (art. 10) en het rijksregisternummer (art. 87) worden bij de categorie aangeduid.',
      fr: 'Art. 30, par. 1, c) : quelles catégories de données ; les catégories particulières (art. 9), les données pénales (art. 10) et le numéro de registre national (art. 87) sont indiqués sur la catégorie.',
      de: 'Art. 30 Abs. 1 Buchst. c: welche Arten personenbezogener Daten; besondere Kategorien (Art. 9), Daten über Straftaten (Art. 10) und die Nationalregisternummer (Art. 87) werden bei der Kategorie gekennzeichnet.',
    },
    headers: {
      en: [
        'personal data',
        'categories of personal data',
        'data categories',
        'data',
        'special categories of personal data',
        'special category data',
        'sensitive data',
      ],
      nl: [
        'persoonsgegevens',
        'categorieën van persoonsgegevens',
        'categorieën persoonsgegevens',
        'gegevens',
        'bijzondere categorieën van persoonsgegevens',
        'bijzondere categorieën',
        'gevoelige gegevens',
      ],
      fr: [
        'données',
        'catégories de données',
        'catégories de données personnelles',
        'données personnelles',
        'données à caractère personnel',
        'catégories particulières de données',
        'données sensibles',
      ],
      de: [
        'personenbezogene Daten',
        'Kategorien personenbezogener Daten',
        'Datenkategorien',
        'Daten',
        'besondere Kategorien personenbezogener Daten',
        'sensible Daten',
      ],
    },
  },
  sources: {
    label: {
      en: 'Sources of the data',
      nl: 'Bronnen van de gegevens',
      fr: 'Sources des données',
      de: 'Herkunft der Daten',
    },
    headers: {
      en: ['source', 'sources', 'source of the data', 'source of the personal data', 'origin of the data'],
      nl: ['bron', 'bronnen', 'herkomst van de gegevens'],
      fr: ['source', 'sources', 'origine des données', 'provenance des données'],
      de: ['Quelle', 'Herkunft', 'Datenquelle', 'Herkunft der Daten'],
    },
  },
  'sources.fromDataSubject': {
    label: {
      en: 'From the data subject',
      nl: 'Van de betrokkene',
      fr: 'Auprès de la personne concernée',
      de: 'Bei der betroffenen Person erhoben',
    },
  },
  recipientIds: {
    label: { en: 'Recipients', nl: 'Ontvangers', fr: 'Destinataires', de: 'Empfänger' },
    help: {
      en: 'Art. 30(1)(d): to whom the data are disclosed, inside or outside the group, including recipients in third countries.',
      nl: 'Art. 30, lid 1, d): aan wie de gegevens worden verstrekt, binnen of buiten de groep, ook ontvangers in derde landen.',
      fr: 'Art. 30, par. 1, d) : à qui les données sont communiquées, au sein du groupe ou en dehors, y compris dans des pays tiers.',
      de: 'Art. 30 Abs. 1 Buchst. d: wem die Daten offengelegt werden, innerhalb oder außerhalb der Gruppe, auch Empfänger in Drittländern.',
    },
    headers: {
      en: ['recipients', 'categories of recipients', 'disclosed to', 'recipient'],
      nl: ['ontvangers', 'categorieën van ontvangers', 'categorieën ontvangers', 'ontvanger'],
      fr: ['destinataires', 'catégories de destinataires', 'destinataire'],
      de: ['Empfänger', 'Kategorien von Empfängern', 'Empfängerkategorien'],
    },
  },
  processorIds: {
    label: { en: 'Processors', nl: 'Verwerkers', fr: 'Sous-traitants', de: 'Auftragsverarbeiter' },
    headers: {
      en: ['processors', 'processor', 'subcontractors', 'contractors'],
      nl: ['verwerkers', 'verwerker', 'onderaannemers'],
      fr: ['sous-traitants', 'sous-traitant', 'prestataires'],
      de: ['Auftragsverarbeiter', 'Dienstleister'],
    },
  },
  transferIds: {
    label: {
      en: 'Transfers outside the EEA',
      nl: 'Doorgiften buiten de EER',
      fr: "Transferts hors de l'EEE",
      de: 'Übermittlungen in Drittländer',
    },
    help: {
      en: 'Art. 30(1)(e): transfers to a third country or international organisation, with the safeguards relied on.',
      nl: 'Art. 30, lid 1, e): doorgiften naar een derde land of internationale organisatie, met de waarborgen waarop men steunt.',
      fr: 'Art. 30, par. 1, e) : transferts vers un pays tiers ou une organisation internationale, avec les garanties invoquées.',
      de: 'Art. 30 Abs. 1 Buchst. e: Übermittlungen an ein Drittland oder eine internationale Organisation, mit den herangezogenen Garantien.',
    },
    headers: {
      en: [
        'transfers',
        'international transfers',
        'third countries',
        'transfers outside the eea',
        'transfers to third countries',
        'third countries or international organisations',
      ],
      nl: ['doorgiften', 'doorgifte', 'derde landen', 'doorgifte buiten de eer', 'doorgifte aan derde landen'],
      fr: ['transferts', 'transfert hors ue', "transferts hors de l'ue", 'pays tiers', 'transferts de données hors ue'],
      de: ['Übermittlungen', 'Drittländer', 'Übermittlung in Drittländer', 'Drittlandübermittlung'],
    },
  },
  retention: {
    label: { en: 'Retention', nl: 'Bewaring', fr: 'Conservation', de: 'Speicherung' },
    help: {
      en: 'Art. 30(1)(f): how long the data are kept, as a period or, where none can be given, a criterion, and what starts it.',
      nl: 'Art. 30, lid 1, f): hoe lang de gegevens bewaard worden, als termijn of, als die niet te geven is, als criterium, en wat de termijn doet starten.',
      fr: 'Art. 30, par. 1, f) : combien de temps les données sont conservées, en durée ou, à défaut, selon un critère, et ce qui fait courir la durée.',
      de: 'Art. 30 Abs. 1 Buchst. f: wie lange die Daten gespeichert werden, als Frist oder, wo das nicht möglich ist, als Kriterium, und womit die Frist beginnt.',
    },
    headers: {
      en: ['retention', 'retention period', 'retention schedule', 'storage period', 'time limits for erasure'],
      nl: ['bewaring', 'bewaartermijn', 'bewaartermijnen', 'bewaarduur'],
      fr: ['conservation', 'durée de conservation', 'durées de conservation', 'délai de conservation'],
      de: ['Speicherdauer', 'Speicherfrist', 'Löschfrist', 'Löschfristen', 'Aufbewahrungsfrist'],
    },
  },
  'retention.period': {
    label: { en: 'Retention period', nl: 'Bewaartermijn', fr: 'Durée de conservation', de: 'Speicherfrist' },
  },
  'retention.criterion': {
    label: {
      en: 'Retention criterion',
      nl: 'Bewaarcriterium',
      fr: 'Critère de conservation',
      de: 'Kriterium für die Speicherdauer',
    },
  },
  'retention.trigger': {
    label: { en: 'Starts at', nl: 'Start bij', fr: 'Commence à', de: 'Beginnt mit' },
    headers: {
      en: ['starts from', 'start of the period', 'trigger'],
      nl: ['start bewaartermijn', 'aanvang bewaartermijn', 'vanaf'],
      fr: ['point de départ', 'à compter de'],
      de: ['Fristbeginn', 'Beginn der Frist'],
    },
  },
  'retention.purposeIds': {
    label: { en: 'For purposes', nl: 'Voor doeleinden', fr: 'Pour les finalités', de: 'Für die Zwecke' },
  },
  'retention.dataCategoryIds': {
    label: {
      en: 'For data categories',
      nl: 'Voor gegevenscategorieën',
      fr: 'Pour les catégories de données',
      de: 'Für die Datenkategorien',
    },
  },
  'retention.legalReferenceIds': {
    label: {
      en: 'Legal ground of the period',
      nl: 'Rechtsgrond van de termijn',
      fr: 'Fondement de la durée',
      de: 'Rechtsgrundlage der Frist',
    },
  },
  securityMeasureIds: {
    label: {
      en: 'Security measures',
      nl: 'Beveiligingsmaatregelen',
      fr: 'Mesures de sécurité',
      de: 'Technische und organisatorische Maßnahmen',
    },
    help: {
      en: 'Art. 30(1)(g): a general description of the technical and organisational security measures (Art. 32(1)).',
      nl: 'Art. 30, lid 1, g): een algemene beschrijving van de technische en organisatorische beveiligingsmaatregelen (art. 32, lid 1).',
      fr: 'Art. 30, par. 1, g) : une description générale des mesures de sécurité techniques et organisationnelles (art. 32, par. 1).',
      de: 'Art. 30 Abs. 1 Buchst. g: eine allgemeine Beschreibung der technischen und organisatorischen Maßnahmen (Art. 32 Abs. 1).',
    },
    headers: {
      en: [
        'security measures',
        'technical and organisational measures',
        'technical and organisational security measures',
        'toms',
        'security',
        'safeguards',
      ],
      nl: ['beveiligingsmaatregelen', 'technische en organisatorische maatregelen', 'beveiliging'],
      fr: ['mesures de sécurité', 'mesures techniques et organisationnelles', 'sécurité'],
      de: ['TOM', 'technische und organisatorische Maßnahmen', 'Sicherheitsmaßnahmen', 'Datensicherheit'],
    },
  },
  securityNotes: {
    label: {
      en: 'Security notes',
      nl: 'Toelichting beveiliging',
      fr: 'Précisions sur la sécurité',
      de: 'Erläuterungen zur Sicherheit',
    },
    headers: {
      en: ['security notes'],
      nl: ['toelichting beveiliging'],
      fr: ['précisions sécurité'],
      de: ['Sicherheitshinweise'],
    },
  },
  characteristics: {
    label: { en: 'Type of processing', nl: 'Soort verwerking', fr: 'Type de traitement', de: 'Art der Verarbeitung' },
    help: {
      en: 'The criteria that make a data protection impact assessment likely (EDPB guidelines WP248); none means a normal processing.',
      nl: 'De criteria die een gegevensbeschermingseffectbeoordeling waarschijnlijk maken (EDPB-richtsnoeren WP248); geen betekent een normale verwerking.',
      fr: "Les critères qui rendent une analyse d'impact probable (lignes directrices WP248 du CEPD) ; aucun signifie un traitement normal.",
      de: 'Die Kriterien, die eine Datenschutz-Folgenabschätzung wahrscheinlich machen (Leitlinien WP248 des EDSA); keines bedeutet eine gewöhnliche Verarbeitung.',
    },
    headers: {
      en: ['type of processing', 'nature of the processing', 'processing nature', 'characteristics', 'risk criteria'],
      nl: ['soort verwerking', 'type verwerking', 'aard van de verwerking', 'kenmerken'],
      fr: ['type de traitement', 'nature du traitement', 'caractéristiques'],
      de: ['Art der Verarbeitung', 'Merkmale der Verarbeitung'],
    },
  },
  automatedDecision: {
    label: {
      en: 'Automated decision-making',
      nl: 'Geautomatiseerde besluitvorming',
      fr: 'Décision automatisée',
      de: 'Automatisierte Entscheidungsfindung',
    },
    headers: {
      en: ['automated decision-making', 'automated decisions', 'profiling'],
      nl: ['geautomatiseerde besluitvorming', 'profilering'],
      fr: ['décision automatisée', 'décisions automatisées', 'profilage'],
      de: ['automatisierte Entscheidung', 'automatisierte Entscheidungsfindung', 'Profiling'],
    },
  },
  'automatedDecision.exists': {
    label: {
      en: 'Automated decisions',
      nl: 'Geautomatiseerde besluiten',
      fr: 'Décisions automatisées',
      de: 'Automatisierte Entscheidungen',
    },
  },
  'automatedDecision.profiling': {
    label: { en: 'Profiling', nl: 'Profilering', fr: 'Profilage', de: 'Profiling' },
  },
  'automatedDecision.logic': {
    label: { en: 'Logic involved', nl: 'Onderliggende logica', fr: 'Logique sous-jacente', de: 'Involvierte Logik' },
  },
  dpia: {
    label: { en: 'DPIA', nl: 'GEB (DPIA)', fr: 'AIPD', de: 'Datenschutz-Folgenabschätzung' },
    headers: {
      en: ['dpia', 'impact assessment', 'data protection impact assessment'],
      nl: ['geb', 'dpia', 'gegevensbeschermingseffectbeoordeling'],
      fr: ['aipd', "analyse d'impact", 'pia'],
      de: ['DSFA', 'Datenschutz-Folgenabschätzung'],
    },
  },
  'dpia.status': {
    label: {
      en: 'DPIA status',
      nl: 'Status GEB',
      fr: "Statut de l'AIPD",
      de: 'Stand der Datenschutz-Folgenabschätzung',
    },
  },
  'dpia.reference': {
    label: {
      en: 'DPIA reference',
      nl: 'Referentie GEB',
      fr: "Référence de l'AIPD",
      de: 'Referenz der Datenschutz-Folgenabschätzung',
    },
  },
  'dpia.date': {
    label: { en: 'DPIA date', nl: 'Datum GEB', fr: "Date de l'AIPD", de: 'Datum der Datenschutz-Folgenabschätzung' },
  },
  systems: {
    label: {
      en: 'Systems and software',
      nl: 'Systemen en software',
      fr: 'Systèmes et logiciels',
      de: 'Systeme und Software',
    },
    help: {
      en: 'Applications and systems that hold the data. Internal: left out of documents for the authority unless you ask for an internal edition.',
      nl: 'Toepassingen en systemen die de gegevens bevatten. Intern: niet in documenten voor de toezichthouder, tenzij u een interne editie vraagt.',
      fr: "Applications et systèmes qui contiennent les données. Interne : absents des documents pour l'autorité, sauf édition interne.",
      de: 'Anwendungen und Systeme, in denen die Daten liegen. Intern: nicht in Dokumenten für die Aufsichtsbehörde, außer in einer internen Ausgabe.',
    },
    headers: {
      en: ['systems', 'software', 'applications', 'tools'],
      nl: ['systemen', 'toepassingen', 'software', 'applicaties'],
      fr: ['logiciels', 'applications', 'systèmes', 'outils'],
      de: ['Systeme', 'Anwendungen', 'Software', 'IT-Systeme'],
    },
  },
  status: {
    label: { en: 'Status', nl: 'Status', fr: 'Statut', de: 'Status' },
    headers: {
      en: ['status', 'state'],
      nl: ['status', 'stand'],
      fr: ['statut', 'état'],
      de: ['Status', 'Stand'],
    },
  },
  startDate: {
    label: { en: 'Start date', nl: 'Begindatum', fr: 'Date de début', de: 'Beginn' },
    headers: {
      en: ['start date', 'created', 'since'],
      nl: ['begindatum', 'startdatum', 'sinds'],
      fr: ['date de début', 'date de création', 'depuis'],
      de: ['Beginn', 'Startdatum', 'seit'],
    },
  },
  endDate: {
    label: { en: 'End date', nl: 'Einddatum', fr: 'Date de fin', de: 'Ende' },
    headers: {
      en: ['end date', 'ended'],
      nl: ['einddatum'],
      fr: ['date de fin'],
      de: ['Ende', 'Enddatum'],
    },
  },
  replacedByActivityId: {
    label: { en: 'Replaced by', nl: 'Vervangen door', fr: 'Remplacé par', de: 'Ersetzt durch' },
    headers: {
      en: ['replaced by', 'replacing processing'],
      nl: ['vervangen door', 'vervangende verwerking'],
      fr: ['remplacé par', 'traitement de remplacement'],
      de: ['ersetzt durch', 'ersetzende Verarbeitung'],
    },
  },
  lastReviewDate: {
    label: { en: 'Last review', nl: 'Laatste herziening', fr: 'Dernière révision', de: 'Letzte Überprüfung' },
    headers: {
      en: ['last review', 'last updated', 'reviewed on'],
      nl: ['laatste herziening', 'laatst bijgewerkt'],
      fr: ['dernière révision', 'dernière mise à jour'],
      de: ['letzte Überprüfung', 'zuletzt aktualisiert'],
    },
  },
  nextReviewDate: {
    label: { en: 'Next review', nl: 'Volgende herziening', fr: 'Prochaine révision', de: 'Nächste Überprüfung' },
    headers: {
      en: ['next review', 'review date', 'to be reviewed'],
      nl: ['volgende herziening', 'herzieningsdatum', 'te herzien op'],
      fr: ['prochaine révision', 'date de révision', 'à revoir le'],
      de: ['nächste Überprüfung', 'Wiedervorlage'],
    },
  },
  processorOrganisationId: {
    label: {
      en: 'Processor (group entity)',
      nl: 'Verwerker (groepsentiteit)',
      fr: 'Sous-traitant (entité du groupe)',
      de: 'Auftragsverarbeiter (Gruppengesellschaft)',
    },
  },
  controllerOrganisationIds: {
    label: {
      en: 'On behalf of controllers',
      nl: 'In opdracht van verwerkingsverantwoordelijken',
      fr: 'Pour le compte des responsables du traitement',
      de: 'Im Auftrag der Verantwortlichen',
    },
  },
  processingCategories: {
    label: {
      en: 'Categories of processing',
      nl: 'Categorieën van verwerkingen',
      fr: 'Catégories de traitements',
      de: 'Kategorien von Verarbeitungen',
    },
    help: {
      en: 'Art. 30(2)(b): the categories of processing carried out on behalf of each controller.',
      nl: 'Art. 30, lid 2, b): de categorieën van verwerkingen die voor elke verwerkingsverantwoordelijke worden uitgevoerd.',
      fr: 'Art. 30, par. 2, b) : les catégories de traitements effectués pour le compte de chaque responsable du traitement.',
      de: 'Art. 30 Abs. 2 Buchst. b: die Kategorien von Verarbeitungen, die im Auftrag jedes Verantwortlichen durchgeführt werden.',
    },
  },
  subProcessorIds: {
    label: {
      en: 'Sub-processors',
      nl: 'Subverwerkers',
      fr: 'Sous-traitants ultérieurs',
      de: 'Unterauftragsverarbeiter',
    },
  },
  contractDate: {
    label: {
      en: 'Processing agreement date',
      nl: 'Datum verwerkersovereenkomst',
      fr: 'Date du contrat de sous-traitance',
      de: 'Datum des Auftragsverarbeitungsvertrags',
    },
  },
  contractReference: {
    label: {
      en: 'Processing agreement reference',
      nl: 'Referentie verwerkersovereenkomst',
      fr: 'Référence du contrat de sous-traitance',
      de: 'Referenz des Auftragsverarbeitungsvertrags',
    },
  },
  internal: {
    label: { en: 'Internal', nl: 'Intern', fr: 'Interne', de: 'Intern' },
    headers: {
      en: ['internal/external', 'internal or external'],
      nl: ['intern/extern', 'intern of extern'],
      fr: ['interne/externe', 'interne ou externe'],
      de: ['intern/extern', 'intern oder extern'],
    },
  },
  category: {
    label: { en: 'Category', nl: 'Categorie', fr: 'Catégorie', de: 'Kategorie' },
  },
  country: {
    label: { en: 'Country', nl: 'Land', fr: 'Pays', de: 'Land' },
    headers: {
      en: ['country', 'countries', 'location', 'third country'],
      nl: ['land', 'landen', 'locatie', 'derde land'],
      fr: ['pays', 'localisation', 'pays tiers'],
      de: ['Land', 'Länder', 'Standort', 'Drittland'],
    },
  },
  countries: {
    label: {
      en: 'Countries of processing',
      nl: 'Landen van verwerking',
      fr: 'Pays de traitement',
      de: 'Länder der Verarbeitung',
    },
  },
  legalReferenceIds: {
    label: { en: 'Legal references', nl: 'Rechtsgronden', fr: 'Références juridiques', de: 'Rechtliche Grundlagen' },
  },
  securityCommitments: {
    label: {
      en: 'Security commitments',
      nl: 'Beveiligingsverbintenissen',
      fr: 'Engagements de sécurité',
      de: 'Sicherheitszusagen',
    },
  },
  recipientId: {
    label: { en: 'Recipient', nl: 'Ontvanger', fr: 'Destinataire', de: 'Empfänger' },
  },
  processorId: {
    label: { en: 'Processor', nl: 'Verwerker', fr: 'Sous-traitant', de: 'Auftragsverarbeiter' },
  },
  internationalOrganisation: {
    label: {
      en: 'International organisation',
      nl: 'Internationale organisatie',
      fr: 'Organisation internationale',
      de: 'Internationale Organisation',
    },
  },
  mechanism: {
    label: {
      en: 'Transfer ground',
      nl: 'Grondslag doorgifte',
      fr: 'Fondement du transfert',
      de: 'Grundlage der Übermittlung',
    },
    help: {
      en: 'Chapter V: adequacy decision (Art. 45), appropriate safeguards (Art. 46), binding corporate rules (Art. 47) or a derogation (Art. 49).',
      nl: 'Hoofdstuk V: adequaatheidsbesluit (art. 45), passende waarborgen (art. 46), bindende bedrijfsvoorschriften (art. 47) of een afwijking (art. 49).',
      fr: "Chapitre V : décision d'adéquation (art. 45), garanties appropriées (art. 46), règles d'entreprise contraignantes (art. 47) ou dérogation (art. 49).",
      de: 'Kapitel V: Angemessenheitsbeschluss (Art. 45), geeignete Garantien (Art. 46), verbindliche interne Datenschutzvorschriften (Art. 47) oder eine Ausnahme (Art. 49).',
    },
    headers: {
      en: [
        'safeguards',
        'appropriate safeguards',
        'transfer mechanism',
        'transfer tool',
        'legal basis of the transfer',
      ],
      nl: ['waarborgen', 'passende waarborgen', 'doorgiftemechanisme', 'rechtsgrond doorgifte'],
      fr: ['garanties', 'garanties appropriées', 'mécanisme de transfert', 'base du transfert'],
      de: ['Garantien', 'geeignete Garantien', 'Übermittlungsinstrument', 'Grundlage der Übermittlung'],
    },
  },
  instrument: {
    label: {
      en: 'Instrument (clauses, BCR, code)',
      nl: 'Instrument (clausules, BCR, code)',
      fr: 'Instrument (clauses, BCR, code)',
      de: 'Instrument (Klauseln, BCR, Verhaltensregeln)',
    },
  },
  documentation: {
    label: {
      en: 'Documentation of safeguards',
      nl: 'Documentatie van de waarborgen',
      fr: 'Documentation des garanties',
      de: 'Dokumentierung der geeigneten Garantien',
    },
    headers: {
      en: ['documentation', 'link to the documentation'],
      nl: ['documentatie', 'link naar de documentatie'],
      fr: ['documentation', 'liens vers la documentation'],
      de: ['Dokumentation', 'Link zur Dokumentation'],
    },
    help: {
      en: 'For transfers under Art. 49(1), second subparagraph: the documentation of the suitable safeguards that Art. 30(1)(e) requires.',
      nl: 'Voor doorgiften op grond van art. 49, lid 1, tweede alinea: de documentatie van de passende waarborgen die art. 30, lid 1, e) vraagt.',
      fr: "Pour les transferts fondés sur l'art. 49, par. 1, second alinéa : les documents attestant l'existence de garanties appropriées exigés par l'art. 30, par. 1, e).",
      de: 'Für Übermittlungen nach Art. 49 Abs. 1 Unterabsatz 2: die Dokumentierung der geeigneten Garantien, die Art. 30 Abs. 1 Buchst. e verlangt.',
    },
  },
  occasional: {
    label: { en: 'Occasional', nl: 'Occasioneel', fr: 'Occasionnel', de: 'Gelegentlich' },
  },
  specialTypes: {
    label: {
      en: 'Special category',
      nl: 'Bijzondere categorie',
      fr: 'Catégorie particulière',
      de: 'Besondere Kategorie',
    },
  },
  family: {
    label: { en: 'Group', nl: 'Groep', fr: 'Groupe', de: 'Gruppe' },
  },
  vulnerable: {
    label: {
      en: 'Vulnerable persons',
      nl: 'Kwetsbare personen',
      fr: 'Personnes vulnérables',
      de: 'Schutzbedürftige Personen',
    },
  },
  type: {
    label: { en: 'Type', nl: 'Soort', fr: 'Type', de: 'Art' },
  },
  provision: {
    label: { en: 'GDPR provision', nl: 'AVG-bepaling', fr: 'Disposition du RGPD', de: 'Bestimmung der DSGVO' },
  },
  date: {
    label: { en: 'Date', nl: 'Datum', fr: 'Date', de: 'Datum' },
  },
  article: {
    label: { en: 'Article', nl: 'Artikel', fr: 'Article', de: 'Artikel' },
  },
  number: {
    label: { en: 'Number', nl: 'Nummer', fr: 'Numéro', de: 'Nummer' },
  },
  chamber: {
    label: { en: 'Chamber', nl: 'Kamer', fr: 'Chambre', de: 'Kammer' },
  },
  parties: {
    label: { en: 'Parties', nl: 'Partijen', fr: 'Parties', de: 'Parteien' },
  },
  url: {
    label: { en: 'Where to read it', nl: 'Vindplaats', fr: 'Où le consulter', de: 'Fundstelle' },
  },
  title: {
    label: { en: 'Title', nl: 'Titel', fr: 'Titre', de: 'Titel' },
  },
  mainLanguage: {
    label: { en: 'Main language', nl: 'Hoofdtaal', fr: 'Langue principale', de: 'Hauptsprache' },
  },
  organisationName: {
    label: { en: 'Organisation', nl: 'Organisatie', fr: 'Organisation', de: 'Organisation' },
  },
  internalFields: {
    label: { en: 'Internal fields', nl: 'Interne velden', fr: 'Champs internes', de: 'Interne Felder' },
  },
  createdOn: {
    label: { en: 'Created on', nl: 'Aangemaakt op', fr: 'Créé le', de: 'Erstellt am' },
  },
  'purposes.description': {
    label: { en: 'Purposes', nl: 'Doeleinden', fr: 'Finalités', de: 'Zwecke der Verarbeitung' },
  },
  'purposes.publicDescription': {
    label: {
      en: 'Public wording',
      nl: 'Publieke formulering',
      fr: 'Formulation pour le public',
      de: 'Formulierung für die Öffentlichkeit',
    },
    help: {
      en: 'The purpose as the privacy notice tells it to data subjects (Art. 13 and 14), where the register’s wording is not meant for them. Empty: the notice uses the purpose itself.',
      nl: 'Het doeleinde zoals de privacyverklaring het aan de betrokkenen meedeelt (art. 13 en 14), waar de formulering van het register niet voor hen bedoeld is. Leeg: de verklaring gebruikt het doeleinde zelf.',
      fr: 'La finalité telle que la déclaration de confidentialité l’énonce pour les personnes concernées (art. 13 et 14), lorsque la formulation du registre ne leur est pas destinée. Vide : la déclaration reprend la finalité elle-même.',
      de: 'Der Zweck, wie ihn die Datenschutzerklärung den betroffenen Personen mitteilt (Art. 13 und 14), wo die Formulierung des Verzeichnisses nicht für sie gedacht ist. Leer: Die Erklärung übernimmt den Zweck selbst.',
    },
    headers: {
      en: ['public wording', 'purpose (public)', 'purpose in the privacy notice'],
      nl: ['publieke formulering', 'doeleinde (publiek)', 'doeleinde in de privacyverklaring'],
      fr: ['formulation publique', 'finalité (publique)', 'finalité dans la déclaration de confidentialité'],
      de: ['öffentliche Formulierung', 'Zweck (öffentlich)', 'Zweck in der Datenschutzerklärung'],
    },
  },
  publicSummary: {
    label: {
      en: 'Summary for data subjects',
      nl: 'Samenvatting voor betrokkenen',
      fr: 'Résumé pour les personnes concernées',
      de: 'Zusammenfassung für betroffene Personen',
    },
    help: {
      en: 'What the privacy notice says of this processing as a whole, in words meant for members and other data subjects. Empty: the notice lists the purposes only.',
      nl: 'Wat de privacyverklaring over deze verwerking als geheel zegt, in woorden voor leden en andere betrokkenen. Leeg: de verklaring somt alleen de doeleinden op.',
      fr: 'Ce que la déclaration de confidentialité dit de ce traitement dans son ensemble, en des termes destinés aux membres et aux autres personnes concernées. Vide : la déclaration n’en cite que les finalités.',
      de: 'Was die Datenschutzerklärung über diese Verarbeitung insgesamt sagt, in Worten für Mitglieder und andere betroffene Personen. Leer: Die Erklärung nennt nur die Zwecke.',
    },
    headers: {
      en: ['public summary', 'summary for data subjects', 'privacy notice text'],
      nl: ['publieke samenvatting', 'samenvatting voor betrokkenen', 'tekst privacyverklaring'],
      fr: ['résumé public', 'résumé pour les personnes concernées', 'texte de la déclaration de confidentialité'],
      de: ['öffentliche Zusammenfassung', 'Zusammenfassung für Betroffene', 'Text der Datenschutzerklärung'],
    },
  },
  noticeIntroduction: {
    label: {
      en: 'Privacy notice: introduction',
      nl: 'Privacyverklaring: inleiding',
      fr: 'Déclaration de confidentialité : introduction',
      de: 'Datenschutzerklärung: Einleitung',
    },
  },
  noticeRights: {
    label: {
      en: 'Privacy notice: your rights',
      nl: 'Privacyverklaring: je rechten',
      fr: 'Déclaration de confidentialité : vos droits',
      de: 'Datenschutzerklärung: Ihre Rechte',
    },
  },
  noticeExercise: {
    label: {
      en: 'Privacy notice: exercising your rights',
      nl: 'Privacyverklaring: je rechten uitoefenen',
      fr: 'Déclaration de confidentialité : exercer vos droits',
      de: 'Datenschutzerklärung: Ihre Rechte ausüben',
    },
  },
  noticeComplaints: {
    label: {
      en: 'Privacy notice: complaints',
      nl: 'Privacyverklaring: klachten',
      fr: 'Déclaration de confidentialité : plaintes',
      de: 'Datenschutzerklärung: Beschwerden',
    },
  },
  'sources.description': {
    label: {
      en: 'Sources of the data',
      nl: 'Bronnen van de gegevens',
      fr: 'Sources des données',
      de: 'Herkunft der Daten',
    },
  },
  'processingCategories.description': {
    label: {
      en: 'Categories of processing',
      nl: 'Categorieën van verwerkingen',
      fr: 'Catégories de traitements',
      de: 'Kategorien von Verarbeitungen',
    },
  },
} as const satisfies Readonly<Record<string, FieldWordEntry>>;

/** Record kinds: one record and several (lower case, as inside a sentence) and the name of their sheet. */
export const KIND_WORDS = {
  meta: {
    one: { en: 'register', nl: 'register', fr: 'registre', de: 'Verzeichnis' },
    many: { en: 'registers', nl: 'registers', fr: 'registres', de: 'Verzeichnisse' },
    sheet: { en: 'Register', nl: 'Register', fr: 'Registre', de: 'Verzeichnis' },
  },
  organisations: {
    one: { en: 'organisation', nl: 'organisatie', fr: 'organisation', de: 'Organisation' },
    many: { en: 'organisations', nl: 'organisaties', fr: 'organisations', de: 'Organisationen' },
    sheet: { en: 'Organisations', nl: 'Organisaties', fr: 'Organisations', de: 'Organisationen' },
    newOne: { en: 'New organisation', nl: 'Nieuwe organisatie', fr: 'Nouvelle organisation', de: 'Neue Organisation' },
  },
  activities: {
    one: {
      en: 'processing activity',
      nl: 'verwerkingsactiviteit',
      fr: 'activité de traitement',
      de: 'Verarbeitungstätigkeit',
    },
    many: {
      en: 'processing activities',
      nl: 'verwerkingsactiviteiten',
      fr: 'activités de traitement',
      de: 'Verarbeitungstätigkeiten',
    },
    sheet: {
      en: 'Processing activities',
      nl: 'Verwerkingsactiviteiten',
      fr: 'Activités de traitement',
      de: 'Verarbeitungstätigkeiten',
    },
    newOne: {
      en: 'New processing activity',
      nl: 'Nieuwe verwerkingsactiviteit',
      fr: 'Nouvelle activité de traitement',
      de: 'Neue Verarbeitungstätigkeit',
    },
  },
  processorActivities: {
    one: {
      en: 'processor activity',
      nl: 'verwerkersactiviteit',
      fr: 'activité de sous-traitance',
      de: 'Tätigkeit als Auftragsverarbeiter',
    },
    many: {
      en: 'processor activities',
      nl: 'verwerkersactiviteiten',
      fr: 'activités de sous-traitance',
      de: 'Tätigkeiten als Auftragsverarbeiter',
    },
    sheet: {
      en: 'Processor activities',
      nl: 'Verwerkersactiviteiten',
      fr: 'Activités de sous-traitance',
      de: 'Auftragsverarbeitung',
    },
    newOne: {
      en: 'New processor activity',
      nl: 'Nieuwe verwerkersactiviteit',
      fr: 'Nouvelle activité de sous-traitance',
      de: 'Neue Tätigkeit als Auftragsverarbeiter',
    },
  },
  recipients: {
    one: { en: 'recipient', nl: 'ontvanger', fr: 'destinataire', de: 'Empfänger' },
    many: { en: 'recipients', nl: 'ontvangers', fr: 'destinataires', de: 'Empfänger' },
    sheet: { en: 'Recipients', nl: 'Ontvangers', fr: 'Destinataires', de: 'Empfänger' },
    newOne: { en: 'New recipient', nl: 'Nieuwe ontvanger', fr: 'Nouveau destinataire', de: 'Neuer Empfänger' },
  },
  processors: {
    one: { en: 'processor', nl: 'verwerker', fr: 'sous-traitant', de: 'Auftragsverarbeiter' },
    many: { en: 'processors', nl: 'verwerkers', fr: 'sous-traitants', de: 'Auftragsverarbeiter' },
    sheet: { en: 'Processors', nl: 'Verwerkers', fr: 'Sous-traitants', de: 'Auftragsverarbeiter' },
    newOne: {
      en: 'New processor',
      nl: 'Nieuwe verwerker',
      fr: 'Nouveau sous-traitant',
      de: 'Neuer Auftragsverarbeiter',
    },
  },
  transfers: {
    one: { en: 'transfer', nl: 'doorgifte', fr: 'transfert', de: 'Übermittlung' },
    many: { en: 'transfers', nl: 'doorgiften', fr: 'transferts', de: 'Übermittlungen' },
    sheet: { en: 'Transfers', nl: 'Doorgiften', fr: 'Transferts', de: 'Übermittlungen' },
    newOne: {
      en: 'New transfer',
      nl: 'Nieuwe doorgifte',
      fr: 'Nouveau transfert',
      de: 'Neue Übermittlung an ein Drittland',
    },
  },
  dataCategories: {
    one: {
      en: 'data category',
      nl: 'categorie van persoonsgegevens',
      fr: 'catégorie de données',
      de: 'Kategorie personenbezogener Daten',
    },
    many: {
      en: 'data categories',
      nl: 'categorieën van persoonsgegevens',
      fr: 'catégories de données',
      de: 'Kategorien personenbezogener Daten',
    },
    sheet: { en: 'Data categories', nl: 'Gegevenscategorieën', fr: 'Catégories de données', de: 'Datenkategorien' },
    newOne: {
      en: 'New data category',
      nl: 'Nieuwe categorie van persoonsgegevens',
      fr: 'Nouvelle catégorie de données',
      de: 'Neue Kategorie personenbezogener Daten',
    },
  },
  subjectCategories: {
    one: {
      en: 'data-subject category',
      nl: 'categorie van betrokkenen',
      fr: 'catégorie de personnes concernées',
      de: 'Kategorie betroffener Personen',
    },
    many: {
      en: 'data-subject categories',
      nl: 'categorieën van betrokkenen',
      fr: 'catégories de personnes concernées',
      de: 'Kategorien betroffener Personen',
    },
    sheet: {
      en: 'Data subject categories',
      nl: 'Categorieën betrokkenen',
      fr: 'Catégories de personnes',
      de: 'Betroffene Personen',
    },
    newOne: {
      en: 'New data-subject category',
      nl: 'Nieuwe categorie van betrokkenen',
      fr: 'Nouvelle catégorie de personnes concernées',
      de: 'Neue Kategorie betroffener Personen',
    },
  },
  securityMeasures: {
    one: { en: 'security measure', nl: 'beveiligingsmaatregel', fr: 'mesure de sécurité', de: 'Sicherheitsmaßnahme' },
    many: {
      en: 'security measures',
      nl: 'beveiligingsmaatregelen',
      fr: 'mesures de sécurité',
      de: 'technische und organisatorische Maßnahmen',
    },
    sheet: { en: 'Security measures', nl: 'Beveiligingsmaatregelen', fr: 'Mesures de sécurité', de: 'TOM' },
    newOne: {
      en: 'New security measure',
      nl: 'Nieuwe beveiligingsmaatregel',
      fr: 'Nouvelle mesure de sécurité',
      de: 'Neue technische oder organisatorische Maßnahme',
    },
  },
  legalReferences: {
    one: { en: 'legal reference', nl: 'juridische grondslag', fr: 'référence juridique', de: 'rechtliche Grundlage' },
    many: {
      en: 'legal references',
      nl: 'juridische grondslagen',
      fr: 'références juridiques',
      de: 'rechtliche Grundlagen',
    },
    sheet: {
      en: 'Legal references',
      nl: 'Juridische grondslagen',
      fr: 'Références juridiques',
      de: 'Rechtliche Grundlagen',
    },
    newOne: {
      en: 'New legal reference',
      nl: 'Nieuwe juridische grondslag',
      fr: 'Nouvelle référence juridique',
      de: 'Neue Rechtsvorschrift',
    },
  },
} as const satisfies Readonly<Record<string, KindWordEntry>>;
