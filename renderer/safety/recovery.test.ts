// Finding 3 of the adversarial test, in storage: which backups to offer when the database holds no register.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../shared/ipc/desktopApi';
import { emptyRegister } from '../../shared/model';
import { RegisterDatabase } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { openRegisterDatabase } from '../storage/schemaGuard';
import { backupsForEmptyRegister, type BackupLister } from './recovery';

const dbs: RegisterDatabase[] = [];
let counter = 0;
async function freshDb(): Promise<RegisterDatabase> {
  const db = new RegisterDatabase(`recovery-${++counter}-${Date.now()}`, { autoOpen: false });
  dbs.push(db);
  // As the app opens it: the schema stamp is written, which must not count as a register.
  expect(await openRegisterDatabase(db, '0.1.0')).toEqual({ status: 'open' });
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const FILES: BackupInfo = {
  folder: '/backups',
  files: [
    { fileName: 'register-2026-11-21T16-02-11-000Z.ropa.json', savedAt: '2026-11-21T16:02:11.000Z', bytes: 181_000 },
    { fileName: 'register-2026-11-20T09-00-00-000Z.ropa.json', savedAt: '2026-11-20T09:00:00.000Z', bytes: 180_000 },
  ],
};

function lister(overrides: Partial<BackupLister> = {}): BackupLister {
  return {
    supportsAutomaticBackups: true,
    backupInfo: vi.fn(async () => FILES),
    lastManualBackupAt: () => null,
    ...overrides,
  };
}

describe('finding 3: an empty database while backups exist', () => {
  it('finding 3: an empty database with backups on disk offers the newest of them', async () => {
    expect(await backupsForEmptyRegister(await freshDb(), lister())).toEqual({
      kind: 'files',
      folder: '/backups',
      newest: FILES.files[0],
      count: 2,
    });
  });

  it('finding 3: in the browser, a remembered download is offered', async () => {
    const browser = lister({ supportsAutomaticBackups: false, lastManualBackupAt: () => '2026-11-20T10:00:00.000Z' });
    expect(await backupsForEmptyRegister(await freshDb(), browser)).toEqual({ kind: 'download', lastAt: '2026-11-20T10:00:00.000Z' });
  });

  it('finding 3: an unreadable backups folder falls back to what else is known', async () => {
    const failing = lister({ backupInfo: vi.fn(async () => Promise.reject(new Error('EACCES'))) });
    expect(await backupsForEmptyRegister(await freshDb(), failing)).toBeNull();
  });

  it('finding 3: nothing is offered without backups, or when there is a register', async () => {
    expect(await backupsForEmptyRegister(await freshDb(), lister({ backupInfo: vi.fn(async () => ({ folder: '/b', files: [] })) }))).toBeNull();
    const filled = await freshDb();
    await replaceRegister(filled, emptyRegister({ title: 'Started empty' }), { action: 'import', note: 'x' });
    const asked = lister();
    expect(await backupsForEmptyRegister(filled, asked)).toBeNull();
    expect(asked.backupInfo).not.toHaveBeenCalled();
  });
});
