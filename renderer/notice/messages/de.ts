/** The privacy notice screen's words in German. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  title: 'Datenschutzerklärung',
  intro:
    'Die Informationen, die Art. 13 und 14 DSGVO den betroffenen Personen vorschreiben, aus dem Verzeichnis erstellt: Wählen Sie den Verantwortlichen (oder mehrere, die gemeinsam informieren) und die Sprache. Interne Felder erscheinen nie; feste Absätze stammen aus den Verzeichnisangaben und, wo Sie keine geschrieben haben, aus dem Standardtext des Programms.',
  controllers: 'Verantwortliche',
  controllersHint: 'Mehrere Verantwortliche ergeben eine Erklärung für die Gruppe.',
  noControllers:
    'Das Verzeichnis nennt noch keinen Verantwortlichen: Fügen Sie zuerst eine Organisation der Art „Verantwortlicher“ hinzu.',
  language: 'Sprache der Erklärung',
  date: 'Datum der Erklärung',
  exportHtml: 'Als Webseite (HTML) speichern',
  exportPdf: 'Als PDF speichern',
  saved: 'Gespeichert als {file}.',
  saveFailed: 'Speichern fehlgeschlagen: {reason}',
  building: 'Die Erklärung wird erstellt…',
  missingTitle: {
    one: '1 Punkt vor der Veröffentlichung zu klären',
    other: '{count} Punkte vor der Veröffentlichung zu klären',
  },
  missingNone:
    'Nichts zu klären: Jeder Zweck hat seine Formulierung, jeder Empfänger seine Art, DSB und Aufsichtsbehörde sind bekannt.',
  openField: 'Öffnen',
  editTexts: 'Die festen Absätze bearbeiten',
  previewTitle: 'Vorschau',
  changesTitle: 'Was sich seit einer Momentaufnahme geändert hat',
  changesIntro:
    'Eine Änderung der Erklärung muss den betroffenen Personen zur Kenntnis gebracht werden. Vergleichen Sie die Erklärung, wie sie in einer Momentaufnahme war, mit der heutigen oder mit einer späteren Momentaufnahme.',
  changesSnapshot: 'Ab Momentaufnahme',
  changesChoose: '— Momentaufnahme wählen —',
  changesTo: 'Bis',
  changesToday: 'das heutige Verzeichnis',
  changesNone: 'Die Erklärung ist dieselbe wie in dieser Momentaufnahme.',
  changesCount: { one: '1 Änderung', other: '{count} Änderungen' },
  noSnapshots:
    'Es gibt noch keine Momentaufnahme: Erstellen Sie eine im Bildschirm Momentaufnahmen, um später zu vergleichen.',
  textsTitle: 'Feste Absätze',
  textsIntro:
    'Ihr eigener Text der Absätze, die jede Erklärung enthält, in der Hauptsprache des Verzeichnisses; ein leeres Feld behält den darin gezeigten Standardtext. Zeilen, die mit „- “ beginnen, bilden eine Liste; {controllers}, {contact} und {authority} werden ausgefüllt. Übersetzen Sie sie im Bildschirm Übersetzungen (Verzeichnisangaben).',
  textsSave: 'Die Absätze speichern',
  textsSaved: 'Absätze gespeichert.',
  refused: 'Die Erklärung kann nicht erstellt werden: {reason}',
};
