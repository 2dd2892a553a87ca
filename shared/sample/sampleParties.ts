// Recipients, processors and transfers outside the EEA of the sample register, as the two privacy statements name them.
import type { Processor } from '../model/processor';
import type { Recipient, RecipientCategory } from '../model/recipient';
import type { Transfer } from '../model/transfer';
import { LR, PROC, REC, TRF } from './sampleIds';
import { nl, optional, translations, type Text } from './sampleText';

function recipient(
  id: string,
  name: Text,
  internal: boolean,
  category: RecipientCategory,
  extra: { country?: string; description?: Text; legalReferenceIds?: string[]; notes?: string } = {},
): Recipient {
  return {
    id,
    name: nl(name),
    internal,
    category,
    country: extra.country ?? 'BE',
    legalReferenceIds: extra.legalReferenceIds ?? [],
    ...optional('description', extra.description === undefined ? undefined : nl(extra.description)),
    ...optional('notes', extra.notes),
    ...optional('i18n', translations({ name, description: extra.description })),
  };
}

const VIA_NIC_KSZ =
  'Bereikt via het Nationaal Intermutualistisch College (NIC) en de Kruispuntbank van de Sociale Zekerheid.';

export function sampleRecipients(): Recipient[] {
  const ssi = (id: string, name: Text): Recipient =>
    recipient(id, name, false, 'social-security-institution', {
      description: VIA_NIC_KSZ,
      legalReferenceIds: [LR.kszWet],
    });
  return [
    recipient(
      REC.riziv,
      {
        nl: 'Rijksinstituut voor Ziekte- en Invaliditeitsverzekering (RIZIV)',
        en: 'National Institute for Health and Disability Insurance (RIZIV)',
        fr: "Institut national d'assurance maladie-invalidité (INAMI)",
      },
      false,
      'social-security-institution',
      {
        description: 'Ook rechtstreeks, in het kader van zijn wettelijke controleopdrachten.',
        legalReferenceIds: [LR.gvuWet, LR.kszWet],
      },
    ),
    ssi(REC.rsz, {
      nl: 'Rijksdienst voor Sociale Zekerheid (RSZ)',
      en: 'National Social Security Office (RSZ)',
      fr: 'Office national de sécurité sociale (ONSS)',
    }),
    ssi(REC.rsvz, {
      nl: 'Rijksdienst voor de Sociale Verzekeringen der Zelfstandigen (RSVZ)',
      en: 'National Social Insurance Agency for the Self-Employed (RSVZ)',
      fr: "Institut national d'assurances sociales pour travailleurs indépendants (INASTI)",
    }),
    ssi(REC.rva, {
      nl: 'Rijksdienst voor Arbeidsvoorziening (RVA)',
      en: 'National Employment Office (RVA)',
      fr: "Office national de l'emploi (ONEM)",
    }),
    ssi(REC.rjv, {
      nl: 'Rijksdienst voor Jaarlijkse Vakantie (RJV)',
      en: 'National Office for Annual Holidays (RJV)',
      fr: 'Office national des vacances annuelles (ONVA)',
    }),
    {
      ...ssi(REC.pensioendienst, {
        nl: 'Federale Pensioendienst (FPD)',
        en: 'Federal Pension Service',
        fr: 'Service fédéral des Pensions (SFP)',
      }),
      notes: 'De CM-verklaring noemt hem "Rijksdienst voor Pensioen", de RMOB-verklaring "National Pension Service".',
    },
    ssi(REC.fedris, {
      nl: 'Fedris (Federaal agentschap voor beroepsrisico’s)',
      en: 'Fedris (Federal Agency for Occupational Risks)',
      fr: 'Fedris (Agence fédérale des risques professionnels)',
    }),
    recipient(
      REC.nic,
      {
        nl: 'Nationaal Intermutualistisch College (NIC)',
        en: 'National Intermutualist College (NIC)',
        fr: 'Collège intermutualiste national (CIN)',
      },
      false,
      'social-security-institution',
      {
        description: 'Werkt als filter: derden weten niet bij welk ziekenfonds de betrokkene is aangesloten.',
        legalReferenceIds: [LR.kszWet],
      },
    ),
    recipient(
      REC.ksz,
      {
        nl: 'Kruispuntbank van de Sociale Zekerheid (KSZ)',
        en: 'Crossroads Bank for Social Security (CBSS)',
        fr: 'Banque-carrefour de la sécurité sociale (BCSS)',
      },
      false,
      'social-security-institution',
      { legalReferenceIds: [LR.kszWet, LR.kb1997] },
    ),
    recipient(
      REC.controledienst,
      {
        nl: 'Controledienst voor de Ziekenfondsen (CDZ)',
        en: 'Control Office of Health Insurance Funds',
        fr: 'Office de contrôle des mutualités (OCM)',
      },
      false,
      'public-authority',
      { description: 'In het kader van zijn wettelijke controleopdrachten.', legalReferenceIds: [LR.ziekenfondsWet] },
    ),
    recipient(
      REC.fodFinancien,
      {
        nl: 'Federale Overheidsdienst Financiën (FOD Financiën)',
        en: 'Federal Public Service Finance',
        fr: 'SPF Finances',
      },
      false,
      'public-authority',
      { legalReferenceIds: [LR.kszWet] },
    ),
    recipient(REC.iriscare, 'Iriscare', false, 'public-authority', {
      description: 'Brussels agentschap voor de sociale bescherming.',
      legalReferenceIds: [LR.ordonnantie2018],
    }),
    recipient(
      REC.vazg,
      { nl: 'Vlaams Agentschap Zorg en Gezondheid (VAZG)', en: 'Flemish Agency for Care and Health' },
      false,
      'public-authority',
    ),
    recipient(
      REC.aviq,
      { nl: 'AVIQ (Agence pour une Vie de Qualité)', fr: 'AVIQ (Agence pour une Vie de Qualité)' },
      false,
      'public-authority',
    ),
    recipient(REC.dsl, { nl: 'DSL (Dienststelle für Selbstbestimmtes Leben)' }, false, 'public-authority', {
      notes: 'De RMOB-verklaring noemt enkel de afkorting "DSL".',
    }),
    recipient(
      REC.cmZorgkas,
      { nl: 'CM-Zorgkas (Vlaamse sociale bescherming)', en: 'CM Care Fund (Flemish social protection)' },
      true,
      'group-entity',
      {
        description: 'Mits toestemming of een machtiging.',
      },
    ),
    recipient(REC.mobVerzekeringen, 'MOB Verzekeringen CM-Vlaanderen', true, 'insurer', {
      description: 'Voor de facultatieve verzekeringen, mits toestemming of een machtiging van het sectoraal comité.',
    }),
    recipient(REC.mcAssure, 'MC Assure', true, 'insurer', {
      description: 'Voor de facultatieve verzekeringen, mits toestemming of een machtiging van het sectoraal comité.',
    }),
    recipient(
      REC.smrMcWallonie,
      { nl: 'SMR MC Wallonie (Waalse sociale bescherming)', fr: 'SMR MC Wallonie (protection sociale wallonne)' },
      true,
      'group-entity',
    ),
    recipient(REC.cmMcLcm, { nl: 'CM, MC en de LCM', en: 'CM, MC and LCM' }, true, 'group-entity', {
      description: 'Voor zover de uitwisseling nodig is om wettelijke verplichtingen na te komen, of mits toestemming.',
    }),
    recipient(
      REC.courts,
      { nl: 'Hoven en rechtbanken (Justitie)', en: 'Courts (Justice)', fr: 'Cours et tribunaux (Justice)' },
      false,
      'judicial',
    ),
    recipient(
      REC.bailiffs,
      { nl: 'Gerechtsdeurwaarders', en: 'Bailiffs', fr: 'Huissiers de justice' },
      false,
      'judicial',
      {
        description: 'Van tegenpartijen en van schuldeisers in een procedure tot uitvoering.',
      },
    ),
    recipient(
      REC.opposingParties,
      { nl: 'Tegenpartijen, hun advocaten en deskundigen', en: 'Opposing parties, their lawyers and experts' },
      false,
      'other',
    ),
    recipient(REC.creditors, { nl: 'Schuldeisers', en: 'Creditors', fr: 'Créanciers' }, false, 'financial', {
      description: 'In het kader van een procedure tot uitvoering (beslag, overdracht, ...).',
    }),
    recipient(
      REC.auditors,
      { nl: 'Bedrijfsrevisoren', en: 'Auditors', fr: "Réviseurs d'entreprises" },
      false,
      'auditor',
      {
        description: 'Gebonden door een vertrouwelijkheidsplicht.',
      },
    ),
    recipient(
      REC.heirsNotaries,
      { nl: 'Erfgenamen en notarissen', en: 'Heirs and notaries', fr: 'Héritiers et notaires' },
      false,
      'private-person',
      {
        description: 'Bij overlijden, voor zover nodig voor de regeling en verdeling van de nalatenschap.',
      },
    ),
    recipient(
      REC.otherHealthFunds,
      {
        nl: 'Andere ziekenfondsen (nieuwe verzekeraar bij mutatie)',
        en: 'Other health insurance funds (new insurer on transfer)',
      },
      false,
      'social-security-institution',
      {
        legalReferenceIds: [LR.gvuWet],
      },
    ),
    recipient(
      REC.careProviders,
      {
        nl: 'Zorgverleners (ziekenhuizen, artsen, verpleegkundigen, ...)',
        en: 'Healthcare providers (hospitals, doctors, nurses, ...)',
      },
      false,
      'health-care',
      {
        description:
          'Op verzoek van de betrokkene of voor de wettelijke opdrachten (verzekerbaarheid, globaal medisch dossier, derdebetalersregeling), via beveiligde kanalen.',
        legalReferenceIds: [LR.gvuWet, LR.eHealthWet],
      },
    ),
    recipient(
      REC.foreignCareProviders,
      { nl: 'Zorgverleners en ziekenhuizen buiten de EER', en: 'Healthcare providers and hospitals outside the EEA' },
      false,
      'health-care',
      {
        country: 'MA',
        description: 'Bij zorg in het buitenland.',
        notes: 'Land illustratief: de verklaringen noemen geen bestemming buiten de EER.',
      },
    ),
    recipient(REC.universities, { nl: 'Universiteiten', en: 'Universities', fr: 'Universités' }, false, 'other', {
      description: 'Enkel mits toestemming van de betrokkene.',
    }),
    recipient(
      REC.representatives,
      {
        nl: 'De betrokkene en zijn (wettelijke) vertegenwoordigers',
        en: 'The data subject and their (legal) representatives',
      },
      false,
      'private-person',
      {
        description:
          'Bewindvoerder, bemiddelaar, advocaat of iemand met een mandaat of akkoord, rechtstreeks of via de beroepsbeoefenaar in de gezondheidszorg van zijn keuze.',
      },
    ),
    recipient(
      REC.privilegedStatusBodies,
      {
        nl: 'Instellingen die een voordeel toekennen op basis van een bevoorrecht statuut',
        en: 'Bodies granting a benefit based on a privileged status',
      },
      false,
      'other',
      { description: 'Bijvoorbeeld op basis van de verhoogde tegemoetkoming.' },
    ),
    recipient(
      REC.authorisedThirdParties,
      {
        nl: 'Toegelaten derden (op basis van een wet, contract of machtiging van een sectoraal comité)',
        en: 'Authorised third parties',
      },
      false,
      'other',
    ),
  ];
}

