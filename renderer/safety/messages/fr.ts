/** Messages of the safety screens in French. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  newerTitle: 'Ce registre a été écrit par une version plus récente de RoPA Desk',
  newerWrittenBy: 'RoPA Desk {appVersion} l’a écrit en dernier (format de stockage {found}) le {date}.',
  newerWrittenByVersion: 'RoPA Desk {appVersion} l’a écrit en dernier (format de stockage {found}).',
  newerWrittenByUnknown: 'Une version plus récente de RoPA Desk l’a écrit (format de stockage {found}).',
  newerThisVersion: 'Ceci est RoPA Desk {appVersion}, qui lit le format de stockage {supported} et les plus anciens.',
  newerProtected:
    'Pour garder le registre intact, cette version n’a rien ouvert et rien modifié. Mettez RoPA Desk à jour pour continuer à y travailler.',
  newerExportIntro: 'Vous pouvez dès maintenant enregistrer ce qui est stocké dans un fichier, sans rien modifier :',
  exportRegister: 'Enregistrer le registre comme fichier de registre',
  exportEverything: 'Tout enregistrer comme fichier de base de données (JSON)',
  exportNotRegister:
    'Le registre est stocké sous une forme que cette version ne connaît pas : il ne peut pas être enregistré comme fichier de registre. Le fichier de base de données contient tout.',
  exported: 'Enregistré sous {file}.',
  exportFailed: 'Impossible d’enregistrer le fichier : {reason}',
  reload: 'Recharger',
  openFailedTitle: 'Le registre n’a pas pu être ouvert',
  openFailedText:
    'Le navigateur a refusé d’ouvrir le registre stocké ({reason}). Rien n’a été modifié. Libérez de l’espace disque ou fermez les autres fenêtres de RoPA Desk, puis rechargez.',
  closedTitle: 'Cette fenêtre a cessé de travailler sur le registre',
  closedNewer:
    'Une version plus récente de RoPA Desk a ouvert le registre dans une autre fenêtre. Cette fenêtre s’est arrêtée pour ne pas le modifier. Rechargez pour voir que faire.',
  closedDeleted: 'Le registre stocké a été supprimé dans une autre fenêtre ou par le navigateur. Rechargez pour continuer.',
  errorTitle: 'Un problème est survenu sur cet écran',
  errorText: 'RoPA Desk a rencontré une erreur inattendue. Votre registre est en sécurité : une modification est enregistrée entièrement ou pas du tout.',
  errorDetail: 'Détail technique : {reason}',
  errorTypedIntro: 'Ce que vous avez saisi sur cet écran n’a peut-être pas été enregistré. Copiez-le avant de quitter l’écran :',
  copyTyped: 'Copier ce que vous avez saisi',
  copied: 'Copié dans le presse-papiers.',
  copyFailed: 'La copie a échoué. Sélectionnez le texte ci-dessus et copiez-le vous-même.',
  goBack: 'Retour',
  goDashboard: 'Aller au tableau de bord',
  reloadApp: 'Recharger l’application',
  confirmLoseTyped: 'Ce que vous avez saisi sur cet écran sera perdu. Quitter quand même ?',
  recoveryTitle: 'Votre registre est vide, mais il existe des sauvegardes',
  recoveryText:
    'Ce profil ne contient aucun registre, alors qu’il en contenait un : le navigateur a peut-être effacé ses données, le profil a peut-être été réinitialisé, ou le disque était plein. Restaurez la sauvegarde la plus récente plutôt que de recommencer.',
  recoveryNewestFile: {
    one: 'Sauvegarde la plus récente : {file}, enregistrée le {date}. Elle se trouve dans {folder}.',
    other: 'La plus récente de {count} sauvegardes : {file}, enregistrée le {date}. Elles se trouvent dans {folder}.',
  },
  recoveryNewestDownload:
    'Vous avez téléchargé une sauvegarde pour la dernière fois le {date} : un fichier nommé comme register-backup-AAAA-MM-JJ.ropa.json, en général dans votre dossier Téléchargements.',
  chooseBackupFile: 'Choisir le fichier de sauvegarde…',
  openBackupFolder: 'Ouvrir le dossier des sauvegardes',
  recoveryPreview: {
    one: '{file} contient « {title} » avec {count} activité de traitement, enregistré le {date}.',
    other: '{file} contient « {title} » avec {count} activités de traitement, enregistré le {date}.',
  },
  restoreThis: 'Restaurer ce registre',
  restoreRefused: 'Ce fichier ne peut pas être restauré : {reason}',
  restoredFrom: 'Le registre a été restauré à partir de {file}.',
  startAnew: 'Commencer plutôt un nouveau registre',
  confirmStartAnew:
    'Commencer avec un nouveau registre ? Les sauvegardes restent où elles sont ; vous pourrez encore en restaurer une plus tard sous Sauvegarde et restauration.',
};
