// @vitest-environment jsdom
/**
 * Finding 3 of the adversarial test: an empty database while backups exist (a reset profile, a full disk, a
 * browser data wipe) is noticed, and the app offers to restore the newest backup instead of greeting the user as
 * new; and no backup of the empty database is written meanwhile.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, OpenedFile } from '../../shared/ipc/desktopApi';
import { fingerprint } from '../../shared/register/canonical';
import { readRegisterFile, writeRegisterFile } from '../../shared/register/registerFile';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import type { Platform } from '../platform/platform';
import { RegisterProvider } from '../register/RegisterContext';
import { button, click, mount, waitFor, type Mounted } from '../safety/domTesting';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { I18nProvider } from './i18n';

const fake = vi.hoisted(() => ({
  platform: {} as Platform,
}));
vi.mock('../platform/currentPlatform', () => ({ platform: fake.platform }));

const { App } = await import('./App');

const BACKUPS: BackupInfo = {
  folder: '/home/an/.config/RoPA Desk/backups',
  files: [
    { fileName: 'register-2026-11-21T16-02-11-000Z.ropa.json', savedAt: '2026-11-21T16:02:11.000Z', bytes: 181_000 },
    { fileName: 'register-2026-11-20T09-00-00-000Z.ropa.json', savedAt: '2026-11-20T09:00:00.000Z', bytes: 180_000 },
    { fileName: 'register-2026-11-13T09-00-00-000Z.ropa.json', savedAt: '2026-11-13T09:00:00.000Z', bytes: 150_000 },
  ],
};

function desktop(): Platform {
  return {
    kind: 'electron',
    supportsAutomaticBackups: true,
    canRevealSavedFiles: true,
    secureTokenStorage: true,
    syncTokenSave: vi.fn(async () => undefined),
    syncTokenRead: vi.fn(async () => null),
    syncTokenClear: vi.fn(async () => undefined),
    appInfo: vi.fn(async () => ({ version: '0.1.0', platform: 'linux' })),
    saveFile: vi.fn(async () => ({ saved: false })),
    openFile: vi.fn(async (): Promise<OpenedFile | null> => null),
    revealLastSaved: vi.fn(async () => false),
    backupWrite: vi.fn(async () => ({ fileName: 'register-x.ropa.json', folder: BACKUPS.folder })),
    backupInfo: vi.fn(async () => BACKUPS),
    openBackupFolder: vi.fn(async () => undefined),
    setLanguage: vi.fn(async () => undefined),
    onFlushRequest: vi.fn(),
    onMenuCommand: vi.fn(() => () => undefined),
    lastManualBackupAt: vi.fn(() => null),
  };
}

let view: Mounted | null = null;

function startApp(lang = 'en'): Mounted {
  localStorage.setItem('ropa-desk.language', lang);
  window.history.replaceState(null, '', '#/settings');
  view = mount(
    <I18nProvider>
      <RegisterProvider>
        <App />
      </RegisterProvider>
    </I18nProvider>,
  );
  return view;
}

const heading = () => view?.container.querySelector('h1')?.textContent;

beforeEach(async () => {
  Object.assign(fake.platform, desktop());
  await db.open();
});

afterEach(async () => {
  view?.unmount();
  view = null;
  vi.restoreAllMocks();
  localStorage.clear();
  await db.delete({ disableAutoOpen: false });
});

describe('finding 3: an empty database while backups exist', () => {
  it('finding 3: the desktop app offers the newest backup on disk instead of the welcome screen, and restores it', async () => {
    const app = startApp();
    await waitFor(() => expect(heading()).toBe('Your register is empty, but there are backups'));
    expect(app.container.textContent).not.toContain('Welcome to RoPA Desk');
    expect(app.container.textContent).toContain(
      `Newest of 3 backups: register-2026-11-21T16-02-11-000Z.ropa.json, saved ${new Intl.DateTimeFormat('en-BE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-21T16:02:11.000Z'))}. They are in /home/an/.config/RoPA Desk/backups.`,
    );

    await click(button(app.container, 'Open the backups folder'));
    expect(fake.platform.openBackupFolder).toHaveBeenCalled();

    const file = writeRegisterFile(sampleRegister(), { savedAt: '2026-11-21T16:02:11.000Z' });
    vi.mocked(fake.platform.openFile).mockResolvedValueOnce({
      name: BACKUPS.files[0]?.fileName ?? '',
      bytes: new TextEncoder().encode(file),
    });
    await click(button(app.container, 'Choose the backup file…'));
    await waitFor(() => expect(app.container.textContent).toContain('with 29 processing activities, saved'));
    await click(button(app.container, 'Restore this register'));
    await waitFor(() => expect(heading()).toBe('Settings'));
    expect(await db.activities.count()).toBe(sampleRegister().activities.length);
    // The restored register is backed up at once, not only at its next change.
    await waitFor(() => expect(fake.platform.backupWrite).toHaveBeenCalledTimes(1));
    const written = vi.mocked(fake.platform.backupWrite).mock.calls[0]?.[0];
    expect(written?.reason).toBe('change');
    expect(readRegisterFile(written?.text ?? '').fingerprint).toBe(fingerprint(sampleRegister()));
  });

  it('finding 3: no backup of the empty database is written while the restore is offered', async () => {
    startApp();
    await waitFor(() => expect(heading()).toBe('Your register is empty, but there are backups'));
    // Closing the window now must not add an empty "newest backup" that would push the real ones out.
    for (const [flush] of vi.mocked(fake.platform.onFlushRequest).mock.calls) await flush();
    expect(fake.platform.backupWrite).not.toHaveBeenCalled();
  });

  it('finding 3: in the browser, a remembered download is offered', async () => {
    Object.assign(fake.platform, {
      kind: 'browser',
      supportsAutomaticBackups: false,
      backupInfo: vi.fn(async () => ({ folder: '', files: [] })),
      lastManualBackupAt: vi.fn(() => '2026-11-20T10:00:00.000Z'),
    });
    const app = startApp('nl');
    await waitFor(() => expect(heading()).toBe('Uw register is leeg, maar er zijn back-ups'));
    expect(app.container.textContent).toContain('U downloadde het laatst een back-up op');
    expect(() => button(app.container, 'De map met back-ups openen')).toThrow();
  });

  it('finding 3: starting anew is possible, after confirming', async () => {
    const app = startApp();
    await waitFor(() => expect(heading()).toBe('Your register is empty, but there are backups'));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await click(button(app.container, 'Start a new register instead'));
    expect(heading()).toBe('Your register is empty, but there are backups');
    await click(button(app.container, 'Start a new register instead'));
    expect(confirm).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(heading()).toBe('Welcome to RoPA Desk'));
  });

  it('finding 3: without any backup a first start still shows the welcome screen', async () => {
    Object.assign(fake.platform, { backupInfo: vi.fn(async () => ({ folder: BACKUPS.folder, files: [] })) });
    startApp();
    await waitFor(() => expect(heading()).toBe('Welcome to RoPA Desk'));
  });

  it('finding 3: a register that is there is shown as usual', async () => {
    await replaceRegister(db, sampleRegister(), { action: 'import', note: 'x' });
    startApp();
    await waitFor(() => expect(heading()).toBe('Settings'));
    expect(fake.platform.backupInfo).not.toHaveBeenCalled();
  });
});
