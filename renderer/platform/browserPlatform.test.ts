// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserPlatform, manualBackupFileName } from './browserPlatform';
import { manualBackupOverdue } from './manualBackups';

/** Records the downloads the browser platform starts (link clicks on blob URLs). */
function captureDownloads() {
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:backup'), revokeObjectURL: vi.fn() });
  return names;
}

describe('browser platform backups', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('has no automatic backups and no backups folder', async () => {
    const platform = browserPlatform();
    expect(platform.supportsAutomaticBackups).toBe(false);
    expect(await platform.backupInfo()).toEqual({ folder: '', files: [] });
    await expect(platform.openBackupFolder()).resolves.toBeUndefined();
    expect(platform.lastManualBackupAt()).toBeNull();
  });

  it('stores nothing for automatic backups', async () => {
    const downloads = captureDownloads();
    const platform = browserPlatform();
    expect(await platform.backupWrite({ text: '{}', reason: 'change' })).toEqual({ fileName: '', folder: '' });
    expect(await platform.backupWrite({ text: '{}', reason: 'quit' })).toEqual({ fileName: '', folder: '' });
    expect(downloads).toEqual([]);
    expect(platform.lastManualBackupAt()).toBeNull();
  });

  it('downloads a manual backup and remembers when', async () => {
    const downloads = captureDownloads();
    const platform = browserPlatform();
    expect(await platform.backupWrite({ text: '{}', reason: 'manual' })).toEqual({
      fileName: 'register-backup-2026-11-22.ropa.json',
      folder: '',
    });
    expect(downloads).toEqual(['register-backup-2026-11-22.ropa.json']);
    expect(platform.lastManualBackupAt()).toBe(new Date(2026, 10, 22, 9, 30).toISOString());
    expect(browserPlatform().lastManualBackupAt()).toBe(platform.lastManualBackupAt());
  });

  it('flushes on pagehide, with the latest callback only', () => {
    const platform = browserPlatform();
    const first = vi.fn(async () => undefined);
    const second = vi.fn(async () => undefined);
    platform.onFlushRequest(first);
    platform.onFlushRequest(second);
    window.dispatchEvent(new Event('pagehide'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('names downloaded backups by the local date', () => {
    expect(manualBackupFileName(new Date(2026, 0, 5, 23, 59))).toBe('register-backup-2026-01-05.ropa.json');
  });

  it('reminds when the last manual backup is missing or older than a week', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    expect(manualBackupOverdue(null, now)).toBe(true);
    expect(manualBackupOverdue('2026-11-16T12:00:00.000Z', now)).toBe(false);
    expect(manualBackupOverdue('2026-11-15T11:59:59.000Z', now)).toBe(true);
    expect(manualBackupOverdue('garbage', now)).toBe(true);
  });
});

describe('browser platform without a menu', () => {
  it('treats menu commands, the language and reveal as no-ops', async () => {
    const platform = browserPlatform();
    expect(platform.canRevealSavedFiles).toBe(false);
    const callback = vi.fn();
    const unsubscribe = platform.onMenuCommand(callback);
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    await expect(platform.setLanguage('nl')).resolves.toBeUndefined();
    expect(await platform.revealLastSaved('open')).toBe(false);
    expect(await platform.revealLastSaved('folder')).toBe(false);
    expect(callback).not.toHaveBeenCalled();
  });
});
