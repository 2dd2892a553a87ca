/**
 * The sync as the app runs it: the clone in its own IndexedDB file system (LightningFS), the server reached with
 * the browser's fetch, the token from the platform (secure storage in the desktop app, the session in a browser),
 * and a sync stopped by conflicts kept here for the session, so the conflict screen survives leaving the screen.
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
  return { fs: fileSystem(), http, dir: DIR, token };
}

let pending: PendingSync | null = null;
const listeners = new Set<() => void>();
function setPending(next: PendingSync | null): void {
  pending = next;
  for (const listener of listeners) listener();
}

/** The sync waiting for the user's choices, if any. */
export function usePendingSync(): PendingSync | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}

/** Drops a sync waiting for choices: nothing was written, the register is as it was. */
export function cancelPendingSync(): void {
  setPending(null);
}

function keepPending(report: SyncReport): SyncReport {
  setPending(report.kind === 'conflicts' ? report.pending : null);
  return report;
}

export async function syncNow(texts: SyncTexts): Promise<SyncReport> {
  const connection = await readConnection(db);
  if (connection === null) throw new SyncError('notConnected');
  return keepPending(await runSync(db, await environment(connection.url), texts));
}

export async function completePendingSync(
  choices: ReadonlyMap<MergeConflict, ConflictChoice>,
  texts: SyncTexts,
): Promise<SyncReport> {
  if (pending === null) throw new SyncError('notConnected');
  return keepPending(await finishSync(db, await environment(pending.connection.url), pending, choices, texts));
}

/** The shared history up to the commit this register was last synced at; empty when it is not connected. */
export async function gitHistoryOfRegister(): Promise<GitHistoryEntry[]> {
  const connection = await readConnection(db);
  if (connection === null) return [];
  const commit = await syncedCommit(db);
  if (commit === undefined) return [];
  return readGitHistory(fileSystem(), DIR, commit);
}
