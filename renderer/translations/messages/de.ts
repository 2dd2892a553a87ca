/** The translation workspace's words in German. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  title: 'Übersetzungen',
  intro:
    'Alle Texte des Verzeichnisses, deren Übersetzung fehlt oder veraltet ist, mit dem Original auf {main} daneben. Texte werden in der Hauptsprache verfasst; eine Übersetzung folgt diesem Text.',
  keyboardHelp:
    'Geben Sie die Übersetzung ein und drücken Sie die Eingabetaste: Sie wird gespeichert und der Cursor springt zum nächsten Text. Umschalt+Eingabe beginnt eine neue Zeile, Escape macht Ihre Eingabe im Text rückgängig.',
  loading: 'Wird geladen…',
  filtersLabel: 'Was übersetzen',
  language: 'Zielsprache',
  languageOption: { one: '{language} — noch 1 Text', other: '{language} — noch {count} Texte' },
  languageOptionDone: '{language} — alles übersetzt',
  kind: 'Teil des Verzeichnisses',
  kindAll: 'Alle Teile',
  kindMeta: 'Angaben zum Verzeichnis (Titel, Beschreibung)',
  controller: 'Verantwortlicher',
  controllerAll: 'Alle Verantwortlichen',
  controllerHidesOthers:
    'Nur Verarbeitungstätigkeiten und Auftragsverarbeitungstätigkeiten haben einen Verantwortlichen: Solange einer gewählt ist, werden die übrigen Texte nicht angezeigt.',
  controllerNotApplicable:
    '{kind}: Diese Einträge gelten für alle Verantwortlichen, daher greift der Filter nach Verantwortlichem hier nicht.',
  state: 'Anzeigen',
  stateTodo: 'Fehlende und veraltete',
  stateMissing: 'Nur fehlende',
  stateOutdated: 'Nur veraltete',
  missingCount: { one: '1 fehlt', other: '{count} fehlen' },
  outdatedCount: { one: '1 veraltet', other: '{count} veraltet' },
  countsLanguage: '{language}: {missing}, {outdated}.',
  countsFiltered: 'Mit diesen Filtern: {missing}, {outdated}.',
  allDone: 'Alles ist auf {language} übersetzt: Kein Text fehlt oder ist veraltet.',
  noneMatch: 'Kein zu übersetzender Text entspricht diesen Filtern.',
  tableCaption: 'Auf {language} zu übersetzende Texte',
  columnText: 'Text',
  columnSource: 'Original ({language})',
  columnTranslation: 'Übersetzung ({language})',
  metaName: 'Angaben zum Verzeichnis',
  itemPurposes: 'Zweck {n}',
  itemLegalBases: 'Rechtsgrundlage {n}',
  itemSources: 'Quelle {n}',
  itemRetention: 'Speicherregel {n}',
  itemProcessingCategories: 'Kategorie der Verarbeitung {n}',
  itemOther: '{label} {n}',
  openInEditor: 'Im Editor bei diesem Feld öffnen',
  translationOf: 'Übersetzung ({language}): {text}',
  badgeMissing: 'fehlt',
  badgeOutdated: 'veraltet',
  badgeSaved: 'erledigt',
  badgeConfirmed: 'bestätigt',
  outdatedHint:
    'Diese Übersetzung wurde nach einer früheren Fassung des Originals erstellt. Korrigieren Sie sie oder bestätigen Sie sie, wenn sie noch dasselbe aussagt.',
  save: 'Speichern',
  stillCorrect: 'Noch richtig',
  undo: 'Eingabe rückgängig machen',
  saving: 'Wird gespeichert…',
  savedStatus: 'Gespeichert: {text}.',
  confirmedStatus: 'Als noch richtig bestätigt: {text}.',
  lastText: 'Das war der letzte Text der Liste.',
  conflict:
    'Dieser Text wurde inzwischen anderswo geändert ({fields}). Die Zeile zeigt jetzt den gespeicherten Stand; Ihre Eingabe steht noch im Feld: Vergleichen Sie sie mit dem Original und speichern Sie erneut.',
  gone: 'Diesen Text gibt es nicht mehr: Sein Eintrag oder Element wurde inzwischen anderswo gelöscht.',
  saveFailed: 'Die Übersetzung konnte nicht gespeichert werden: {reason}',
  shown: '{shown} von {total} Texten angezeigt.',
  showMore: '{count} weitere anzeigen',
  finishedNote:
    'Gespeicherte Texte bleiben als erledigt in der Liste, damit die Zeilen beim Arbeiten nicht verrutschen; sie verschwinden, wenn Sie einen Filter ändern.',
  clearFinished: {
    one: 'Den erledigten Text aus der Liste entfernen',
    other: 'Die {count} erledigten Texte aus der Liste entfernen',
  },
  leaveUnsaved: 'Einige eingegebene Übersetzungen sind noch nicht gespeichert. Trotzdem verlassen und sie verwerfen?',
};
