/** Wat de privacyverklaring in het Nederlands zegt (sleutels: en.ts). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  title: 'Privacyverklaring',
  titleOf: 'Privacyverklaring van {controllers}',
  contents: 'Inhoud',
  headingIntroduction: 'Inleiding',
  headingControllers: 'Wie verwerkt jouw persoonsgegevens?',
  headingPurposes: 'Waarvoor verwerken we jouw persoonsgegevens?',
  headingLegalBases: 'Op welke rechtsgronden verwerken we jouw gegevens?',
  headingDataCategories: 'Welke persoonsgegevens verwerken we?',
  headingSources: 'Van wie krijgen we jouw persoonsgegevens?',
  headingRecipients: 'Aan wie geven we jouw persoonsgegevens door?',
  headingProcessors: 'Wie verwerkt jouw gegevens in onze opdracht?',
  headingTransfers: 'Worden jouw gegevens buiten de Europese Economische Ruimte doorgegeven?',
  headingRetention: 'Hoelang bewaren we jouw persoonsgegevens?',
  headingAutomated: 'Geautomatiseerde besluitvorming en profilering',
  headingRights: 'Wat zijn jouw rechten?',
  headingExercise: 'Hoe kun je jouw rechten uitoefenen?',
  headingContact: 'Functionaris voor gegevensbescherming en klachten',

  controllersIntro: 'Jouw persoonsgegevens worden verwerkt door:',
  enterpriseNumber: 'ondernemingsnummer {number}',
  jointIntro:
    'Voor sommige verwerkingen bepalen we de doeleinden en de middelen samen met anderen; we zijn dan gezamenlijke verwerkingsverantwoordelijken (art. 26 AVG):',
  jointWith: '{names}, voor: {activities}',
  arrangement: 'De wezenlijke inhoud van de regeling tussen de gezamenlijke verwerkingsverantwoordelijken: {text}',

  purposesIntro:
    'We verwerken jouw persoonsgegevens voor de volgende doeleinden, gegroepeerd naar de context waarin we dat doen.',
  otherContext: 'Andere verwerkingen',

  legalBasesIntro:
    'De Algemene Verordening Gegevensbescherming (AVG) laat een verwerking alleen toe op een rechtsgrond. We steunen op de volgende gronden; waar een wet of reglement de verwerking oplegt of toelaat, wordt die genoemd.',
  statutesLabel: 'Wetten en reglementen',
  appliesTo: 'Voor: {contexts}',
  interestLabel: 'Het nagestreefde belang',

  dataCategoriesIntro: 'Naargelang van jouw relatie met ons verwerken we de volgende categorieën van persoonsgegevens.',

  sourcesIntro: 'We krijgen jouw persoonsgegevens:',
  sourcesFromYou: 'Van jezelf (art. 13 AVG)',
  sourcesElsewhere: 'Van anderen (art. 14 AVG)',

  recipientsIntro: 'Jouw persoonsgegevens kunnen worden doorgegeven aan de volgende ontvangers, gegroepeerd per soort.',

  processorsIntro:
    'We doen een beroep op verwerkers die jouw gegevens in onze opdracht en volgens onze instructies verwerken. Een overeenkomst legt hun dezelfde beveiligingsmaatregelen op als onszelf (art. 28 AVG).',
  processorCountries: 'verwerkt ook gegevens in: {countries}',

  transfersIntro:
    'De Europese Economische Ruimte (EER) is de Europese Unie met Noorwegen, IJsland en Liechtenstein. Jouw gegevens kunnen in de volgende gevallen buiten de EER worden doorgegeven, telkens onder de vermelde voorwaarde:',
  transfersNone: 'We geven jouw persoonsgegevens niet door buiten de Europese Economische Ruimte.',
  transfersCopy:
    'Je kunt bij onze functionaris voor gegevensbescherming een kopie opvragen van de waarborgen waarop een doorgifte steunt, of vragen waar ze beschikbaar zijn.',
  transferTo: 'naar {country}',
  transferCondition: 'Voorwaarde: {mechanism}',
  transferInstrument: 'Waarborgen: {text}',

  retentionIntro:
    'We bewaren jouw persoonsgegevens niet langer dan nodig voor de doeleinden waarvoor we ze verwerken. Waar de wet een bewaartermijn oplegt, houden we ons daaraan.',
  retentionProcessing: 'Verwerking',
  retentionPurpose: 'Doeleinde',
  retentionPeriod: 'Bewaartermijn',
  retentionAll: 'alle doeleinden van deze verwerking',
  retentionNotRecorded: 'niet vermeld',
  retentionStarts: 'te rekenen vanaf: {trigger}',

  automatedIntro:
    'Sommige beslissingen worden volledig geautomatiseerd genomen, zonder tussenkomst van een medewerker, op basis van de criteria die de regelgeving vastlegt:',
  automatedProfiling: 'met profilering',
  automatedNone:
    'We nemen over jou geen beslissingen die uitsluitend op geautomatiseerde verwerking, met inbegrip van profilering, berusten en die rechtsgevolgen voor jou hebben of jou anderszins in aanmerkelijke mate treffen.',

  dpoHeading: 'Functionaris voor gegevensbescherming',
  dpoNone: 'Neem contact met ons op via de adressen hierboven.',
  authorityHeading: 'Toezichthoudende autoriteit',

  fallbackNote: 'Teksten gemarkeerd met {marker} zijn nog niet vertaald en staan in de taal van het register.',
  generatedOn: 'Versie van {date}, opgemaakt uit het register van de verwerkingsactiviteiten.',
  fingerprint: 'Vingerafdruk van het register (SHA-256): {fingerprint}',
  pageOf: 'Pagina {page} van {pages}',

  templateIntroduction:
    'Deze privacyverklaring wordt uitgegeven door {controllers} ("wij"). Wij respecteren jouw privacy, of je nu lid bent of niet, zorgverlener, kandidaat om bij ons te werken of bezoeker van onze website.\n\nZoals de artikelen 13 en 14 van de Algemene Verordening Gegevensbescherming (AVG) vragen, vertelt deze verklaring je welke persoonsgegevens we verwerken, waarvoor en op welke rechtsgronden, waar de gegevens vandaan komen, aan wie we ze doorgeven, hoelang we ze bewaren en welke rechten je hebt.',
  templateRights:
    'Je hebt de volgende rechten met betrekking tot jouw persoonsgegevens, voor zover ze niet ingaan tegen de wettelijke verplichtingen of de taken van algemeen belang die ons zijn toevertrouwd.\n\n- Recht van inzage: je mag vragen welke persoonsgegevens we van jou verwerken en er een kopie van krijgen (art. 15 AVG).\n- Recht op rectificatie: je mag onjuiste gegevens laten verbeteren en onvolledige laten aanvullen (art. 16 AVG).\n- Recht op gegevenswissing: je mag jouw gegevens laten wissen wanneer we ze niet langer nodig hebben, wanneer je jouw toestemming intrekt en er geen andere grond is, wanneer jouw bezwaar gegrond is of wanneer de verwerking onrechtmatig is (art. 17 AVG).\n- Recht op beperking van de verwerking: je mag het gebruik van jouw gegevens laten beperken zolang hun juistheid of jouw bezwaar wordt onderzocht, of wanneer je ze nodig hebt voor een rechtsvordering (art. 18 AVG).\n- Recht van bezwaar: je mag je altijd verzetten tegen het gebruik van jouw gegevens voor direct marketing, en om redenen die met jouw specifieke situatie verband houden tegen een verwerking voor een taak van algemeen belang of een gerechtvaardigd belang (art. 21 AVG).\n- Recht op overdraagbaarheid: je mag de gegevens die je ons gaf ontvangen of laten doorgeven aan een andere organisatie, wanneer we ze op basis van jouw toestemming of een overeenkomst en geautomatiseerd verwerken (art. 20 AVG).\n- Recht om je toestemming in te trekken: verwerken we gegevens op basis van jouw toestemming, dan mag je die op elk moment intrekken; dat verandert niets aan de rechtmatigheid van de verwerking vóór de intrekking (art. 7, lid 3, AVG).\n- Recht om niet aan geautomatiseerde besluitvorming te worden onderworpen: je mag vragen dat een medewerker een uitsluitend geautomatiseerde beslissing, met inbegrip van profilering, herbekijkt, en je standpunt kenbaar maken (art. 22 AVG).',
  templateExercise:
    'Wil je een van deze rechten uitoefenen, neem dan contact met ons op via {contact}. Wees zo specifiek mogelijk, zodat we je vraag correct kunnen behandelen. Om zeker te zijn dat je de betrokkene bent, kunnen we je vragen je identiteit aan te tonen, bijvoorbeeld met een kopie van je identiteitskaart.\n\nWe antwoorden binnen een maand. Het uitoefenen van je rechten is kosteloos.',
  templateComplaints:
    'Heb je een vraag of een klacht over de manier waarop we jouw persoonsgegevens verwerken, dan kun je onze functionaris voor gegevensbescherming contacteren. Je hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit, {authority}.',

  problemNoActivities:
    'geen actieve verwerkingsactiviteit noemt {controller} als verwerkingsverantwoordelijke of gezamenlijke verwerkingsverantwoordelijke',
  problemDraft: 'de verwerkingsactiviteit is een ontwerp: controleer ze voor de verklaring wordt gepubliceerd',
  problemPurposeWording:
    'het doeleinde heeft geen publieke formulering; de verklaring toont de formulering van het register',
  problemNoPurpose: 'de verwerkingsactiviteit heeft geen doeleinden',
  problemNoLegalBasis: 'de verwerkingsactiviteit heeft geen rechtsgrond',
  problemRecipientKind:
    'de soort van de ontvanger is "andere": kies een preciezere soort, zodat de betrokkenen weten wat voor ontvanger het is',
  problemTransferMechanism: 'de doorgifte heeft geen voorwaarde (doorgiftemechanisme)',
  problemNoRetention: 'voor dit doeleinde is geen bewaartermijn of criterium vastgelegd',
  problemNoDpo:
    'het register noemt geen functionaris voor gegevensbescherming (een organisatie van de soort "DPO") voor deze verwerkingsverantwoordelijken',
  problemDpoContact: 'de functionaris voor gegevensbescherming heeft geen e-mailadres en geen postadres',
  problemNoAuthority:
    'het register noemt geen toezichthoudende autoriteit (een organisatie van de soort "toezichthoudende autoriteit")',
  problemAuthorityAddress: 'de toezichthoudende autoriteit heeft geen adres',
  problemControllerAddress: 'de verwerkingsverantwoordelijke heeft geen adres',
  problemNotTranslated:
    'de tekst is niet vertaald in het {language} (of de vertaling is verouderd); de verklaring toont de tekst in het {main}',
  problemTemplateNotTranslated:
    'je eigen tekst van deze paragraaf is niet vertaald in het {language}; de verklaring toont de standaardtekst',

  changePurposeAdded: 'Nieuw doeleinde ({activity}): {purpose}',
  changePurposeRemoved: 'Doeleinde niet langer nagestreefd ({activity}): {purpose}',
  changePurposeChanged: 'Doeleinde anders geformuleerd ({activity}): "{before}" wordt "{after}"',
  changeActivityAdded: 'Nieuwe verwerking: {activity}',
  changeActivityRemoved: 'Verwerking niet langer uitgevoerd: {activity}',
  changeLegalBasisAdded: 'Nieuwe rechtsgrond ({activity}): {ground}',
  changeLegalBasisRemoved: 'Rechtsgrond niet langer gebruikt ({activity}): {ground}',
  changeStatuteAdded: 'Nieuwe wet als grondslag ({activity}, {ground}): {statute}',
  changeStatuteRemoved: 'Wet niet langer als grondslag ({activity}, {ground}): {statute}',
  changeDataCategoryAdded: 'Nieuwe categorie van persoonsgegevens: {name}',
  changeDataCategoryRemoved: 'Categorie van persoonsgegevens niet langer verwerkt: {name}',
  changeSourceAdded: 'Nieuwe bron van gegevens: {name}',
  changeSourceRemoved: 'Bron van gegevens niet langer gebruikt: {name}',
  changeRecipientAdded: 'Nieuwe ontvanger: {name}',
  changeRecipientRemoved: 'Ontvanger krijgt geen gegevens meer: {name}',
  changeProcessorAdded: 'Nieuwe verwerker: {name}',
  changeProcessorRemoved: 'Verwerker niet langer ingeschakeld: {name}',
  changeTransferAdded: 'Nieuwe doorgifte buiten de EER: {name} ({condition})',
  changeTransferRemoved: 'Doorgifte buiten de EER beëindigd: {name}',
  changeTransferChanged: 'Doorgifte buiten de EER gewijzigd: {name}: "{before}" wordt "{after}"',
  changeRetentionChanged: 'Bewaartermijn gewijzigd ({activity}, {purpose}): {before} wordt {after}',
  changeAutomatedChanged: 'Geautomatiseerde besluitvorming gewijzigd ({activity}): {before} wordt {after}',
  changeAutomatedYes: 'geautomatiseerde beslissingen',
  changeAutomatedProfiling: 'geautomatiseerde beslissingen met profilering',
  changeAutomatedNo: 'geen geautomatiseerde beslissingen',
  changeContactChanged: 'Contactgegevens gewijzigd: {name}',
  changeTextChanged: 'Tekst van de verklaring gewijzigd: {name}',
};