function processor(
  id: string,
  name: Text,
  extra: {
    description?: Text;
    countries?: string[];
    contractDate?: string;
    notes?: string;
    securityCommitments?: string;
  } = {},
): Processor {
  return {
    id,
    name: nl(name),
    countries: extra.countries ?? ['BE'],
    subProcessorIds: [],
    ...optional('description', extra.description === undefined ? undefined : nl(extra.description)),
    ...optional('contractDate', extra.contractDate),
    ...optional('securityCommitments', extra.securityCommitments),
    ...optional('notes', extra.notes),
    ...optional('i18n', translations({ name, description: extra.description })),
  };
}

const SAME_MEASURES = 'Contractueel gebonden aan dezelfde veiligheidsmaatregelen als CM.';

export function sampleProcessors(): Processor[] {
  const cmNonProfit = (id: string, name: string): Processor =>
    processor(id, name, {
      description: {
        nl: 'CM-entiteit (vzw) die diensten en voordelen van CM organiseert of uitvoert.',
        en: 'CM non-profit organising or providing CM services and benefits.',
      },
      securityCommitments: SAME_MEASURES,
    });
  return [
    processor(PROC.mutas, 'Mutas', {
      description: {
        nl: 'Dringende zorg en assistentie in het buitenland.',
        en: 'Emergency care and assistance abroad.',
        fr: "Soins urgents et assistance à l'étranger.",
      },
      countries: ['BE', 'MA', 'TR', 'TN'],
      securityCommitments: SAME_MEASURES,
      notes: 'Landen buiten de EER illustratief: assistentie kan in elk land nodig zijn.',
    }),
    processor(
      PROC.ima,
      {
        nl: 'Intermutualistisch Agentschap (IMA)',
        en: 'Intermutualist Agency (IMA)',
        fr: 'Agence intermutualiste (AIM)',
      },
      {
        description: 'Statistieken voor het beheer van de sociale zekerheid en van de volksgezondheid.',
      },
    ),
    cmNonProfit(PROC.kazou, 'Kazou'),
    cmNonProfit(PROC.intersoc, 'Intersoc'),
    cmNonProfit(PROC.samana, 'Samana'),
    cmNonProfit(PROC.okra, 'OKRA'),
    cmNonProfit(PROC.thuiszorgwinkels, 'Thuiszorgwinkels'),
    cmNonProfit(PROC.jeunesseSante, 'Jeunesse & Santé'),
    cmNonProfit(PROC.alteo, 'Altéo'),
    cmNonProfit(PROC.eneo, 'Enéo'),
    cmNonProfit(PROC.qualias, 'Qualias'),
    processor(PROC.doccle, 'Doccle', {
      description: {
        nl: 'Digitaal platform, voornamelijk voor de opslag van documenten; met een Doccle-account en activatie van de CM-link kan het lid zijn documenten raadplegen.',
        en: 'Digital platform, mainly for storing documents; members with a Doccle account who activate the CM link can consult them.',
      },
      contractDate: '2019-03-01',
      securityCommitments: SAME_MEASURES,
      notes: 'Datum van de verwerkersovereenkomst illustratief.',
    }),
    processor(
      PROC.ict,
      { nl: 'ICT-verwerkers', en: 'ICT processors', fr: 'Sous-traitants ICT' },
      { securityCommitments: SAME_MEASURES },
    ),
    processor(
      PROC.mailing,
      { nl: 'Mailingfirma’s', en: 'Mailing companies', fr: 'Sociétés de mailing' },
      {
        contractDate: '2022-09-15',
        securityCommitments: SAME_MEASURES,
        notes: 'Datum van de verwerkersovereenkomst illustratief.',
      },
    ),
    processor(PROC.lawyers, {
      nl: 'Advocaten, gerechtsdeurwaarders en deskundigen',
      en: 'Lawyers, bailiffs and experts',
      fr: 'Avocats, huissiers de justice et experts',
    }),
    processor(
      PROC.cmMcLcmSupport,
      { nl: 'CM, MC en LCM (ondersteuning door hun medewerkers)', en: 'CM, MC and LCM (support by their employees)' },
      {
        description: 'Verwerkers van RMOB CM Brussel.',
      },
    ),
    processor(
      PROC.selectedSuppliers,
      { nl: 'Zorgvuldig geselecteerde leveranciers', en: 'Carefully selected suppliers' },
      {
        description:
          'Leveranciers die persoonsgegevens verwerken in het kader van de hun toevertrouwde taken (RMOB CM Brussel).',
      },
    ),
    processor(
      PROC.insuranceAgents,
      { nl: 'Regionale ziekenfondsen CM (verzekeringsagent)', en: 'CM regional health funds (insurance agent)' },
      {
        description:
          'Verwerken als verzekeringsagent de gegevens van de facultatieve verzekeringen op instructie van de verzekeraar.',
      },
    ),
  ];
}

