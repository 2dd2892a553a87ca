// Processing activities of CM (Landsbond, regional funds, MOB CM-Vlaanderen, Solimut, MOB Verzekeringen, MC Assure).
import type { Activity } from '../model/activity';
import {
  activity,
  basis,
  cmJointControllers,
  soleController,
  LEGAL_RETENTION_CRITERION,
  REFS,
} from './sampleActivityBuilder';
import { DC, LR, ORG, PROC, REC, SC, SM, TRF } from './sampleIds';

const COMPULSORY = { nl: 'Verplichte verzekering', en: 'Compulsory insurance', fr: 'Assurance obligatoire' };
const SUPPLEMENTARY = { nl: 'Aanvullende verzekering', en: 'Supplementary insurance', fr: 'Assurance complémentaire' };
const OPTIONAL = { nl: 'Facultatieve verzekeringen', en: 'Optional insurance', fr: 'Assurances facultatives' };
const CONTACT = { nl: 'Contact met leden', en: 'Member contact', fr: 'Contact avec les membres' };
const SECURITY = { nl: 'Beveiliging', en: 'Security', fr: 'Sécurité' };

/** The institutions reached through the NIC and the Crossroads Bank. */
const SOCIAL_SECURITY_RECIPIENTS = [
  REC.nic,
  REC.ksz,
  REC.rsz,
  REC.rsvz,
  REC.rva,
  REC.riziv,
  REC.rjv,
  REC.pensioendienst,
  REC.fedris,
];

const CORE_SECURITY = [
  SM.confidentialityAgreement,
  SM.professionalSecrecy,
  SM.accessControl,
  SM.processorContracts,
  SM.generalMeasures,
];

