// Acceptance of issue 17: from the sample register, the Dutch notice of the Landsbond names every purpose, legal
// ground, statute, recipient, processor, retention period and transfer condition that the CM statement
// (../shared/seeds/000_62d97e22d8e7cf81.txt) names for it, and the English notice of RMOB CM Brussels does the same
// for its statement (001_6176002db456a392.txt). The lists below were made by reading the statements; each entry says
// in `seed` what the statement says (summarised) and in `find` what the generated notice must contain.
import { describe, expect, it } from 'vitest';
import { legalGroundLabel, type LegalGroundCode } from '../catalogue/legalGrounds';
import { transferMechanismLabel, type TransferMechanismCode } from '../catalogue/transferMechanisms';
import { formatDuration } from '../i18n/formatDate';
import type { UiLanguage } from '../i18n/languages';
import { ORG } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { buildNotice } from './buildNotice';
import { noticeText } from './noticeText';

type Kind = 'purpose' | 'ground' | 'statute' | 'recipient' | 'processor' | 'retention' | 'transfer';
interface Expected {
  readonly kind: Kind;
  /** What the statement says, summarised. */
  readonly seed: string;
  /** Text(s) the notice must contain, every one. */
  readonly find: string | readonly string[];
}

const ground = (code: LegalGroundCode, lang: UiLanguage, seed: string): Expected => ({
  kind: 'ground',
  seed,
  find: legalGroundLabel(code, lang),
});
const condition = (code: TransferMechanismCode, lang: UiLanguage, seed: string): Expected => ({
  kind: 'transfer',
  seed,
  find: transferMechanismLabel(code, lang),
});
const period = (iso: string, lang: UiLanguage, seed: string): Expected => ({
  kind: 'retention',
  seed,
  find: formatDuration(iso, lang),
});

