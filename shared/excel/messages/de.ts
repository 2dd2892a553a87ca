/** Excel export and import messages in German. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  importErrors: {
    emptyFile: 'Die Datei ist leer.',
    tooLarge: 'Die Datei ist {size} MB groß; Arbeitsmappen über {limit} MB werden nicht importiert.',
    encrypted:
      'Diese Datei ist eine kennwortgeschützte (verschlüsselte) Arbeitsmappe oder eine alte Excel-97–2003-Datei (.xls). Entfernen Sie das Kennwort oder speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie dann diese.',
    notXlsx:
      'Dies ist keine Excel-Arbeitsmappe (.xlsx): Die Datei ist kein ZIP-Archiv (ist es eine umbenannte Text- oder CSV-Datei?).',
    notAWorkbook: 'Dieses ZIP-Archiv ist keine Excel-Arbeitsmappe (.xlsx): Es enthält keine xl/workbook.xml.',
    truncated:
      'Die Arbeitsmappe ist unvollständig oder beschädigt (abgeschnitten): {detail}. Exportieren oder kopieren Sie sie erneut.',
    zipTooBig:
      'Die Arbeitsmappe wäre entpackt {size} MB groß, mehr als die Grenze von {limit} MB. Sie wird als mögliche ZIP-Bombe abgelehnt.',
    zipRatio:
      'Der Teil {entry} der Arbeitsmappe würde sich beim Entpacken auf das {ratio}-Fache vergrößern, mehr als die Grenze des {limit}-Fachen für Teile über {min} MB. Die Arbeitsmappe wird als mögliche ZIP-Bombe abgelehnt.',
    zipEntries:
      'Die Arbeitsmappe enthält {count} Teile, mehr als die Grenze von {limit}. Sie wird als mögliche ZIP-Bombe abgelehnt.',
    zipSizeMismatch:
      'Der Teil {entry} der Arbeitsmappe ist entpackt größer als angegeben. Die Arbeitsmappe wird als beschädigt oder als mögliche ZIP-Bombe abgelehnt.',
    unreadable: 'Die Arbeitsmappe kann nicht gelesen werden: {detail}',
    noRegisterSheet:
      'Die Arbeitsmappe enthält kein Verzeichnisblatt. Erwartet wird ein Export von RoPA Desk (Blätter wie „{complete}“) oder das Verzeichnismuster der belgischen Datenschutzbehörde GBA/APD (ein Blatt „{authority}“). Gefundene Blätter: {found}.',
    invalidResult: 'Das importierte Verzeichnis ist ungültig: {path}: {detail}',
  },
  problemReasons: {
    unsafeTextCleaned:
      'enthielt Zeichen, die ein Verzeichnis nicht speichern kann (ein NUL-Zeichen oder ein halbes Zeichenpaar); sie wurden entfernt oder durch \uFFFD ersetzt',
    badDate: 'kein Datum: „{value}“; die Zelle wird ignoriert',
    badBoolean: 'weder Ja noch Nein: „{value}“; die Zelle wird ignoriert',
    badEnum: 'unbekannter Wert „{value}“; die Zelle wird ignoriert',
    badCountry: 'unbekanntes Land „{value}“; die Zelle wird ignoriert',
    badDuration: 'kein ISO-8601-Zeitraum wie P18M: „{value}“; die Zelle wird ignoriert',
    badLanguage: 'unbekannte Sprache „{value}“; die Zelle wird ignoriert',
    badId: 'keine gültige ID: „{value}“; die Zeile wird über den Namen zugeordnet',
    errorValue: 'die Zelle enthält einen Fehlerwert ({value}); sie wird ignoriert',
    notText: 'die Zelle kann nicht als Text gelesen werden; sie wird ignoriert',
    formula: 'Formel, Wert nicht übernommen ({value}): die Zelle wird als leer gelesen',
    formulaKept: 'Formel, Wert nicht übernommen ({value}): das Feld behält seinen aktuellen Wert',
    shortenedEdited:
      'der Text wurde in dieser Arbeitsmappe gekürzt (er ist länger, als eine Excel-Zelle fasst) und kann hier nicht bearbeitet werden; bearbeiten Sie ihn in RoPA Desk. Das Feld behält seinen aktuellen Wert',
    duplicateId: 'die ID {value} steht auch in einer früheren Zeile; diese Zeile wird übersprungen',
    duplicateName:
      'der Name „{value}“ gehört zu einem Eintrag, den bereits eine frühere Zeile übernommen hat; diese Zeile wird ein neuer Eintrag',
    missingName: 'der Name ist leer; die Zeile wird übersprungen',
    invalidRecord: 'die Zeile ist kein gültiger Eintrag ({detail}); sie wird übersprungen',
    invalidRecordKept: 'die Zeile ist kein gültiger Eintrag ({detail}); der Eintrag bleibt, wie er war',
    invalidField: '{detail}; der Wert wird weggelassen',
    // The record kind goes in brackets: German articles and adjectives would have to agree with its gender.
    unknownName: 'kein Eintrag ({kind}) mit dem Namen „{value}“; die Verknüpfung wird weggelassen',
    ambiguousName: 'mehrere Einträge ({kind}) heißen „{value}“; die Verknüpfung wird weggelassen',
    createdRecord:
      'kein Eintrag ({kind}) mit dem Namen „{value}“: Ein neuer wird angelegt; vervollständigen Sie ihn im Verzeichnis',
    danglingLink:
      'eine Verknüpfung verweist auf einen Eintrag ({kind}), der nicht im Verzeichnis steht ({value}); die Verknüpfung wird weggelassen',
    missingSheet: 'das Blatt fehlt: Die Einträge ({kind}) bleiben unverändert',
    missingTranslations: 'das Blatt mit den Übersetzungen fehlt: Die Übersetzungen bleiben unverändert',
    fingerprintDiffers:
      'die Arbeitsmappe wurde aus einer anderen Version des Verzeichnisses exportiert ({value}); Zellen, die vom aktuellen Verzeichnis abweichen, ersetzen dessen Inhalt',
    badTranslation: 'Übersetzung eines unbekannten Eintrags, Elements oder Feldes; die Zeile wird ignoriert',
    cannotCreate:
      'kein Eintrag ({kind}) mit dem Namen „{value}“ und zu wenige Angaben, um einen anzulegen; die Verknüpfung wird weggelassen',
    unknownColumn: 'unbekannte Spalte; sie wird ignoriert',
  },
  sheetTexts: {
    internalEdition: 'Interne Ausgabe: enthält interne Felder',
    edition: 'Ausgabe',
    coverTitle: 'Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)',
    organisation: 'Organisation',
    controllers: 'Verantwortliche',
    dpo: 'Datenschutzbeauftragter',
    exportedAt: 'Exportiert am (UTC)',
    fingerprint: 'Fingerabdruck des Verzeichnisses (SHA-256)',
    snapshot: 'Momentaufnahme',
    liveRegister: 'Aktuelles Verzeichnis (keine Momentaufnahme)',
    scope: 'Umfang',
    scopeAll: 'Alle Verantwortlichen des Verzeichnisses',
    scopeOne: 'Beschränkt auf den Verantwortlichen {name}',
    exportLanguage: 'Sprache dieses Exports',
    mainLanguage: 'Hauptsprache des Verzeichnisses',
    counts: 'Einträge',
    count: 'Anzahl',
    findings: 'Befunde der Prüfung vom {today}',
    severity: 'Schweregrad',
    error: 'Fehler',
    warning: 'Warnungen',
    info: 'Hinweise',
    coverNote:
      'Diese Arbeitsmappe ist eine datierte Kopie des in RoPA Desk geführten Verzeichnisses; maßgeblich ist das Verzeichnis selbst. Jedes Blatt kann wieder in RoPA Desk eingelesen werden. Ausgeblendete Spalten „(IDs)“ enthalten die Verknüpfungen zwischen den Einträgen: Lassen Sie sie unverändert.',
    listsIntro: 'Werte der Auswahllisten.',
    instructionsTitle: 'So lesen und bearbeiten Sie dieses Verzeichnis',
    instructions1:
      'Diese Arbeitsmappe folgt dem Verzeichnismuster der belgischen Datenschutzbehörde (GBA/APD): Das Blatt „{controllers}“ nennt den oder die Verantwortlichen und ihren Datenschutzbeauftragten, das Blatt „{register}“ enthält eine Zeile je Verarbeitungstätigkeit.',
    instructions2:
      'Spalten mit roter Überschrift enthalten, was Artikel 30 Absatz 1 DSGVO vorschreibt; die übrigen Spalten sind freiwillige Ergänzungen.',
    // "Textzeile": a line inside a cell, which German would otherwise also call "Zeile" like a row.
    instructions3:
      'Zellen mit mehreren Werten enthalten einen Wert je Textzeile. Zusammengehörige Spalten (ein Empfänger mit seiner Angabe intern/extern und seinem Land; eine Übermittlung mit ihrem Land und ihren Garantien; eine Rechtsgrundlage mit ihrem Gesetz; eine Speicherfrist mit ihrem ISO-8601-Zeitraum) müssen ihre Textzeilen in derselben Reihenfolge halten.',
    instructions4:
      'Art der Verarbeitung: „{normal}“, wenn keines der aufgeführten Merkmale zutrifft. Die Spalten zu Daten nach Art. 9 und Art. 10 werden aus den Datenkategorien abgeleitet.',
    instructions5:
      'Um eine Speicherfrist zu ändern, ändern Sie die ISO-8601-Spalte (P18M = 18 Monate, P1Y6M = 1 Jahr und 6 Monate); eine Speicherfrist, die sich nicht in Zahlen ausdrücken lässt, steht als Kriterium in der Spalte der Speicherfrist, mit leerer ISO-Zelle.',
    instructions6:
      'Beendete Verarbeitungstätigkeiten bleiben mit ihrem Enddatum und der Verarbeitung, die sie ersetzt, im Verzeichnis; die Aufsichtsbehörde kann danach fragen.',
    instructions7:
      'Die Arbeitsmappe kann wieder in RoPA Desk eingelesen werden: Geänderte Zellen, hinzugefügte und gelöschte Zeilen werden zur Bestätigung angezeigt, bevor sich etwas ändert. Ändern Sie die ausgeblendete ID-Spalte nicht. Empfänger, Datenkategorien und andere Einträge werden über ihren Namen dem Verzeichnis zugeordnet. Nur das Verzeichnisblatt wird wieder eingelesen; die anderen Blätter dienen der Information.',
    instructions8: 'Exportiert am {date} (UTC) aus dem Verzeichnis mit dem Fingerabdruck {fingerprint}.',
    mandatoryLegend: 'Pflichtangabe nach Artikel 30 Absatz 1 DSGVO',
    untranslatedLegend: {
      one: '1 Text hat für diesen Export keine aktuelle Übersetzung ({language}): Die Übersetzung fehlt oder stammt aus einer früheren Fassung des Textes. Er steht in der Hauptsprache ({main}), kursiv auf orangem Hintergrund, wie diese Zelle.',
      other:
        '{count} Texte haben für diesen Export keine aktuelle Übersetzung ({language}): Die Übersetzung fehlt oder stammt aus einer früheren Fassung des Textes. Sie stehen in der Hauptsprache ({main}), kursiv auf orangem Hintergrund, wie diese Zelle.',
    },
    textShortened: { other: '… [Text gekürzt: {count} Zeichen; der vollständige Text steht in der Registerdatei]' },
  },
};
