/** Register file messages in German. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  malformedJson: 'Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}): {detail}',
  emptyFile: 'Die Datei ist leer.',
  notAnObject: 'Die Datei enthält kein Verzeichnis: ihr Inhalt ist kein JSON-Objekt.',
  wrongFormat: 'Dies ist keine RoPA-Verzeichnisdatei: "format" ist {found}, erwartet wird "ropa-register".',
  badVersion: 'Die Datei hat keine gültige "version" (gefunden: {found}).',
  newerVersion:
    'Dieses Verzeichnis wurde von einer neueren Version von RoPA Desk geschrieben (Dateiversion {found}; diese Version liest bis {supported}). Aktualisieren Sie die Anwendung, um es zu öffnen.',
  olderVersion: 'Die Dateiversion {found} ist älter als jede, die diese Anwendung lesen kann.',
  invalidContent: {
    one: 'Die Verzeichnisdatei ist ungültig: {count} Problem. {path}: {detail}',
    other: 'Die Verzeichnisdatei ist ungültig: {count} Probleme. Erstes: {path}: {detail}',
  },
  tooDeep: 'Die Datei verschachtelt Werte mehr als {limit} Ebenen tief (bei {path}); das tut keine Verzeichnisdatei.',
  unsafeText: {
    one: 'Die Verzeichnisdatei enthält Text, der so nicht gespeichert werden kann. {path}: {detail}',
    other:
      'Die Verzeichnisdatei enthält an {count} Stellen Text, der so nicht gespeichert werden kann. Erste: {path}: {detail}',
  },
  duplicateIds: {
    one: 'Die Verzeichnisdatei verwendet eine ID doppelt. {path}: {detail}',
    other: 'Die Verzeichnisdatei verwendet IDs mehrfach: {count} Duplikate. Erstes: {path}: {detail}',
  },

  jsonUnexpectedEnd: 'die Datei endet zu früh (wurde sie abgeschnitten?)',
  jsonExpectedValue:
    'hier wird ein Wert erwartet (Text in doppelten Anführungszeichen, Zahl, Liste, Objekt, true, false oder null), gefunden: {found}',
  jsonExpectedPropertyName: 'hier wird ein Feldname in doppelten Anführungszeichen erwartet, gefunden: {found}',
  jsonExpectedColon: 'nach einem Feldnamen wird ":" erwartet, gefunden: {found}',
  jsonExpectedCommaOrBrace: 'hier wird "," oder "}" erwartet, gefunden: {found}',
  jsonExpectedCommaOrBracket: 'hier wird "," oder "]" erwartet, gefunden: {found}',
  jsonUnterminatedString: 'ein Text in doppelten Anführungszeichen wird nicht geschlossen',
  jsonControlCharacter: 'ein Text enthält ein Steuerzeichen ({found}), das JSON nur als Escape-Sequenz zulässt',
  jsonBadEscape: 'ein Text enthält eine ungültige Escape-Sequenz (ein \\ gefolgt von {found})',
  jsonBadNumber: 'eine Zahl ist nicht korrekt geschrieben, gefunden: {found}',
  jsonTrailingContent: 'nach dem Ende des Inhalts folgt noch {found}',
  jsonInvalid: 'der Text kann nicht als JSON gelesen werden',

  reasonRequired: 'fehlt',
  reasonExpectText: 'muss ein Text sein (gefunden: {found})',
  reasonExpectNumber: 'muss eine Zahl sein (gefunden: {found})',
  reasonExpectBoolean: 'muss true oder false sein (gefunden: {found})',
  reasonExpectList: 'muss eine Liste [...] sein (gefunden: {found})',
  reasonExpectObject: 'muss ein Objekt {...} sein (gefunden: {found})',
  reasonWrongType: 'hat den falschen Typ (gefunden: {found})',
  reasonEmpty: 'darf nicht leer sein',
  reasonTooShort: { one: 'muss mindestens {count} Zeichen haben', other: 'muss mindestens {count} Zeichen haben' },
  reasonTooLong: { one: 'darf höchstens {count} Zeichen haben', other: 'darf höchstens {count} Zeichen haben' },
  reasonTooFewItems: {
    one: 'muss mindestens {count} Eintrag enthalten',
    other: 'muss mindestens {count} Einträge enthalten',
  },
  reasonTooManyItems: {
    one: 'darf höchstens {count} Eintrag enthalten',
    other: 'darf höchstens {count} Einträge enthalten',
  },
  reasonTooSmall: 'muss mindestens {limit} sein (gefunden: {found})',
  reasonTooLarge: 'darf höchstens {limit} sein (gefunden: {found})',
  reasonDate: 'muss ein existierendes Datum in der Form JJJJ-MM-TT sein (gefunden: {found})',
  reasonDateTime: 'muss Datum und Uhrzeit im Format ISO 8601 sein (gefunden: {found})',
  reasonEmail: 'muss eine E-Mail-Adresse sein (gefunden: {found})',
  reasonUrl: 'muss eine Webadresse sein (gefunden: {found})',
  reasonId:
    'muss eine ID sein: eine UUID in hexadezimalen Kleinbuchstaben, etwa 1b4e28ba-2fa1-41d2-883f-0016d3cca427 (gefunden: {found})',
  reasonDuration: 'muss eine Frist im Format ISO 8601 sein, etwa P18M (18 Monate) oder P1Y6M (gefunden: {found})',
  reasonCountry: 'muss ein Ländercode aus zwei Großbuchstaben sein (ISO 3166-1), etwa BE (gefunden: {found})',
  reasonFormat: 'hat nicht die erwartete Form (gefunden: {found})',
  reasonOneOf: 'muss einer der Werte {values} sein (gefunden: {found})',
  reasonUnknownFields: {
    one: 'enthält ein unbekanntes Feld: {keys}',
    other: 'enthält {count} unbekannte Felder: {keys}',
  },
  reasonInvalidKey: 'enthält einen Feldnamen, der hier nicht zulässig ist',
  reasonNoMatch: 'entspricht keiner der zulässigen Formen',
  reasonInvalid: 'ist ungültig (gefunden: {found})',
  reasonNul: 'enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann',
  reasonLoneSurrogate:
    'enthält ein halbes Zeichen (ein einzelnes Surrogat, U+{code}), das nicht gespeichert werden kann; der Text wurde wohl mitten in einem Zeichen abgeschnitten',
  reasonDuplicateRecordId:
    '{kind} mit der ID {id}, die bereits von {others} verwendet wird: jeder Eintrag einer Art braucht eine eigene ID',
  reasonDuplicateItemId:
    'ID {id}, die bereits von {others} in derselben Liste verwendet wird: jeder Eintrag braucht eine eigene ID',
};
