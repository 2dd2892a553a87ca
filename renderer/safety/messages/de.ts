/** Messages of the safety screens in German. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  newerTitle: 'Dieses Verzeichnis wurde von einer neueren Version von RoPA Desk geschrieben',
  newerWrittenBy: 'RoPA Desk {appVersion} hat es zuletzt am {date} geschrieben (Speicherformat {found}).',
  newerWrittenByVersion: 'RoPA Desk {appVersion} hat es zuletzt geschrieben (Speicherformat {found}).',
  newerWrittenByUnknown: 'Eine neuere Version von RoPA Desk hat es geschrieben (Speicherformat {found}).',
  newerThisVersion: 'Dies ist RoPA Desk {appVersion}; diese Version liest Speicherformat {supported} und ältere.',
  newerProtected:
    'Damit das Verzeichnis unversehrt bleibt, hat diese Version nichts geöffnet und nichts geändert. Aktualisieren Sie RoPA Desk, um daran weiterzuarbeiten.',
  newerExportIntro: 'Sie können das Gespeicherte jetzt als Datei sichern, ohne etwas zu ändern:',
  exportRegister: 'Das Verzeichnis als Verzeichnisdatei speichern',
  exportEverything: 'Alles als Datenbankdatei speichern (JSON)',
  exportNotRegister:
    'Das Verzeichnis ist in einer Form gespeichert, die diese Version nicht kennt, und kann daher nicht als Verzeichnisdatei gespeichert werden. Die Datenbankdatei enthält alles.',
  exported: 'Gespeichert als {file}.',
  exportFailed: 'Die Datei konnte nicht gespeichert werden: {reason}',
  reload: 'Neu laden',
  openFailedTitle: 'Das Verzeichnis konnte nicht geöffnet werden',
  openFailedText:
    'Der Browser hat das Öffnen des gespeicherten Verzeichnisses verweigert ({reason}). Es wurde nichts geändert. Geben Sie Speicherplatz frei oder schließen Sie andere Fenster von RoPA Desk und laden Sie dann neu.',
  closedTitle: 'Dieses Fenster arbeitet nicht mehr am Verzeichnis',
  closedNewer:
    'Eine neuere Version von RoPA Desk hat das Verzeichnis in einem anderen Fenster geöffnet. Dieses Fenster wurde angehalten, damit es das Verzeichnis nicht ändern kann. Laden Sie neu, um zu sehen, was Sie tun können.',
  closedDeleted: 'Das gespeicherte Verzeichnis wurde in einem anderen Fenster oder vom Browser gelöscht. Laden Sie neu, um fortzufahren.',
  errorTitle: 'Auf dieser Seite ist ein Fehler aufgetreten',
  errorText:
    'RoPA Desk ist auf einen unerwarteten Fehler gestoßen. Ihr Verzeichnis ist sicher: Eine Änderung wird vollständig oder gar nicht gespeichert.',
  errorDetail: 'Technische Angabe: {reason}',
  errorTypedIntro: 'Was Sie auf dieser Seite eingegeben haben, ist möglicherweise nicht gespeichert. Kopieren Sie es, bevor Sie die Seite verlassen:',
  copyTyped: 'Eingaben kopieren',
  copied: 'In die Zwischenablage kopiert.',
  copyFailed: 'Kopieren fehlgeschlagen. Markieren Sie den Text oben und kopieren Sie ihn selbst.',
  goBack: 'Zurück',
  goDashboard: 'Zur Übersicht',
  reloadApp: 'Die Anwendung neu laden',
  confirmLoseTyped: 'Ihre Eingaben auf dieser Seite gehen verloren. Trotzdem verlassen?',
  recoveryTitle: 'Ihr Verzeichnis ist leer, aber es gibt Sicherungskopien',
  recoveryText:
    'Dieses Profil enthält kein Verzeichnis, obwohl es eines gab: Der Browser hat möglicherweise seine Daten gelöscht, das Profil wurde zurückgesetzt oder der Datenträger war voll. Stellen Sie die neueste Sicherungskopie wieder her, statt neu zu beginnen.',
  recoveryNewestFile: {
    one: 'Neueste Sicherungskopie: {file}, gespeichert am {date}. Sie liegt in {folder}.',
    other: 'Neueste von {count} Sicherungskopien: {file}, gespeichert am {date}. Sie liegen in {folder}.',
  },
  recoveryNewestDownload:
    'Sie haben zuletzt am {date} eine Sicherungskopie heruntergeladen: eine Datei mit einem Namen wie register-backup-JJJJ-MM-TT.ropa.json, meist in Ihrem Ordner „Downloads“.',
  chooseBackupFile: 'Sicherungsdatei auswählen…',
  openBackupFolder: 'Ordner mit den Sicherungskopien öffnen',
  recoveryPreview: {
    one: '{file} enthält „{title}“ mit {count} Verarbeitungstätigkeit, gespeichert am {date}.',
    other: '{file} enthält „{title}“ mit {count} Verarbeitungstätigkeiten, gespeichert am {date}.',
  },
  restoreThis: 'Dieses Verzeichnis wiederherstellen',
  restoreRefused: 'Diese Datei kann nicht wiederhergestellt werden: {reason}',
  restoredFrom: 'Das Verzeichnis wurde aus {file} wiederhergestellt.',
  startAnew: 'Stattdessen ein neues Verzeichnis beginnen',
  confirmStartAnew:
    'Mit einem neuen Verzeichnis beginnen? Die Sicherungskopien bleiben erhalten; Sie können später unter „Sicherung und Wiederherstellung“ noch eine wiederherstellen.',
};
