/** The sharing words in English: this file defines the catalogue's keys. */
export const en = {
  // Errors of a sync; the register is always left as it was.
  fetchFailed: 'The shared register could not be fetched ({detail}). Nothing was changed: the register is as it was.',
  pushFailed:
    'Your changes could not be sent to the shared register ({detail}). Nothing was changed here: sync again later.',
  authFailed: 'The server refused the user name or token. Check them under "Connection". Nothing was changed.',
  remoteNewer:
    'The shared register was written by a newer version of RoPA Desk. Update RoPA Desk before you sync. Nothing was changed.',
  remoteUnreadable: 'The shared register cannot be read: {detail} Nothing was changed.',
  remoteKeepsMoving: 'Others kept sending changes while you synced. Nothing was changed here: sync again.',
  changedDuringSync: 'The register was edited while it synced. Nothing was replaced here: sync again.',
  notConnected: 'This register is not connected to a shared repository.',
  badUrl: 'The address must start with https:// (or http:// for a server on this computer).',
  noToken: 'Enter the token the server gave you.',
} as const;
