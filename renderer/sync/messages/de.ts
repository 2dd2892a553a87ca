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
  title: 'Teilen',
  intro:
    'Teilen Sie dieses Verzeichnis über ein Git-Repository mit Ihrem Team (GitLab, Gitea, Azure DevOps, Bitbucket). Nichts wird gesendet oder abgerufen, bevor Sie auf Synchronisieren klicken: Dazwischen arbeiten Sie offline.',
  connectionHeading: 'Verbindung',
  urlLabel: 'Adresse des Repositorys (https://…/register.git)',
  userLabel: 'Benutzername auf dem Server',
  tokenLabel: 'Zugriffstoken',
  tokenDesktop:
    'Das Token wird von Ihrem Betriebssystem verschlüsselt aufbewahrt und nie in das Verzeichnis geschrieben.',
  tokenBrowser:
    'Im Browser wird das Token nur für diese Sitzung aufbewahrt: Geben Sie es nach dem Schließen des Browsers erneut ein.',
  connect: 'Verbinden',
  saveToken: 'Dieses Token verwenden',
  replaceTokenLabel: 'Neues Zugriffstoken (wenn der Server das hier gespeicherte ablehnt)',
  replaceToken: 'Token ersetzen',
  tokenReplaced: 'Das neue Token ist gespeichert. Drücken Sie Synchronisieren, um es zu verwenden.',
  noCommonBase:
    'Das gemeinsame Verzeichnis und dieses haben keine gemeinsame Synchronisation (dieser Computer kennt seine letzte Synchronisation nicht), daher zählte alles auf beiden Seiten als hinzugefügt: vom Team gelöschte Einträge können zurückgekehrt sein. Prüfen Sie das Verzeichnis.',
  changedBeforeCompleting:
    'Das Verzeichnis wurde nach dem Start der Synchronisation geändert. Nichts wurde gesendet und nichts ersetzt: Synchronisieren Sie erneut, um auch Ihre Änderungen zusammenzuführen.',
  disconnect: 'Trennen',
  connectedTo: 'Verbunden mit {url} als {user}.',
  connectedNotice: 'Verbunden. Klicken Sie auf Synchronisieren, um das Verzeichnis zu senden oder abzurufen.',
  disconnectedNotice: 'Getrennt. Das Verzeichnis bleibt auf diesem Computer, wie es ist.',
  tokenNeeded: 'Geben Sie vor dem Synchronisieren das Zugriffstoken für diese Sitzung ein.',
  syncHeading: 'Synchronisieren',
  messageLabel: 'Was haben Sie geändert? (eine Nachricht für das Team)',
  defaultMessage: 'Änderungen von {name}',
  defaultMessageAnonymous: 'Änderungen am Verzeichnis',
  mergeMessage: 'Mit den Änderungen des Teams zusammengeführt',
  snapshotName: 'Vor Synchronisierung {date}',
  sync: 'Synchronisieren',
  syncing: 'Synchronisierung: festhalten, abrufen, zusammenführen, senden…',
  phaseCommit: 'Ihre Änderungen werden festgehalten…',
  phaseFetch: 'Das gemeinsame Verzeichnis wird abgerufen…',
  phaseMerge: 'Ihre Änderungen werden mit denen des Teams zusammengeführt…',
  phasePush: 'Senden an das gemeinsame Verzeichnis…',
  phaseSave: 'Das Verzeichnis wird auf diesem Computer gespeichert…',
  connectionChanged:
    'Die Verbindung wurde in einem anderen Fenster geändert. Es wurde nichts gespeichert: Die Ansicht zeigt jetzt die Verbindung, wie sie ist.',
  doneNone: 'Aktuell: Es gab nichts zu senden oder abzurufen.',
  doneSent: 'Ihre Änderungen wurden an das gemeinsame Verzeichnis gesendet.',
  doneReceived:
    'Die Änderungen des Teams wurden in dieses Verzeichnis übernommen. Der vorherige Stand ist als Momentaufnahme gesichert.',
  doneMerged:
    'Ihre Änderungen und die des Teams wurden zusammengeführt und gesendet. Der vorherige Stand ist als Momentaufnahme gesichert.',
  danglingAfterSync: {
    one: 'Eine Verknüpfung zeigt jetzt auf einen Eintrag, der auf der anderen Seite gelöscht wurde. Die Prüfungen zeigen sie beim Eintrag, der sie enthält.',
    other:
      '{count} Verknüpfungen zeigen jetzt auf Einträge, die auf der anderen Seite gelöscht wurden. Die Prüfungen zeigen sie bei den Einträgen, die sie enthalten.',
  },
  conflictsTitle: 'Widersprüchliche Änderungen',
  conflictsIntro: {
    one: 'Ein Feld wurde hier und, anders, im gemeinsamen Verzeichnis geändert. Wählen Sie den Wert, der bleiben soll, oder bearbeiten Sie ihn, und schließen Sie dann die Synchronisierung ab. Noch wurde nichts geändert.',
    other:
      '{count} Felder wurden hier und, anders, im gemeinsamen Verzeichnis geändert. Wählen Sie für jedes den Wert, der bleiben soll, oder bearbeiten Sie ihn, und schließen Sie dann die Synchronisierung ab. Noch wurde nichts geändert.',
  },
  columnRecord: 'Eintrag',
  columnField: 'Feld',
  columnBase: 'Vor beiden Änderungen',
  columnOurs: 'Ihre',
  columnTheirs: 'Im gemeinsamen Verzeichnis',
  columnChoice: 'Behalten',
  keepOurs: 'Ihre',
  keepTheirs: 'Die gemeinsame',
  keepEdited: 'Bearbeitet:',
  editLabel: 'Zu behaltender Wert für {field}',
  completeSync: 'Synchronisierung abschließen',
  cancelSync: 'Abbrechen (nichts ändern)',
  chooseEach: 'Wählen Sie zuerst für jeden Konflikt einen Wert.',
  badEditedValue: 'Der bearbeitete Wert von {field} ist ungültig: {detail}',
  emptyValue: '(leer)',
  wholeRecord: 'der ganze Eintrag',
  registerSettings: 'Angaben zum Verzeichnis',
  gitHistoryTitle: 'Gemeinsamer Verlauf (Git)',
  gitHistoryIntro:
    'Was das Team im gemeinsamen Verzeichnis festgehalten hat, bis zur letzten Synchronisierung dieses Computers.',
  columnMessage: 'Nachricht',
  mergeCommit: '(Zusammenführung)',
  moreChanges: 'und {count} weitere',
  gitHistoryUnavailable: 'Der gemeinsame Verlauf kann auf diesem Computer nicht gelesen werden: {detail}',
};
