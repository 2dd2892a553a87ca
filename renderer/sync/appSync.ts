/**
 * The sync as the app runs it: the clone in its own IndexedDB file system (LightningFS), the server reached with
 * the browser's fetch, the token from the platform (secure storage in the desktop app, the session in a browser),
 * and a sync stopped by conflicts kept here for the session, so the conflict screen survives leaving the screen.
 * The sync in flight is kept here too: two at once (a second window of the screen, a double press) would commit
 * and push the same register twice and race on the commit it stands on.
 */
import './bufferGlobal';
import LightningFS from '@isomorphic-git/lightning-fs';
import http from 'isomorphic-git/http/web';
import { useSyncExternalStore } from 'react';
import type { ConflictChoice, MergeConflict } from '../../shared/registerMerge';
import { platform } from '../platform/currentPlatform';
import { db } from '../storage/database';
import { SyncError } from './syncError';
import { readGitHistory, type GitHistoryEntry } from './gitHistory';
import {
  finishSync,
  readConnection,
  runSync,
  syncedCommit,
  type PendingSync,
  type SyncReport,
  type SyncTexts,
} from './syncStore';

/** The clone's IndexedDB database (apart from the register's own) and its folder in it. */
const FS_NAME = 'ropa-desk-git';
const DIR = '/register';

let fs: LightningFS | undefined;
function fileSystem(): LightningFS {
  fs ??= new LightningFS(FS_NAME);
  return fs;
}

async function environment(url: string) {
  const token = await platform.syncTokenRead(url);
  if (token === null) throw new SyncError('noToken');
  const files = fileSystem();
  return { fs: files, http, dir: DIR, token, flush: () => files.promises.flush() };
}

let pending: PendingSync | null = null;
let inFlight: Promise<SyncReport> | null = null;
const listeners = new Set<() => void>();
function notify(): void {
  for (const listener of listeners) listener();
}
function setPending(next: PendingSync | null): void {
  pending = next;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The sync waiting for the user's choices, if any. */
export function usePendingSync(): PendingSync | null {
  return useSyncExternalStore(subscribe, () => pending);
}

/** Whether a sync (or the completion of one) is running, in any screen of this window. */
export function useSyncRunning(): boolean {
  return useSyncExternalStore(subscribe, () => inFlight !== null);
}

/**
 * Runs `start` unless a sync already runs, in which case that one's promise is returned: the caller then reports
 * the running sync's outcome instead of starting a second one.
 */
function single(start: () => Promise<SyncReport>): Promise<SyncReport> {
  if (inFlight) return inFlight;
  const running = start().finally(() => {
    inFlight = null;
    notify();
  });
  inFlight = running;
  notify();
  return running;
}

/** Drops a sync waiting for choices: nothing was written, the register is as it was. */
export function cancelPendingSync(): void {
  setPending(null);
}

function keepPending(report: SyncReport): SyncReport {
  setPending(report.kind === 'conflicts' ? report.pending : null);
  return report;
}

export function syncNow(texts: SyncTexts): Promise<SyncReport> {
  return single(async () => {
    const connection = await readConnection(db);
    if (connection === null) throw new SyncError('notConnected');
    return keepPending(await runSync(db, await environment(connection.url), texts));
  });
}

export function completePendingSync(
  choices: ReadonlyMap<MergeConflict, ConflictChoice>,
  texts: SyncTexts,
): Promise<SyncReport> {
  return single(async () => {
    const waiting = pending;
    if (waiting === null) throw new SyncError('notConnected');
    try {
      return keepPending(await finishSync(db, await environment(waiting.connection.url), waiting, choices, texts));
    } catch (error) {
      // The register changed under the resolution: before sending (nothing sent), or after (the pointer moved to
      // the local commit). Either way these conflicts are stale; the next sync starts afresh.
      if (error instanceof SyncError && (error.key === 'changedBeforeCompleting' || error.key === 'changedDuringSync'))
        setPending(null);
      throw error;
    }
  });
}

/** The shared history up to the commit this register was last synced at; empty when it is not connected. */
export async function gitHistoryOfRegister(): Promise<GitHistoryEntry[]> {
  const connection = await readConnection(db);
  if (connection === null) return [];
  const commit = await syncedCommit(db);
  if (commit === undefined) return [];
  return readGitHistory(fileSystem(), DIR, commit);
}
