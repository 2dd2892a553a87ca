/**
 * One Sync of the register with its remote, in Git terms and without the database: commit the local register on
 * the commit it stands on, fetch, then fast-forward, push, or merge three-way (base, ours, theirs read from the
 * commits' trees) and push, again from the fetch when the remote moved meanwhile. The outcome says which commit
 * the local register now stands on and which register that is; the caller replaces the local register with it,
 * all-or-nothing (syncStore.ts). Conflicts stop the sync before anything is pushed and are returned for the
 * conflict screen, which completes the sync with `completeSync`.
 */
import { emptyRegister, type Register } from '../../shared/model';
import {
  mergeFolders,
  resolveConflicts,
  type ConflictChoice,
  type MergeConflict,
  type MergeResult,
} from '../../shared/registerMerge';
import { RegisterFolderError, registerToFolder } from '../../shared/registerFolder';
import { mergeOtherFiles, type GitRepository } from './gitRepository';
import { SyncError } from './syncError';

/** Where a sync is, for the progress shown while it runs. */
export type SyncPhase = 'commit' | 'fetch' | 'merge' | 'push';

/** How often the sync starts again from the fetch when a push is refused because the remote moved. */
const ATTEMPTS = 3;

export interface SyncRequest {
  /** The local register as stored now. */
  local: Register;
  /** True when the database holds no register (first start): nothing is committed, the remote's is taken. */
  localIsEmpty: boolean;
  /** The commit the local register was last synced at; undefined before the first sync. */
  syncedCommit: string | undefined;
  /**
   * True when the local register is still the one at `syncedCommit` (same fingerprint): nothing to commit, and the
   * folder is not written again (for a large register that is most of an unchanged sync's time).
   */
  localUnchanged?: boolean;
  author: string;
  /** The commit message for the local changes (typed by the user, or a default in their language). */
  message: string;
  /** The message of a merge commit. */
  mergeMessage: string;
  onPhase?: (phase: SyncPhase) => void;
}

export type SyncOutcome =
  | {
      kind: 'done';
      /** The commit the local register stands on now (undefined: the remote and the register are both empty). */
      commit: string | undefined;
      /** The register at that commit: the local one unchanged, the remote's, or the merge of both. */
      register: Register;
      /** What happened, for the message shown. */
      change: 'none' | 'sent' | 'received' | 'merged';
      /**
       * True when the merge found no commit both sides share (a register started apart, or its last sync unknown):
       * everything on either side counted as added, so records one side deleted may have come back.
       */
      noCommonBase?: boolean;
    }
  | PendingConflicts;

export interface PendingConflicts {
  kind: 'conflicts';
  merge: MergeResult;
  conflicts: MergeConflict[];
  ours: string;
  theirs: string;
  /** As in a done outcome: the conflicts were found with an empty register as the base. */
  noCommonBase?: boolean;
  /**
   * True when `ours` holds exactly the local register the sync started from (not a merge made on the way): the
   * commit the local register can be said to stand on when the resolved merge is pushed but not saved here.
   */
  oursIsLocal: boolean;
}

/** A refusal of the remote's register folder (a newer format, a broken file) told as the sync's own error. */
function syncRefusal(error: unknown): unknown {
  if (!(error instanceof RegisterFolderError)) return error;
  return new SyncError(error.key === 'newerFolderVersion' ? 'remoteNewer' : 'remoteUnreadable', {}, error);
}

function refusingRemote<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw syncRefusal(error);
  }
}

async function readRemote(repo: GitRepository, commit: string): Promise<Register> {
  try {
    return await repo.readRegister(commit);
  } catch (error) {
    throw syncRefusal(error);
  }
}

async function fetchRemote(repo: GitRepository): Promise<string | undefined> {
  try {
    return await repo.fetch();
  } catch (error) {
    throw SyncError.fromNetwork('fetchFailed', error);
  }
}

