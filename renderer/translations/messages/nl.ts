/** The translation workspace's words in Dutch. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  title: 'Vertalingen',
  intro:
    'Alle teksten van het register waarvan de vertaling ontbreekt of verouderd is, met het origineel in het {main} ernaast. Teksten worden in de hoofdtaal geschreven; een vertaling volgt die tekst.',
  keyboardHelp:
    'Typ de vertaling en druk op Enter: ze wordt bewaard en de cursor gaat naar de volgende tekst. Shift+Enter begint een nieuwe regel, Escape maakt ongedaan wat u in de tekst typte.',
  loading: 'Bezig met laden…',
  filtersLabel: 'Wat vertalen',
  language: 'Doeltaal',
  languageOption: { one: '{language} — nog 1 tekst', other: '{language} — nog {count} teksten' },
  languageOptionDone: '{language} — alles vertaald',
  kind: 'Deel van het register',
  kindAll: 'Alle delen',
  kindMeta: 'Registergegevens (titel, beschrijving)',
  controller: 'Verwerkingsverantwoordelijke',
  controllerAll: 'Alle verwerkingsverantwoordelijken',
  controllerHidesOthers:
    'Alleen verwerkingsactiviteiten en verwerkersactiviteiten hebben een verwerkingsverantwoordelijke: zolang er een gekozen is, worden de andere teksten niet getoond.',
  controllerNotApplicable:
    '{kind}: deze records gelden voor alle verwerkingsverantwoordelijken, dus de filter op verwerkingsverantwoordelijke is hier niet van toepassing.',
  state: 'Tonen',
  stateTodo: 'Ontbrekend en verouderd',
  stateMissing: 'Alleen ontbrekend',
  stateOutdated: 'Alleen verouderd',
  missingCount: { one: '1 ontbrekend', other: '{count} ontbrekend' },
  outdatedCount: { one: '1 verouderd', other: '{count} verouderd' },
  countsLanguage: '{language}: {missing}, {outdated}.',
  countsFiltered: 'Met deze filters: {missing}, {outdated}.',
  allDone: 'Alles is vertaald in het {language}: geen enkele tekst ontbreekt of is verouderd.',
  noneMatch: 'Geen enkele te vertalen tekst past bij deze filters.',
  tableCaption: 'Te vertalen teksten naar het {language}',
  columnText: 'Tekst',
  columnSource: 'Origineel ({language})',
  columnTranslation: 'Vertaling ({language})',
  metaName: 'Registergegevens',
  itemPurposes: 'Doeleinde {n}',
  itemLegalBases: 'Rechtsgrond {n}',
  itemSources: 'Bron {n}',
  itemRetention: 'Bewaarregel {n}',
  itemProcessingCategories: 'Categorie van verwerking {n}',
  itemOther: '{label} {n}',
  openInEditor: 'Openen in de editor, bij dit veld',
  translationOf: 'Vertaling naar het {language}: {text}',
  badgeMissing: 'ontbreekt',
  badgeOutdated: 'verouderd',
  badgeSaved: 'klaar',
  badgeConfirmed: 'bevestigd',
  outdatedHint:
    'Deze vertaling werd gemaakt van een vroegere versie van het origineel. Verbeter ze, of bevestig ze als ze nog hetzelfde zegt.',
  save: 'Bewaren',
  stillCorrect: 'Klopt nog',
  undo: 'Typen ongedaan maken',
  saving: 'Bezig met bewaren…',
  savedStatus: 'Bewaard: {text}.',
  confirmedStatus: 'Bevestigd als nog juist: {text}.',
  lastText: 'Dat was de laatste tekst van de lijst.',
  conflict:
    'Deze tekst werd intussen elders gewijzigd ({fields}). De rij toont nu wat bewaard is; wat u typte staat nog in het vak: vergelijk het met het origineel en bewaar opnieuw.',
  gone: 'Deze tekst bestaat niet meer: het record of het onderdeel werd intussen elders verwijderd.',
  saveFailed: 'De vertaling kon niet worden bewaard: {reason}',
  shown: '{shown} van {total} teksten getoond.',
  showMore: 'Nog {count} tonen',
  finishedNote:
    'Teksten die u bewaart blijven als klaar in de lijst staan, zodat de rijen niet verspringen terwijl u werkt; ze verdwijnen wanneer u een filter wijzigt.',
  clearFinished: {
    one: 'De afgewerkte tekst uit de lijst halen',
    other: 'De {count} afgewerkte teksten uit de lijst halen',
  },
  leaveUnsaved: 'Sommige vertalingen die u typte, zijn nog niet bewaard. Toch verlaten en ze verliezen?',
};
