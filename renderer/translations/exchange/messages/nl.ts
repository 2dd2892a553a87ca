/** Messages of the exchange with translators (translation workspace) in Dutch. */
import type { TranslationOf } from '../../../../shared/i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  title: 'Uitwisseling met vertalers',
  intro:
    'Stuur de teksten die nog in het {language} vertaald moeten worden als bestand naar een vertaler, en importeer daarna het vertaalde bestand. Alleen vertalingen van teksten die intussen niet gewijzigd zijn, worden toegepast.',
  taskCount: {
    one: '1 tekst moet in het {language} vertaald worden (ontbreekt of is verouderd).',
    other: '{count} teksten moeten in het {language} vertaald worden (ontbreken of zijn verouderd).',
  },
  noTasks: 'Elke tekst is in het {language} vertaald en bijgewerkt: er valt niets te versturen.',
  format: 'Bestand voor de vertaler',
  formatXliff: 'XLIFF 2.0 (voor vertaaltools)',
  formatXlsx: 'Excel-werkmap',
  download: 'Downloaden voor vertalers',
  xliffFilter: 'XLIFF-bestand',
  saved: 'Opgeslagen als {file}.',
  saveFailed: 'Het bestand kon niet opgeslagen worden: {reason}',
  importFile: 'Vertaald bestand importeren…',
  fileFilter: 'Vertaald bestand (XLIFF, Excel)',
  reading: 'Het bestand wordt gelezen…',
  refused: 'Dit bestand kan niet geïmporteerd worden: {reason}',
  previewTitle: 'Wat de import zou wijzigen',
  previewFile: '{file}: vertalingen in het {language}',
  countApplied: 'Toe te passen',
  countStale: 'Verouderd (tekst intussen gewijzigd)',
  countUnknown: 'Onbekend',
  countUnchanged: 'Ongewijzigd of niet vertaald',
  appliedTitle: 'Toe te passen vertalingen',
  staleTitle: 'Niet toegepast: de tekst is gewijzigd sinds het bestand gemaakt is',
  unknownTitle: 'Niet toegepast: teksten die het register niet meer heeft',
  problemsTitle: {
    one: '1 tekst kon niet overgenomen worden zoals hij is',
    other: '{count} teksten konden niet overgenomen worden zoals ze zijn',
  },
  columnRecord: 'Record',
  columnField: 'Veld',
  columnSource: 'Tekst in het {language}',
  columnTranslation: 'Vertaling',
  columnReason: 'Reden',
  columnWhere: 'Plaats in het bestand',
  replaces: 'Vervangt: {text}',
  sourceThen: 'Vertaald uit: {text}',
  sourceNow: 'Nu: {text}',
  nothingToApply: 'Niets uit dit bestand kan toegepast worden.',
  apply: 'Vertalingen toepassen',
  cancel: 'Annuleren',
  keptBefore: 'Vóór de vertalingen uit {file}',
  applied: {
    one: 'Vertalingen uit {file} toegepast: 1 tekst.',
    other: 'Vertalingen uit {file} toegepast: {count} teksten.',
  },
  applyFailed: 'De vertalingen zijn niet toegepast: {reason}',
  registerChanged:
    'Het register is gewijzigd nadat het voorbeeld gemaakt was; het voorbeeld is daarom opnieuw gemaakt van het register zoals het nu is. Controleer het en pas dan toe.',
};
