// The app's sync entry points without a server: one sync runs at a time (a second press, or a second Sharing
// screen, gets the running one's outcome), and a conflict resolution refused because the register changed drops the
// stale conflicts. The store and the platform are stand-ins; the sync itself is tested in sync.test.ts.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyRegister } from '../../shared/model';
import { SyncError } from './syncError';
import type { PendingSync, SyncReport } from './syncStore';

// LightningFS picks its lock by `navigator.locks`; Node 20 has no `navigator` at all.
(globalThis as { navigator?: object }).navigator ??= {};

const store = vi.hoisted(() => ({
  runSync: vi.fn<(db: unknown, env: { flush?: unknown }) => Promise<SyncReport>>(),
  finishSync: vi.fn<() => Promise<SyncReport>>(),
}));
vi.mock('./syncStore', () => ({
  readConnection: () => Promise.resolve({ url: 'https://git.example.org/r.git', userName: 'ben' }),
  runSync: store.runSync,
  finishSync: store.finishSync,
  syncedCommit: () => Promise.resolve(undefined),
}));
vi.mock('../platform/currentPlatform', () => ({ platform: { syncTokenRead: () => Promise.resolve('token') } }));

const { completePendingSync, syncNow } = await import('./appSync');

const TEXTS = { message: 'Changes', mergeMessage: 'Merge', snapshotName: 'Before sync' };
const DONE: SyncReport = { kind: 'done', change: 'sent', commit: 'c', newDanglingLinks: 0, noCommonBase: false };

afterEach(() => {
  vi.clearAllMocks();
});

describe('the app sync', () => {
  it('runs one sync at a time: a second request while one runs gets its outcome', async () => {
    let finish: (report: SyncReport) => void = () => undefined;
    store.runSync.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    const first = syncNow(TEXTS);
    const second = syncNow(TEXTS);
    await vi.waitFor(() => expect(store.runSync).toHaveBeenCalledTimes(1));
    finish(DONE);
    expect(await first).toBe(DONE);
    expect(await second).toBe(DONE);
    expect(store.runSync).toHaveBeenCalledTimes(1);
    // The clone's file system is flushed before the outcome is recorded (LightningFS saves on a delay).
    expect(typeof store.runSync.mock.calls[0]?.[1].flush).toBe('function');
    // Once it ended, the next request starts a new sync.
    store.runSync.mockResolvedValueOnce(DONE);
    await syncNow(TEXTS);
    expect(store.runSync).toHaveBeenCalledTimes(2);
  });

  it('drops the waiting conflicts when their completion is refused because the register changed', async () => {
    const pending = {
      outcome: { kind: 'conflicts', conflicts: [], ours: 'a', theirs: 'b', oursIsLocal: true },
      basedOn: emptyRegister(),
      connection: { url: 'https://git.example.org/r.git', userName: 'ben' },
    } as unknown as PendingSync;
    store.runSync.mockResolvedValueOnce({ kind: 'conflicts', pending });
    await syncNow(TEXTS);
    store.finishSync.mockRejectedValueOnce(new SyncError('changedBeforeCompleting'));
    await expect(completePendingSync(new Map(), TEXTS)).rejects.toMatchObject({ key: 'changedBeforeCompleting' });
    // Nothing waits any more: completing again has nothing to complete.
    await expect(completePendingSync(new Map(), TEXTS)).rejects.toMatchObject({ key: 'notConnected' });
    expect(store.finishSync).toHaveBeenCalledTimes(1);
  });
});
