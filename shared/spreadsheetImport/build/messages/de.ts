/** Messages of the spreadsheet import in German. */
import type { TranslationOf } from '../../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  reasons: {
    header: 'die Überschrift „{header}“ nennt {field} („{phrase}“, {language})',
    group: 'die Gruppe „{group}“ nennt {field}',
    both: '„{group} / {header}“ nennt {field}',
    instruction: 'die Anleitung unter der Überschrift nennt {field}',
    valuesFit: '{share} % der Werte sehen aus wie {shape}',
    valuesAgainst: 'nur {share} % der Werte sehen aus wie {shape}',
    valuesOnly: 'keine Überschrift nennt es, aber {share} % der Werte sehen aus wie {shape}',
    noMatch: 'die Überschrift „{header}“ nennt kein Feld',
    empty: 'die Spalte hat weder Überschrift noch Werte',
    taken: '{field} nimmt nur eine Spalte, und Spalte {column} passt besser',
    saved: 'gespeicherte Zuordnung „{name}“',
    savedIgnored: 'in der gespeicherten Zuordnung „{name}“ ignoriert',
    notInSaved: 'die gespeicherte Zuordnung „{name}“ hat keine Spalte „{header}“',
    formLabel: 'die Beschriftung „{label}“ des Formulars nennt {field}',
  },
  shapes: {
    date: 'Daten',
    period: 'Fristen',
    country: 'Länder',
    legalBasis: 'Rechtsgrundlagen',
    yesNo: 'Ja oder Nein',
    mechanism: 'Übermittlungsgrundlagen',
    reference: 'Verarbeitungsnummern',
    enum: 'Werte der Liste',
    text: 'Text',
  },
  problems: {
    legalBasisUnknown: 'keine DSGVO-Grundlage (Art. 6, 9, 10) in „{value}“ gefunden; es wird nicht übernommen',
    legalBasisPartly: '„{value}“ wurde neben den gefundenen Grundlagen nicht verstanden; es wird nicht übernommen',
    referenceWithoutGround:
      'zur Rechtsvorschrift „{value}“ steht keine DSGVO-Grundlage; sie wird nicht verknüpft: ergänzen Sie die Grundlage in RoPA Desk',
    periodUnknown: 'keine Frist (wie „3 Monate“ oder P18M) in „{value}“ gefunden; sie wird nicht übernommen',
    dateUnknown: 'kein Datum: „{value}“; es wird nicht übernommen',
    yesNoUnknown: 'weder Ja noch Nein: „{value}“; es wird nicht übernommen',
    enumUnknown: 'unbekannter Wert „{value}“ für {field}; er wird nicht übernommen',
    countryUnknown: 'unbekanntes Land „{value}“; es wird nicht übernommen',
    mechanismUnknown: 'keine Übermittlungsgrundlage (Art. 45 bis 49) in „{value}“ gefunden; sie wird nicht übernommen',
    mechanismIncomplete: '„{value}“ nennt Art. {article} ohne Buchstaben; wählen Sie die Grundlage in RoPA Desk',
    transferWithoutCountry: 'kein Land in der Übermittlung „{value}“ gefunden; sie wird nicht übernommen',
    ambiguousName: 'mehrere Datensätze ({kind}) heißen „{value}“; die Verknüpfung entfällt',
    activityUnknown: 'keine Verarbeitungstätigkeit heißt „{value}“ oder hat diese Nummer; die Verknüpfung entfällt',
    conflictingValue:
      'eine frühere Zeile desselben Datensatzes gab {field} als „{kept}“ an; „{value}“ wird nicht übernommen',
    missingName: 'die Zeile hat weder Namen noch Nummer und folgt keinem Datensatz; sie wird übersprungen',
    nameFromReference: 'kein Name: die Verarbeitungsnummer „{value}“ dient als Name; benennen Sie sie in RoPA Desk',
    cleanedText:
      'die Zelle enthielt Zeichen, die ein Verzeichnis nicht speichern kann; sie wurden entfernt oder ersetzt',
    invalidField: 'der Wert passt nicht in das Verzeichnis ({detail}); er entfällt',
    invalidRecord: 'der Datensatz ist ungültig ({detail}); er wird übersprungen',
    noSheet: 'das Blatt „{value}“ ist nicht in der Datei; nichts wird übernommen',
    noNameColumn:
      'keine Spalte ist dem Namen oder der Nummer der Datensätze zugeordnet: es kann kein Datensatz entstehen',
    otherKind: 'die Spalte füllt ein Feld eines anderen Verzeichnisses ({value}); sie wird ignoriert',
    unknownTarget: 'die Spalte ist „{value}“ zugeordnet, das nicht übernommen werden kann; sie wird ignoriert',
    duplicateTarget: '{field} nimmt nur eine Spalte, und Spalte {value} füllt es bereits; diese Spalte wird ignoriert',
    formWithoutName:
      'das Blatt ist als Verzeichnisformular aufgebaut, nennt aber keinen Namen der Verarbeitung (eine leere Vorlage?); es wird nicht importiert',
  },
  report: {
    columnIgnored: 'nicht übernommen',
    created: 'angelegt',
    updated: 'aktualisiert',
    stillNeeded: 'noch nötig',
  },
  points: {
    '1a': 'Name und Kontaktdaten des Verantwortlichen',
    '1b': 'die Zwecke der Verarbeitung',
    '1c': 'die Kategorien betroffener Personen und personenbezogener Daten',
    '1d': 'die Kategorien von Empfängern',
    '1e': 'Übermittlungen an Drittländer',
    '1f': 'die Fristen für die Löschung',
    '1g': 'die technischen und organisatorischen Maßnahmen',
    '2a': 'der Auftragsverarbeiter und jeder Verantwortliche, in dessen Auftrag er tätig ist',
    '2b': 'die Kategorien von Verarbeitungen im Auftrag jedes Verantwortlichen',
    '2c': 'Übermittlungen an Drittländer',
    '2d': 'die technischen und organisatorischen Maßnahmen',
  },
};
