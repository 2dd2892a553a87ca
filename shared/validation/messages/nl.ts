/** Validation messages and rule descriptions in Dutch. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  messages: {
    ACT_NO_CONTROLLER: "Verwerkingsactiviteit '{name}' vermeldt geen verwerkingsverantwoordelijke (Art. 30.1.a AVG).",
    ACT_NO_PURPOSE: "Verwerkingsactiviteit '{name}' heeft geen doeleinden (Art. 30.1.b AVG).",
    ACT_NO_LEGAL_BASIS: "Verwerkingsactiviteit '{name}' heeft geen rechtsgrond (Art. 6 AVG).",
    ACT_NO_SUBJECTS: "Verwerkingsactiviteit '{name}' vermeldt geen categorieën van betrokkenen (Art. 30.1.c AVG).",
    ACT_NO_DATA_CATEGORIES:
      "Verwerkingsactiviteit '{name}' vermeldt geen categorieën van persoonsgegevens (Art. 30.1.c AVG).",
    ACT_NO_SECURITY:
      "Verwerkingsactiviteit '{name}' beschrijft geen technische of organisatorische beveiligingsmaatregelen (Art. 30.1.g AVG).",
    ACT_NO_ART6_BASIS:
      "Verwerkingsactiviteit '{name}' heeft geen rechtsgrond uit Art. 6.1 AVG; een uitzondering van Art. 9.2 of een andere grond vervangt die niet.",
    ACT_SPECIAL_NO_ART9:
      "Verwerkingsactiviteit '{name}' verwerkt bijzondere categorieën van persoonsgegevens ({categories}) zonder uitzonderingsgrond van Art. 9.2 AVG.",
    ACT_CRIMINAL_NO_ART10:
      "Verwerkingsactiviteit '{name}' verwerkt persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten ({categories}) zonder grondslag in Art. 10 AVG.",
    ACT_NATIONAL_ID_NO_ART87:
      "Verwerkingsactiviteit '{name}' gebruikt een nationaal identificatienummer ({categories}), maar geen enkele rechtsgrond verwijst naar Art. 87 AVG.",
    ACT_NATIONAL_ID_NO_LAW:
      "Verwerkingsactiviteit '{name}' gebruikt een nationaal identificatienummer ({categories}), maar de rechtsgronden vermelden geen wet die dat gebruik toestaat.",
    ACT_BASIS_NO_LAW:
      "Verwerkingsactiviteit '{name}': de rechtsgrond {ground} vermeldt geen wet of andere nationale rechtsbron (Art. 6.3 AVG).",
    ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
      "Verwerkingsactiviteit '{name}' steunt op het gerechtvaardigd belang (Art. 6.1.f AVG) zonder het nagestreefde belang of de plaats van de belangenafweging te vermelden.",
    ACT_NO_RETENTION: "Verwerkingsactiviteit '{name}' heeft geen bewaartermijn (Art. 30.1.f AVG).",
    ACT_RETENTION_CRITERION_ONLY:
      "Verwerkingsactiviteit '{name}': bewaarregel {rule} is enkel als vrije tekst opgegeven ('{criterion}'), zonder termijn.",
    ACT_RETENTION_EMPTY: "Verwerkingsactiviteit '{name}': bewaarregel {rule} heeft geen termijn en geen criterium.",
    ACT_RETENTION_UNKNOWN_PURPOSE:
      "Verwerkingsactiviteit '{name}': bewaarregel {rule} verwijst naar een doeleinde dat de activiteit niet meer heeft.",
    ACT_RETENTION_CATEGORY_NOT_PROCESSED:
      "Verwerkingsactiviteit '{name}': bewaarregel {rule} geldt voor gegevenscategorieën die de activiteit niet verwerkt ({categories}).",
    ACT_DPIA_LIKELY:
      "Voor verwerkingsactiviteit '{name}' is wellicht een gegevensbeschermingseffectbeoordeling (GEB, Art. 35 AVG) nodig, maar dat werd niet beoordeeld.",
    ACT_DPIA_NOT_DONE:
      "Verwerkingsactiviteit '{name}' is actief terwijl de vereiste GEB niet afgerond is (Art. 35.1 AVG: voorafgaand aan de verwerking).",
    REVIEW_OVERDUE: "'{name}' had op {date} herzien moeten worden.",
    REVIEW_DATE_MISSING: "'{name}' heeft geen datum voor de volgende herziening.",
    TRANSLATION_OUTDATED:
      "'{name}' heeft vertalingen ({languages}) van een eerdere versie van de tekst: exports tonen de tekst in de hoofdtaal tot ze herzien of als nog juist bevestigd zijn.",
    RETIRED_NO_END_DATE:
      "'{name}' is beëindigd maar heeft geen einddatum; de toezichthoudende autoriteit kan vragen wanneer de verwerking stopte.",
    END_BEFORE_START: "'{name}' eindigt ({endDate}) vóór de begindatum ({startDate}).",
    ENDED_NOT_RETIRED: "'{name}' eindigde op {endDate}, maar de status is niet 'Beëindigd'.",
    ACT_REPLACED_BY_SELF: "Verwerkingsactiviteit '{name}' staat vermeld als vervangen door zichzelf.",
    ACT_RECIPIENT_NO_TRANSFER:
      "Verwerkingsactiviteit '{name}' verstrekt gegevens aan {recipient} in {country}, een derde land zonder adequaatheidsbesluit, maar vermeldt geen doorgifte (Art. 30.1.e AVG).",
    ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
      "Verwerkingsactiviteit '{name}' verstrekt gegevens aan {recipient} in {country}; dat land heeft een adequaatheidsbesluit, maar de doorgifte moet toch vermeld worden (Art. 30.1.e AVG).",
    ACT_PROCESSOR_NO_TRANSFER:
      "Verwerkingsactiviteit '{name}' doet een beroep op verwerker {processor}, die gegevens verwerkt in {country}, een derde land zonder adequaatheidsbesluit, maar vermeldt geen doorgifte (Art. 30.1.e AVG).",
    ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
      "Verwerkingsactiviteit '{name}' doet een beroep op verwerker {processor}, die gegevens verwerkt in {country}; dat land heeft een adequaatheidsbesluit, maar de doorgifte moet toch vermeld worden (Art. 30.1.e AVG).",
    PACT_SUBPROCESSOR_NO_TRANSFER:
      "Verwerkersactiviteit '{name}' doet een beroep op subverwerker {processor} in {country}, een derde land zonder adequaatheidsbesluit, maar vermeldt geen doorgifte (Art. 30.2.c AVG).",
    TRF_NO_MECHANISM: "Doorgifte '{name}' naar {country} vermeldt geen doorgiftegrond (hoofdstuk V AVG).",
    TRF_ADEQUACY_WITHOUT_DECISION:
      "Doorgifte '{name}' steunt op een adequaatheidsbesluit (Art. 45 AVG), maar voor {country} bestaat er geen.",
    TRF_ART49_SECOND_NO_DOCUMENTATION:
      "Doorgifte '{name}' steunt op dwingende gerechtvaardigde belangen (Art. 49.1, tweede alinea AVG) zonder documentatie van de beoordeling en de passende waarborgen (Art. 49.6 en Art. 30.1.e).",
    TRF_DEROGATION_NO_DOCUMENTATION:
      "Doorgifte '{name}' steunt op een afwijking ({mechanism}) zonder te documenteren waarom die van toepassing is.",
    TRF_NO_INSTRUMENT:
      "Doorgifte '{name}' steunt op {mechanism} zonder het instrument te vermelden (welke standaardcontractbepalingen, BCR-goedkeuring, gedragscode of certificering).",
    TRF_INSIDE_EEA:
      "Doorgifte '{name}' gaat naar {country}, binnen de EER: dat is geen doorgifte in de zin van hoofdstuk V AVG.",
    TRF_NO_PARTY: "Doorgifte '{name}' vermeldt geen ontvanger, verwerker of internationale organisatie.",
    TRF_COUNTRY_MISMATCH:
      "Doorgifte '{name}' gaat naar {country}, maar {party} is volgens het register daar niet gevestigd en verwerkt er geen gegevens.",
    TRF_UNUSED: "Doorgifte '{name}' is aan geen enkele verwerkingsactiviteit gekoppeld.",
    PROC_NO_CONTRACT_DATE: "Verwerker '{name}' heeft geen datum voor de verwerkersovereenkomst (Art. 28.3 AVG).",
    PACT_NO_PROCESSOR_ORGANISATION:
      "Verwerkersactiviteit '{name}' vermeldt niet welke entiteit van de groep als verwerker optreedt (Art. 30.2.a AVG).",
    PACT_NO_CONTROLLERS:
      "Verwerkersactiviteit '{name}' vermeldt geen verwerkingsverantwoordelijke voor wiens rekening ze wordt uitgevoerd (Art. 30.2.a AVG).",
    PACT_NO_PROCESSING_CATEGORIES:
      "Verwerkersactiviteit '{name}' vermeldt geen categorieën van verwerkingen (Art. 30.2.b AVG).",
    PACT_NO_SECURITY:
      "Verwerkersactiviteit '{name}' beschrijft geen technische of organisatorische beveiligingsmaatregelen (Art. 30.2.d AVG).",
    ORG_NO_ENTERPRISE_NUMBER: "Verwerkingsverantwoordelijke '{name}' heeft geen ondernemingsnummer (KBO).",
    ENTERPRISE_NUMBER_INVALID:
      "'{name}': {number} is geen geldig Belgisch ondernemingsnummer (KBO-controlecijfers); vul voor een buitenlandse organisatie het land van het adres in.",
    REG_NO_DPO: 'Het register vermeldt geen functionaris voor gegevensbescherming (DPO, Art. 30.1.a AVG).',
    REG_NO_SUPERVISORY_AUTHORITY:
      'Het register vermeldt geen toezichthoudende autoriteit (in België: de Gegevensbeschermingsautoriteit).',
    REF_DANGLING: "'{name}' verwijst naar een {targetKind} die niet meer bestaat ({missingId}).",
    DUPLICATE_NAME: "{count} {kinds} dragen de naam '{name}'.",
  },
  ruleDescriptions: {
    ACT_NO_CONTROLLER:
      'Elke verwerkingsactiviteit vermeldt minstens één verwerkingsverantwoordelijke (Art. 30.1.a AVG).',
    ACT_NO_PURPOSE: 'Elke verwerkingsactiviteit vermeldt haar doeleinden (Art. 30.1.b AVG).',
    ACT_NO_LEGAL_BASIS: 'Elke verwerkingsactiviteit heeft minstens één rechtsgrond (Art. 6 AVG).',
    ACT_NO_SUBJECTS: 'Elke verwerkingsactiviteit vermeldt de categorieën van betrokkenen (Art. 30.1.c AVG).',
    ACT_NO_DATA_CATEGORIES:
      'Elke verwerkingsactiviteit vermeldt de categorieën van persoonsgegevens (Art. 30.1.c AVG).',
    ACT_NO_SECURITY:
      'Elke verwerkingsactiviteit beschrijft beveiligingsmaatregelen, als gekoppelde maatregelen of als vrije tekst (Art. 30.1.g AVG).',
    ACT_NO_ART6_BASIS:
      'Een verwerkingsactiviteit met rechtsgronden heeft er minstens één uit Art. 6.1 AVG; een uitzondering van Art. 9.2 volstaat niet alleen.',
    ACT_SPECIAL_NO_ART9:
      'Een verwerkingsactiviteit met bijzondere categorieën van persoonsgegevens heeft een uitzonderingsgrond van Art. 9.2 AVG.',
    ACT_CRIMINAL_NO_ART10:
      'Een verwerkingsactiviteit met gerechtelijke gegevens (strafrechtelijke veroordelingen en strafbare feiten) steunt op Art. 10 AVG.',
    ACT_NATIONAL_ID_NO_ART87:
      'Een verwerkingsactiviteit die een nationaal identificatienummer gebruikt, verwijst naar Art. 87 AVG.',
    ACT_NATIONAL_ID_NO_LAW:
      'Een verwerkingsactiviteit die een nationaal identificatienummer gebruikt, koppelt aan haar rechtsgronden de wet die dat gebruik toestaat (in België is het gebruik van het rijksregisternummer wettelijk geregeld).',
    ACT_BASIS_NO_LAW:
      'Een rechtsgrond Art. 6.1.c (wettelijke verplichting) of 6.1.e (taak van algemeen belang) is gekoppeld aan de wet, beraadslaging of overeenkomst waarop ze steunt (Art. 6.3 AVG).',
    ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
      'Een rechtsgrond Art. 6.1.f (gerechtvaardigd belang) vermeldt het belang en waar de belangenafweging bewaard wordt.',
    ACT_NO_RETENTION: 'Elke verwerkingsactiviteit heeft minstens één bewaarregel (Art. 30.1.f AVG: "indien mogelijk").',
    ACT_RETENTION_CRITERION_ONLY:
      'Een bewaarregel die enkel een criterium in vrije tekst geeft, zonder termijn, wordt gemeld.',
    ACT_RETENTION_EMPTY: 'Een bewaarregel heeft een termijn of een criterium.',
    ACT_RETENTION_UNKNOWN_PURPOSE:
      'Een bewaarregel verwijst enkel naar doeleinden van haar eigen verwerkingsactiviteit.',
    ACT_RETENTION_CATEGORY_NOT_PROCESSED:
      'Een bewaarregel geldt enkel voor gegevenscategorieën die de verwerkingsactiviteit verwerkt.',
    ACT_DPIA_LIKELY:
      'Een verwerkingsactiviteit met tekenen van hoog risico (bijzondere gegevens of rijksregisternummer op grote schaal, scoring, geautomatiseerde besluitvorming, profilering, of twee criteria van WP248) vermeldt of een GEB vereist is.',
    ACT_DPIA_NOT_DONE:
      'Een actieve verwerkingsactiviteit waarvoor een GEB vereist is, heeft die GEB afgerond (Art. 35.1 AVG: voorafgaand aan de verwerking).',
    REVIEW_OVERDUE: 'De datum van de volgende herziening van een lopende verwerking ligt niet in het verleden.',
    REVIEW_DATE_MISSING: 'Een lopende verwerking heeft een datum voor de volgende herziening.',
    TRANSLATION_OUTDATED: 'Elke vertaling is gemaakt van de huidige tekst in de hoofdtaal, of bevestigd als nog juist.',
    RETIRED_NO_END_DATE:
      'Een beëindigde verwerking heeft een einddatum (de GBA raadt aan beëindigde verwerkingen nog vijf jaar te bewaren).',
    END_BEFORE_START: 'De einddatum van een verwerking ligt niet vóór haar begindatum.',
    ENDED_NOT_RETIRED: 'Een verwerking waarvan de einddatum voorbij is, heeft de status "Beëindigd".',
    ACT_REPLACED_BY_SELF: 'Een verwerkingsactiviteit wordt niet vervangen door zichzelf.',
    ACT_RECIPIENT_NO_TRANSFER:
      'Een ontvanger in een derde land zonder adequaatheidsbesluit is gedekt door een doorgifte van dezelfde verwerkingsactiviteit.',
    ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
      'Een ontvanger in een land met adequaatheidsbesluit staat vermeld in een doorgifte van dezelfde verwerkingsactiviteit.',
    ACT_PROCESSOR_NO_TRANSFER:
      'Elk derde land zonder adequaatheidsbesluit waar een verwerker gegevens verwerkt, is gedekt door een doorgifte van dezelfde verwerkingsactiviteit.',
    ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
      'Elk land met adequaatheidsbesluit waar een verwerker gegevens verwerkt, staat vermeld in een doorgifte van dezelfde verwerkingsactiviteit.',
    PACT_SUBPROCESSOR_NO_TRANSFER:
      'Elk derde land zonder adequaatheidsbesluit waar een subverwerker van een verwerkersactiviteit gegevens verwerkt, is gedekt door een doorgifte van die activiteit (Art. 30.2.c AVG).',
    TRF_NO_MECHANISM:
      'Een doorgifte naar een derde land zonder adequaatheidsbesluit vermeldt haar grond (Art. 46, 47 of 49 AVG).',
    TRF_ADEQUACY_WITHOUT_DECISION:
      'Een doorgifte op basis van een adequaatheidsbesluit (Art. 45 AVG) gaat naar een land waarvoor zo een besluit bestaat.',
    TRF_ART49_SECOND_NO_DOCUMENTATION:
      'Een doorgifte op grond van dwingende gerechtvaardigde belangen (Art. 49.1, tweede alinea AVG) documenteert de beoordeling en de waarborgen (Art. 49.6 en 30.1.e AVG).',
    TRF_DEROGATION_NO_DOCUMENTATION:
      'Een doorgifte op grond van een afwijking van Art. 49.1.a–g AVG documenteert waarom die afwijking van toepassing is.',
    TRF_NO_INSTRUMENT:
      'Een doorgifte met passende waarborgen (Art. 46 of 47 AVG) vermeldt het instrument: welke standaardcontractbepalingen, BCR, gedragscode of certificering.',
    TRF_INSIDE_EEA: 'Een doorgifte gaat naar een land buiten de EER of naar een internationale organisatie.',
    TRF_NO_PARTY: 'Een doorgifte vermeldt aan wie: een ontvanger, een verwerker of een internationale organisatie.',
    TRF_COUNTRY_MISMATCH:
      'Het land van een doorgifte is het land van de ontvanger, of een land waar de verwerker gegevens verwerkt.',
    TRF_UNUSED:
      'Elke doorgifte is gekoppeld aan een verwerkingsactiviteit of verwerkersactiviteit; het register beschrijft doorgiften per verwerking (Art. 30.1.e AVG).',
    PROC_NO_CONTRACT_DATE: 'Elke verwerker heeft een datum voor de verwerkersovereenkomst (Art. 28.3 AVG).',
    PACT_NO_PROCESSOR_ORGANISATION:
      'Elke verwerkersactiviteit vermeldt de entiteit van de groep die als verwerker optreedt (Art. 30.2.a AVG).',
    PACT_NO_CONTROLLERS:
      'Elke verwerkersactiviteit vermeldt elke verwerkingsverantwoordelijke voor wiens rekening ze wordt uitgevoerd (Art. 30.2.a AVG).',
    PACT_NO_PROCESSING_CATEGORIES:
      'Elke verwerkersactiviteit vermeldt de categorieën van verwerkingen (Art. 30.2.b AVG).',
    PACT_NO_SECURITY:
      'Elke verwerkersactiviteit beschrijft beveiligingsmaatregelen, als gekoppelde maatregelen of als vrije tekst (Art. 30.2.d AVG).',
    ORG_NO_ENTERPRISE_NUMBER:
      'Elke verwerkingsverantwoordelijke heeft een ondernemingsnummer (KBO), zoals het identificatieblad van het GBA-model vraagt.',
    ENTERPRISE_NUMBER_INVALID:
      'Een Belgisch ondernemingsnummer heeft tien cijfers, begint met 0 of 1 en klopt met de controlecijfers (modulo 97).',
    REG_NO_DPO: 'Het register vermeldt de functionaris voor gegevensbescherming (Art. 30.1.a AVG).',
    REG_NO_SUPERVISORY_AUTHORITY:
      'Het register vermeldt de toezichthoudende autoriteit, zodat exports weten aan wie ze gericht zijn.',
    REF_DANGLING: 'Elke verwijzing naar een ander record wijst naar een record dat bestaat.',
    DUPLICATE_NAME: 'Binnen eenzelfde soort records is elke naam uniek, zodat exports ondubbelzinnig blijven.',
  },
};
