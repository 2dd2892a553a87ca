/** Messages for a register file that cannot be read, in the three interface languages. */
import { defineMessages } from '../i18n/translate';

export const FILE_MESSAGES = defineMessages({
  en: {
    malformedJson: 'The file is not valid JSON (line {line}, column {column}): {detail}',
    emptyFile: 'The file is empty.',
    notAnObject: 'The file does not hold a register: its content is not a JSON object.',
    wrongFormat: 'This is not a RoPA register file: "format" is {found}, expected "ropa-register".',
    badVersion: 'The file has no valid "version" (found {found}).',
    newerVersion:
      'This register was written by a newer version of RoPA Desk (file version {found}; this version reads up to {supported}). Update the app to open it.',
    olderVersion: 'File version {found} is older than any this app can read.',
    invalidContent: 'The register file is not valid: {count} problem(s). First: {path}: {detail}',
  },
  nl: {
    malformedJson: 'Het bestand is geen geldige JSON (regel {line}, kolom {column}): {detail}',
    emptyFile: 'Het bestand is leeg.',
    notAnObject: 'Het bestand bevat geen register: de inhoud is geen JSON-object.',
    wrongFormat: 'Dit is geen RoPA-registerbestand: "format" is {found}, verwacht "ropa-register".',
    badVersion: 'Het bestand heeft geen geldige "version" (gevonden: {found}).',
    newerVersion:
      'Dit register werd geschreven door een nieuwere versie van RoPA Desk (bestandsversie {found}; deze versie leest tot {supported}). Werk de app bij om het te openen.',
    olderVersion: 'Bestandsversie {found} is ouder dan deze app kan lezen.',
    invalidContent: 'Het registerbestand is ongeldig: {count} probleem/problemen. Eerste: {path}: {detail}',
  },
  fr: {
    malformedJson: "Le fichier n'est pas du JSON valide (ligne {line}, colonne {column}) : {detail}",
    emptyFile: 'Le fichier est vide.',
    notAnObject: "Le fichier ne contient pas de registre : son contenu n'est pas un objet JSON.",
    wrongFormat:
      'Ce n\'est pas un fichier de registre RoPA : "format" vaut {found}, attendu "ropa-register".',
    badVersion: 'Le fichier n\'a pas de "version" valide (trouvé : {found}).',
    newerVersion:
      "Ce registre a été écrit par une version plus récente de RoPA Desk (version de fichier {found} ; cette version lit jusqu'à {supported}). Mettez l'application à jour pour l'ouvrir.",
    olderVersion: 'La version de fichier {found} est plus ancienne que celles que cette application sait lire.',
    invalidContent: 'Le fichier de registre est invalide : {count} problème(s). Premier : {path} : {detail}',
  },
});
export type FileMessageKey = keyof (typeof FILE_MESSAGES)['en'];