/** Seed 000, the CM statement, for the Landsbond der Christelijke Mutualiteiten, in Dutch. */
const SEED_000: readonly Expected[] = [
  // "Waarvoor mag CM jouw persoonsgegevens verwerken (algemeen)?"
  {
    kind: 'purpose',
    seed: 'om je te identificeren, te contacteren en je correct te adviseren',
    find: 'identificeren, contacteren, correct adviseren',
  },
  { kind: 'purpose', seed: 'voor het beheer van je dossier', find: 'hun dossier beheren' },
  // Verplichte verzekering
  {
    kind: 'purpose',
    seed: 'verzekerbaarheid: beheer van je rechten tot terugbetaling van gezondheidszorg',
    find: 'terugbetaling van gezondheidszorg (verzekerbaarheid)',
  },
  {
    kind: 'purpose',
    seed: '(maximumfactuur, verhoogde tegemoetkoming)',
    find: 'maximumfactuur en de verhoogde tegemoetkoming',
  },
  {
    kind: 'purpose',
    seed: 'tegemoetkoming in de gezondheidskosten in België en in het buitenland',
    find: ['Tegemoetkoming in gezondheidskosten in België', 'Tegemoetkoming in gezondheidskosten in het buitenland'],
  },
  {
    kind: 'purpose',
    seed: 'machtigingen door de adviserend arts en functionele revalidatie',
    find: ['machtiging voor bepaalde gezondheidszorg', 'functionele revalidatie'],
  },
  {
    kind: 'purpose',
    seed: 'beheer van dossiers uitkeringen: arbeidsongeschiktheid, zwangerschap',
    find: 'dossiers arbeidsongeschiktheid en zwangerschap',
  },
  {
    kind: 'purpose',
    seed: 'evaluatie, betalingen',
    find: ['Evaluatie van de arbeidsongeschiktheid', 'betaling van de uitkeringen'],
  },
  {
    kind: 'purpose',
    seed: 'socio-professionele herinschakelingstraject',
    find: 'socio-professioneel herinschakelingstraject',
  },
  {
    kind: 'purpose',
    seed: 'geschillen: betwistingen van de beslissingen van CM en/of het Riziv',
    find: 'betwistingen van beslissingen van CM of van het RIZIV',
  },
  {
    kind: 'purpose',
    seed: 'terugvorderingen van onverschuldigde betalingen',
    find: 'Terugvordering van onverschuldigde betalingen',
  },
  {
    kind: 'purpose',
    seed: 'terugvorderingen veroorzaakt door een aansprakelijke derde',
    find: 'veroorzaakt door een aansprakelijke derde',
  },
  {
    kind: 'purpose',
    seed: 'informatie en begeleiding, al dan niet proactief, via de dienst Maatschappelijk Werk',
    find: ['proactief informeren en begeleiden', 'Maatschappelijk Werk'],
  },
  {
    kind: 'purpose',
    seed: 'beheer van je contacten met onze diensten door om het even welk kanaal',
    find: 'contacten met de diensten via elk kanaal',
  },
  {
    kind: 'purpose',
    seed: 'goed beheer en verbetering van onze diensten, ... audits, enquêtes, studies',
    find: 'Goed beheer en verbetering van de diensten',
  },
  { kind: 'purpose', seed: 'fraudebestrijding', find: 'Fraudebestrijding' },
  {
    kind: 'purpose',
    seed: 'veiligheid- en beschermingsmaatregelen voor personen, goederen en gegevens',
    find: 'Veiligheids- en beschermingsmaatregelen voor personen, goederen en gegevens',
  },
  {
    kind: 'purpose',
    seed: 'wetenschappelijke, statistische of historische onderzoeken',
    find: 'Wetenschappelijk, statistisch of historisch onderzoek',
  },
  {
    kind: 'purpose',
    seed: 'IMA: statistieken voor het beheer van de sociale zekerheid en de volksgezondheid',
    find: 'Statistieken voor het beheer van de sociale zekerheid',
  },
  {
    kind: 'purpose',
    seed: 'wettelijke verplichtingen tegenover de Controledienst, het Riziv, de Kruispuntbank',
    find: ['Controledienst voor de Ziekenfondsen en het RIZIV', 'verplichtingen tegenover de Kruispuntbank'],
  },
  // Aanvullende verzekering
  {
    kind: 'purpose',
    seed: 'beoordelen of je dossier in orde is alvorens diensten en voordelen',
    find: 'Nagaan of het dossier in orde is',
  },
  {
    kind: 'purpose',
    seed: 'diensten en voordelen organiseren, desgevallend met de hulp van verwerkers',
    find: 'Organiseren van de diensten en voordelen',
  },
  // Promotie, telefoongesprekken, camerabewaking en andere (the optional insurances have other controllers:
  // MOB Verzekeringen CM-Vlaanderen and MC Assure, whose own notices name them)
  {
    kind: 'purpose',
    seed: 'promotie, direct marketing',
    find: 'Promotie van de diensten en voordelen en direct marketing',
  },
  { kind: 'purpose', seed: 'ledenwerving', find: 'Werving van nieuwe leden' },
  {
    kind: 'purpose',
    seed: 'uitwisseling met de CM-Zorgkas, MOB Verzekeringen, MC-Assure mits toestemming',
    find: 'uitwisseling met de CM-Zorgkas',
  },
  {
    kind: 'purpose',
    seed: 'andere doeleinden waarvoor je toestemming gaf (deelname aan enquêtes)',
    find: 'deelname aan enquêtes',
  },
  {
    kind: 'purpose',
    seed: 'opname chat en telefoon: onze dienstverlening verbeteren (opleiding en coaching)',
    find: 'Opleiding en coaching van medewerkers en verbetering van de dienstverlening',
  },
  {
    kind: 'purpose',
    seed: 'opname chat en telefoon: bewijsvoering bij betwisting, klachten',
    find: 'Bewijsvoering bij betwisting en behandeling van klachten',
  },
  {
    kind: 'purpose',
    seed: 'camera’s in en rond de kantoren en gebouwen',
    find: 'Beveiliging van personen en goederen in en rond de kantoren en gebouwen',
  },
  {
    kind: 'purpose',
    seed: 'aanwerving van nieuwe medewerkers (aparte privacy policy)',
    find: 'Selectie en aanwerving van nieuwe medewerkers',
  },
  { kind: 'purpose', seed: 'website: formulieren volgens de context', find: 'formulieren op de website' },
  {
    kind: 'purpose',
    seed: 'website: wat de gebruiker niet ziet (IP-adres, ...): cookiebeleid',
    find: 'volgens het cookiebeleid',
  },
  {
    kind: 'purpose',
    seed: 'zorgverlener: naam en adres publiceren, ontvangen van het Riziv',
    find: 'Bekendmaking van naam en adres van zorgverleners',
  },

  // "Welke zijn de wettelijke bepalingen ...?" (verplichte en aanvullende verzekering)
  ground('art6-1-c', 'nl', 'Artikel 6.1 c: wettelijke verplichtingen'),
  ground('art6-1-e', 'nl', 'Artikel 6.1 e: taak van algemeen belang'),
  ground('art6-1-f', 'nl', 'Artikel 6.1 f: gerechtvaardigde belangen (veiligheid, bescherming)'),
  ground('art6-1-d', 'nl', 'Artikel 6.1 d: vitale belangen'),
  ground('art9-2-c', 'nl', 'artikel 9.2 c: vitale belangen van de betrokkene'),
  ground('art9-2-b', 'nl', 'Artikel 9.2 b: sociale zekerheids- en sociale beschermingsrecht'),
  ground('art9-2-f', 'nl', 'Artikel 9.2 f: rechtsvordering'),
  ground('art9-2-g', 'nl', 'Artikel 9.2 g: zwaarwegend algemeen belang'),
  ground('art9-2-h', 'nl', 'Artikel 9.2 h: gezondheidszorg of sociale zorg'),
  ground('art9-2-i', 'nl', 'Artikel 9.2 i: volksgezondheid'),
  ground('art9-2-j', 'nl', 'Artikel 9.2 j: archivering, onderzoek of statistieken'),
  ground('art89', 'nl', 'artikel 89'),
  ground('art87', 'nl', 'Artikel 87: nationaal identificatienummer/rijksregisternummer'),
  ground('art6-1-a', 'nl', 'promotie: "in de mate dat je hiervoor je toestemming ... hebt gegeven"'),

  {
    kind: 'statute',
    seed: 'Wet van 6 augustus 1990 over de ziekenfondsen en de landsbonden',
    find: 'Wet van 6 augustus 1990',
  },
  {
    kind: 'statute',
    seed: 'Wet verplichte verzekering, gecoördineerd op 14 juli 1994',
    find: 'gecoördineerd op 14 juli 1994',
  },
  { kind: 'statute', seed: 'KB van 3 juli 1996', find: 'KB van 3 juli 1996' },
  { kind: 'statute', seed: 'Wet van 15 januari 1990 (Kruispuntbank)', find: 'Wet van 15 januari 1990' },
  { kind: 'statute', seed: 'KB van 4 februari 1997', find: 'KB van 4 februari 1997' },
  { kind: 'statute', seed: 'Wet van 8 augustus 1983 (Rijksregister)', find: 'Wet van 8 augustus 1983' },
  { kind: 'statute', seed: 'KB van 5 december 1986', find: 'KB van 5 december 1986' },
  { kind: 'statute', seed: 'Wet van 21 augustus 2008 (eHealth)', find: 'Wet van 21 augustus 2008' },
  {
    kind: 'statute',
    seed: 'Wet van 11 april 1995 (Handvest van de sociaal verzekerde)',
    find: 'Wet van 11 april 1995',
  },
  { kind: 'statute', seed: 'Wet van 22 augustus 2002 (rechten van de patiënt)', find: 'Wet van 22 augustus 2002' },

  // "Aan wie geeft CM jouw persoonsgegevens door?"
  {
    kind: 'recipient',
    seed: 'jezelf, je (wettelijke) vertegenwoordiger',
    find: 'De betrokkene en zijn (wettelijke) vertegenwoordigers',
  },
  {
    kind: 'recipient',
    seed: 'een toegelaten derde op basis van een wet, contract, machtiging',
    find: 'Toegelaten derden',
  },
  {
    kind: 'recipient',
    seed: 'je zorgverleners (ziekenhuizen, artsen, verpleegkundigen)',
    find: 'Zorgverleners (ziekenhuizen, artsen, verpleegkundigen',
  },
  { kind: 'recipient', seed: 'MOB Verzekeringen CM-Vlaanderen', find: 'MOB Verzekeringen CM-Vlaanderen' },
  { kind: 'recipient', seed: 'SMA MC Assure', find: 'MC Assure' },
  { kind: 'recipient', seed: 'CM-Zorgkas', find: 'CM-Zorgkas' },
  {
    kind: 'recipient',
    seed: 'Nationaal Intermutualistisch College (NIC)',
    find: 'Nationaal Intermutualistisch College (NIC)',
  },
  {
    kind: 'recipient',
    seed: 'Kruispuntbank van de sociale zekerheid',
    find: 'Kruispuntbank van de Sociale Zekerheid (KSZ)',
  },
  { kind: 'recipient', seed: 'RSZ', find: 'Rijksdienst voor Sociale Zekerheid (RSZ)' },
  { kind: 'recipient', seed: 'RSVZ', find: '(RSVZ)' },
  { kind: 'recipient', seed: 'RVA', find: 'Rijksdienst voor Arbeidsvoorziening (RVA)' },
  { kind: 'recipient', seed: 'Riziv', find: 'Rijksinstituut voor Ziekte- en Invaliditeitsverzekering (RIZIV)' },
  { kind: 'recipient', seed: 'RJV', find: 'Rijksdienst voor Jaarlijkse Vakantie (RJV)' },
  { kind: 'recipient', seed: 'Rijksdienst voor Pensioen', find: 'Federale Pensioendienst' },
  { kind: 'recipient', seed: 'Fedris', find: 'Fedris' },
  { kind: 'recipient', seed: 'de Controledienst van de Ziekenfondsen', find: 'Controledienst voor de Ziekenfondsen' },
  { kind: 'recipient', seed: 'onze bedrijfsrevisoren', find: 'Bedrijfsrevisoren' },
  {
    kind: 'recipient',
    seed: 'tegenpartijen, hun advocaten, deskundigen',
    find: 'Tegenpartijen, hun advocaten en deskundigen',
  },
  { kind: 'recipient', seed: 'gerechtsdeurwaarders', find: 'Gerechtsdeurwaarders' },
  { kind: 'recipient', seed: 'Justitie ingeval van geschillen', find: 'Hoven en rechtbanken (Justitie)' },
  {
    kind: 'recipient',
    seed: 'instellingen die een voordeel toekennen op basis van een bevoorrecht statuut',
    find: 'bevoorrecht statuut',
  },
  { kind: 'recipient', seed: 'je schuldeisers', find: 'Schuldeisers' },
  { kind: 'recipient', seed: 'universiteiten (uitwisseling mits toestemming)', find: 'Universiteiten' },

  { kind: 'processor', seed: 'Mutas (dringende zorg en assistentie in het buitenland)', find: 'Mutas' },
  { kind: 'processor', seed: 'het Intermutualistisch Agentschap (IMA)', find: 'Intermutualistisch Agentschap (IMA)' },
  { kind: 'processor', seed: 'Kazou', find: 'Kazou' },
  { kind: 'processor', seed: 'Intersoc', find: 'Intersoc' },
  { kind: 'processor', seed: 'Samana', find: 'Samana' },
  { kind: 'processor', seed: 'OKRA', find: 'OKRA' },
  { kind: 'processor', seed: 'Thuiszorgwinkels', find: 'Thuiszorgwinkels' },
  { kind: 'processor', seed: 'Jeunesse & Santé', find: 'Jeunesse & Santé' },
  { kind: 'processor', seed: 'Altéo', find: 'Altéo' },
  { kind: 'processor', seed: 'Enéo', find: 'Enéo' },
  { kind: 'processor', seed: 'Qualias', find: 'Qualias' },
  { kind: 'processor', seed: 'Doccle', find: 'Doccle' },
  { kind: 'processor', seed: 'ICT-verwerkers', find: 'ICT-verwerkers' },
  { kind: 'processor', seed: 'mailingfirma’s', find: 'Mailingfirma’s' },
  {
    kind: 'processor',
    seed: 'onze advocaten, gerechtsdeurwaarders en deskundigen',
    find: 'Advocaten, gerechtsdeurwaarders en deskundigen',
  },

  period('P3M', 'nl', 'telefoon en chat: drie maanden voor opleiding en coaching'),
  period('P18M', 'nl', 'telefoongesprekken: achttien maanden in het kader van klachten'),
  period('P24M', 'nl', 'chatgesprekken: 24 maanden in het kader van klachten'),
  period('P1Y', 'nl', 'camerabeelden: maximaal één jaar'),
  {
    kind: 'retention',
    seed: 'camera: termijn verlengd als de beelden nuttig zijn en bewijswaarde hebben',
    find: 'zolang de beelden nuttig zijn en bewijswaarde hebben',
  },
  period('P3Y', 'nl', 'promotie: maximaal drie jaar voor niet-leden en ex-leden'),
  {
    kind: 'retention',
    seed: 'verplichte en aanvullende verzekering: wettelijke bewaartermijnen, anders de termijn die CM noodzakelijk acht',
    find: 'wettelijke verplichtingen; waar de wet een bewaartermijn oplegt',
  },

  // "Wanneer kunnen jouw gegevens buiten de EER worden doorgegeven?"
  condition('art49-1-d', 'nl', 'bepaald in de verplichte verzekering (reden van algemeen belang art 49 1.d)'),
  condition('art49-1-b', 'nl', 'maatregelen vooraleer het contract af te sluiten, op jouw verzoek'),
  condition('art49-1-f', 'nl', 'nodig voor jouw levensbelang'),
  condition('art49-1-c', 'nl', 'in jouw belang nodig om een contract met een derde af te sluiten of uit te voeren'),
  condition('art46-2-c', 'nl', 'een verwerkingsovereenkomst en de vereiste contractuele clausules'),
  condition('art49-1-a', 'nl', 'je hebt uitdrukkelijk toegestemd'),
];