export function sampleCmActivities(): Activity[] {
  return [
    activity({
      no: 1,
      reference: 'CM-001',
      name: {
        nl: 'Aansluiting en verzekerbaarheid',
        en: 'Membership and insurability',
        fr: 'Affiliation et assurabilité',
      },
      description: {
        nl: 'Aansluiting bij een regionaal ziekenfonds en de Landsbond, en beheer van de rechten op terugbetaling van gezondheidszorg als gerechtigde of persoon ten laste.',
        en: 'Membership of a regional health fund and the National Association, and management of the rights to reimbursement of healthcare as entitled person or dependant.',
      },
      businessProcess: COMPULSORY,
      controllers: cmJointControllers(),
      purposes: {
        identify: {
          nl: 'Leden identificeren, contacteren, correct adviseren en hun dossier beheren',
          en: 'Identifying, contacting and advising members and managing their file',
          fr: 'Identifier, contacter et conseiller les membres et gérer leur dossier',
        },
        insurability: {
          nl: 'Beheer van de rechten op terugbetaling van gezondheidszorg (verzekerbaarheid) als gerechtigde of persoon ten laste',
          en: 'Managing rights to reimbursement of healthcare (insurability) as entitled person or dependant',
          fr: 'Gestion des droits au remboursement des soins de santé (assurabilité)',
        },
        statutes: {
          nl: 'Toekenning van de maximumfactuur en de verhoogde tegemoetkoming',
          en: 'Granting the maximum billing and the increased reimbursement',
        },
        transfer: {
          nl: 'Doorgeven van de wettelijk vereiste gegevens aan de nieuwe verzekeraar bij mutatie',
          en: 'Passing the legally required data to the new insurer when a member changes fund',
        },
      },
      legalBases: [
        basis('art6-1-c', REFS.compulsoryObligation),
        basis('art6-1-e', REFS.publicTask),
        basis('art9-2-b', REFS.socialSecurityLaw),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.members, SC.dependants, SC.children, SC.representatives],
      data: [
        DC.identity,
        DC.personalCharacteristics,
        DC.family,
        DC.financial,
        DC.nationalRegister,
        DC.social,
        DC.health,
      ],
      sources: ['self', 'ksz', 'riziv'],
      recipients: [
        ...SOCIAL_SECURITY_RECIPIENTS,
        REC.controledienst,
        REC.fodFinancien,
        REC.otherHealthFunds,
        REC.privilegedStatusBodies,
        REC.careProviders,
        REC.representatives,
        // "een toegelaten derde ... enkel op basis van een wet, contract, bestaande machtiging van een Sectoraal Comité"
        REC.authorisedThirdParties,
      ],
      processors: [PROC.ict, PROC.mailing, PROC.doccle],
      retention: [
        {
          criterion: LEGAL_RETENTION_CRITERION,
          purposes: ['identify', 'insurability', 'statutes', 'transfer'],
          refs: [LR.gvuWet],
        },
      ],
      security: [...CORE_SECURITY, SM.nicFilter],
      characteristics: ['sensitive-data', 'large-scale', 'automated-decision-legal-effect'],
      automatedDecision: {
        logic:
          'Rechten op de verhoogde tegemoetkoming en de maximumfactuur worden volledig geautomatiseerd bepaald volgens de criteria van de verplichte verzekering; het lid kan tussenkomst van een medewerker vragen.',
      },
      lastReviewDate: '2024-02-12',
      nextReviewDate: '2025-02-12',
    }),

    activity({
      no: 2,
      reference: 'CM-002',
      name: {
        nl: 'Terugbetaling van gezondheidszorg in België en in het buitenland',
        en: 'Reimbursement of healthcare in Belgium and abroad',
        fr: "Remboursement des soins de santé en Belgique et à l'étranger",
      },
      description:
        'Beheer van alle al dan niet terugbetaalbare preventieve of gezondheidszorgprestaties en benodigdheden die erkende zorgverstrekkers en verzorgingsinstellingen in België of in het buitenland verleenden en aan CM meedeelden.',
      businessProcess: COMPULSORY,
      controllers: cmJointControllers(),
      purposes: {
        belgium: {
          nl: 'Tegemoetkoming in gezondheidskosten in België, als lid of als zorgverlener',
          en: 'Reimbursement of healthcare costs in Belgium, as member or healthcare provider',
        },
        abroad: {
          nl: 'Tegemoetkoming in gezondheidskosten in het buitenland',
          en: 'Reimbursement of healthcare costs abroad',
        },
        urgent: {
          nl: 'Dringende zorg en assistentie in het buitenland',
          en: 'Emergency care and assistance abroad',
          fr: "Soins urgents et assistance à l'étranger",
        },
      },
      legalBases: [
        basis('art6-1-c', REFS.compulsoryObligation),
        basis('art6-1-e', REFS.publicTask),
        basis('art6-1-d', [], 'Vitale belangen van de betrokkene bij dringende zorg in het buitenland.'),
        basis('art9-2-b', REFS.socialSecurityLaw),
        basis('art9-2-c', [], 'Vitale belangen van de betrokkene bij dringende zorg in het buitenland.'),
        basis('art9-2-h', REFS.healthCare),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.members, SC.dependants, SC.children, SC.careProviders],
      data: [DC.identity, DC.financial, DC.nationalRegister, DC.social, DC.health, DC.careProviderData],
      sources: ['self', 'providers', 'ksz', 'riziv'],
      recipients: [
        REC.careProviders,
        REC.foreignCareProviders,
        REC.riziv,
        REC.nic,
        REC.controledienst,
        REC.representatives,
      ],
      processors: [PROC.mutas, PROC.ict, PROC.mailing, PROC.doccle],
      transfers: [TRF.cmCareAbroad, TRF.cmQuoteAbroad, TRF.mutasVital, TRF.cmConsent],
      retention: [
        { criterion: LEGAL_RETENTION_CRITERION, purposes: ['belgium', 'abroad', 'urgent'], refs: [LR.gvuWet] },
      ],
      security: [...CORE_SECURITY, SM.secureChannels],
      characteristics: ['sensitive-data', 'large-scale', 'automated-decision-legal-effect'],
      automatedDecision: {
        logic:
          'De tarifering van terugbetalingen gebeurt volledig geautomatiseerd volgens de nomenclatuur en de criteria van de verplichte verzekering.',
      },
      lastReviewDate: '2025-06-30',
      nextReviewDate: '2026-06-30',
    }),

    activity({
      no: 3,
      reference: 'CM-003',
      name: {
        nl: 'Derdebetalersregeling en elektronische uitwisseling met zorgverleners',
        en: 'Third-party payer scheme and electronic exchange with healthcare providers',
        fr: 'Tiers payant et échanges électroniques avec les prestataires de soins',
      },
      businessProcess: COMPULSORY,
      controllers: cmJointControllers(),
      purposes: {
        thirdPartyPayer: {
          nl: 'Rechtstreekse betaling aan zorgverleners in de derdebetalersregeling',
          en: 'Direct payment of healthcare providers under the third-party payer scheme',
        },
        insurabilityCheck: {
          nl: 'Mededeling van de verzekerbaarheid aan zorgverleners, onder meer voor het globaal medisch dossier',
          en: 'Informing healthcare providers of insurability, including for the global medical record',
        },
      },
      legalBases: [
        basis('art6-1-c', [LR.gvuWet, LR.eHealthWet]),
        basis('art9-2-h', REFS.healthCare),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.members, SC.dependants, SC.careProviders],
      data: [DC.identity, DC.financial, DC.nationalRegister, DC.social, DC.health, DC.careProviderData],
      sources: ['providers', 'self'],
      recipients: [REC.careProviders],
      processors: [PROC.ict],
      retention: [{ criterion: LEGAL_RETENTION_CRITERION, purposes: ['thirdPartyPayer', 'insurabilityCheck'] }],
      security: [SM.secureChannels, SM.accessControl, SM.professionalSecrecy, SM.confidentialityAgreement],
      characteristics: ['sensitive-data', 'large-scale'],
      systems: 'eHealth-platform, MyCarenet, Refac',
      lastReviewDate: '2025-11-03',
      nextReviewDate: '2027-11-03',
    }),

    activity({
      no: 4,
      reference: 'CM-004',
      name: {
        nl: 'Machtigingen van de adviserend arts en functionele revalidatie',
        en: 'Authorisations by the advising physician and functional rehabilitation',
        fr: 'Autorisations du médecin-conseil et rééducation fonctionnelle',
      },
      businessProcess: COMPULSORY,
      owner: { nl: 'Adviserend arts', en: 'Advising physician', fr: 'Médecin-conseil' },
      controllers: cmJointControllers(),
      purposes: {
        authorisation: {
          nl: 'Beoordeling van aanvragen tot machtiging voor bepaalde gezondheidszorg of benodigdheden',
          en: 'Assessing requests for authorisation of certain healthcare or supplies',
        },
        rehabilitation: {
          nl: 'Machtiging en opvolging van de functionele revalidatie',
          en: 'Authorising and following up functional rehabilitation',
        },
      },
      legalBases: [
        basis('art6-1-c', REFS.compulsoryObligation),
        basis('art9-2-b', REFS.socialSecurityLaw),
        basis('art9-2-h', REFS.healthCare),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.members, SC.dependants],
      data: [DC.identity, DC.nationalRegister, DC.social, DC.health],
      sources: ['self', 'providers'],
      recipients: [REC.careProviders, REC.riziv],
      processors: [PROC.ict],
      retention: [{ criterion: LEGAL_RETENTION_CRITERION, purposes: ['authorisation', 'rehabilitation'] }],
      security: CORE_SECURITY,
      characteristics: ['sensitive-data', 'large-scale'],
    }),

    activity({
      no: 5,
      reference: 'CM-005',
      name: {
        nl: 'Uitkeringen bij arbeidsongeschiktheid en zwangerschap',
        en: 'Incapacity for work and maternity benefits',
        fr: "Indemnités d'incapacité de travail et de maternité",
      },
      businessProcess: COMPULSORY,
      controllers: cmJointControllers(),
      purposes: {
        files: {
          nl: 'Beheer van dossiers arbeidsongeschiktheid en zwangerschap',
          en: 'Managing incapacity for work and maternity files',
        },
        evaluation: { nl: 'Evaluatie van de arbeidsongeschiktheid', en: 'Evaluating incapacity for work' },
        payment: {
          nl: 'Berekening en betaling van de uitkeringen',
          en: 'Calculating and paying benefits',
          fr: 'Calcul et paiement des indemnités',
        },
        reintegration: {
          nl: 'Begeleiding in een socio-professioneel herinschakelingstraject',
          en: 'Guidance in a socio-professional reintegration programme',
        },
      },
      legalBases: [
        basis('art6-1-c', [LR.gvuWet, LR.handvest, LR.kszWet]),
        basis('art9-2-b', REFS.socialSecurityLaw),
        basis('art9-2-h', [LR.gvuWet], 'Beoordeling van de werkcapaciteit.'),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.beneficiaries, SC.members],
      data: [DC.identity, DC.family, DC.financial, DC.profession, DC.nationalRegister, DC.social, DC.health],
      sources: ['self', 'providers', 'ksz'],
      recipients: [...SOCIAL_SECURITY_RECIPIENTS, REC.fodFinancien, REC.creditors, REC.bailiffs],
      processors: [PROC.ict, PROC.mailing, PROC.doccle],
      retention: [
        {
          criterion: LEGAL_RETENTION_CRITERION,
          purposes: ['files', 'evaluation', 'payment', 'reintegration'],
          refs: [LR.gvuWet],
        },
      ],
      security: [...CORE_SECURITY, SM.nicFilter],
      characteristics: ['sensitive-data', 'large-scale', 'vulnerable-subjects'],
      lastReviewDate: '2023-11-20',
      nextReviewDate: '2024-11-20',
    }),

    activity({
      no: 6,
      reference: 'CM-006',
      name: {
        nl: 'Geschillen, terugvorderingen en verhaal op aansprakelijke derden',
        en: 'Disputes, recoveries and recourse against liable third parties',
        fr: 'Litiges, récupérations et recours contre les tiers responsables',
      },
      businessProcess: COMPULSORY,
      controllers: cmJointControllers(),
      purposes: {
        disputes: {
          nl: 'Behandeling van betwistingen van beslissingen van CM of van het RIZIV',
          en: 'Handling challenges to decisions of CM or RIZIV',
        },
        undue: { nl: 'Terugvordering van onverschuldigde betalingen', en: 'Recovering undue payments' },
        liableThirdParty: {
          nl: 'Terugvordering van gezondheidskosten en uitkeringen veroorzaakt door een aansprakelijke derde',
          en: 'Recovering healthcare costs and benefits caused by a liable third party',
        },
        enforcement: {
          nl: 'Medewerking aan procedures tot uitvoering van schuldeisers (beslag, overdracht)',
          en: 'Cooperating with creditors’ enforcement procedures (seizure, assignment)',
        },
      },
      legalBases: [
        basis('art6-1-c', [LR.gvuWet, LR.handvest]),
        basis('art9-2-f', [LR.gvuWet]),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.members, SC.beneficiaries, SC.thirdParties],
      data: [DC.identity, DC.financial, DC.nationalRegister, DC.social, DC.health, DC.criminal],
      sources: ['self', 'providers', 'ksz', 'riziv'],
      recipients: [REC.courts, REC.bailiffs, REC.opposingParties, REC.creditors, REC.riziv],
      processors: [PROC.lawyers, PROC.ict],
      retention: [
        { criterion: LEGAL_RETENTION_CRITERION, purposes: ['disputes', 'undue', 'liableThirdParty', 'enforcement'] },
      ],
      security: CORE_SECURITY,
      characteristics: ['sensitive-data'],
      notes:
        'De privacyverklaring noemt geen grondslag voor de verwerking van gegevens over veroordelingen en strafbare feiten (art. 10 AVG): nog aan te vullen.',
    }),

    activity({
      no: 7,
      reference: 'CM-007',
      name: {
        nl: 'Informatie, begeleiding en maatschappelijk werk',
        en: 'Information, guidance and social work',
        fr: 'Information, accompagnement et service social',
      },
      businessProcess: COMPULSORY,
      owner: { nl: 'Dienst Maatschappelijk Werk', en: 'Social Work Department', fr: 'Service social' },
      controllers: cmJointControllers(),
      purposes: {
        rights: {
          nl: 'Al dan niet proactief informeren en begeleiden, zodat personen hun rechten volledig kunnen laten gelden',
          en: 'Informing and guiding people, proactively or not, so that they can fully exercise their rights',
        },
        wellbeing: {
          nl: 'Bevorderen van het fysiek, psychisch of sociaal welzijn, desgevallend via de dienst Maatschappelijk Werk',
          en: 'Promoting physical, mental or social well-being, where needed through the Social Work Department',
        },
      },
      legalBases: [
        basis('art6-1-e', [LR.ziekenfondsWet]),
        basis('art9-2-b', REFS.socialSecurityLaw),
        basis('art9-2-h', [LR.ziekenfondsWet, LR.gvuWet]),
      ],
      subjects: [SC.members, SC.dependants, SC.representatives],
      data: [DC.identity, DC.family, DC.financial, DC.housing, DC.nationalRegister, DC.social, DC.health],
      sources: ['self', 'ksz'],
      recipients: [REC.representatives, REC.privilegedStatusBodies],
      retention: [{ criterion: LEGAL_RETENTION_CRITERION, purposes: ['rights', 'wellbeing'] }],
      security: CORE_SECURITY,
      characteristics: ['sensitive-data', 'vulnerable-subjects'],
    }),

    activity({
      no: 8,
      reference: 'CM-008',
      name: {
        nl: 'Beheer van contacten via alle kanalen',
        en: 'Managing contacts through all channels',
        fr: 'Gestion des contacts par tous les canaux',
      },
      businessProcess: CONTACT,
      controllers: cmJointControllers(),
      purposes: {
        contacts: {
          nl: 'Beheer van contacten met de diensten via elk kanaal: face to face, brief, telefoon, sms, e-mail, chat, website',
          en: 'Managing contacts with the services through any channel: face to face, letter, telephone, text message, e-mail, chat, website',
        },
        documents: {
          nl: 'Opslag van documenten op het digitaal platform Doccle en, mits toestemming (Doccle-account en activatie van de CM-link), raadpleging ervan door het lid',
          en: 'Storing documents on the Doccle platform and, with consent, letting the member consult them',
        },
      },
      legalBases: [
        basis('art6-1-e', [LR.ziekenfondsWet]),
        basis('art6-1-c', [LR.handvest]),
        basis('art6-1-a', [LR.gdprConsent], 'Activatie van de CM-link in Doccle.'),
      ],
      subjects: [SC.members, SC.dependants, SC.representatives, SC.callers],
      data: [DC.identity, DC.electronicId, DC.nationalRegister, DC.social],
      sources: ['self'],
      recipients: [REC.representatives],
      processors: [PROC.doccle, PROC.ict, PROC.mailing],
      retention: [{ criterion: LEGAL_RETENTION_CRITERION, purposes: ['contacts', 'documents'] }],
      security: CORE_SECURITY,
      systems: 'Doccle',
    }),

    activity({
      no: 9,
      reference: 'CM-009',
      name: {
        nl: 'Kwaliteitsbeheer, audits, fraudebestrijding en beveiliging',
        en: 'Quality management, audits, fraud prevention and security',
        fr: 'Gestion de la qualité, audits, lutte contre la fraude et sécurité',
      },
      businessProcess: COMPULSORY,
      controllers: cmJointControllers(),
      purposes: {
        improvement: {
          nl: 'Goed beheer en verbetering van de diensten, van het stelsel van de sociale zekerheid en van de volksgezondheid door audits, enquêtes en studies',
          en: 'Sound management and improvement of the services, the social security system and public health through audits, surveys and studies',
        },
        fraud: { nl: 'Fraudebestrijding', en: 'Fight against fraud', fr: 'Lutte contre la fraude' },
        protection: {
          nl: 'Veiligheids- en beschermingsmaatregelen voor personen, goederen en gegevens',
          en: 'Security and protection of persons, property and data',
        },
      },
      legalBases: [
        basis('art6-1-e', REFS.publicTask),
        basis('art6-1-f', [LR.gdprLegitimateInterest], {
          nl: 'Veiligheid en bescherming van personen, goederen en gegevens.',
          en: 'Security and protection of persons, property and data.',
        }),
        basis('art9-2-g', [LR.gvuWet]),
        basis('art9-2-i', [LR.gvuWet]),
      ],
      subjects: [SC.members, SC.dependants, SC.careProviders],
      data: [DC.identity, DC.financial, DC.nationalRegister, DC.social, DC.health, DC.criminal],
      sources: ['ownFiles', 'ksz', 'riziv'],
      recipients: [REC.auditors, REC.controledienst],
      processors: [PROC.ict],
      retention: [{ criterion: LEGAL_RETENTION_CRITERION, purposes: ['improvement', 'fraud', 'protection'] }],
      security: CORE_SECURITY,
      characteristics: ['sensitive-data', 'large-scale', 'matching-combining', 'evaluation-scoring'],
    }),

    activity({
      no: 10,
      reference: 'CM-010',
      name: {
        nl: 'Wetenschappelijk onderzoek en statistiek',
        en: 'Scientific research and statistics',
        fr: 'Recherche scientifique et statistiques',
      },
      businessProcess: { nl: 'Studie en onderzoek', en: 'Research', fr: 'Études et recherche' },
      controllers: cmJointControllers(),
      purposes: {
        statistics: {
          nl: 'Statistieken voor het beheer van de sociale zekerheid en van de volksgezondheid, via het Intermutualistisch Agentschap',
          en: 'Statistics for the management of social security and public health, through the Intermutualist Agency',
        },
        research: {
          nl: 'Wetenschappelijk, statistisch of historisch onderzoek',
          en: 'Scientific, statistical or historical research',
          fr: 'Recherche scientifique, statistique ou historique',
        },
        archiving: { nl: 'Archivering in het algemeen belang', en: 'Archiving in the public interest' },
      },
      legalBases: [
        basis('art6-1-e', REFS.publicTask),
        basis('art9-2-i', [LR.gvuWet]),
        basis('art9-2-j', REFS.research),
        basis('art89', REFS.research),
      ],
      subjects: [SC.members, SC.dependants],
      data: [DC.nationalRegister, DC.social, DC.health, DC.derivedSensitive],
      sources: ['ownFiles'],
      processors: [PROC.ima],
      security: CORE_SECURITY,
      characteristics: ['sensitive-data', 'large-scale', 'matching-combining'],
      lastReviewDate: '2025-09-01',
      nextReviewDate: '2027-03-01',
      notes: 'Bewaartermijn en pseudonimisering bij onderzoek nog te documenteren.',
    }),

    activity({
      no: 11,
      reference: 'CM-011',
      name: {
        nl: 'Wettelijke verplichtingen als verzekeringsinstelling',
        en: 'Legal obligations as an insurance institution',
        fr: "Obligations légales en tant qu'organisme assureur",
      },
      businessProcess: COMPULSORY,
      controllers: cmJointControllers(),
      purposes: {
        control: {
          nl: 'Medewerking aan de wettelijke controleopdrachten van de Controledienst voor de Ziekenfondsen en het RIZIV',
          en: 'Cooperating with the statutory supervision by the Control Office of Health Insurance Funds and RIZIV',
        },
        crossroads: {
          nl: 'Naleven van de verplichtingen tegenover de Kruispuntbank van de Sociale Zekerheid',
          en: 'Meeting obligations towards the Crossroads Bank for Social Security',
        },
      },
      legalBases: [
        basis('art6-1-c', [LR.ziekenfondsWet, LR.gvuWet, LR.kszWet, LR.kb1997]),
        basis('art9-2-b', REFS.socialSecurityLaw),
        basis('art9-2-g', [LR.ziekenfondsWet, LR.gvuWet]),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.members, SC.dependants],
      data: [DC.identity, DC.financial, DC.nationalRegister, DC.social, DC.health],
      sources: ['ownFiles'],
      recipients: [REC.controledienst, REC.riziv, REC.ksz, REC.nic, REC.auditors],
      retention: [{ criterion: LEGAL_RETENTION_CRITERION, purposes: ['control', 'crossroads'] }],
      security: [...CORE_SECURITY, SM.nicFilter],
      characteristics: ['sensitive-data', 'large-scale'],
    }),

    activity({
      no: 12,
      reference: 'CM-012',
      name: {
        nl: 'Aanvullende verzekering: diensten en voordelen',
        en: 'Supplementary insurance: services and benefits',
        fr: 'Assurance complémentaire : services et avantages',
      },
      description: {
        nl: 'Diensten en voordelen in aanvulling op de verplichte ziekteverzekering, voor de Nederlandstalige ziekenfondsen via MOB CM-Vlaanderen en voor de Franstalige via Solimut.',
        en: 'Services and benefits on top of compulsory health insurance, through MOB CM-Vlaanderen for the Dutch-speaking funds and Solimut for the French-speaking ones.',
      },
      businessProcess: SUPPLEMENTARY,
      controllers: [
        ...cmJointControllers(),
        { organisationId: ORG.mobVlaanderen, role: 'joint-controller' },
        { organisationId: ORG.solimut, role: 'joint-controller' },
      ],
      purposes: {
        eligibility: {
          nl: 'Nagaan of het dossier in orde is alvorens diensten en voordelen toe te kennen',
          en: 'Checking that the file is in order before granting services and benefits',
          fr: "Vérifier que le dossier est en ordre avant d'octroyer les services et avantages",
        },
        organise: {
          nl: 'Organiseren van de diensten en voordelen, desgevallend met hulp van verwerkers',
          en: 'Organising the services and benefits, with processors where needed',
          fr: "Organiser les services et avantages, le cas échéant avec l'aide de sous-traitants",
        },
        guidance: {
          nl: 'Al dan niet proactief informeren en begeleiden',
          en: 'Informing and guiding, proactively or not',
        },
        assistance: {
          nl: 'Dringende zorg en assistentie in het buitenland',
          en: 'Emergency care and assistance abroad',
        },
        control: {
          nl: 'Naleven van de wettelijke verplichtingen tegenover de Controledienst voor de Ziekenfondsen',
          en: 'Meeting legal obligations towards the Control Office',
        },
      },
      legalBases: [
        basis('art6-1-c', [LR.ziekenfondsWet]),
        basis('art6-1-e', [LR.ziekenfondsWet]),
        basis('art6-1-d', [], 'Assistentie in het buitenland.'),
        basis('art9-2-c', [], 'Assistentie in het buitenland.'),
        basis('art9-2-h', [LR.ziekenfondsWet, LR.patientenrechten]),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.members, SC.dependants, SC.children],
      data: [
        DC.identity,
        DC.personalCharacteristics,
        DC.family,
        DC.financial,
        DC.leisure,
        DC.memberships,
        DC.nationalRegister,
        DC.social,
        DC.health,
      ],
      sources: ['self', 'providers', 'ksz'],
      recipients: [REC.controledienst, REC.auditors, REC.representatives],
      processors: [
        PROC.mutas,
        PROC.kazou,
        PROC.intersoc,
        PROC.samana,
        PROC.okra,
        PROC.thuiszorgwinkels,
        PROC.jeunesseSante,
        PROC.alteo,
        PROC.eneo,
        PROC.qualias,
        PROC.doccle,
        PROC.ict,
        PROC.mailing,
      ],
      transfers: [TRF.mutasVital, TRF.mutasContract, TRF.mutasClauses],
      retention: [
        {
          criterion: LEGAL_RETENTION_CRITERION,
          purposes: ['eligibility', 'organise', 'guidance', 'assistance', 'control'],
          refs: [LR.ziekenfondsWet],
        },
      ],
      security: CORE_SECURITY,
      characteristics: ['sensitive-data', 'large-scale', 'vulnerable-subjects'],
      automatedDecision: {
        logic:
          'Sommige voordelen worden volledig geautomatiseerd toegekend op basis van de criteria van de aanvullende verzekering.',
      },
      lastReviewDate: '2025-04-01',
      nextReviewDate: '2026-04-01',
    }),

    activity({
      no: 13,
      reference: 'CM-013',
      name: {
        nl: 'Facultatieve verzekeringen van MOB Verzekeringen CM-Vlaanderen',
        en: 'Optional insurance of MOB Verzekeringen CM-Vlaanderen',
      },
      description:
        'CM-Mediko Plan, CM-Hospitaalplan, CM Hospitaalfix en Fix Extra: facultatieve verzekeringen die een CM-lid tegen betaling van een premie kan afsluiten. De Nederlandstalige ziekenfondsen treden op als verzekeringsagent.',
      businessProcess: OPTIONAL,
      controllers: soleController(ORG.mobVerzekeringen),
      purposes: {
        insurance: {
          nl: 'Afsluiten en beheren van de facultatieve verzekeringen CM-Mediko Plan, CM-Hospitaalplan, CM Hospitaalfix en Fix Extra',
          en: 'Concluding and managing the optional insurances CM-Mediko Plan, CM-Hospitaalplan, CM Hospitaalfix and Fix Extra',
        },
      },
      subjects: [SC.members],
      data: [DC.identity, DC.financial, DC.nationalRegister, DC.health],
      sources: ['self', 'agents'],
      processors: [PROC.insuranceAgents],
      security: [SM.processorContracts],
      characteristics: ['sensitive-data'],
      notes:
        'De privacyverklaring van CM vermeldt geen rechtsgronden en geen bewaartermijn voor de facultatieve verzekeringen: aan te vullen door MOB Verzekeringen CM-Vlaanderen.',
    }),

    activity({
      no: 14,
      reference: 'CM-014',
      name: {
        nl: 'Facultatieve verzekeringen van MC Assure',
        en: 'Optional insurance of MC Assure',
        fr: 'Assurances facultatives de MC Assure',
      },
      description:
        'Hospi + 100, Hospi + 200 en Dento +: facultatieve verzekeringen die een lid tegen betaling van een premie kan afsluiten. De Franstalige ziekenfondsen treden op als verzekeringsagent.',
      businessProcess: OPTIONAL,
      controllers: soleController(ORG.mcAssure),
      purposes: {
        insurance: {
          nl: 'Afsluiten en beheren van de facultatieve verzekeringen Hospi + 100, Hospi + 200 en Dento +',
          fr: 'Conclusion et gestion des assurances facultatives Hospi + 100, Hospi + 200 et Dento +',
        },
      },
      subjects: [SC.members],
      data: [DC.identity, DC.financial, DC.nationalRegister, DC.health],
      sources: ['self', 'agents'],
      processors: [PROC.insuranceAgents],
      security: [SM.processorContracts],
      characteristics: ['sensitive-data'],
      notes: 'Rechtsgronden en bewaartermijn niet vermeld in de privacyverklaring: aan te vullen door MC Assure.',
    }),

    activity({
      no: 15,
      reference: 'CM-015',
      name: {
        nl: 'Promotie, direct marketing en ledenwerving',
        en: 'Promotion, direct marketing and member recruitment',
        fr: 'Promotion, marketing direct et recrutement de membres',
      },
      businessProcess: { nl: 'Marketing', en: 'Marketing', fr: 'Marketing' },
      controllers: cmJointControllers(),
      purposes: {
        promotion: {
          nl: 'Promotie van de diensten en voordelen en direct marketing',
          en: 'Promoting services and benefits and direct marketing',
          fr: 'Promotion des services et avantages et marketing direct',
        },
        recruitment: {
          nl: 'Werving van nieuwe leden',
          en: 'Recruiting new members',
          fr: 'Recrutement de nouveaux membres',
        },
      },
      legalBases: [
        basis('art6-1-a', [LR.gdprConsent], {
          nl: 'Toestemming gegeven aan CM of aan een derde (adressenbestandenmakelaar, ...): bij een wedstrijd, een beurs, in een app, bij inschrijving op een nieuwsbrief of activiteit.',
          en: 'Consent given to CM or to a third party (address list broker, ...): at a contest, a fair, in an app, when subscribing to a newsletter or activity.',
        }),
      ],
      subjects: [SC.prospects, SC.members],
      data: [DC.identity, DC.electronicId, DC.personalCharacteristics, DC.leisure, DC.consumption],
      sources: ['self', 'brokers'],
      processors: [PROC.mailing, PROC.ict],
      retention: [
        {
          period: 'P3Y',
          trigger: { nl: 'Ontvangst van de opt-in (niet-leden)', en: 'Receipt of the opt-in (non-members)' },
          purposes: ['promotion', 'recruitment'],
        },
        {
          period: 'P3Y',
          trigger: {
            nl: 'Mutatie naar een ander ziekenfonds (ex-leden)',
            en: 'Transfer to another health fund (former members)',
          },
          purposes: ['promotion', 'recruitment'],
        },
      ],
      security: [SM.accessControl, SM.processorContracts],
      lastReviewDate: '2024-09-15',
      nextReviewDate: '2025-09-15',
    }),

    activity({
      no: 16,
      reference: 'CM-016',
      name: {
        nl: 'Uitwisseling met andere entiteiten of derden mits toestemming',
        en: 'Exchange with other entities or third parties with consent',
      },
      businessProcess: CONTACT,
      controllers: cmJointControllers(),
      purposes: {
        smoother: {
          nl: 'Vlottere behandeling van het dossier door uitwisseling met de CM-Zorgkas, MOB Verzekeringen CM-Vlaanderen of MC Assure',
          en: 'Handling the file more smoothly by exchanging data with CM-Zorgkas, MOB Verzekeringen CM-Vlaanderen or MC Assure',
        },
        other: {
          nl: 'Andere doeleinden waarvoor toestemming werd gegeven, zoals deelname aan enquêtes (bv. van universiteiten)',
          en: 'Other purposes consented to, such as taking part in surveys (e.g. by universities)',
        },
      },
      legalBases: [
        basis('art6-1-a', [LR.gdprConsent]),
        basis('art9-2-a', [], 'Uitdrukkelijke toestemming voor de uitwisseling van gezondheidsgegevens.'),
      ],
      subjects: [SC.members],
      data: [DC.identity, DC.nationalRegister, DC.social, DC.health],
      sources: ['self'],
      recipients: [REC.cmZorgkas, REC.mobVerzekeringen, REC.mcAssure, REC.universities],
      security: CORE_SECURITY,
      characteristics: ['sensitive-data'],
    }),

    recordingActivity(17, 'CM-017', 'telephone'),
    recordingActivity(18, 'CM-018', 'chat'),

    activity({
      no: 19,
      reference: 'CM-019',
      name: {
        nl: 'Camerabewaking in en rond de gebouwen van CM',
        en: 'Camera surveillance in and around CM buildings',
        fr: 'Surveillance par caméras dans et autour des bâtiments de la MC',
      },
      businessProcess: SECURITY,
      controllers: cmJointControllers(),
      purposes: {
        surveillance: {
          nl: 'Beveiliging van personen en goederen in en rond de kantoren en gebouwen',
          en: 'Protecting persons and property in and around offices and buildings',
        },
        evidence: { nl: 'Bewijsvoering, bijvoorbeeld bij een misdrijf', en: 'Evidence, for instance of an offence' },
      },
      legalBases: [
        basis('art6-1-f', [LR.gdprLegitimateInterest], {
          nl: 'Veiligheid en bescherming van personen en goederen.',
          en: 'Safety and protection of persons and property.',
        }),
      ],
      subjects: [SC.visitors, SC.employees, SC.members],
      data: [DC.images],
      sources: ['camera'],
      retention: [
        {
          period: 'P1Y',
          trigger: { nl: 'Datum van de opname', en: 'Date of recording' },
          purposes: ['surveillance'],
          data: [DC.images],
        },
        {
          criterion: {
            nl: 'Langer zolang de beelden nuttig zijn en bewijswaarde hebben, bijvoorbeeld voor een misdrijf',
            en: 'Longer as long as the images are useful and have evidential value, for instance for an offence',
          },
          purposes: ['evidence'],
          data: [DC.images],
        },
      ],
      security: [SM.accessControl, SM.generalMeasures],
      characteristics: ['systematic-monitoring'],
      notes:
        'De verklaring zegt dat CM "de wettelijke regels" voor bewakingscamera’s respecteert, zonder de wet te noemen: aan te vullen.',
      lastReviewDate: '2025-01-20',
      nextReviewDate: '2026-01-20',
    }),

    activity({
      no: 20,
      reference: 'CM-020',
      name: {
        nl: 'Aanwerving van nieuwe medewerkers',
        en: 'Recruitment of new employees',
        fr: 'Recrutement de nouveaux collaborateurs',
      },
      description: 'De verwerking van gegevens van kandidaat-medewerkers staat in een aparte privacyverklaring.',
      businessProcess: { nl: 'Personeel', en: 'Human resources', fr: 'Ressources humaines' },
      controllers: soleController(ORG.lcm),
      purposes: {
        selection: {
          nl: 'Selectie en aanwerving van nieuwe medewerkers',
          en: 'Selecting and hiring new employees',
          fr: 'Sélection et recrutement',
        },
      },
      subjects: [SC.applicants],
      notes:
        'Aan te vullen uit de aparte privacyverklaring voor sollicitanten (gegevens, rechtsgrond, bewaartermijn, ontvangers).',
    }),

    activity({
      no: 21,
      reference: 'CM-021',
      name: {
        nl: 'Website, formulieren, cookies en My CM',
        en: 'Website, forms, cookies and My CM',
        fr: 'Site web, formulaires, cookies et Ma MC',
      },
      businessProcess: { nl: 'Digitale kanalen', en: 'Digital channels', fr: 'Canaux numériques' },
      // The RMOB CM Brussels statement names the CM and MC websites and My CM among its own processing too.
      controllers: [
        { organisationId: ORG.lcm, role: 'joint-controller' },
        { organisationId: ORG.rmob, role: 'joint-controller' },
      ],
      purposes: {
        forms: {
          nl: 'Behandeling van formulieren op de website volgens hun context (informatieaanvraag, inschrijving voor een activiteit, informatie over vrijwilligerswerk)',
          en: 'Handling website forms according to their context (request for information, registration for an activity, volunteering)',
        },
        cookies: {
          nl: 'Verwerking van gegevens die de bezoeker niet ziet (IP-adres, browsertype, besturingssysteem, aantal bezoeken, bezochte pagina’s), volgens het cookiebeleid',
          en: 'Processing data the visitor does not see (IP address, browser, operating system, visits, pages viewed), as set out in the cookie policy',
        },
        login: {
          nl: 'Identificatie en authenticatie bij aanmelding op My CM met eID via CSAM of itsme, en ophalen van de gegevens van het lid',
          en: 'Identifying and authenticating users who log in to My CM with eID through CSAM or itsme, and retrieving their data',
        },
      },
      legalBases: [basis('art87', REFS.nationalNumber)],
      subjects: [SC.websiteVisitors, SC.members],
      data: [DC.identity, DC.electronicId, DC.nationalRegister],
      sources: ['self', 'browser', 'eid'],
      processors: [PROC.ict],
      security: [SM.eidAuthentication, SM.accessControl],
      systems: 'www.cm.be, My CM',
      notes:
        'Rechtsgrond (art. 6) voor formulieren en cookies en de bewaartermijnen staan in het cookiebeleid, dat niet in dit register is overgenomen.',
    }),

    activity({
      no: 22,
      reference: 'CM-022',
      name: {
        nl: 'Gegevens van zorgverleners en bekendmaking van hun conventionering',
        en: 'Healthcare provider data and publication of their agreement status',
        fr: 'Données des prestataires de soins et publication de leur conventionnement',
      },
      businessProcess: COMPULSORY,
      controllers: cmJointControllers(),
      purposes: {
        activities: {
          nl: 'Verwerking van gegevens over de activiteiten van zorgverleners voor de doeleinden van de verplichte en aanvullende verzekering',
          en: 'Processing data on healthcare providers’ activities for the purposes of compulsory and supplementary insurance',
        },
        publication: {
          nl: 'Bekendmaking van naam en adres van zorgverleners, ontvangen van het RIZIV, om leden te informeren over hun conventionering',
          en: 'Publishing the name and address of healthcare providers, received from RIZIV, to inform members of their agreement status',
        },
      },
      legalBases: [basis('art6-1-c', [LR.gvuWet]), basis('art6-1-e', [LR.gvuWet])],
      subjects: [SC.careProviders],
      data: [DC.careProviderData, DC.identity],
      sources: ['riziv', 'providers'],
      retention: [{ criterion: LEGAL_RETENTION_CRITERION, purposes: ['activities', 'publication'] }],
      security: [SM.accessControl],
    }),

    activity({
      no: 23,
      reference: 'CM-023',
      name: {
        nl: 'Behandeling van verzoeken tot uitoefening van rechten en klachten',
        en: 'Handling requests to exercise data protection rights and complaints',
        fr: "Traitement des demandes d'exercice des droits et des plaintes",
      },
      businessProcess: { nl: 'Gegevensbescherming', en: 'Data protection', fr: 'Protection des données' },
      controllers: cmJointControllers(),
      purposes: {
        rights: {
          nl: 'Behandeling van verzoeken tot inzage, rectificatie, wissing, beperking, overdraagbaarheid en bezwaar, en intrekking van toestemming',
          en: 'Handling requests for access, rectification, erasure, restriction, portability and objection, and withdrawals of consent',
        },
        humanReview: {
          nl: 'Tussenkomst van een medewerker op verzoek bij een volledig geautomatiseerde beslissing',
          en: 'Human intervention on request after a fully automated decision',
        },
        identification: { nl: 'Identificatie van de verzoeker', en: 'Identifying the requester' },
      },
      legalBases: [basis('art6-1-c', [LR.wetGegevensbescherming])],
      subjects: [SC.members, SC.representatives, SC.prospects, SC.careProviders],
      data: [DC.identity, DC.nationalRegister],
      sources: ['self'],
      security: [SM.requesterIdentification, SM.accessControl, SM.confidentialityAgreement],
      lastReviewDate: '2026-05-04',
      nextReviewDate: '2027-05-04',
    }),
  ];
}

