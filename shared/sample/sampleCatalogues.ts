// Catalogues of the sample register: legal references, data categories, data-subject categories and security measures.
import type { LegalGroundCode } from '../catalogue/legalGrounds';
import type { DataCategory, DataCategoryFamily, DataCategoryKind, SpecialDataType } from '../model/dataCategory';
import type { LegalReference } from '../model/legalReference';
import type { SecurityMeasure, SecurityMeasureFamily, SecurityMeasureType } from '../model/securityMeasure';
import type { SubjectCategory } from '../model/subjectCategory';
import { DC, LR, SC, SM } from './sampleIds';
import { nl, optional, translations, type Text } from './sampleText';

function statute(
  id: string,
  name: Text,
  date: string,
  extra: { article?: string; description?: Text; url?: string; notes?: string } = {},
): LegalReference {
  return {
    id,
    kind: 'statute',
    name: nl(name),
    date,
    ...optional('article', extra.article),
    ...optional('description', extra.description === undefined ? undefined : nl(extra.description)),
    ...optional('url', extra.url),
    ...optional('notes', extra.notes),
    ...optional('i18n', translations({ name, description: extra.description })),
  };
}

function gdpr(id: string, provision: LegalGroundCode, name: Text, description?: string): LegalReference {
  return {
    id,
    kind: 'gdpr',
    provision,
    name: nl(name),
    ...optional('description', description),
    ...optional('i18n', translations({ name })),
  };
}

/**
 * The statutes both privacy statements name, with their date; GDPR provisions where a basis rests on the GDPR alone.
 * No Information Security Committee deliberation is listed: the statements name none.
 */
