/** Messages of the exchange with translators (translation workspace) in German. */
import type { TranslationOf } from '../../../../shared/i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  title: 'Austausch mit Übersetzern',
  intro:
    'Senden Sie die Texte, die noch auf {language} zu übersetzen sind, als Datei an einen Übersetzer und importieren Sie danach die übersetzte Datei. Nur Übersetzungen von Texten, die sich inzwischen nicht geändert haben, werden übernommen.',
  taskCount: {
    one: '1 Text ist auf {language} zu übersetzen (fehlt oder ist veraltet).',
    other: '{count} Texte sind auf {language} zu übersetzen (fehlen oder sind veraltet).',
  },
  noTasks: 'Jeder Text ist auf {language} übersetzt und aktuell: Es gibt nichts zu senden.',
  format: 'Datei für den Übersetzer',
  formatXliff: 'XLIFF 2.0 (für Übersetzungswerkzeuge)',
  formatXlsx: 'Excel-Arbeitsmappe',
  download: 'Für Übersetzer herunterladen',
  xliffFilter: 'XLIFF-Datei',
  saved: 'Gespeichert als {file}.',
  saveFailed: 'Die Datei konnte nicht gespeichert werden: {reason}',
  importFile: 'Übersetzte Datei importieren…',
  fileFilter: 'Übersetzte Datei (XLIFF, Excel)',
  reading: 'Die Datei wird gelesen…',
  refused: 'Diese Datei kann nicht importiert werden: {reason}',
  previewTitle: 'Was der Import ändern würde',
  previewFile: '{file}: Übersetzungen auf {language}',
  countApplied: 'Zu übernehmen',
  countStale: 'Veraltet (Text inzwischen geändert)',
  countUnknown: 'Unbekannt',
  countUnchanged: 'Unverändert oder nicht übersetzt',
  appliedTitle: 'Zu übernehmende Übersetzungen',
  staleTitle: 'Nicht übernommen: Der Text wurde geändert, seit die Datei erstellt wurde',
  unknownTitle: 'Nicht übernommen: Texte, die das Verzeichnis nicht mehr hat',
  problemsTitle: {
    one: '1 Text konnte nicht unverändert übernommen werden',
    other: '{count} Texte konnten nicht unverändert übernommen werden',
  },
  columnRecord: 'Eintrag',
  columnField: 'Feld',
  columnSource: 'Text auf {language}',
  columnTranslation: 'Übersetzung',
  columnReason: 'Grund',
  columnWhere: 'Stelle in der Datei',
  replaces: 'Ersetzt: {text}',
  sourceThen: 'Übersetzt aus: {text}',
  sourceNow: 'Jetzt: {text}',
  nothingToApply: 'Nichts aus dieser Datei kann übernommen werden.',
  apply: 'Übersetzungen übernehmen',
  cancel: 'Abbrechen',
  keptBefore: 'Vor den Übersetzungen aus {file}',
  applied: {
    one: 'Übersetzungen aus {file} übernommen: 1 Text.',
    other: 'Übersetzungen aus {file} übernommen: {count} Texte.',
  },
  applyFailed: 'Die Übersetzungen wurden nicht übernommen: {reason}',
  registerChanged:
    'Das Verzeichnis wurde geändert, nachdem die Vorschau erstellt wurde; die Vorschau wurde daher aus dem aktuellen Verzeichnis neu erstellt. Prüfen Sie sie und übernehmen Sie dann.',
};