/** Seed 001, the RMOB CM Brussels statement, in English. */
const SEED_001: readonly Expected[] = [
  // "In general, processing your personal data is necessary to ..."
  {
    kind: 'purpose',
    seed: 'identify you, contact you and advise you correctly; management of your file',
    find: 'Identifying, contacting and advising members correctly and managing their file',
  },
  // Brussels social protection
  {
    kind: 'purpose',
    seed: 'insurability of members: rights to reimbursement as beneficiary or dependent',
    find: 'Insurability: managing rights to benefits as beneficiary or dependant',
  },
  {
    kind: 'purpose',
    seed: 'intervention in healthcare costs in Belgium and abroad',
    find: 'Intervention in care costs in Belgium and abroad',
  },
  {
    kind: 'purpose',
    seed: 'authorizations by the advising physician; functional rehabilitation',
    find: 'Authorisations by the advising physician and functional rehabilitation',
  },
  {
    kind: 'purpose',
    seed: 'disputes: challenges to the decisions of RMOB CM Brussels',
    find: 'Handling challenges to decisions of RMOB CM Brussels',
  },
  {
    kind: 'purpose',
    seed: 'recoveries of undue payments and of costs caused by a liable third party',
    find: 'Recovering undue payments and care costs and benefits caused by a liable third party',
  },
  {
    kind: 'purpose',
    seed: 'information and guidance, through the Social Work Department',
    find: 'Information and guidance, where needed through the Social Work Department',
  },
  { kind: 'purpose', seed: 'manage your contacts through any channel', find: 'Managing contacts through any channel' },
  {
    kind: 'purpose',
    seed: 'management and improvement of services, fight against fraud, audits, surveys, studies',
    find: 'fight against fraud, audits, surveys and studies',
  },
  {
    kind: 'purpose',
    seed: 'legal obligations towards the Inspection Service, Iriscare and the Crossroads Bank',
    find: 'Legal obligations as a Brussels insurance institution',
  },
  {
    kind: 'purpose',
    seed: 'exchange with CM and MC subject to your consent',
    find: 'Exchange with CM and MC with consent',
  },
  {
    kind: 'purpose',
    seed: 'heir or notary, for the settlement of the estate',
    find: 'Disclosure to heirs or notaries after a death',
  },
  {
    kind: 'purpose',
    seed: 'recording chat and telephone: to improve our services (training, coaching)',
    find: 'Training and coaching employees and improving services',
  },
  {
    kind: 'purpose',
    seed: 'recording: evidence in the event of a dispute, complaints',
    find: 'Evidence in disputes and handling complaints',
  },
  {
    kind: 'purpose',
    seed: 'cameras in and around the offices and buildings',
    find: 'Protecting persons and property in and around offices and buildings',
  },
  {
    kind: 'purpose',
    seed: 'artificial intelligence: data analysis (e.g. chat)',
    find: 'Data analysis, for instance of chats',
  },
  {
    kind: 'purpose',
    seed: 'artificial intelligence: script recognition (certificates, quotations)',
    find: 'recognition on certificates and quotations',
  },
  {
    kind: 'purpose',
    seed: 'website: forms processed according to their context',
    find: 'Handling website forms according to their context',
  },
  {
    kind: 'purpose',
    seed: 'My CM login with eID via CSAM or Itsme (national register number)',
    find: 'log in to My CM with eID through CSAM or itsme',
  },
  {
    kind: 'purpose',
    seed: 'what the user does not see (IP address, browser, ...): Cookie Policy',
    find: 'as set out in the cookie policy',
  },
  {
    kind: 'purpose',
    seed: 'healthcare provider: publish name and address received from RIZIV and Iriscare',
    find: 'Publishing the name and address of healthcare providers, received from RIZIV and Iriscare',
  },
  // (recruitment: "There is a separate privacy policy for this" — no purpose in this statement)

  ground('art6-1-c', 'en', 'Article 6.1 c: legal obligations'),
  ground('art6-1-e', 'en', 'Article 6.1 e: task of general interest'),
  ground('art6-1-f', 'en', 'Article 6.1 f: legitimate interests (safety, protection)'),
  ground('art6-1-d', 'en', 'Article 6.1 d: vital interests'),
  ground('art9-2-c', 'en', 'article 9.2 c: vital interests of the data subject'),
  ground('art9-2-b', 'en', 'Article 9.2 b: social security and social protection law'),
  ground('art9-2-f', 'en', 'Article 9.2 f: legal claims'),
  ground('art9-2-g', 'en', 'Article 9.2 g: important general interest based on Belgian law'),
  ground('art9-2-h', 'en', 'Article 9.2 h: health or social care'),
  ground('art9-2-i', 'en', 'Article 9.2 i: public health'),
  ground('art9-2-j', 'en', 'Article 9.2 j: archiving, research or statistics'),
  ground('art89', 'en', 'article 89'),
  ground('art87', 'en', 'Article 87: national identification number'),
  ground('art6-1-a', 'en', 'exchange with CM and MC "to the extent that you have given your permission"'),

  { kind: 'statute', seed: 'Act of 8 August 1983 regulating a National Register', find: 'Act of 8 August 1983' },
  { kind: 'statute', seed: 'Royal Decree of 5 December 1986', find: 'Royal Decree of 5 December 1986' },
  { kind: 'statute', seed: 'Act of 15 January 1990 (Crossroads Bank)', find: 'Act of 15 January 1990' },
  { kind: 'statute', seed: 'Royal Decree of 4 February 1997', find: 'Royal Decree of 4 February 1997' },
  { kind: 'statute', seed: 'Act of 6 August 1990 on health insurance funds', find: 'Act of 6 August 1990' },
  { kind: 'statute', seed: 'Act of 11 April 1995 (Charter of the Socially Insured)', find: 'Act of 11 April 1995' },
  { kind: 'statute', seed: 'Act of 22 August 2002 on patient rights', find: 'Act of 22 August 2002' },
  {
    kind: 'statute',
    seed: 'Act of 13 December 2006 (various provisions regarding health)',
    find: 'Act of 13 December 2006',
  },
  { kind: 'statute', seed: 'Act of 21 August 2008 on the eHealth platform', find: 'Act of 21 August 2008' },
  {
    kind: 'statute',
    seed: 'Decree of 9 February 2018 regarding local social policy',
    find: 'Decree of 9 February 2018',
  },
  { kind: 'statute', seed: 'Act of 30 July 2018 on the protection of natural persons', find: 'Act of 30 July 2018' },
  {
    kind: 'statute',
    seed: 'Ordinance of 21 December 2018 (Brussels insurance institutions)',
    find: 'Ordinance of 21 December 2018',
  },

  // "To whom does RMOB CM Brussels pass on your personal data?"
  {
    kind: 'recipient',
    seed: 'you, your legal representative, your representative',
    find: 'The data subject and their (legal) representatives',
  },
  {
    kind: 'recipient',
    seed: 'an authorized third party (law, contract, Sectoral Committee authorisation)',
    find: 'Authorised third parties',
  },
  {
    kind: 'recipient',
    seed: 'your healthcare providers (hospitals, doctors, nurses)',
    find: 'Healthcare providers (hospitals, doctors, nurses',
  },
  { kind: 'recipient', seed: 'CM and MC, to comply with legal obligations', find: 'CM, MC and LCM' },
  {
    kind: 'recipient',
    seed: 'the CM Care Fund for Flemish Social Protection',
    find: 'CM Care Fund (Flemish social protection)',
  },
  { kind: 'recipient', seed: 'the SMR MC WALLONIE, for Walloon Social Protection', find: 'SMR MC Wallonie' },
  { kind: 'recipient', seed: 'National Intermutualist College (NIC)', find: 'National Intermutualist College (NIC)' },
  { kind: 'recipient', seed: 'the Crossroads Bank for Social Security', find: 'Crossroads Bank for Social Security' },
  { kind: 'recipient', seed: 'National Social Security Office (RSZ)', find: 'National Social Security Office (RSZ)' },
  {
    kind: 'recipient',
    seed: 'National Social Insurance Agency for the Self-Employed (RSVZ)',
    find: 'National Social Insurance Agency for the Self-Employed (RSVZ)',
  },
  { kind: 'recipient', seed: 'National Employment Office (RVA)', find: 'National Employment Office (RVA)' },
  {
    kind: 'recipient',
    seed: 'National Institute for Health and Disability Insurance (RIZIV)',
    find: 'National Institute for Health and Disability Insurance (RIZIV)',
  },
  {
    kind: 'recipient',
    seed: 'National Office for Annual Holidays (RJV)',
    find: 'National Office for Annual Holidays (RJV)',
  },
  { kind: 'recipient', seed: 'National Pension Service', find: 'Federal Pension Service' },
  {
    kind: 'recipient',
    seed: 'FEDRIS (Federal Agency for Occupational Risks)',
    find: 'Fedris (Federal Agency for Occupational Risks)',
  },
  {
    kind: 'recipient',
    seed: 'federal public services, in particular the FPS Finance',
    find: 'Federal Public Service Finance',
  },
  { kind: 'recipient', seed: 'regional agencies: VAZG', find: 'Flemish Agency for Care and Health' },
  { kind: 'recipient', seed: 'regional agencies: AVIQ', find: 'AVIQ' },
  { kind: 'recipient', seed: 'regional agencies: Iriscare', find: 'Iriscare' },
  { kind: 'recipient', seed: 'regional agencies: DSL', find: 'DSL' },
  { kind: 'recipient', seed: 'our auditors', find: 'Auditors' },
  {
    kind: 'recipient',
    seed: 'opposing parties, their lawyers, experts',
    find: 'Opposing parties, their lawyers and experts',
  },
  { kind: 'recipient', seed: 'bailiffs', find: 'Bailiffs' },
  { kind: 'recipient', seed: 'the Ministry of Justice in the event of disputes', find: 'Courts (Justice)' },
  {
    kind: 'recipient',
    seed: 'institutions granting a benefit based on a privileged status',
    find: 'Bodies granting a benefit based on a privileged status',
  },
  { kind: 'recipient', seed: 'your creditors and their bailiffs', find: 'Creditors' },
  { kind: 'recipient', seed: 'an heir or a notary in the event of death', find: 'Heirs and notaries' },

  {
    kind: 'processor',
    seed: 'CM, MC and LCM, support provided by their employees',
    find: 'CM, MC and LCM (support by their employees)',
  },
  { kind: 'processor', seed: 'ICT processors', find: 'ICT processors' },
  { kind: 'processor', seed: 'Mailing companies', find: 'Mailing companies' },
  { kind: 'processor', seed: 'our lawyers and bailiffs, experts', find: 'Lawyers, bailiffs and experts' },
  { kind: 'processor', seed: 'carefully selected suppliers', find: 'Carefully selected suppliers' },

  period('P3M', 'en', 'telephone and chat: 3 months for training and coaching'),
  period('P18M', 'en', 'telephone: 18 months in the context of complaints'),
  period('P24M', 'en', 'chat: 24 months in the context of complaints'),
  period('P1M', 'en', 'camera images: a maximum of one month'),
  {
    kind: 'retention',
    seed: 'camera: extended if the images are useful and have evidentiary value',
    find: 'Longer if the images prove useful and have evidential value',
  },
  {
    kind: 'retention',
    seed: 'legal retention periods, else the period RMOB CM Brussels deems necessary',
    find: 'As long as needed to comply with legal obligations',
  },

  // "Transfer of data outside the European Economic Area"
  condition('art49-1-d', 'en', 'provided in the context of Brussels social protection'),
  condition('art49-1-b', 'en', 'measures before concluding the contract, at your request'),
  condition('art49-1-a', 'en', 'if you have expressly consented'),
];