export function sampleLegalReferences(): LegalReference[] {
  return [
    statute(
      LR.ziekenfondsWet,
      {
        nl: 'Wet van 6 augustus 1990 betreffende de ziekenfondsen en de landsbonden van ziekenfondsen',
        en: 'Act of 6 August 1990 on health insurance funds and national associations of health insurance funds',
        fr: 'Loi du 6 août 1990 relative aux mutualités et aux unions nationales de mutualités',
      },
      '1990-08-06',
      {
        article: 'art. 3',
        description:
          'Opdrachten van de ziekenfondsen: verplichte verzekering, aanvullende verzekering, hulp, voorlichting en begeleiding.',
      },
    ),
    statute(
      LR.gvuWet,
      {
        nl: 'Wet betreffende de verplichte verzekering voor geneeskundige verzorging en uitkeringen, gecoördineerd op 14 juli 1994',
        en: 'Act on compulsory insurance for medical care and benefits, coordinated on 14 July 1994',
        fr: "Loi relative à l'assurance obligatoire soins de santé et indemnités, coordonnée le 14 juillet 1994",
      },
      '1994-07-14',
    ),
    statute(
      LR.kb1996,
      {
        nl: 'KB van 3 juli 1996 tot uitvoering van de wet betreffende de verplichte verzekering voor geneeskundige verzorging en uitkeringen',
        en: 'Royal Decree of 3 July 1996 implementing the Act on compulsory insurance for medical care and benefits',
      },
      '1996-07-03',
    ),
    statute(
      LR.kszWet,
      {
        nl: 'Wet van 15 januari 1990 houdende oprichting en organisatie van een Kruispuntbank van de Sociale Zekerheid',
        en: 'Act of 15 January 1990 on the establishment of the Crossroads Bank for Social Security',
        fr: "Loi du 15 janvier 1990 relative à l'institution et à l'organisation d'une Banque-carrefour de la sécurité sociale",
      },
      '1990-01-15',
      { url: 'https://www.ksz-bcss.fgov.be/nl' },
    ),
    statute(
      LR.kb1997,
      {
        nl: 'KB van 4 februari 1997 (Kruispuntbank van de Sociale Zekerheid)',
        en: 'Royal Decree of 4 February 1997 (Crossroads Bank for Social Security)',
      },
      '1997-02-04',
    ),
    statute(
      LR.rijksregisterWet,
      {
        nl: 'Wet van 8 augustus 1983 tot regeling van een Rijksregister van de natuurlijke personen',
        en: 'Act of 8 August 1983 regulating a National Register of Natural Persons',
        fr: 'Loi du 8 août 1983 organisant un registre national des personnes physiques',
      },
      '1983-08-08',
    ),
    statute(
      LR.kb1986,
      {
        nl: 'KB van 5 december 1986 betreffende het gebruik van het Rijksregister in de ziekte- en invaliditeitsverzekering',
        en: 'Royal Decree of 5 December 1986 on the use of the National Register in health and disability insurance',
      },
      '1986-12-05',
    ),
    statute(
      LR.eHealthWet,
      {
        nl: 'Wet van 21 augustus 2008 houdende oprichting en organisatie van het eHealth-platform',
        en: 'Act of 21 August 2008 on the eHealth platform',
        fr: "Loi du 21 août 2008 relative à l'institution et à l'organisation de la plate-forme eHealth",
      },
      '2008-08-21',
    ),
    statute(
      LR.handvest,
      {
        nl: 'Wet van 11 april 1995 tot invoering van het Handvest van de sociaal verzekerde',
        en: 'Act of 11 April 1995 introducing the Charter of the Socially Insured',
        fr: "Loi du 11 avril 1995 visant à instituer la Charte de l'assuré social",
      },
      '1995-04-11',
    ),
    statute(
      LR.patientenrechten,
      {
        nl: 'Wet van 22 augustus 2002 betreffende de rechten van de patiënt',
        en: 'Act of 22 August 2002 on patient rights',
        fr: 'Loi du 22 août 2002 relative aux droits du patient',
      },
      '2002-08-22',
    ),
    statute(
      LR.gezondheidWet2006,
      {
        nl: 'Wet van 13 december 2006 houdende diverse bepalingen betreffende gezondheid',
        en: 'Act of 13 December 2006 containing various provisions regarding health',
      },
      '2006-12-13',
    ),
    statute(
      LR.decreetLokaalSociaalBeleid,
      {
        nl: 'Decreet van 9 februari 2018 betreffende het lokaal sociaal beleid',
        en: 'Decree of 9 February 2018 regarding local social policy',
      },
      '2018-02-09',
    ),
    statute(
      LR.wetGegevensbescherming,
      {
        nl: 'Wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens',
        en: 'Act of 30 July 2018 on the protection of natural persons with regard to the processing of personal data',
        fr: "Loi du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel",
      },
      '2018-07-30',
    ),
    statute(
      LR.ordonnantie2018,
      {
        nl: 'Ordonnantie van 21 december 2018 betreffende de Brusselse verzekeringsinstellingen in het domein van de gezondheidszorg en de hulp aan personen',
        en: 'Ordinance of 21 December 2018 regarding the Brussels insurance institutions in the field of healthcare and assistance to persons',
      },
      '2018-12-21',
    ),
    statute(
      LR.strafwetboek458,
      {
        nl: 'Strafwetboek, art. 458 (beroepsgeheim)',
        en: 'Criminal Code, Article 458 (professional secrecy)',
        fr: 'Code pénal, art. 458 (secret professionnel)',
      },
      '1867-06-08',
      { article: 'art. 458' },
    ),
    gdpr(LR.gdprConsent, 'art6-1-a', { nl: 'AVG art. 6.1 a: toestemming', en: 'GDPR Art. 6(1)(a): consent' }),
    gdpr(
      LR.gdprLegitimateInterest,
      'art6-1-f',
      { nl: 'AVG art. 6.1 f: gerechtvaardigde belangen', en: 'GDPR Art. 6(1)(f): legitimate interests' },
      'Veiligheid en bescherming van personen, goederen en gegevens.',
    ),
    gdpr(LR.gdprResearch, 'art89', {
      nl: 'AVG art. 89: waarborgen voor archivering, wetenschappelijk of historisch onderzoek en statistiek',
      en: 'GDPR Art. 89: safeguards for archiving, research and statistics',
    }),
    gdpr(LR.gdprNationalId, 'art87', {
      nl: 'AVG art. 87: nationaal identificatienummer',
      en: 'GDPR Art. 87: national identification number',
    }),
  ];
}

function dataCategory(
  id: string,
  kind: DataCategoryKind,
  family: DataCategoryFamily,
  name: Text,
  description?: Text,
  specialTypes: SpecialDataType[] = [],
  notes?: string,
): DataCategory {
  return {
    id,
    kind,
    family,
    specialTypes,
    name: nl(name),
    ...optional('description', description === undefined ? undefined : nl(description)),
    ...optional('notes', notes),
    ...optional('i18n', translations({ name, description })),
  };
}

