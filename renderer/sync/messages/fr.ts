import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

/** Les mots du partage en français. */
export const fr: TranslationOf<typeof en> = {
  fetchFailed:
    "Le registre partagé n'a pas pu être récupéré ({detail}). Rien n'a été modifié : le registre est tel qu'il était.",
  pushFailed:
    "Vos modifications n'ont pas pu être envoyées au registre partagé ({detail}). Rien n'a été modifié ici : synchronisez plus tard.",
  authFailed:
    "Le serveur a refusé le nom d'utilisateur ou le jeton. Vérifiez-les sous « Connexion ». Rien n'a été modifié.",
  remoteNewer:
    "Le registre partagé a été écrit par une version plus récente de RoPA Desk. Mettez RoPA Desk à jour avant de synchroniser. Rien n'a été modifié.",
  remoteUnreadable: "Le registre partagé est illisible : {detail} Rien n'a été modifié.",
  remoteKeepsMoving:
    "D'autres ont envoyé des modifications pendant la synchronisation. Rien n'a été modifié ici : synchronisez à nouveau.",
  changedDuringSync:
    "Le registre a été modifié pendant la synchronisation. Rien n'a été remplacé ici : synchronisez à nouveau.",
  notConnected: "Ce registre n'est relié à aucun dépôt partagé.",
  badUrl: "L'adresse doit commencer par https:// (ou http:// pour un serveur sur cet ordinateur).",
  noToken: 'Saisissez le jeton que le serveur vous a donné.',
  title: 'Partage',
  intro:
    "Partagez ce registre avec votre équipe par un dépôt Git (GitLab, Gitea, Azure DevOps, Bitbucket). Rien n'est envoyé ni récupéré tant que vous n'appuyez pas sur Synchroniser : entre-temps, vous travaillez hors ligne.",
  connectionHeading: 'Connexion',
  urlLabel: 'Adresse du dépôt (https://…/register.git)',
  userLabel: "Nom d'utilisateur sur le serveur",
  tokenLabel: "Jeton d'accès",
  tokenDesktop:
    "Le jeton est conservé chiffré par votre système d'exploitation et n'est jamais écrit dans le registre.",
  tokenBrowser:
    "Dans le navigateur, le jeton n'est conservé que pour cette session : saisissez-le à nouveau après avoir fermé le navigateur.",
  connect: 'Connecter',
  saveToken: 'Utiliser ce jeton',
  replaceTokenLabel: 'Nouveau jeton d’accès (si le serveur refuse celui conservé ici)',
  replaceToken: 'Remplacer le jeton',
  tokenReplaced: 'Le nouveau jeton est conservé. Appuyez sur Synchroniser pour l’utiliser.',
  noCommonBase:
    'Le registre partagé et celui-ci n’ont aucune synchronisation en commun (cet ordinateur ne connaît pas sa dernière synchronisation) : tout ce qui se trouve de chaque côté a compté comme ajouté, et des fiches supprimées par l’équipe ont pu revenir. Vérifiez le registre.',
  changedBeforeCompleting:
    'Le registre a été modifié après le début de la synchronisation. Rien n’a été envoyé ni remplacé : synchronisez de nouveau pour fusionner aussi vos modifications.',
  disconnect: 'Déconnecter',
  connectedTo: 'Connecté à {url} en tant que {user}.',
  connectedNotice: 'Connecté. Appuyez sur Synchroniser pour envoyer ou récupérer le registre.',
  disconnectedNotice: 'Déconnecté. Le registre reste tel quel sur cet ordinateur.',
  tokenNeeded: "Saisissez le jeton d'accès pour cette session avant de synchroniser.",
  syncHeading: 'Synchroniser',
  messageLabel: "Qu'avez-vous modifié ? (un message pour l'équipe)",
  defaultMessage: 'Modifications de {name}',
  defaultMessageAnonymous: 'Modifications du registre',
  mergeMessage: "Fusionné avec les modifications de l'équipe",
  snapshotName: 'Avant synchronisation {date}',
  sync: 'Synchroniser',
  syncing: 'Synchronisation : enregistrement, récupération, fusion, envoi…',
  phaseCommit: 'Enregistrement de vos modifications…',
  phaseFetch: 'Récupération du registre partagé…',
  phaseMerge: "Fusion de vos modifications avec celles de l'équipe…",
  phasePush: 'Envoi au registre partagé…',
  phaseSave: 'Enregistrement du registre sur cet ordinateur…',
  connectionChanged:
    "La connexion a été modifiée dans une autre fenêtre. Rien n'a été enregistré : l'écran montre maintenant la connexion telle qu'elle est.",
  doneNone: "À jour : il n'y avait rien à envoyer ni à récupérer.",
  doneSent: 'Vos modifications ont été envoyées au registre partagé.',
  doneReceived:
    "Les modifications de l'équipe ont été récupérées dans ce registre. L'état précédent est conservé en instantané.",
  doneMerged:
    "Vos modifications et celles de l'équipe ont été fusionnées et envoyées. L'état précédent est conservé en instantané.",
  danglingAfterSync: {
    one: "Un lien pointe désormais vers une fiche supprimée de l'autre côté. Les contrôles l'indiquent sur la fiche qui le contient.",
    other:
      "{count} liens pointent désormais vers des fiches supprimées de l'autre côté. Les contrôles les indiquent sur les fiches qui les contiennent.",
  },
  conflictsTitle: 'Modifications en conflit',
  conflictsIntro: {
    one: "Un champ a été modifié ici et, autrement, dans le registre partagé. Choisissez la valeur à garder, ou modifiez-la, puis terminez la synchronisation. Rien n'a encore été modifié.",
    other:
      "{count} champs ont été modifiés ici et, autrement, dans le registre partagé. Choisissez pour chacun la valeur à garder, ou modifiez-la, puis terminez la synchronisation. Rien n'a encore été modifié.",
  },
  columnRecord: 'Fiche',
  columnField: 'Champ',
  columnBase: 'Avant les deux modifications',
  columnOurs: 'La vôtre',
  columnTheirs: 'Dans le registre partagé',
  columnChoice: 'Garder',
  keepOurs: 'La vôtre',
  keepTheirs: 'La partagée',
  keepEdited: 'Modifiée :',
  editLabel: 'Valeur à garder pour {field}',
  completeSync: 'Terminer la synchronisation',
  cancelSync: 'Annuler (ne rien modifier)',
  chooseEach: "Choisissez d'abord une valeur pour chaque conflit.",
  badEditedValue: "La valeur modifiée de {field} n'est pas valide : {detail}",
  emptyValue: '(vide)',
  wholeRecord: 'toute la fiche',
  registerSettings: 'Données du registre',
  gitHistoryTitle: 'Historique partagé (Git)',
  gitHistoryIntro:
    "Ce que l'équipe a enregistré dans le registre partagé, jusqu'à la dernière synchronisation de cet ordinateur.",
  columnMessage: 'Message',
  mergeCommit: '(fusion)',
  moreChanges: 'et {count} de plus',
  gitHistoryUnavailable: "L'historique partagé est illisible sur cet ordinateur : {detail}",
};