/** Lower case, one kind of apostrophe and single spaces: the check is about words, not typography. */
function normalised(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

function checkNotice(controllerId: string, lang: UiLanguage, expected: readonly Expected[]): void {
  const doc = buildNotice(sampleRegister(), { controllerIds: [controllerId], lang, date: '2026-12-03' });
  const text = normalised(noticeText(doc));
  describe.each(expected.map((e, i) => [`${i + 1}. ${e.kind}: ${e.seed}`, e] as const))('%s', (_, entry) => {
    it('is named in the notice', () => {
      for (const find of typeof entry.find === 'string' ? [entry.find] : entry.find)
        expect(text, `${entry.kind} «${find}»`).toContain(normalised(find));
    });
  });
}

describe('the Dutch notice of the Landsbond names what the CM statement names (seed 000)', () => {
  checkNotice(ORG.lcm, 'nl', SEED_000);
});

describe('the English notice of RMOB CM Brussels names what its statement names (seed 001)', () => {
  checkNotice(ORG.rmob, 'en', SEED_001);
});

describe('the lists cover every kind of fact the issue names', () => {
  it.each([
    ['000', SEED_000],
    ['001', SEED_001],
  ] as const)('seed %s', (_, list) => {
    const kinds = new Set(list.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(
      ['ground', 'processor', 'purpose', 'recipient', 'retention', 'statute', 'transfer'].sort(),
    );
  });
});