/** The data categories the statements list: ordinary ones, then national register, social, health, judicial and derived data. */
export function sampleDataCategories(): DataCategory[] {
  return [
    dataCategory(
      DC.identity,
      'ordinary',
      'identity',
      { nl: 'Identificatiegegevens', en: 'Identification data', fr: "Données d'identification" },
      'Naam, voornaam, adres, telefoonnummer, e-mailadres, ...',
    ),
    dataCategory(
      DC.electronicId,
      'ordinary',
      'online-identifiers',
      { nl: 'Elektronische identificatiegegevens', en: 'Electronic identification data' },
      'IP-adressen, cookies, verbindingsmomenten, ...',
    ),
    dataCategory(
      DC.personalCharacteristics,
      'ordinary',
      'identity',
      { nl: 'Persoonlijke kenmerken', en: 'Personal characteristics' },
      'Leeftijd, geslacht, geboortedatum, geboorteplaats, burgerlijke staat, nationaliteit.',
    ),
    dataCategory(DC.family, 'ordinary', 'personal-life', {
      nl: 'Samenstelling van het gezin',
      en: 'Family composition',
      fr: 'Composition du ménage',
    }),
    dataCategory(
      DC.financial,
      'ordinary',
      'economic-financial',
      { nl: 'Financiële bijzonderheden', en: 'Financial details' },
      'Rekeningnummer, betalingen, ...',
    ),
    dataCategory(DC.physical, 'ordinary', 'personal-life', 'Fysieke gegevens', 'Grootte, gewicht, ...'),
    dataCategory(
      DC.psychological,
      'ordinary',
      'personal-life',
      'Psychische gegevens',
      'Persoonlijkheid, karakter, ...',
    ),
    dataCategory(
      DC.lifestyle,
      'ordinary',
      'personal-life',
      'Leefgewoonten',
      'Tabak, alcoholverbruik, verplaatsingen, ...',
    ),
    dataCategory(DC.leisure, 'ordinary', 'personal-life', 'Vrijetijdsbesteding en interesses'),
    dataCategory(DC.memberships, 'ordinary', 'personal-life', { nl: 'Lidmaatschappen', en: 'Memberships' }),
    dataCategory(DC.consumption, 'ordinary', 'personal-life', 'Consumptiegewoonten'),
    dataCategory(DC.housing, 'ordinary', 'personal-life', 'Woningkenmerken'),
    dataCategory(DC.education, 'ordinary', 'professional-life', 'Opleiding en vorming'),
    dataCategory(DC.profession, 'ordinary', 'professional-life', {
      nl: 'Beroep en betrekking',
      en: 'Profession and employment',
    }),
    dataCategory(
      DC.images,
      'ordinary',
      'other',
      { nl: 'Beeldopnamen', en: 'Video recordings' },
      'Camerabewaking, foto’s, video’s.',
    ),
    dataCategory(
      DC.sound,
      'ordinary',
      'other',
      { nl: 'Geluidsopnamen', en: 'Sound recordings' },
      'Opnamen van telefoongesprekken (callcenters).',
    ),
    dataCategory(
      DC.chat,
      'ordinary',
      'other',
      { nl: 'Chatgesprekken', en: 'Chat conversations' },
      'Opgeslagen tekst van chatgesprekken met de diensten.',
    ),
    dataCategory(
      DC.nationalRegister,
      'national-id',
      'identity',
      {
        nl: 'Gegevens uit het Rijksregister en rijksregisternummer',
        en: 'National Register data and national register number',
        fr: 'Données du Registre national et numéro de registre national',
      },
      'Naam, voornaam, officiële hoofdverblijfplaats, geboortedatum, overlijdensdatum en -plaats, geslacht, burgerlijke staat, nationaliteit, samenstelling van het gezin; het rijksregisternummer.',
    ),
    dataCategory(
      DC.social,
      'ordinary',
      'social-security',
      { nl: 'Sociale gegevens', en: 'Social data', fr: 'Données sociales' },
      'Gegevens uit de Kruispuntbank van de Sociale Zekerheid of nodig voor de uitvoering van de sociale zekerheid: historiek bijdragebons, werkloosheid, pensioen, aansluiting, verzekerbaarheid, RIZIV-nummer van zorgverstrekkers, ...',
      [],
      'De privacyverklaringen rekenen sociale gegevens tot de "bijzondere" persoonsgegevens; het zijn geen gegevens van art. 9 AVG.',
    ),
    dataCategory(
      DC.health,
      'special',
      'health',
      { nl: 'Gezondheidsgegevens', en: 'Health data', fr: 'Données de santé' },
      'Medische verslagen en diagnoses, ziekenhuisgegevens, graad van hulpbehoevendheid, terugbetalingen van gezondheidszorgprestaties, arbeidsongeschiktheid, zwangerschap, geneesmiddelen, genetische gegevens, ...',
      ['health', 'genetic'],
    ),
    dataCategory(
      DC.criminal,
      'criminal',
      'other',
      {
        nl: 'Strafrechtelijke en administratieve veroordelingen en strafbare feiten',
        en: 'Criminal and administrative convictions and offences',
      },
      'In het kader van geschillen: terugvorderingen van gezondheidszorg en uitkeringen veroorzaakt door een aansprakelijke derde, fraude.',
    ),
    dataCategory(
      DC.derivedSensitive,
      'special',
      'other',
      { nl: 'Afgeleide gevoelige gegevens', en: 'Derived sensitive data' },
      'Bij wetenschappelijk onderzoek onrechtstreeks af te leiden: ras, etnische afkomst, politieke opvattingen, religieuze of levensbeschouwelijke overtuigingen, seksueel gedrag of seksuele geaardheid.',
      ['racial-ethnic-origin', 'political-opinions', 'religious-beliefs', 'sex-life-orientation'],
    ),
    dataCategory(
      DC.careProviderData,
      'ordinary',
      'professional-life',
      { nl: 'Gegevens van zorgverleners', en: 'Healthcare provider data' },
      'Naam, adres, RIZIV-nummer en conventionering van zorgverleners, zoals ontvangen van het RIZIV (en Iriscare).',
    ),
  ];
}

