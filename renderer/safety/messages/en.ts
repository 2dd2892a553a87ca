/** Messages of the safety screens in English: this file defines the catalogue's keys. */
export const en = {
  // A database written by a newer version.
  newerTitle: 'This register was written by a newer version of RoPA Desk',
  newerWrittenBy: 'RoPA Desk {appVersion} last wrote it (storage format {found}) on {date}.',
  newerWrittenByVersion: 'RoPA Desk {appVersion} last wrote it (storage format {found}).',
  newerWrittenByUnknown: 'A newer version of RoPA Desk wrote it (storage format {found}).',
  newerThisVersion: 'This is RoPA Desk {appVersion}, which reads storage format {supported} and older.',
  newerProtected:
    'To keep the register intact, this version has opened nothing and changed nothing. Update RoPA Desk to continue working on it.',
  newerExportIntro: 'You can save what is stored as a file now, without changing it:',
  exportRegister: 'Save the register as a register file',
  exportEverything: 'Save everything as a database file (JSON)',
  exportNotRegister:
    'The register is stored in a form this version does not know, so it cannot be saved as a register file. The database file holds all of it.',
  exported: 'Saved as {file}.',
  exportFailed: 'Could not save the file: {reason}',
  reload: 'Reload',
  // The database could not be opened, or was closed under the app.
  openFailedTitle: 'The register could not be opened',
  openFailedText:
    'The browser refused to open the stored register ({reason}). Nothing was changed. Free some disk space or close other RoPA Desk windows, then reload.',
  closedTitle: 'This window stopped working on the register',
  closedNewer:
    'A newer version of RoPA Desk opened the register in another window. This window stopped so that it cannot change it. Reload to see what to do.',
  closedDeleted: 'The stored register was deleted in another window or by the browser. Reload to continue.',
  // An error on a screen.
  errorTitle: 'Something went wrong on this screen',
  errorText: 'RoPA Desk met an error it did not expect. Your register is safe: a change is stored completely or not at all.',
  errorDetail: 'Technical detail: {reason}',
  errorTypedIntro: 'What you typed on this screen may not have been saved. Copy it before you leave the screen:',
  copyTyped: 'Copy what you typed',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text above and copy it yourself.',
  goBack: 'Go back',
  goDashboard: 'Go to the dashboard',
  reloadApp: 'Reload the app',
  confirmLoseTyped: 'What you typed on this screen will be lost. Leave anyway?',
  // An empty database while backups exist.
  recoveryTitle: 'Your register is empty, but there are backups',
  recoveryText:
    'This profile holds no register, although there was one: the browser may have cleared its data, the profile may have been reset, or the disk was full. Restore the newest backup rather than starting anew.',
  recoveryNewestFile: {
    one: 'Newest backup: {file}, saved {date}. It is in {folder}.',
    other: 'Newest of {count} backups: {file}, saved {date}. They are in {folder}.',
  },
  recoveryNewestDownload:
    'You last downloaded a backup on {date}: a file named like register-backup-YYYY-MM-DD.ropa.json, usually in your Downloads folder.',
  chooseBackupFile: 'Choose the backup file…',
  openBackupFolder: 'Open the backups folder',
  recoveryPreview: {
    one: '{file} holds “{title}” with {count} processing activity, saved {date}.',
    other: '{file} holds “{title}” with {count} processing activities, saved {date}.',
  },
  restoreThis: 'Restore this register',
  restoreRefused: 'This file cannot be restored: {reason}',
  restoredFrom: 'The register was restored from {file}.',
  startAnew: 'Start a new register instead',
  confirmStartAnew: 'Start with a new register? The backups stay where they are; you can still restore one later under Backup and restore.',
} as const;
