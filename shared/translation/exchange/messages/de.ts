/** Messages of the exchange with translators in German. */
import type { TranslationOf } from '../../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  fileErrors: {
    emptyFile: 'Die Datei ist leer.',
    tooLarge: 'Die Datei ist {size} MB groß; Dateien von Übersetzern über {limit} MB werden nicht importiert.',
    unknownFormat:
      'Dies ist weder eine XLIFF-Datei noch eine Excel-Arbeitsmappe (.xlsx). Importieren Sie die Datei, die RoPA Desk für Übersetzer erstellt hat, sobald sie übersetzt ist.',
    notUtf8: 'Die Datei ist kein UTF-8-Text und kann daher keine XLIFF-Datei sein.',
    notXml:
      'Die Datei ist kein wohlgeformtes XML (Zeile {line}, Spalte {column}: {detail}). Wurde sie abgeschnitten oder von Hand bearbeitet?',
    doctype:
      'Die Datei deklariert einen Dokumenttyp (<!DOCTYPE …>). XLIFF-Dateien brauchen nie einen, und eine solche Deklaration kann eine Datei andere Dateien lesen oder unbegrenzt anwachsen lassen; deshalb wird sie abgelehnt.',
    notXliff: 'Die Datei ist XML, aber kein XLIFF-Dokument (ihr Wurzelelement ist <{root}>).',
    xliffVersion:
      'Dies ist eine XLIFF-{version}-Datei; RoPA Desk liest XLIFF 2.0 und 2.1. Bitten Sie um die Datei in der Version, in der sie verschickt wurde.',
    notOurs:
      'Diese Datei wurde nicht von RoPA Desk für Übersetzer erstellt: Keiner ihrer Texte trägt den Stempel, den RoPA Desk schreibt. Exportieren Sie eine Datei für Übersetzer aus RoPA Desk und lassen Sie diese übersetzen.',
    noTargetLanguage: 'Die Datei gibt nicht an, in welche Sprache sie übersetzt wurde.',
    badLanguage: 'Die Zielsprache der Datei, „{found}“, ist keine Sprache des Verzeichnisses ({languages}).',
    wrongLanguage:
      'Die Zielsprache der Datei ist {found}, nicht {expected}. Importieren Sie sie bei den Texten auf {found}.',
    sameAsMain:
      'Die Zielsprache der Datei ist {found}, die Hauptsprache des Verzeichnisses: In diese Sprache ist nichts zu übersetzen.',
    sourceLanguage:
      'Die Ausgangssprache der Datei ist {found}, die Hauptsprache des Verzeichnisses aber {expected}: Die Datei gehört zu einem anderen Verzeichnis, oder die Hauptsprache wurde inzwischen geändert.',
    workbook: '{reason}',
    noTextSheet:
      'Die Arbeitsmappe enthält kein Blatt mit zu übersetzenden Texten, oder ihr Informationsblatt „{info}“ fehlt oder wurde geändert. Wurde sie in eine andere Arbeitsmappe kopiert?',
    invalidResult: 'Das Verzeichnis mit diesen Übersetzungen wäre nicht gültig: {detail}',
  },
  problems: {
    unsafeTextCleaned:
      'die Übersetzung enthielt Zeichen, die ein Verzeichnis nicht speichern kann (ein NUL-Zeichen oder die Hälfte eines Zeichenpaars); sie wurden entfernt oder durch \uFFFD ersetzt',
    formula:
      'die Übersetzungszelle enthält eine Formel ({value}); der Text wird nicht importiert. Geben Sie die Übersetzung als Text ein.',
    errorValue: 'die Übersetzungszelle enthält einen Fehlerwert ({value}); der Text wird nicht importiert',
    notText: 'die Übersetzungszelle kann nicht als Text gelesen werden; der Text wird nicht importiert',
    markup:
      'die Übersetzung enthält Inline-Codes (<{element}>), die ein Verzeichnistext nicht speichern kann; der Text wird nicht importiert',
    partial: 'der Text ist nur teilweise übersetzt (ein Segment hat keine Übersetzung); der Text wird nicht importiert',
    duplicateKey: 'derselbe Text steht weiter oben in der Datei; dieser wird ignoriert',
    noStamp:
      'der Text trägt keinen Quellstempel (er wurde außerhalb von RoPA Desk hinzugefügt oder geändert); er wird nicht importiert',
    noKey: 'der Text hat keinen Schlüssel (er wurde außerhalb von RoPA Desk hinzugefügt); er wird ignoriert',
  },
  reasons: {
    sourceChanged: 'der Text in der Hauptsprache wurde geändert, seit die Datei erstellt wurde',
    recordGone: 'der Eintrag oder das Element, zu dem er gehört, ist nicht mehr im Verzeichnis',
    textGone: 'der Text in der Hauptsprache ist jetzt leer',
    badKey: 'er bezeichnet keinen Text eines Verzeichnisses',
    empty: 'nicht übersetzt',
    same: 'gleich der aktuellen Übersetzung',
    unreviewed: 'die frühere Übersetzung kam unverändert zurück und wurde nicht als übersetzt markiert',
    copiedSource: 'der Text kam als Kopie des Originals zurück und wurde nicht als übersetzt markiert',
  },
  fileTexts: {
    sheetName: 'Übersetzung',
    key: 'Schlüssel',
    record: 'Eintrag',
    field: 'Feld',
    source: 'Text auf {language}',
    translation: 'Übersetzung ({language})',
    previous: 'Frühere Übersetzung (veraltet)',
    stamp: 'Quellstempel',
    atUnit: 'Einheit {id}',
    atRow: 'Zeile {row}',
    recordOf: '{kind}: {name}',
    fileNote:
      'Texte des Verzeichnisses „{title}“, zu übersetzen von {source} nach {target}. Schreiben Sie jede Übersetzung als Zieltext; lassen Sie Kennungen und Notizen unverändert.',
    previousNote:
      'Der Zieltext enthält eine frühere Übersetzung, erstellt aus einer älteren Fassung des Textes: Überarbeiten Sie sie und markieren Sie sie dann als übersetzt.',
  },
};