/** CM-017 and CM-018: the same purposes, different retention for complaints (18 months for calls, 24 for chats). */
function recordingActivity(no: number, reference: string, channel: 'telephone' | 'chat'): Activity {
  const phone = channel === 'telephone';
  const dataCategory = phone ? DC.sound : DC.chat;
  return activity({
    no,
    reference,
    name: phone
      ? {
          nl: 'Opname van telefoongesprekken',
          en: 'Recording of telephone calls',
          fr: 'Enregistrement des conversations téléphoniques',
        }
      : {
          nl: 'Opname van chatgesprekken',
          en: 'Recording of chat conversations',
          fr: 'Enregistrement des conversations par chat',
        },
    businessProcess: CONTACT,
    controllers: cmJointControllers(),
    purposes: {
      coaching: {
        nl: 'Opleiding en coaching van medewerkers en verbetering van de dienstverlening',
        en: 'Training and coaching employees and improving services',
        fr: 'Formation et coaching des collaborateurs et amélioration des services',
      },
      complaints: {
        nl: 'Bewijsvoering bij betwisting en behandeling van klachten',
        en: 'Evidence in disputes and handling complaints',
        fr: 'Preuve en cas de contestation et traitement des plaintes',
      },
    },
    legalBases: [
      basis('art6-1-f', [LR.gdprLegitimateInterest], {
        nl: 'Verbetering van de dienstverlening en bewijsvoering bij betwisting; de belangenafweging is nog te documenteren.',
        en: 'Improving services and evidence in disputes; the balancing test is still to be documented.',
      }),
    ],
    subjects: [SC.callers, SC.members, SC.employees],
    data: [DC.identity, dataCategory],
    sources: ['recording'],
    retention: [
      {
        period: 'P3M',
        trigger: { nl: 'Datum van het gesprek', en: 'Date of the conversation' },
        purposes: ['coaching'],
        data: [dataCategory],
      },
      {
        period: phone ? 'P18M' : 'P24M',
        trigger: { nl: 'Datum van het gesprek', en: 'Date of the conversation' },
        purposes: ['complaints'],
        data: [dataCategory],
      },
    ],
    security: [SM.recordingNotice, SM.accessControl, SM.confidentialityAgreement],
    ...(phone
      ? { lastReviewDate: '2025-10-01', nextReviewDate: '2026-10-01' }
      : { lastReviewDate: '2026-02-16', nextReviewDate: '2027-02-16' }),
  });
}