function transfer(id: string, name: Text, fields: Omit<Transfer, 'id' | 'name' | 'i18n'>): Transfer {
  return { id, name: nl(name), ...fields, ...optional('i18n', translations({ name })) };
}

const ILLUSTRATIVE = 'Land illustratief: de privacyverklaring noemt geen bestemming.';

/** One transfer per ground the statements give; instrument and documentation stay open where the statements are silent. */
export function sampleTransfers(): Transfer[] {
  return [
    transfer(
      TRF.cmCareAbroad,
      { nl: 'Zorg in het buitenland (verplichte verzekering)', en: 'Care abroad (compulsory insurance)' },
      {
        recipientId: REC.foreignCareProviders,
        country: 'MA',
        mechanism: 'art49-1-d',
        occasional: true,
        description: 'Bepaald in de verplichte verzekering: reden van algemeen belang.',
        notes: ILLUSTRATIVE,
      },
    ),
    transfer(
      TRF.cmQuoteAbroad,
      {
        nl: 'Voorbereiding van geplande zorg in het buitenland op verzoek van het lid',
        en: 'Preparing planned care abroad at the member’s request',
      },
      {
        recipientId: REC.foreignCareProviders,
        country: 'MA',
        mechanism: 'art49-1-b',
        occasional: true,
        description: 'Maatregelen vooraleer een contract wordt gesloten, op verzoek van de betrokkene.',
        notes: ILLUSTRATIVE,
      },
    ),
    transfer(
      TRF.mutasVital,
      {
        nl: 'Dringende medische bijstand en repatriëring via Mutas',
        en: 'Emergency medical assistance and repatriation via Mutas',
        fr: 'Assistance médicale urgente et rapatriement via Mutas',
      },
      {
        processorId: PROC.mutas,
        country: 'TR',
        mechanism: 'art49-1-f',
        occasional: true,
        description: 'Nodig voor het levensbelang van de betrokkene.',
        notes: ILLUSTRATIVE,
      },
    ),
    transfer(
      TRF.mutasContract,
      {
        nl: 'Assistentie in het buitenland via Mutas (overeenkomst in het belang van de betrokkene)',
        en: 'Assistance abroad via Mutas (contract in the data subject’s interest)',
      },
      {
        processorId: PROC.mutas,
        country: 'TN',
        mechanism: 'art49-1-c',
        occasional: true,
        description: 'Nodig om in het belang van de betrokkene een contract met een derde te sluiten of uit te voeren.',
        notes: ILLUSTRATIVE,
      },
    ),
    transfer(
      TRF.mutasClauses,
      {
        nl: 'Partnernetwerk van Mutas buiten de EER (contractuele clausules)',
        en: 'Mutas partner network outside the EEA (contractual clauses)',
      },
      {
        processorId: PROC.mutas,
        country: 'TR',
        mechanism: 'art46-2-c',
        description: 'Verwerkingsovereenkomst met de vereiste contractuele clausules.',
        notes: `${ILLUSTRATIVE} Welke standaardcontractbepalingen gelden, is nog te documenteren.`,
      },
    ),
    transfer(
      TRF.bxlCareAbroad,
      { nl: 'Zorg in het buitenland (Brusselse sociale bescherming)', en: 'Care abroad (Brussels social protection)' },
      {
        recipientId: REC.foreignCareProviders,
        country: 'MA',
        mechanism: 'art49-1-d',
        occasional: true,
        description: 'Bepaald in het kader van de Brusselse sociale bescherming.',
        notes: ILLUSTRATIVE,
      },
    ),
    transfer(
      TRF.bxlPreContract,
      {
        nl: 'Precontractuele maatregelen op verzoek (RMOB CM Brussel)',
        en: 'Pre-contractual measures at the data subject’s request (RMOB CM Brussels)',
      },
      {
        recipientId: REC.foreignCareProviders,
        country: 'MA',
        mechanism: 'art49-1-b',
        occasional: true,
        notes: ILLUSTRATIVE,
      },
    ),
    transfer(
      TRF.bxlConsent,
      {
        nl: 'Doorgifte met uitdrukkelijke toestemming (RMOB CM Brussel)',
        en: 'Transfer with explicit consent (RMOB CM Brussels)',
      },
      {
        recipientId: REC.foreignCareProviders,
        country: 'MA',
        mechanism: 'art49-1-a',
        occasional: true,
        notes: ILLUSTRATIVE,
      },
    ),
    // The CM statement names explicit consent among the grounds for transfers outside the EEA too.
    transfer(
      TRF.cmConsent,
      {
        nl: 'Doorgifte met uitdrukkelijke toestemming (CM)',
        en: 'Transfer with explicit consent (CM)',
      },
      {
        recipientId: REC.foreignCareProviders,
        country: 'MA',
        mechanism: 'art49-1-a',
        occasional: true,
        description: 'Na uitdrukkelijke toestemming van de betrokkene, die over de risico’s werd geïnformeerd.',
        notes: ILLUSTRATIVE,
      },
    ),
  ];
}
