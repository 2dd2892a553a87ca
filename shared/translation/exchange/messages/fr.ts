/** Messages of the exchange with translators in French. */
import type { TranslationOf } from '../../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  fileErrors: {
    emptyFile: 'Le fichier est vide.',
    tooLarge: 'Le fichier fait {size} Mo ; les fichiers de traducteurs de plus de {limit} Mo ne sont pas importés.',
    unknownFormat:
      'Ce n’est ni un fichier XLIFF ni un classeur Excel (.xlsx). Importez le fichier que RoPA Desk a préparé pour les traducteurs, une fois traduit.',
    notUtf8: 'Le fichier n’est pas du texte UTF-8 ; ce ne peut donc pas être un fichier XLIFF.',
    notXml:
      'Le fichier n’est pas du XML bien formé (ligne {line}, colonne {column} : {detail}). A-t-il été tronqué ou modifié à la main ?',
    doctype:
      'Le fichier déclare un type de document (<!DOCTYPE …>). Un fichier XLIFF n’en a jamais besoin, et une telle déclaration peut faire lire d’autres fichiers ou faire gonfler le fichier sans limite ; il est donc refusé.',
    notXliff: 'Le fichier est du XML mais pas un document XLIFF (son élément racine est <{root}>).',
    xliffVersion:
      'C’est un fichier XLIFF {version} ; RoPA Desk lit XLIFF 2.0 et 2.1. Demandez à recevoir le fichier dans la version où il a été envoyé.',
    notOurs:
      'Ce fichier n’a pas été préparé par RoPA Desk pour les traducteurs : aucun de ses textes ne porte l’empreinte qu’écrit RoPA Desk. Exportez un fichier pour les traducteurs depuis RoPA Desk et faites traduire celui-là.',
    noTargetLanguage: 'Le fichier n’indique pas dans quelle langue il a été traduit.',
    badLanguage: 'Le fichier a été traduit en « {found} », qui n’est pas une langue du registre ({languages}).',
    wrongLanguage: 'Le fichier a été traduit en {found}, pas en {expected}. Importez-le parmi les textes en {found}.',
    sameAsMain:
      'Le fichier a été traduit en {found}, la langue principale du registre : il n’y a rien à traduire dans cette langue.',
    sourceLanguage:
      'Le fichier a été préparé à partir de textes en {found}, mais les textes du registre sont en {expected} : il appartient à un autre registre, ou la langue principale a changé entre-temps.',
    workbook: '{reason}',
    noTextSheet:
      'Le classeur ne contient pas de feuille de textes à traduire, ou sa feuille d’information « {info} » manque ou a été modifiée. A-t-il été copié dans un autre classeur ?',
    invalidResult: 'Le registre avec ces traductions ne serait pas valide : {detail}',
  },
  problems: {
    unsafeTextCleaned:
      'la traduction contenait des caractères qu’un registre ne peut pas conserver (un caractère NUL ou la moitié d’une paire de caractères) ; ils ont été supprimés ou remplacés par \uFFFD',
    formula:
      'la cellule de traduction contient une formule ({value}) ; le texte n’est pas importé. Saisissez la traduction comme texte.',
    errorValue: 'la cellule de traduction contient une valeur d’erreur ({value}) ; le texte n’est pas importé',
    notText: 'la cellule de traduction ne peut pas être lue comme texte ; le texte n’est pas importé',
    markup:
      'la traduction contient des codes en ligne (<{element}>) qu’un texte du registre ne peut pas conserver ; le texte n’est pas importé',
    partial: 'le texte n’est traduit qu’en partie (un segment n’a pas de traduction) ; le texte n’est pas importé',
    duplicateKey: 'le même texte figure plus haut dans le fichier ; celui-ci est ignoré',
    noStamp:
      'le texte ne porte pas d’empreinte de la source (il a été ajouté ou modifié hors de RoPA Desk) ; il n’est pas importé',
    noKey: 'le texte n’a pas de clé (il a été ajouté hors de RoPA Desk) ; il est ignoré',
  },
  reasons: {
    sourceChanged: 'le texte dans la langue principale a changé depuis la préparation du fichier',
    recordGone: 'la fiche ou l’élément auquel il appartient n’est plus dans le registre',
    textGone: 'le texte dans la langue principale est désormais vide',
    badKey: 'il ne désigne aucun texte d’un registre',
    empty: 'non traduit',
    same: 'identique à la traduction actuelle',
    unreviewed: 'l’ancienne traduction est revenue inchangée et n’a pas été marquée comme traduite',
    copiedSource: 'le texte est revenu comme une copie de l’original, non marqué comme traduit',
  },
  fileTexts: {
    sheetName: 'Traduction',
    key: 'Clé',
    record: 'Fiche',
    field: 'Champ',
    source: 'Texte en {language}',
    translation: 'Traduction en {language}',
    previous: 'Ancienne traduction (obsolète)',
    stamp: 'Empreinte de la source',
    atUnit: 'unité {id}',
    atRow: 'ligne {row}',
    recordOf: '{kind} : {name}',
    fileNote:
      'Textes du registre « {title} » à traduire ; langue source : {source} ; langue cible : {target}. Écrivez chaque traduction comme texte cible ; laissez les identifiants et les notes tels quels.',
    previousNote:
      'Le texte cible contient une ancienne traduction, faite à partir d’une version antérieure du texte : révisez-la, puis marquez-la comme traduite.',
  },
};