/** From the fetch on: fast-forward, push or merge, up to ATTEMPTS times while the remote keeps moving. */
async function integrate(
  repo: GitRepository,
  ours: string | undefined,
  oursRegister: Register,
  request: Pick<SyncRequest, 'author' | 'mergeMessage' | 'onPhase'>,
  merged: boolean,
): Promise<SyncOutcome> {
  let refused: { theirs: string | undefined; error: unknown } | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    request.onPhase?.('fetch');
    const theirs = await fetchRemote(repo);
    // Refused although the remote did not move: the server will not take it (a protected branch, a hook).
    if (refused && refused.theirs === theirs) throw SyncError.fromNetwork('pushFailed', refused.error);
    let candidate: { commit: string; register: Register; change: 'sent' | 'merged'; noCommonBase?: boolean };
    if (theirs === undefined) {
      if (ours === undefined) return { kind: 'done', commit: undefined, register: oursRegister, change: 'none' };
      candidate = { commit: ours, register: oursRegister, change: merged ? 'merged' : 'sent' };
    } else if (ours === undefined || (await repo.isAncestor(ours, theirs))) {
      if (ours === theirs)
        return { kind: 'done', commit: ours, register: oursRegister, change: merged ? 'merged' : 'none' };
      return { kind: 'done', commit: theirs, register: await readRemote(repo, theirs), change: 'received' };
    } else if (await repo.isAncestor(theirs, ours)) {
      candidate = { commit: ours, register: oursRegister, change: merged ? 'merged' : 'sent' };
    } else {
      request.onPhase?.('merge');
      const base = await repo.mergeBase(ours, theirs);
      // Two histories with nothing in common (a register started on both sides): everything was added on both.
      const baseFiles = base === undefined ? registerToFolder(emptyRegister()) : await repo.readFolder(base);
      const [oursFiles, theirFiles] = [await repo.readFolder(ours), await repo.readFolder(theirs)];
      const merge = refusingRemote(() => mergeFolders(baseFiles, oursFiles, theirFiles));
      const noCommonBase = base === undefined;
      if (merge.conflicts.length > 0)
        return {
          kind: 'conflicts',
          merge,
          conflicts: merge.conflicts,
          ours,
          theirs,
          noCommonBase,
          oursIsLocal: !merged,
        };
      const tree = await repo.writeRegisterTree(merge.register, mergeOtherFiles(baseFiles, oursFiles, theirFiles));
      const commit = await repo.commit(tree, [ours, theirs], request.mergeMessage, request.author);
      candidate = { commit, register: merge.register, change: 'merged', noCommonBase };
    }
    request.onPhase?.('push');
    const pushed = await repo.push(candidate.commit);
    if (pushed.ok) return { kind: 'done', ...candidate };
    if (!pushed.rejected) throw SyncError.fromNetwork('pushFailed', pushed.error);
    // The remote moved since the fetch: start again from the fetch with what was built so far.
    refused = { theirs, error: pushed.error };
    ours = candidate.commit;
    oursRegister = candidate.register;
    merged = candidate.change === 'merged';
  }
  throw new SyncError('remoteKeepsMoving');
}

/**
 * The commit the local register stands on, checked: the stored one when the clone holds it (fetched first when it
 * does not: another clone, a wiped one), else the newest remote commit holding exactly the local register. A merge
 * from a wrong base brings back what the team deleted and turns their edits into conflicts, so a pointer the remote
 * does not know is not used.
 */
async function standingCommit(repo: GitRepository, request: SyncRequest): Promise<string | undefined> {
  const stored = request.syncedCommit;
  if (stored !== undefined && (await repo.hasCommit(stored))) return stored;
  if (stored === undefined && request.localIsEmpty) return undefined;
  const head = await fetchRemote(repo);
  if (stored !== undefined && (await repo.hasCommit(stored))) return stored;
  return head === undefined ? undefined : repo.findRegisterCommit(request.local, head);
}

/** Sync: commit the local register if it changed since `syncedCommit`, then fetch, merge and push. */
export async function syncRegister(repo: GitRepository, request: SyncRequest): Promise<SyncOutcome> {
  request.onPhase?.('commit');
  await repo.open();
  let ours = await standingCommit(repo, request);
  // A pointer replaced by the commit found on the remote: the folder must be written again to compare.
  const unchanged = ours === request.syncedCommit && request.localUnchanged === true;
  const mustCommit = ours === undefined ? !request.localIsEmpty : !unchanged;
  if (mustCommit) {
    const tree = await repo.writeRegisterTree(
      request.local,
      ours === undefined ? undefined : await repo.readFolder(ours),
    );
    if (ours === undefined || tree !== (await repo.treeOf(ours)))
      ours = await repo.commit(tree, ours === undefined ? [] : [ours], request.message, request.author);
  }
  return integrate(repo, ours, request.local, request, false);
}

/**
 * Completes a sync stopped by conflicts: applies the user's choices, commits the merge with both parents and
 * pushes it (fetching and merging again when the remote moved meanwhile).
 */
export async function completeSync(
  repo: GitRepository,
  pending: PendingConflicts,
  choices: ReadonlyMap<MergeConflict, ConflictChoice>,
  request: Pick<SyncRequest, 'author' | 'mergeMessage' | 'onPhase'>,
): Promise<SyncOutcome> {
  request.onPhase?.('commit');
  const register = resolveConflicts(pending.merge, choices);
  const base = await repo.mergeBase(pending.ours, pending.theirs);
  // As in `integrate`: two unrelated histories count an empty register's folder as their base.
  const baseFiles = base === undefined ? registerToFolder(emptyRegister()) : await repo.readFolder(base);
  const [oursFiles, theirFiles] = [await repo.readFolder(pending.ours), await repo.readFolder(pending.theirs)];
  const tree = await repo.writeRegisterTree(register, mergeOtherFiles(baseFiles, oursFiles, theirFiles));
  const commit = await repo.commit(tree, [pending.ours, pending.theirs], request.mergeMessage, request.author);
  return integrate(repo, commit, register, request, true);
}
