import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  missingRegisterJson: "Le dossier ne contient pas de register.json : ce n'est pas un dossier de registre RoPA Desk.",
  wrongFolderFormat:
    'register.json ne décrit pas un dossier de registre RoPA Desk : « format » vaut {found}, attendu « ropa-register-folder ».',
  badFolderVersion: "register.json n'a pas de « version » valide (trouvé : {found}).",
  newerFolderVersion:
    "Ce dossier de registre a été écrit par une version plus récente de RoPA Desk (version de format {found} ; cette version lit jusqu'à la {supported}). Mettez l'application à jour pour l'ouvrir.",
  malformedFile: "{file} n'est pas du JSON valide.",
  notAnObject: "{file} ne contient pas d'objet JSON.",
  unknownFile:
    "{file} se trouve dans le dossier des fiches de type {kind} mais n'est pas un fichier de fiche (nommé <id>.json, l'identifiant de la fiche) : un reste d'un outil de fusion ou une copie ? Sortez-le du dossier de registre ou supprimez-le.",
  idMismatch:
    "{file} contient la fiche d'identifiant {id} : un fichier de fiche porte l'identifiant de la fiche (les identifiants ne se modifient pas à la main).",
  invalidContent: {
    one: "{file} n'est pas valide. {field} : {detail}",
    other: "Le dossier n'est pas valide : {count} problèmes. Premier : {file}, {field} : {detail}",
  },
  inputProblem: '{file} : {detail}',
  notMergeable:
    "{file} n'est ni un fichier de registre, ni le register.json d'un dossier de registre, ni un fichier de fiche d'un tel dossier.",
  notARecordFile: "{file} ne contient de fiche valide d'aucun type connu de cette version de RoPA Desk.",
  mixedFiles:
    '{file} et {other} ne sont pas la même sorte de fichier (un fichier de registre, un register.json ou un fichier de fiche).',
  versionsDiffer:
    'Les fichiers register.json à fusionner sont de versions de format différentes ({versions}) : ouvrez le registre dans RoPA Desk, qui convertit les deux côtés avant de les fusionner.',
  unreadable: 'Le dossier de registre ne peut pas être lu : {detail}',
};
