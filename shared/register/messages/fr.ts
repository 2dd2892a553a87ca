/** Register file messages in French. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  malformedJson: "Le fichier n'est pas du JSON valide (ligne {line}, colonne {column}) : {detail}",
  emptyFile: 'Le fichier est vide.',
  notAnObject: "Le fichier ne contient pas de registre : son contenu n'est pas un objet JSON.",
  wrongFormat: 'Ce n\'est pas un fichier de registre RoPA : "format" vaut {found}, attendu "ropa-register".',
  badVersion: 'Le fichier n\'a pas de "version" valide (trouvé : {found}).',
  newerVersion:
    "Ce registre a été écrit par une version plus récente de RoPA Desk (version de fichier {found} ; cette version lit jusqu'à {supported}). Mettez l'application à jour pour l'ouvrir.",
  olderVersion: 'La version de fichier {found} est plus ancienne que celles que cette application sait lire.',
  invalidContent: {
    one: 'Le fichier de registre est invalide : {count} problème. {path} : {detail}',
    other: 'Le fichier de registre est invalide : {count} problèmes. Premier : {path} : {detail}',
  },
  tooDeep:
    'Le fichier imbrique des valeurs sur plus de {limit} niveaux (à {path}) ; aucun fichier de registre ne le fait.',
  unsafeText: {
    one: 'Le fichier de registre contient un texte qui ne peut pas être enregistré tel quel. {path} : {detail}',
    other:
      'Le fichier de registre contient à {count} endroits un texte qui ne peut pas être enregistré tel quel. Premier : {path} : {detail}',
  },
  duplicateIds: {
    one: 'Le fichier de registre utilise deux fois le même identifiant. {path} : {detail}',
    other:
      'Le fichier de registre utilise des identifiants plusieurs fois : {count} doublons. Premier : {path} : {detail}',
  },

  jsonUnexpectedEnd: 'le fichier se termine trop tôt (a-t-il été tronqué ?)',
  jsonExpectedValue:
    'une valeur est attendue ici (texte entre guillemets droits, nombre, liste, objet, true, false ou null), trouvé : {found}',
  jsonExpectedPropertyName: 'un nom de champ entre guillemets droits est attendu ici, trouvé : {found}',
  jsonExpectedColon: '« : » est attendu après un nom de champ, trouvé : {found}',
  jsonExpectedCommaOrBrace: '« , » ou « } » est attendu ici, trouvé : {found}',
  jsonExpectedCommaOrBracket: '« , » ou « ] » est attendu ici, trouvé : {found}',
  jsonUnterminatedString: "un texte entre guillemets droits n'est pas fermé",
  jsonControlCharacter:
    "un texte contient un caractère de contrôle ({found}) que JSON n'admet que sous forme de séquence d'échappement",
  jsonBadEscape: "un texte contient une séquence d'échappement invalide (un \\ suivi de {found})",
  jsonBadNumber: "un nombre n'est pas écrit correctement, trouvé : {found}",
  jsonTrailingContent: 'le contenu se termine avant le fichier : {found} le suit',
  jsonInvalid: 'le texte ne peut pas être lu comme du JSON',

  reasonRequired: 'est manquant',
  reasonExpectText: 'doit être un texte (trouvé : {found})',
  reasonExpectNumber: 'doit être un nombre (trouvé : {found})',
  reasonExpectBoolean: 'doit valoir true ou false (trouvé : {found})',
  reasonExpectList: 'doit être une liste [...] (trouvé : {found})',
  reasonExpectObject: 'doit être un objet {...} (trouvé : {found})',
  reasonWrongType: "n'a pas le bon type (trouvé : {found})",
  reasonEmpty: 'ne peut pas être vide',
  reasonTooShort: { one: 'doit compter au moins {count} caractère', other: 'doit compter au moins {count} caractères' },
  reasonTooLong: { one: 'peut compter au plus {count} caractère', other: 'peut compter au plus {count} caractères' },
  reasonTooFewItems: {
    one: 'doit contenir au moins {count} élément',
    other: 'doit contenir au moins {count} éléments',
  },
  reasonTooManyItems: { one: 'peut contenir au plus {count} élément', other: 'peut contenir au plus {count} éléments' },
  reasonTooSmall: 'doit valoir au moins {limit} (trouvé : {found})',
  reasonTooLarge: 'peut valoir au plus {limit} (trouvé : {found})',
  reasonDate: 'doit être une date existante, écrite AAAA-MM-JJ (trouvé : {found})',
  reasonDateTime: 'doit être une date et une heure au format ISO 8601 (trouvé : {found})',
  reasonEmail: 'doit être une adresse e-mail (trouvé : {found})',
  reasonUrl: 'doit être une adresse web (trouvé : {found})',
  reasonId:
    'doit être un identifiant : un UUID en hexadécimal minuscule, comme 1b4e28ba-2fa1-41d2-883f-0016d3cca427 (trouvé : {found})',
  reasonDuration: 'doit être une durée au format ISO 8601, comme P18M (18 mois) ou P1Y6M (trouvé : {found})',
  reasonCountry: 'doit être un code pays de deux lettres majuscules (ISO 3166-1), comme BE (trouvé : {found})',
  reasonFormat: "n'a pas la forme attendue (trouvé : {found})",
  reasonOneOf: "doit être l'une des valeurs {values} (trouvé : {found})",
  reasonUnknownFields: {
    one: 'contient un champ inconnu : {keys}',
    other: 'contient {count} champs inconnus : {keys}',
  },
  reasonInvalidKey: "contient un nom de champ qui n'est pas admis ici",
  reasonNoMatch: 'ne correspond à aucune des formes admises',
  reasonInvalid: "n'est pas valide (trouvé : {found})",
  reasonNul: 'contient un caractère NUL (U+0000), qui ne peut pas être enregistré',
  reasonLoneSurrogate:
    "contient un demi-caractère (un demi-codet isolé, U+{code}), qui ne peut pas être enregistré ; le texte a sans doute été coupé au milieu d'un caractère",
  reasonDuplicateRecordId:
    "{kind} avec l'identifiant {id}, déjà utilisé par {others} : chaque élément d'un type a besoin de son propre identifiant",
  reasonDuplicateItemId:
    'identifiant {id}, déjà utilisé par {others} dans la même liste : chaque entrée a besoin de son propre identifiant',
};