function subjectCategory(id: string, name: Text, description?: string, vulnerable = false): SubjectCategory {
  return {
    id,
    name: nl(name),
    vulnerable,
    ...optional('description', description),
    ...optional('i18n', translations({ name })),
  };
}

export function sampleSubjectCategories(): SubjectCategory[] {
  return [
    subjectCategory(
      SC.members,
      { nl: 'Leden (gerechtigden)', en: 'Members (entitled persons)', fr: 'Membres (titulaires)' },
      'Leden aangesloten bij een regionaal ziekenfonds en de Landsbond.',
    ),
    subjectCategory(SC.dependants, { nl: 'Personen ten laste', en: 'Dependants', fr: 'Personnes à charge' }),
    subjectCategory(
      SC.children,
      { nl: 'Kinderen', en: 'Children', fr: 'Enfants' },
      'Minderjarigen, onder meer als persoon ten laste of deelnemer aan activiteiten.',
      true,
    ),
    subjectCategory(
      SC.beneficiaries,
      { nl: 'Uitkeringsgerechtigden', en: 'Benefit recipients' },
      'Leden die arbeidsongeschikt, zwanger of invalide zijn.',
      true,
    ),
    subjectCategory(
      SC.representatives,
      { nl: 'Vertegenwoordigers en gemandateerden', en: 'Representatives and mandated persons' },
      'Wettelijke vertegenwoordigers (bewindvoerder, bemiddelaar), raadslieden en personen met een mandaat of akkoord.',
    ),
    subjectCategory(
      SC.careProviders,
      { nl: 'Zorgverleners', en: 'Healthcare providers', fr: 'Prestataires de soins' },
      'Ziekenhuizen, artsen, verpleegkundigen, ...',
    ),
    subjectCategory(SC.prospects, { nl: 'Niet-leden en ex-leden', en: 'Non-members and former members' }),
    subjectCategory(SC.websiteVisitors, {
      nl: 'Websitebezoekers en gebruikers van My CM',
      en: 'Website visitors and My CM users',
    }),
    subjectCategory(SC.callers, { nl: 'Bellers en chatgebruikers', en: 'Callers and chat users' }),
    subjectCategory(SC.visitors, { nl: 'Bezoekers van kantoren en gebouwen', en: 'Visitors to offices and buildings' }),
    subjectCategory(SC.applicants, { nl: 'Sollicitanten', en: 'Job applicants', fr: 'Candidats' }),
    subjectCategory(SC.employees, { nl: 'Medewerkers', en: 'Employees', fr: 'Collaborateurs' }),
    subjectCategory(SC.thirdParties, {
      nl: 'Aansprakelijke derden en tegenpartijen',
      en: 'Liable third parties and opposing parties',
    }),
    subjectCategory(SC.heirs, { nl: 'Erfgenamen', en: 'Heirs' }),
    subjectCategory(
      SC.brusselsBeneficiaries,
      {
        nl: 'Rechthebbenden van de Brusselse sociale bescherming',
        en: 'Beneficiaries of Brussels social protection',
        fr: 'Bénéficiaires de la protection sociale bruxelloise',
      },
      'Brusselse gerechtigden en personen ten laste, onder wie ouderen die een tegemoetkoming voor hulp aan bejaarden ontvangen.',
      true,
    ),
  ];
}

