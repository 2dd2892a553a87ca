/** What the `ropa` command says in German. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  unknownCommand: 'unbekannter Befehl "{command}"; "ropa --help" zeigt die Liste der Befehle.',
  unknownOption: 'unbekannte Option {option} für "{command}"; siehe "{command} --help".',
  missingValue: 'die Option {option} braucht einen Wert.',
  noValueExpected: 'die Option {option} nimmt keinen Wert an.',
  missingInput: 'die Eingabedatei fehlt; Aufruf: {usage}',
  missingOption: 'die erforderliche Option {option} fehlt; Aufruf: {usage}',
  unexpectedArgument: 'unerwartetes Argument "{argument}"; Aufruf: {usage}',
  badLanguage: 'unbekannte Sprache "{value}" für --lang; verwenden Sie {languages}.',
  badFormat: 'unbekanntes Format "{value}" für --format; verwenden Sie {formats}.',
  formatNotAvailable: 'das Format {format} ist noch nicht verfügbar',
  badDate: 'ungültiges Datum "{value}" für --today; verwenden Sie JJJJ-MM-TT.',
  fileNotFound: '{file}: Datei nicht gefunden.',
  isDirectory: '{file}: ist ein Ordner, keine Datei.',
  permissionDenied: '{file}: Zugriff verweigert.',
  cannotRead: '{file}: kann nicht gelesen werden ({detail}).',
  notText: '{file}: keine Textdatei (kein UTF-8); erwartet wird eine Verzeichnisdatei (*.ropa.json).',
  fileProblem: '{file}: {message}',
  outFolderMissing: '{file} kann nicht geschrieben werden: der Ordner existiert nicht.',
  outIsDirectory: '{file} kann nicht geschrieben werden: es ist ein Ordner.',
  outPermissionDenied: '{file} kann nicht geschrieben werden: Zugriff verweigert.',
  cannotWrite: '{file} kann nicht geschrieben werden ({detail}).',
  unknownController: 'keine Organisation mit der ID "{id}" in {file}; Verantwortliche: {controllers}.',
  notAController:
    'Organisation "{id}" ({name}) in {file} ist kein Verantwortlicher; eine Datenschutzerklärung wird für Verantwortliche erstellt.',
  unknownOrganisation: 'keine Organisation mit der ID "{id}" im Verzeichnis.',
  none: 'keine',
  internalError: 'interner Fehler: {detail} (bitte melden Sie diesen Fehler).',
  cellProblem: '{sheet}!{column} Zeile {row}: {reason}',
  sheetProblem: '{sheet}!{column}: {reason}',
  fingerprintMismatch:
    'Hinweis: {file} wurde außerhalb von RoPA Desk geändert: der gespeicherte Fingerabdruck passt nicht zum Inhalt.',
  written: '{file} geschrieben (Fingerabdruck {fingerprint}).',
  imported: '{input} (Dateiversion {from}) in {file} importiert (Dateiversion {to}, Fingerabdruck {fingerprint}).',
  zipNotSpreadsheetOrRegister:
    '{file}: weder eine Tabelle noch eine Verzeichnisdatei (ein ZIP-Archiv ohne Arbeitsmappe oder OpenDocument-Tabelle, vielleicht ein Export eines anderen Programms); ropa import liest Verzeichnisdateien (*.ropa.json), Excel-Arbeitsmappen (.xlsx), OpenDocument-Tabellen (.ods) sowie CSV- und TSV-Dateien.',
  notSpreadsheetOrRegister:
    '{file}: weder eine Tabelle noch eine Verzeichnisdatei (weder Tabelle noch Text); ropa import liest Verzeichnisdateien (*.ropa.json), Excel-Arbeitsmappen (.xlsx), OpenDocument-Tabellen (.ods) sowie CSV- und TSV-Dateien.',
  intoRegisterFile:
    '--into führt eine Tabelle oder Arbeitsmappe mit einem Verzeichnis zusammen; {file} ist selbst eine Verzeichnisdatei.',
  badMapping: '{file}: keine gespeicherte Spaltenzuordnung ({detail}).',
  mappingFit:
    'Hinweis: die Zuordnung „{name}“ kennt {share} % der Spalten des Blatts „{sheet}“; Spalten, die sie nicht kennt, werden nicht importiert.',
  importedSpreadsheet: '{input} (Blatt „{sheet}“) in {file} importiert (Fingerabdruck {fingerprint}).',
  importedRecords:
    '{records} — angelegt: {created}, aktualisiert: {updated}; verknüpfte Datensätze angelegt: {linked}.',
  importedColumns:
    'Spalten — zugeordnet: {mapped}, ignoriert: {ignored}; Formularblätter gelesen: {forms}; nicht verstandene Werte: {problems}.',
  problemsNote: 'Hinweis: nicht verstandene Werte: {count}; --report DATEI listet sie Zelle für Zelle auf.',
  reportWritten: 'Importbericht nach {file} geschrieben.',
  summary: '{errors}, {warnings}, {infos}.',
  errors: { one: '{count} Fehler', other: '{count} Fehler' },
  warnings: { one: '{count} Warnung', other: '{count} Warnungen' },
  infos: { one: '{count} Hinweis', other: '{count} Hinweise' },
  noticeProblems: {
    one: 'Hinweis: {count} Punkt ist vor der Veröffentlichung der Erklärung zu klären (die App zeigt ihn mit einem Link zum Feld).',
    other:
      'Hinweis: {count} Punkte sind vor der Veröffentlichung der Erklärung zu klären (die App zeigt sie mit Links zu den Feldern).',
  },
  translationMainLanguage:
    '{language} ist die Hauptsprache des Verzeichnisses: In diese Sprache ist nichts zu übersetzen.',
  translationsWritten: {
    one: '{file} geschrieben: {count} Text zu übersetzen von {source} nach {target}.',
    other: '{file} geschrieben: {count} Texte zu übersetzen von {source} nach {target}.',
  },
  translationCounts:
    'Übersetzungen auf {language}: {applied} übernommen, {stale} veraltet, {unknown} unbekannt, {unchanged} unverändert.',
  translationStale: 'veraltet, nicht übernommen: {record}, {field}: {reason}',
  translationUnknown: 'unbekannt, nicht übernommen: {record}, {field}: {reason}',
  translationProblem: '{at}: {record}, {field}: {reason}',
  translationsNotWritten: 'keine Übersetzung übernommen; {file} wurde nicht geschrieben.',
  outNotAFolder: 'der Verzeichnisordner {file} kann nicht geschrieben werden: Es ist eine Datei.',
  outNotRegisterFolder:
    'der Verzeichnisordner {file} kann nicht geschrieben werden: Er enthält anderes und keine register.json; wählen Sie einen neuen oder leeren Ordner.',
  writtenFolder: 'Verzeichnisordner {file} geschrieben ({count} Einträge, Fingerabdruck {fingerprint}).',
  folderInto:
    '--into führt eine Tabelle oder Arbeitsmappe in ein Verzeichnis zusammen; {file} ist selbst ein Verzeichnisordner.',
  merged: 'Ohne Konflikte in {file} zusammengeführt.',
  mergedRegister: 'Ohne Konflikte in {file} zusammengeführt (Fingerabdruck {fingerprint}).',
  conflictLine: 'KONFLIKT {record} {field}: wir {ours}; sie {theirs}; Basis {base}',
  conflictWholeRecord: '(der Eintrag)',
  absent: '(fehlt)',
  conflictsFound: {
    one: '{count} Konflikt: dasselbe Feld auf zwei Arten geändert; {file} wurde nicht geschrieben.',
    other: '{count} Konflikte: dieselben Felder auf zwei Arten geändert; {file} wurde nicht geschrieben.',
  },
  danglingLink: 'Hinweis: {record} {field} verweist auf {id}, einen Eintrag, den das Zusammenführen gelöscht hat.',
  differentRecords:
    'KONFLIKT: Die drei Versionen sind nicht ein Eintrag (IDs {ids}). Git hat einen auf einer Seite gelöschten Eintrag und einen anderen Eintrag als Umbenennung gepaart; nichts wurde zusammengeführt. Setzen Sie git config merge.renames false in diesem Klon und führen Sie erneut zusammen.',
  danglingPurposeLink:
    'Hinweis: {record} {field} verweist auf {id}, einen Zweck des Eintrags, den das Zusammenführen gelöscht hat.',
};
