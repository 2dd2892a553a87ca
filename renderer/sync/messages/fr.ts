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
};
