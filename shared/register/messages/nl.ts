/** Register file messages in Dutch. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  malformedJson: 'Het bestand is geen geldige JSON (regel {line}, kolom {column}): {detail}',
  emptyFile: 'Het bestand is leeg.',
  notAnObject: 'Het bestand bevat geen register: de inhoud is geen JSON-object.',
  wrongFormat: 'Dit is geen RoPA-registerbestand: "format" is {found}, verwacht "ropa-register".',
  badVersion: 'Het bestand heeft geen geldige "version" (gevonden: {found}).',
  newerVersion:
    'Dit register werd geschreven door een nieuwere versie van RoPA Desk (bestandsversie {found}; deze versie leest tot {supported}). Werk de app bij om het te openen.',
  olderVersion: 'Bestandsversie {found} is ouder dan deze app kan lezen.',
  invalidContent: {
    one: 'Het registerbestand is ongeldig: {count} probleem. {path}: {detail}',
    other: 'Het registerbestand is ongeldig: {count} problemen. Eerste: {path}: {detail}',
  },
  tooDeep: 'Het bestand nest waarden meer dan {limit} niveaus diep (bij {path}); geen enkel registerbestand doet dat.',
  unsafeText: {
    one: 'Het registerbestand bevat tekst die niet bewaard kan worden zoals hij is. {path}: {detail}',
    other:
      'Het registerbestand bevat op {count} plaatsen tekst die niet bewaard kan worden zoals hij is. Eerste: {path}: {detail}',
  },
  duplicateIds: {
    one: 'Het registerbestand gebruikt een id twee keer. {path}: {detail}',
    other: "Het registerbestand gebruikt id's meer dan eens: {count} dubbels. Eerste: {path}: {detail}",
  },

  jsonUnexpectedEnd: 'het bestand houdt te vroeg op (werd het afgebroken?)',
  jsonExpectedValue:
    'hier hoort een waarde (tekst tussen dubbele aanhalingstekens, een getal, een lijst, een object, true, false of null), gevonden: {found}',
  jsonExpectedPropertyName: 'hier hoort een veldnaam tussen dubbele aanhalingstekens, gevonden: {found}',
  jsonExpectedColon: 'na een veldnaam hoort ":", gevonden: {found}',
  jsonExpectedCommaOrBrace: 'hier hoort "," of "}", gevonden: {found}',
  jsonExpectedCommaOrBracket: 'hier hoort "," of "]", gevonden: {found}',
  jsonUnterminatedString: 'een tekst tussen dubbele aanhalingstekens wordt niet afgesloten',
  jsonControlCharacter: 'een tekst bevat een stuurteken ({found}) dat JSON alleen als escape toelaat',
  jsonBadEscape: 'een tekst bevat een ongeldige escape (een \\ gevolgd door {found})',
  jsonBadNumber: 'een getal is niet correct geschreven, gevonden: {found}',
  jsonTrailingContent: 'na het einde van de inhoud volgt nog {found}',
  jsonInvalid: 'de tekst kan niet als JSON gelezen worden',

  reasonRequired: 'ontbreekt',
  reasonExpectText: 'moet tekst zijn (gevonden: {found})',
  reasonExpectNumber: 'moet een getal zijn (gevonden: {found})',
  reasonExpectBoolean: 'moet true of false zijn (gevonden: {found})',
  reasonExpectList: 'moet een lijst [...] zijn (gevonden: {found})',
  reasonExpectObject: 'moet een object {...} zijn (gevonden: {found})',
  reasonWrongType: 'heeft het verkeerde type (gevonden: {found})',
  reasonEmpty: 'mag niet leeg zijn',
  reasonTooShort: { one: 'moet minstens {count} teken hebben', other: 'moet minstens {count} tekens hebben' },
  reasonTooLong: { one: 'mag hoogstens {count} teken hebben', other: 'mag hoogstens {count} tekens hebben' },
  reasonTooFewItems: {
    one: 'moet minstens {count} element bevatten',
    other: 'moet minstens {count} elementen bevatten',
  },
  reasonTooManyItems: {
    one: 'mag hoogstens {count} element bevatten',
    other: 'mag hoogstens {count} elementen bevatten',
  },
  reasonTooSmall: 'moet minstens {limit} zijn (gevonden: {found})',
  reasonTooLarge: 'mag hoogstens {limit} zijn (gevonden: {found})',
  reasonDate: 'moet een bestaande datum zijn, geschreven als JJJJ-MM-DD (gevonden: {found})',
  reasonDateTime: 'moet een datum en tijd in ISO 8601-vorm zijn (gevonden: {found})',
  reasonEmail: 'moet een e-mailadres zijn (gevonden: {found})',
  reasonUrl: 'moet een webadres zijn (gevonden: {found})',
  reasonId:
    'moet een id zijn: een UUID in kleine hexadecimale tekens, zoals 1b4e28ba-2fa1-41d2-883f-0016d3cca427 (gevonden: {found})',
  reasonDuration: 'moet een termijn in ISO 8601-vorm zijn, zoals P18M (18 maanden) of P1Y6M (gevonden: {found})',
  reasonCountry: 'moet een landcode van twee hoofdletters zijn (ISO 3166-1), zoals BE (gevonden: {found})',
  reasonFormat: 'heeft niet de vorm die hier hoort (gevonden: {found})',
  reasonOneOf: 'moet een van {values} zijn (gevonden: {found})',
  reasonUnknownFields: { one: 'bevat een onbekend veld: {keys}', other: 'bevat {count} onbekende velden: {keys}' },
  reasonInvalidKey: 'bevat een veldnaam die hier niet toegelaten is',
  reasonNoMatch: 'past bij geen enkele toegelaten vorm',
  reasonInvalid: 'is ongeldig (gevonden: {found})',
  reasonNul: 'bevat een NUL-teken (U+0000), dat niet bewaard kan worden',
  reasonLoneSurrogate:
    'bevat een half teken (een los surrogaat, U+{code}), dat niet bewaard kan worden; de tekst werd wellicht midden in een teken afgebroken',
  reasonDuplicateRecordId:
    '{kind} met id {id}, dat al gebruikt wordt door {others}: elk record van een soort heeft een eigen id nodig',
  reasonDuplicateItemId:
    'id {id}, dat al gebruikt wordt door {others} in dezelfde lijst: elk element heeft een eigen id nodig',
};
