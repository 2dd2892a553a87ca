// Processing activities of RMOB CM Brussels (Brussels social protection), from its English privacy statement.
import type { Activity } from '../model/activity';
import { activity, basis, soleController, LEGAL_RETENTION_CRITERION, REFS } from './sampleActivityBuilder';
import { DC, LR, ORG, PROC, REC, SC, SM, TRF } from './sampleIds';

const BRUSSELS = {
  nl: 'Brusselse sociale bescherming',
  en: 'Brussels social protection',
  fr: 'Protection sociale bruxelloise',
};
const BRUSSELS_LAW = [LR.ordonnantie2018, LR.kszWet, LR.handvest];
const VITAL_INTERESTS = {
  nl: 'Vitale belangen van de betrokkene, bijvoorbeeld bij dringende zorg in het buitenland.',
  en: 'Vital interests of the data subject, for instance in urgent care abroad.',
};
const RMOB_SECURITY = [
  SM.confidentialityAgreement,
  SM.professionalSecrecy,
  SM.accessControl,
  SM.processorContracts,
  SM.generalMeasures,
];
const RMOB_PROCESSORS = [PROC.cmMcLcmSupport, PROC.ict, PROC.mailing, PROC.selectedSuppliers];

export function sampleBrusselsActivities(): Activity[] {
  const rmob = () => soleController(ORG.rmob);
  return [
    activity({
      no: 51,
      reference: 'BXL-001',
      name: {
        nl: 'Brusselse sociale bescherming: verzekerbaarheid, tegemoetkomingen en begeleiding',
        en: 'Brussels social protection: insurability, benefits and guidance',
        fr: 'Protection sociale bruxelloise : assurabilité, interventions et accompagnement',
      },
      description: {
        nl: 'Uitvoering van de Brusselse sociale bescherming en alle taken die RMOB CM Brussel daarin toevertrouwd zijn, om het fysiek, psychisch en sociaal welzijn van de Brusselse rechthebbenden te bevorderen.',
        en: 'Carrying out Brussels social protection and every task entrusted to RMOB CM Brussels in it, to promote the physical, mental and social well-being of Brussels beneficiaries.',
      },
      businessProcess: BRUSSELS,
      controllers: rmob(),
      purposes: {
        insurability: {
          nl: 'Verzekerbaarheid: beheer van de rechten op tegemoetkoming als gerechtigde of persoon ten laste',
          en: 'Insurability: managing rights to benefits as beneficiary or dependant',
          fr: 'Assurabilité : gestion des droits en tant que titulaire ou personne à charge',
        },
        benefits: {
          nl: 'Tegemoetkoming in zorgkosten in België en in het buitenland, als lid of als zorgverlener',
          en: 'Intervention in care costs in Belgium and abroad, as member or healthcare provider',
        },
        authorisations: {
          nl: 'Machtigingen door de adviserend arts en functionele revalidatie',
          en: 'Authorisations by the advising physician and functional rehabilitation',
        },
        guidance: {
          nl: 'Informatie en begeleiding, desgevallend via de dienst Maatschappelijk Werk',
          en: 'Information and guidance, where needed through the Social Work Department',
        },
        contacts: { nl: 'Beheer van contacten via elk kanaal', en: 'Managing contacts through any channel' },
        improvement: {
          nl: 'Goed beheer en verbetering van de diensten, fraudebestrijding, audits, enquêtes en studies',
          en: 'Sound management and improvement of services, fight against fraud, audits, surveys and studies',
        },
        obligations: {
          nl: 'Wettelijke verplichtingen als Brusselse verzekeringsinstelling tegenover de Controledienst, Iriscare en de Kruispuntbank',
          en: 'Legal obligations as a Brussels insurance institution towards the Control Office, Iriscare and the Crossroads Bank',
        },
        consent: {
          nl: 'Uitwisseling met CM en MC mits toestemming, voor een vlottere behandeling of voor enquêtes',
          en: 'Exchange with CM and MC with consent, for smoother handling or surveys',
        },
        // The statement's general purposes ("identify you, contact you and advise you correctly; manage your file").
        identify: {
          nl: 'Leden identificeren, contacteren, correct adviseren en hun dossier beheren',
          en: 'Identifying, contacting and advising members correctly and managing their file',
          fr: 'Identifier, contacter et conseiller correctement les membres et gérer leur dossier',
        },
      },
      legalBases: [
        basis('art6-1-c', [...BRUSSELS_LAW, LR.kb1997]),
        basis('art6-1-e', [LR.ordonnantie2018, LR.ziekenfondsWet, LR.decreetLokaalSociaalBeleid]),
        basis('art6-1-a', [LR.gdprConsent], 'Uitwisseling met CM en MC en deelname aan enquêtes.'),
        basis('art9-2-b', [LR.ordonnantie2018]),
        basis('art9-2-h', [LR.ordonnantie2018, LR.patientenrechten, LR.gezondheidWet2006, LR.eHealthWet]),
        basis('art9-2-i', [LR.gezondheidWet2006]),
        basis('art87', REFS.nationalNumber),
        // The grounds and laws the statement names for Brussels social protection besides those above.
        basis('art6-1-d', [], VITAL_INTERESTS),
        basis('art9-2-c', [], VITAL_INTERESTS),
        basis('art9-2-g', [LR.ordonnantie2018]),
        basis('art9-2-j', REFS.research),
        basis('art89', REFS.research),
      ],
      subjects: [SC.brusselsBeneficiaries, SC.dependants, SC.children, SC.representatives, SC.careProviders],
      data: [
        DC.identity,
        DC.personalCharacteristics,
        DC.family,
        DC.financial,
        DC.memberships,
        DC.profession,
        DC.nationalRegister,
        DC.social,
        DC.health,
      ],
      sources: ['self', 'providers', 'ksz', 'ocmw', 'cmMcLcm', 'zorgkas'],
      recipients: [
        REC.iriscare,
        REC.nic,
        REC.ksz,
        REC.rsz,
        REC.rsvz,
        REC.rva,
        REC.riziv,
        REC.rjv,
        REC.pensioendienst,
        REC.fedris,
        REC.controledienst,
        REC.fodFinancien,
        REC.vazg,
        REC.aviq,
        REC.dsl,
        REC.cmZorgkas,
        REC.smrMcWallonie,
        REC.cmMcLcm,
        REC.auditors,
        REC.privilegedStatusBodies,
        REC.careProviders,
        REC.foreignCareProviders,
        REC.representatives,
        REC.authorisedThirdParties,
        REC.otherHealthFunds,
      ],
      processors: RMOB_PROCESSORS,
      transfers: [TRF.bxlCareAbroad, TRF.bxlPreContract, TRF.bxlConsent],
      retention: [
        {
          criterion: LEGAL_RETENTION_CRITERION,
          purposes: [
            'insurability',
            'benefits',
            'authorisations',
            'guidance',
            'contacts',
            'improvement',
            'obligations',
            'identify',
          ],
          refs: [LR.ordonnantie2018],
        },
      ],
      security: [...RMOB_SECURITY, SM.secureChannels, SM.nicFilter],
      characteristics: ['sensitive-data', 'large-scale', 'vulnerable-subjects', 'automated-decision-legal-effect'],
      automatedDecision: {
        logic:
          'Tarifering van prestaties en betaling van de tegemoetkoming voor hulp aan bejaarden gebeuren volledig geautomatiseerd volgens de criteria van de Brusselse sociale bescherming.',
      },
      systems: 'eHealth-platform, MyCarenet, IrisCarenet, WalCarenet, Refac',
      lastReviewDate: '2024-12-10',
      nextReviewDate: '2025-12-10',
      notes: 'Geen bewaartermijn vermeld voor gegevens die mits toestemming met CM en MC worden uitgewisseld.',
    }),

    activity({
      no: 52,
      reference: 'BXL-002',
      name: {
        nl: 'Geschillen, terugvorderingen en nalatenschappen (RMOB CM Brussel)',
        en: 'Disputes, recoveries and estates (RMOB CM Brussels)',
        fr: 'Litiges, récupérations et successions (SMR MC Bruxelles)',
      },
      businessProcess: BRUSSELS,
      controllers: rmob(),
      purposes: {
        disputes: {
          nl: 'Behandeling van betwistingen van beslissingen van RMOB CM Brussel',
          en: 'Handling challenges to decisions of RMOB CM Brussels',
        },
        recoveries: {
          nl: 'Terugvordering van onverschuldigde betalingen en van zorgkosten en tegemoetkomingen veroorzaakt door een aansprakelijke derde',
          en: 'Recovering undue payments and care costs and benefits caused by a liable third party',
        },
        enforcement: {
          nl: 'Medewerking aan procedures tot uitvoering van schuldeisers (beslag, overdracht)',
          en: 'Cooperating with creditors’ enforcement procedures',
        },
        estate: {
          nl: 'Mededeling aan erfgenamen of notarissen bij overlijden, voor de regeling en verdeling van de nalatenschap',
          en: 'Disclosure to heirs or notaries after a death, to settle and distribute the estate',
        },
      },
      legalBases: [
        basis('art6-1-c', [LR.ordonnantie2018, LR.handvest]),
        basis('art9-2-f', [LR.ordonnantie2018]),
        basis('art87', REFS.nationalNumber),
      ],
      subjects: [SC.brusselsBeneficiaries, SC.thirdParties, SC.heirs],
      data: [DC.identity, DC.financial, DC.nationalRegister, DC.social, DC.health, DC.criminal],
      sources: ['self', 'providers', 'ksz'],
      recipients: [REC.courts, REC.bailiffs, REC.opposingParties, REC.creditors, REC.heirsNotaries],
      processors: [PROC.lawyers, PROC.ict],
      retention: [
        { criterion: LEGAL_RETENTION_CRITERION, purposes: ['disputes', 'recoveries', 'enforcement', 'estate'] },
      ],
      security: RMOB_SECURITY,
      characteristics: ['sensitive-data'],
    }),

    activity({
      no: 53,
      reference: 'BXL-003',
      name: {
        nl: 'Opname van telefoon- en chatgesprekken (RMOB CM Brussel)',
        en: 'Recording of telephone and chat conversations (RMOB CM Brussels)',
        fr: 'Enregistrement des conversations téléphoniques et par chat (SMR MC Bruxelles)',
      },
      businessProcess: { nl: 'Contact met leden', en: 'Member contact', fr: 'Contact avec les membres' },
      controllers: rmob(),
      purposes: {
        coaching: {
          nl: 'Opleiding en coaching van medewerkers en verbetering van de dienstverlening',
          en: 'Training and coaching employees and improving services',
        },
        complaints: {
          nl: 'Bewijsvoering bij betwisting en behandeling van klachten',
          en: 'Evidence in disputes and handling complaints',
        },
      },
      legalBases: [
        basis(
          'art6-1-f',
          [LR.gdprLegitimateInterest],
          'Verbetering van de dienstverlening en bewijsvoering bij betwisting.',
        ),
      ],
      subjects: [SC.callers, SC.brusselsBeneficiaries, SC.employees],
      data: [DC.identity, DC.sound, DC.chat],
      sources: ['recording'],
      retention: [
        { period: 'P3M', purposes: ['coaching'], data: [DC.sound] },
        { period: 'P18M', purposes: ['complaints'], data: [DC.sound] },
        { period: 'P3M', purposes: ['coaching'], data: [DC.chat] },
        { period: 'P24M', purposes: ['complaints'], data: [DC.chat] },
      ],
      security: [SM.recordingNotice, SM.accessControl, SM.confidentialityAgreement],
    }),

    activity({
      no: 54,
      reference: 'BXL-004',
      name: {
        nl: 'Camerabewaking in en rond de gebouwen van RMOB CM Brussel',
        en: 'Camera surveillance in and around the buildings of RMOB CM Brussels',
        fr: 'Surveillance par caméras dans et autour des bâtiments de la SMR MC Bruxelles',
      },
      businessProcess: { nl: 'Beveiliging', en: 'Security', fr: 'Sécurité' },
      controllers: rmob(),
      purposes: {
        surveillance: {
          nl: 'Beveiliging van personen en goederen in en rond de kantoren en gebouwen',
          en: 'Protecting persons and property in and around offices and buildings',
        },
        evidence: { nl: 'Bewijsvoering, bijvoorbeeld bij een misdrijf', en: 'Evidence, for instance of an offence' },
      },
      legalBases: [
        basis('art6-1-f', [LR.gdprLegitimateInterest], 'Veiligheid en bescherming van personen en goederen.'),
      ],
      subjects: [SC.visitors, SC.employees],
      data: [DC.images],
      sources: ['camera'],
      retention: [
        { period: 'P1M', trigger: 'Datum van de opname', purposes: ['surveillance'], data: [DC.images] },
        {
          criterion: {
            nl: 'Langer als de beelden nuttig zijn en bewijswaarde hebben, bijvoorbeeld voor een misdrijf',
            en: 'Longer if the images prove useful and have evidential value, for instance for an offence',
          },
          purposes: ['evidence'],
          data: [DC.images],
        },
      ],
      security: [SM.cameraSignage, SM.accessControl],
      characteristics: ['systematic-monitoring'],
    }),

    activity({
      no: 55,
      reference: 'BXL-005',
      name: {
        nl: 'Gebruik van artificiële intelligentie',
        en: 'Use of artificial intelligence',
        fr: "Utilisation de l'intelligence artificielle",
      },
      description: {
        nl: 'RMOB CM Brussel gebruikt artificiële intelligentie om haar diensten en processen te optimaliseren.',
        en: 'RMOB CM Brussels uses artificial intelligence to optimise its services and processes.',
      },
      businessProcess: BRUSSELS,
      controllers: rmob(),
      purposes: {
        analysis: {
          nl: 'Data-analyse, bijvoorbeeld van chatgesprekken',
          en: 'Data analysis, for instance of chats',
          fr: 'Analyse de données, par exemple des chats',
        },
        recognition: {
          nl: 'Schriftherkenning van attesten en offertes',
          en: 'Handwriting recognition on certificates and quotations',
          fr: "Reconnaissance d'écriture sur les attestations et devis",
        },
      },
      subjects: [SC.brusselsBeneficiaries, SC.callers, SC.careProviders],
      data: [DC.identity, DC.chat, DC.health, DC.careProviderData],
      sources: ['documents'],
      processors: [PROC.ict],
      characteristics: ['innovative-technology', 'sensitive-data', 'large-scale'],
      dpia: { status: 'not-assessed' },
      notes:
        'De verklaring noemt geen rechtsgrond, bewaartermijn of leverancier voor de AI-toepassingen: aan te vullen, met de beoordeling of een DPIA nodig is.',
    }),

    activity({
      no: 56,
      reference: 'BXL-006',
      name: {
        nl: 'Gegevens van zorgverleners (RMOB CM Brussel)',
        en: 'Healthcare provider data (RMOB CM Brussels)',
        fr: 'Données des prestataires de soins (SMR MC Bruxelles)',
      },
      businessProcess: BRUSSELS,
      controllers: rmob(),
      purposes: {
        activities: {
          nl: 'Verwerking van gegevens over de activiteiten van zorgverleners voor de doeleinden van de Brusselse sociale bescherming',
          en: 'Processing data on healthcare providers’ activities for Brussels social protection',
        },
        publication: {
          nl: 'Bekendmaking van naam en adres van zorgverleners, ontvangen van het RIZIV en Iriscare, om leden te informeren over hun conventionering',
          en: 'Publishing the name and address of healthcare providers, received from RIZIV and Iriscare, to inform members of their agreement status',
        },
      },
      legalBases: [basis('art6-1-e', [LR.ordonnantie2018]), basis('art6-1-c', [LR.ordonnantie2018, LR.gvuWet])],
      subjects: [SC.careProviders],
      data: [DC.careProviderData, DC.identity],
      sources: ['riziv', 'iriscare', 'providers'],
      retention: [{ criterion: LEGAL_RETENTION_CRITERION, purposes: ['activities', 'publication'] }],
      security: [SM.accessControl],
      lastReviewDate: '2026-03-09',
      nextReviewDate: '2027-03-09',
    }),
  ];
}
