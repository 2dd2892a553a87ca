/** Spreadsheet import messages in Dutch. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  readErrors: {
    emptyFile: 'Het bestand is leeg.',
    tooLarge: 'Het bestand is {size} MB; rekenbladen groter dan {limit} MB worden niet ingelezen.',
    encrypted:
      'Dit bestand is met een wachtwoord beveiligd (versleuteld), of het is een oud Excel 97–2003-bestand (.xls). Verwijder het wachtwoord of bewaar het als Excel-werkmap (.xlsx), OpenDocument-rekenblad (.ods) of CSV-bestand en lees dat in.',
    notASpreadsheet:
      'Dit bestand is geen rekenblad en geen tekstbestand (CSV, TSV). Lees een Excel-werkmap (.xlsx), een OpenDocument-rekenblad (.ods) of een CSV- of TSV-tekstbestand in.',
    zipNotSpreadsheet:
      'Dit bestand is een zip-archief zonder rekenblad (geen Excel-werkmap, geen OpenDocument-rekenblad): misschien een export van een ander programma of een document van een andere soort. Lees een Excel-werkmap (.xlsx), een OpenDocument-rekenblad (.ods) of een CSV- of TSV-tekstbestand in.',
    truncated: 'Het bestand is onvolledig of beschadigd (afgebroken): {detail}. Bewaar of kopieer het opnieuw.',
    zipTooBig:
      'Het bestand zou uitgepakt {size} MB groot zijn, meer dan de grens van {limit} MB. Het wordt geweigerd als mogelijke zipbom.',
    zipRatio:
      'Het onderdeel {entry} van het bestand zou {ratio} keer groter worden, meer dan de grens van {limit} keer voor onderdelen boven {min} MB. Het bestand wordt geweigerd als mogelijke zipbom.',
    zipEntries:
      'Het bestand bevat {count} onderdelen, meer dan de grens van {limit}. Het wordt geweigerd als mogelijke zipbom.',
    zipSizeMismatch:
      'Het onderdeel {entry} van het bestand is uitgepakt groter dan opgegeven. Het bestand wordt geweigerd als beschadigd of als mogelijke zipbom.',
    unreadable: 'Het rekenblad kan niet gelezen worden: {detail}',
    tooManyCells:
      'Het blad "{sheet}" zou meer dan {limit} cellen bevatten als de herhaalde rijen en kolommen uitgeschreven worden. Het wordt geweigerd als mogelijke aanval; verwijder de lege rijen en kolommen aan het einde en probeer opnieuw.',
    unsupportedEncoding:
      'Dit tekstbestand is geschreven in {encoding}, dat hier niet gelezen wordt. Bewaar het als "CSV UTF-8" (of als Excel-werkmap) en lees dat in.',
    unclosedQuote:
      'Het tekstbestand heeft een aanhalingsteken dat op rij {row} geopend en nooit gesloten wordt: alles daarna zou in één cel terechtkomen. Verbeter het bestand en lees het opnieuw in.',
  },
};
