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
};
