/**
 * The sync between the database and the register's Git clone: which remote the register is connected to (a
 * setting edited like the others, refused when another window changed it), which commit the local register stands
 * on, and the sync itself — read the register, sync it in Git (syncRegister.ts), then replace the local register
 * with the outcome in one transaction, after a snapshot of the state it replaces. A failed fetch or push, a
 * refused remote or conflicts leave the database as it was.
 */
import type { HttpClient, PromiseFsClient } from 'isomorphic-git';
import { fingerprint } from '../../shared/register/canonical';
import { countRecords } from '../../shared/register/compare';
import { danglingLinks } from '../../shared/register/links';
import type { Register } from '../../shared/model';
import type { ConflictChoice, MergeConflict } from '../../shared/registerMerge';
import { parseRemoteUrl } from '../../shared/sync/remoteUrl';
import type { RegisterDatabase } from '../storage/database';
import { isRegisterEmpty, loadRegister, RegisterChangedError, replaceRegister } from '../storage/registerStore';
import { getSetting, getUserName, setSetting, updateSetting } from '../storage/settings';
import { GitRepository } from './gitRepository';
import { SyncError } from './syncError';
import { completeSync, syncRegister, type PendingConflicts, type SyncOutcome, type SyncPhase } from './syncRegister';

/** The remote the register is shared through: its address and the user name for the server (the token apart). */
export const SETTING_SYNC_REMOTE = 'syncRemote';
/**
 * The commit the local register stands on, with the address it was synced with (for information only: the same
 * repository may be reached under another spelling, and the sync checks the commit against the remote itself).
 */
export const SETTING_SYNCED_COMMIT = 'syncedCommit';

export interface SyncConnection {
  url: string;
  userName: string;
}

interface SyncedCommit {
  url: string;
  commit: string;
  /** The fingerprint of the register at that commit: a register still at it needs no new tree written. */
  fingerprint?: string;
}

export async function readConnection(db: RegisterDatabase): Promise<SyncConnection | null> {
  return getSetting<SyncConnection | null>(db, SETTING_SYNC_REMOTE, null);
}

/**
 * Connects (or, with `null`, disconnects) the register. `base` is the connection as the screen loaded it; when
 * another window changed it since, a SettingsConflictError is thrown and nothing is written.
 */
export async function saveConnection(
  db: RegisterDatabase,
  next: SyncConnection | null,
  base: SyncConnection | null,
): Promise<void> {
  if (next !== null && parseRemoteUrl(next.url) === undefined) throw new SyncError('badUrl');
  const stored =
    next === null ? null : { url: parseRemoteUrl(next.url)?.href ?? next.url, userName: next.userName.trim() };
  await updateSetting(db, SETTING_SYNC_REMOTE, stored, base, null);
}

async function syncedState(db: RegisterDatabase): Promise<SyncedCommit | undefined> {
  return (await getSetting<SyncedCommit | null>(db, SETTING_SYNCED_COMMIT, null)) ?? undefined;
}

/** The commit the register was last synced at; none before its first sync. */
export async function syncedCommit(db: RegisterDatabase): Promise<string | undefined> {
  return (await syncedState(db))?.commit;
}

/** Where the clone is kept and how the server is reached; the token comes from the platform's secret store. */
export interface SyncEnvironment {
  fs: PromiseFsClient;
  http: HttpClient;
  dir: string;
  token: string;
  /**
   * Writes what the file system keeps in memory to storage (LightningFS saves its index on a delay): called before
   * the commit is recorded, so the register never names a commit its clone lost when the window closed.
   */
  flush?: () => Promise<void>;
}

/** The texts a sync writes, in the user's language: commit messages and the name of the snapshot it keeps. */
export interface SyncTexts {
  message: string;
  mergeMessage: string;
  snapshotName: string;
  /** Told where the sync is, for the progress shown; 'save' is the local register being replaced. */
  onPhase?: (phase: SyncPhase | 'save') => void;
}

/** A sync stopped by conflicts, kept by the conflict screen until the user has chosen. */
export interface PendingSync {
  outcome: PendingConflicts;
  /** The local register the sync started from: the replacement is refused when it changed meanwhile. */
  basedOn: Register;
  connection: SyncConnection;
}

export type SyncReport =
  | {
      kind: 'done';
      change: 'none' | 'sent' | 'received' | 'merged';
      commit: string | undefined;
      /**
       * Links the sync left pointing at no record (a record deleted on one side, linked on the other), beyond those
       * the register had before; the validation lists each (REF_DANGLING).
       */
      newDanglingLinks: number;
      /** The merge found no shared commit: records deleted on one side may have come back (see SyncOutcome). */
      noCommonBase: boolean;
    }
  | { kind: 'conflicts'; pending: PendingSync };

/** The commits' author: the user's name from the settings, else their user name on the server. */
async function authorName(db: RegisterDatabase, connection: SyncConnection): Promise<string> {
  return (await getUserName(db)).trim() || connection.userName;
}

