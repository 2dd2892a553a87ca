/** What the `ropa` command says in French. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  unknownCommand: 'commande inconnue « {command} » ; « ropa --help » donne la liste des commandes.',
  unknownOption: 'option inconnue {option} pour « {command} » ; voir « {command} --help ».',
  missingValue: "l'option {option} demande une valeur.",
  noValueExpected: "l'option {option} ne prend pas de valeur.",
  missingInput: "fichier d'entrée manquant ; usage : {usage}",
  missingOption: 'option obligatoire {option} manquante ; usage : {usage}',
  unexpectedArgument: 'argument inattendu « {argument} » ; usage : {usage}',
  badLanguage: 'langue inconnue « {value} » pour --lang ; utilisez {languages}.',
  badFormat: 'format inconnu « {value} » pour --format ; utilisez {formats}.',
  formatNotAvailable: "le format {format} n'est pas encore disponible",
  badDate: 'date invalide « {value} » pour --today ; utilisez AAAA-MM-JJ.',
  fileNotFound: "{file} : ce fichier n'existe pas.",
  isDirectory: "{file} : c'est un dossier, pas un fichier.",
  permissionDenied: '{file} : accès refusé.',
  cannotRead: '{file} : lecture impossible ({detail}).',
  notText:
    "{file} : ce n'est pas un fichier texte (pas de l'UTF-8) ; un fichier de registre (*.ropa.json) est attendu.",
  fileProblem: '{file} : {message}',
  outFolderMissing: "impossible d'écrire {file} : son dossier n'existe pas.",
  outIsDirectory: "impossible d'écrire {file} : c'est un dossier.",
  outPermissionDenied: "impossible d'écrire {file} : accès refusé.",
  cannotWrite: "impossible d'écrire {file} ({detail}).",
  unknownController: "aucune organisation avec l'id « {id} » dans {file} ; responsables du traitement : {controllers}.",
  notAController:
    "l'organisation « {id} » ({name}) dans {file} n'est pas un responsable du traitement ; une déclaration de confidentialité est établie pour un responsable du traitement.",
  unknownOrganisation: "aucune organisation avec l'id « {id} » dans le registre.",
  none: 'aucun',
  internalError: 'erreur interne : {detail} (merci de la signaler).',
  cellProblem: '{sheet}!{column} ligne {row} : {reason}',
  sheetProblem: '{sheet}!{column} : {reason}',
  fingerprintMismatch:
    "remarque : {file} a été modifié en dehors de RoPA Desk : l'empreinte enregistrée ne correspond pas au contenu.",
  written: '{file} écrit (empreinte {fingerprint}).',
  imported:
    '{input} (version de fichier {from}) importé dans {file} (version de fichier {to}, empreinte {fingerprint}).',
  zipNotSpreadsheetOrRegister:
    "{file} : ni un tableur ni un fichier de registre (une archive zip qui ne contient ni classeur ni feuille de calcul OpenDocument, peut-être l'export d'un autre programme) ; ropa import lit les fichiers de registre (*.ropa.json), les classeurs Excel (.xlsx), les feuilles de calcul OpenDocument (.ods) et les fichiers CSV ou TSV.",
  notSpreadsheetOrRegister:
    '{file} : ni un tableur ni un fichier de registre (ni un tableur ni du texte) ; ropa import lit les fichiers de registre (*.ropa.json), les classeurs Excel (.xlsx), les feuilles de calcul OpenDocument (.ods) et les fichiers CSV ou TSV.',
  intoRegisterFile:
    '--into fusionne un tableur ou un classeur dans un registre ; {file} est lui-même un fichier de registre.',
  badMapping: "{file} : ce n'est pas une correspondance de colonnes enregistrée ({detail}).",
  mappingFit:
    "remarque : la correspondance « {name} » connaît {share} % des colonnes de la feuille « {sheet} » ; les colonnes qu'elle ne connaît pas ne sont pas importées.",
  importedSpreadsheet: '{input} (feuille « {sheet} ») importé dans {file} (empreinte {fingerprint}).',
  importedRecords:
    '{records} — créations : {created}, mises à jour : {updated} ; enregistrements liés créés : {linked}.',
  importedColumns:
    'Colonnes — associées : {mapped}, ignorées : {ignored} ; fiches lues : {forms} ; valeurs non comprises : {problems}.',
  problemsNote: 'remarque : valeurs non comprises : {count} ; --report FICHIER les liste cellule par cellule.',
  reportWritten: "Rapport d'import écrit dans {file}.",
  summary: '{errors}, {warnings}, {infos}.',
  errors: { one: '{count} erreur', other: '{count} erreurs' },
  warnings: { one: '{count} avertissement', other: '{count} avertissements' },
  infos: { one: '{count} information', other: '{count} informations' },
  noticeProblems: {
    one: "remarque : {count} point à régler avant de publier la déclaration (l'application l'indique avec un lien vers le champ).",
    other:
      "remarque : {count} points à régler avant de publier la déclaration (l'application les indique avec des liens vers les champs).",
  },
  translationMainLanguage:
    'Le registre est rédigé en {language}, sa langue principale : il n’y a rien à traduire dans cette langue.',
  translationsWritten: {
    one: '{file} écrit : {count} texte à traduire ; langue source : {source} ; langue cible : {target}.',
    other: '{file} écrit : {count} textes à traduire ; langue source : {source} ; langue cible : {target}.',
  },
  translationCounts:
    'Traductions en {language} : {applied} appliquées, {stale} périmées, {unknown} inconnues, {unchanged} inchangées.',
  translationStale: 'périmée, non appliquée : {record}, {field} : {reason}',
  translationUnknown: 'inconnue, non appliquée : {record}, {field} : {reason}',
  translationProblem: '{at} : {record}, {field} : {reason}',
  translationsNotWritten: 'aucune traduction appliquée ; {file} n’a pas été écrit.',
  outNotAFolder: "impossible d'écrire le dossier de registre {file} : c'est un fichier.",
  outNotRegisterFolder:
    "impossible d'écrire le dossier de registre {file} : il contient autre chose et pas de register.json ; choisissez un dossier nouveau ou vide.",
  writtenFolder: 'Dossier de registre {file} écrit ({count} fiches, empreinte {fingerprint}).',
  folderInto:
    '--into fusionne un tableur ou un classeur dans un registre ; {file} est lui-même un dossier de registre.',
  merged: 'Fusionné sans conflit dans {file}.',
  mergedRegister: 'Fusionné sans conflit dans {file} (empreinte {fingerprint}).',
  conflictLine: 'CONFLIT {record} {field} : nous {ours} ; eux {theirs} ; base {base}',
  conflictWholeRecord: '(la fiche)',
  absent: '(absent)',
  conflictsFound: {
    one: "{count} conflit : le même champ modifié de deux façons ; {file} n'a pas été écrit.",
    other: "{count} conflits : les mêmes champs modifiés de deux façons ; {file} n'a pas été écrit.",
  },
  danglingLink: 'remarque : {record} {field} renvoie à {id}, une fiche que la fusion a supprimée.',
  differentRecords:
    "CONFLIT : les trois versions ne sont pas une seule fiche (ids {ids}). Git a pris une fiche supprimée d'un côté et une autre fiche pour un renommage ; rien n'a été fusionné. Faites git config merge.renames false dans ce clone et fusionnez à nouveau.",
  danglingPurposeLink:
    'remarque : {record} {field} renvoie à {id}, une finalité de la fiche que la fusion a supprimée.',
};