function measure(
  id: string,
  type: SecurityMeasureType,
  family: SecurityMeasureFamily,
  name: Text,
  description?: Text,
): SecurityMeasure {
  return {
    id,
    type,
    family,
    name: nl(name),
    ...optional('description', description === undefined ? undefined : nl(description)),
    ...optional('i18n', translations({ name, description })),
  };
}

/** Only the measures the statements describe; logging, encryption and backups are not mentioned and are not listed. */
export function sampleSecurityMeasures(): SecurityMeasure[] {
  return [
    measure(
      SM.confidentialityAgreement,
      'organisational',
      'confidentiality',
      {
        nl: 'Geheimhoudingsverklaring voor medewerkers',
        en: 'Confidentiality agreement signed by employees',
        fr: 'Déclaration de confidentialité signée par les collaborateurs',
      },
      'Elke medewerker ondertekent een geheimhoudingsverklaring.',
    ),
    measure(
      SM.professionalSecrecy,
      'organisational',
      'confidentiality',
      {
        nl: 'Beroepsgeheim en discretieplicht',
        en: 'Professional secrecy and duty of discretion',
        fr: 'Secret professionnel et devoir de discrétion',
      },
      'Wettelijk (wet op de Kruispuntbank, wet op het Rijksregister, art. 458 Strafwetboek, arbeidswetgeving) en deontologisch opgelegd.',
    ),
    measure(SM.processorContracts, 'organisational', 'processor-control', {
      nl: 'Verwerkers contractueel gebonden aan dezelfde veiligheidsmaatregelen',
      en: 'Processors contractually bound to the same security measures',
    }),
    measure(
      SM.accessControl,
      'organisational',
      'access-control',
      { nl: 'Toegang enkel voor bevoegde medewerkers', en: 'Access for authorised employees only' },
      'Gegevens worden verwerkt door de bevoegde medewerkers, voor zover nodig voor hun taken.',
    ),
    measure(
      SM.secureChannels,
      'technical',
      'other',
      {
        nl: 'Beveiligde kanalen voor uitwisseling met zorgverleners',
        en: 'Secure channels for exchanges with healthcare providers',
      },
      'eHealth-platform, MyCarenet, IrisCarenet, WalCarenet, Refac, ...',
    ),
    measure(
      SM.generalMeasures,
      'organisational',
      'other',
      {
        nl: 'Fysieke, administratieve, organisatorische en technische maatregelen',
        en: 'Physical, administrative, organisational and technical measures',
      },
      'Passend volgens de stand van de techniek, de omvang en context van de verwerking en het type gegevens, tegen verlies, onbevoegde toegang, onbevoegd gebruik en onbevoegde onthulling.',
    ),
    measure(
      SM.nicFilter,
      'organisational',
      'confidentiality',
      {
        nl: 'Filterfunctie van het Nationaal Intermutualistisch College',
        en: 'Filter function of the National Intermutualist College',
      },
      'Derden vernemen niet bij welk ziekenfonds de betrokkene is aangesloten.',
    ),
    measure(
      SM.requesterIdentification,
      'organisational',
      'access-control',
      {
        nl: 'Identificatie van de verzoeker bij uitoefening van rechten',
        en: 'Identification of the requester when rights are exercised',
      },
      'Ter identificatie kan een kopie van de identiteitskaart worden gevraagd.',
    ),
    measure(
      SM.recordingNotice,
      'organisational',
      'other',
      { nl: 'Voorafgaande melding van opname', en: 'Prior notice of recording' },
      'De betrokkene wordt vooraf geïnformeerd door een ingesproken boodschap.',
    ),
    measure(SM.cameraSignage, 'organisational', 'physical-security', {
      nl: 'Aanduiding van camerabewaking met een sticker',
      en: 'Camera surveillance indicated by a sticker',
    }),
    measure(SM.eidAuthentication, 'technical', 'access-control', {
      nl: 'Aanmelding met eID via CSAM of itsme',
      en: 'Login with eID via CSAM or itsme',
    }),
  ];
}
