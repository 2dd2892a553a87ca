/** Spreadsheet import messages in German. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  readErrors: {
    emptyFile: 'Die Datei ist leer.',
    tooLarge: 'Die Datei ist {size} MB groß; Tabellen über {limit} MB werden nicht importiert.',
    encrypted:
      'Diese Datei ist kennwortgeschützt (verschlüsselt) oder eine alte Excel-97–2003-Datei (.xls). Entfernen Sie das Kennwort oder speichern Sie sie als Excel-Arbeitsmappe (.xlsx), OpenDocument-Tabelle (.ods) oder CSV-Datei und importieren Sie dann diese.',
    notASpreadsheet:
      'Diese Datei ist weder eine Tabelle noch eine Textdatei (CSV, TSV). Importieren Sie eine Excel-Arbeitsmappe (.xlsx), eine OpenDocument-Tabelle (.ods) oder eine CSV- oder TSV-Textdatei.',
    zipNotSpreadsheet:
      'Diese Datei ist ein ZIP-Archiv ohne Tabelle (keine Excel-Arbeitsmappe, keine OpenDocument-Tabelle): vielleicht ein Export eines anderen Programms oder ein Dokument anderer Art. Importieren Sie eine Excel-Arbeitsmappe (.xlsx), eine OpenDocument-Tabelle (.ods) oder eine CSV- oder TSV-Textdatei.',
    truncated:
      'Die Datei ist unvollständig oder beschädigt (abgeschnitten): {detail}. Speichern oder kopieren Sie sie erneut.',
    zipTooBig:
      'Die Datei wäre entpackt {size} MB groß, mehr als die Grenze von {limit} MB. Sie wird als mögliche ZIP-Bombe abgelehnt.',
    zipRatio:
      'Der Teil {entry} der Datei würde sich beim Entpacken auf das {ratio}-Fache vergrößern, mehr als die Grenze des {limit}-Fachen für Teile über {min} MB. Die Datei wird als mögliche ZIP-Bombe abgelehnt.',
    zipEntries:
      'Die Datei enthält {count} Teile, mehr als die Grenze von {limit}. Sie wird als mögliche ZIP-Bombe abgelehnt.',
    zipSizeMismatch:
      'Der Teil {entry} der Datei ist entpackt größer als angegeben. Die Datei wird als beschädigt oder als mögliche ZIP-Bombe abgelehnt.',
    unreadable: 'Die Tabelle kann nicht gelesen werden: {detail}',
    tooManyCells:
      'Das Blatt „{sheet}“ enthielte mehr als {limit} Zellen, wenn seine wiederholten Zeilen und Spalten ausgeschrieben werden. Es wird als möglicher Angriff abgelehnt; löschen Sie die leeren Zeilen und Spalten am Ende und versuchen Sie es erneut.',
    unsupportedEncoding:
      'Diese Textdatei ist in {encoding} geschrieben, das hier nicht gelesen wird. Speichern Sie sie als „CSV UTF-8“ (oder als Excel-Arbeitsmappe) und importieren Sie dann diese.',
    unclosedQuote:
      'Die Textdatei hat ein Anführungszeichen, das in Zeile {row} geöffnet und nie geschlossen wird: Alles danach landete in einer einzigen Zelle. Korrigieren Sie die Datei und importieren Sie sie erneut.',
  },
};
