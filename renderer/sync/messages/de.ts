import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

/** Die Wörter des Teilens auf Deutsch. */
export const de: TranslationOf<typeof en> = {
  fetchFailed:
    'Das gemeinsame Verzeichnis konnte nicht abgerufen werden ({detail}). Es wurde nichts geändert: Das Verzeichnis ist wie zuvor.',
  pushFailed:
    'Ihre Änderungen konnten nicht an das gemeinsame Verzeichnis gesendet werden ({detail}). Hier wurde nichts geändert: Synchronisieren Sie später erneut.',
  authFailed:
    'Der Server hat den Benutzernamen oder das Token abgelehnt. Prüfen Sie beides unter „Verbindung“. Es wurde nichts geändert.',
  remoteNewer:
    'Das gemeinsame Verzeichnis wurde von einer neueren Version von RoPA Desk geschrieben. Aktualisieren Sie RoPA Desk vor dem Synchronisieren. Es wurde nichts geändert.',
  remoteUnreadable: 'Das gemeinsame Verzeichnis ist nicht lesbar: {detail} Es wurde nichts geändert.',
  remoteKeepsMoving:
    'Andere haben während der Synchronisierung weiter Änderungen gesendet. Hier wurde nichts geändert: Synchronisieren Sie erneut.',
  changedDuringSync:
    'Das Verzeichnis wurde während der Synchronisierung bearbeitet. Hier wurde nichts ersetzt: Synchronisieren Sie erneut.',
  notConnected: 'Dieses Verzeichnis ist mit keinem gemeinsamen Repository verbunden.',
  badUrl: 'Die Adresse muss mit https:// beginnen (oder http:// für einen Server auf diesem Computer).',
  noToken: 'Geben Sie das Token ein, das Sie vom Server erhalten haben.',
};