function repositoryOf(env: SyncEnvironment, connection: SyncConnection): GitRepository {
  return new GitRepository({
    fs: env.fs,
    http: env.http,
    dir: env.dir,
    url: connection.url,
    credentials: { userName: connection.userName, token: env.token },
  });
}

/**
 * Writes the outcome: the register replaced (when it differs) after a snapshot, and the commit it stands on. When
 * the register was edited meanwhile nothing is replaced; `standsOnWhenRefused` is then recorded as the commit the
 * (edited) register stands on, when known: after a pushed conflict resolution, the next sync must merge from the
 * local commit, not from the last sync, or the conflicts just resolved would be asked again.
 */
async function applyOutcome(
  db: RegisterDatabase,
  outcome: Extract<SyncOutcome, { kind: 'done' }>,
  basedOn: Register,
  connection: SyncConnection,
  texts: SyncTexts,
  standsOnWhenRefused?: SyncedCommit,
): Promise<SyncReport> {
  texts.onPhase?.('save');
  const tables = [...db.registerTables(), db.history, db.snapshots, db.snapshotContents, db.settings];
  const after = fingerprint(outcome.register);
  try {
    await db.transaction('rw', tables, async () => {
      if (after !== fingerprint(basedOn)) {
        await replaceRegister(db, outcome.register, {
          action: 'sync',
          note: connection.url,
          keepCurrentAs: texts.snapshotName,
          basedOn,
          fingerprint: after,
        });
      }
      if (outcome.commit !== undefined) {
        const synced: SyncedCommit = { url: connection.url, commit: outcome.commit, fingerprint: after };
        await setSetting(db, SETTING_SYNCED_COMMIT, synced);
      }
    });
  } catch (error) {
    if (!(error instanceof RegisterChangedError)) throw error;
    if (standsOnWhenRefused !== undefined) await setSetting(db, SETTING_SYNCED_COMMIT, standsOnWhenRefused);
    throw new SyncError('changedDuringSync');
  }
  const newDanglingLinks =
    outcome.change === 'merged' || outcome.change === 'received'
      ? Math.max(0, danglingLinks(outcome.register).length - danglingLinks(basedOn).length)
      : 0;
  return {
    kind: 'done',
    change: outcome.change,
    commit: outcome.commit,
    newDanglingLinks,
    noCommonBase: outcome.noCommonBase === true,
  };
}

/** Sync: commit, fetch, merge, push, then the local register replaced, or the conflicts returned. */
export async function runSync(db: RegisterDatabase, env: SyncEnvironment, texts: SyncTexts): Promise<SyncReport> {
  const connection = await readConnection(db);
  if (connection === null) throw new SyncError('notConnected');
  const state = await db.transaction('r', [...db.registerTables(), db.settings], async () => ({
    local: await loadRegister(db),
    stored: await isRegisterEmpty(db),
    synced: await syncedState(db),
    author: await authorName(db, connection),
  }));
  const outcome = await syncRegister(repositoryOf(env, connection), {
    local: state.local,
    // A register with no record yet (the welcome screen's empty register holds only its details) takes the remote's.
    localIsEmpty: state.stored || Object.values(countRecords(state.local)).every((n) => n === 0),
    syncedCommit: state.synced?.commit,
    localUnchanged: state.synced?.fingerprint !== undefined && state.synced.fingerprint === fingerprint(state.local),
    author: state.author,
    message: texts.message,
    mergeMessage: texts.mergeMessage,
    ...(texts.onPhase ? { onPhase: texts.onPhase } : {}),
  });
  if (outcome.kind === 'conflicts')
    return { kind: 'conflicts', pending: { outcome, basedOn: state.local, connection } };
  await env.flush?.();
  return applyOutcome(db, outcome, state.local, connection, texts);
}

/**
 * Completes a sync stopped by conflicts with the user's choices. The register must still be the one the sync
 * started from: checked before anything is committed or sent, since a resolution pushed over edits made meanwhile
 * could not be saved here.
 */
export async function finishSync(
  db: RegisterDatabase,
  env: SyncEnvironment,
  pending: PendingSync,
  choices: ReadonlyMap<MergeConflict, ConflictChoice>,
  texts: SyncTexts,
): Promise<SyncReport> {
  const current = await db.transaction('r', db.registerTables(), () => loadRegister(db));
  if (fingerprint(current) !== fingerprint(pending.basedOn)) throw new SyncError('changedBeforeCompleting');
  const author = await authorName(db, pending.connection);
  const outcome = await completeSync(repositoryOf(env, pending.connection), pending.outcome, choices, {
    author,
    mergeMessage: texts.mergeMessage,
    ...(texts.onPhase ? { onPhase: texts.onPhase } : {}),
  });
  if (outcome.kind === 'conflicts')
    return { kind: 'conflicts', pending: { outcome, basedOn: pending.basedOn, connection: pending.connection } };
  await env.flush?.();
  const standsOn: SyncedCommit | undefined = pending.outcome.oursIsLocal
    ? { url: pending.connection.url, commit: pending.outcome.ours, fingerprint: fingerprint(pending.basedOn) }
    : undefined;
  return applyOutcome(db, outcome, pending.basedOn, pending.connection, texts, standsOn);
}
