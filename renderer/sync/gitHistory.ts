/**
 * The shared register's Git history for the History screen: who committed, when, the message, and what each commit
 * changed (the register at the commit compared with the one at its first parent, so a merge shows what it brought
 * in). Read from the local clone, up to the commit the register was last synced at: no network, no token.
 */
import type { PromiseFsClient } from 'isomorphic-git';
import { emptyRegister, RECORD_KINDS, type Register } from '../../shared/model';
import { compareRegisters } from '../../shared/register/compare';
import { GitRepository } from './gitRepository';

export interface GitHistoryEntry {
  oid: string;
  authorName: string;
  /** Milliseconds since 1970. */
  at: number;
  message: string;
  isMerge: boolean;
  /** The records changed, each with the paths of its changed fields (`[]` for a record added or removed). */
  changes: { kind: (typeof RECORD_KINDS)[number] | 'meta'; name: string; paths: string[] }[];
}

function changesBetween(before: Register, after: Register): GitHistoryEntry['changes'] {
  const diff = compareRegisters(before, after);
  const changes: GitHistoryEntry['changes'] = [];
  if (diff.meta.length > 0) changes.push({ kind: 'meta', name: '', paths: diff.meta.map((c) => c.path) });
  for (const kind of RECORD_KINDS) {
    const kindDiff = diff.kinds[kind];
    for (const record of [...kindDiff.added, ...kindDiff.removed]) changes.push({ kind, name: record.name, paths: [] });
    for (const record of kindDiff.changed)
      changes.push({ kind, name: record.name, paths: record.fields.map((f) => f.path) });
  }
  return changes;
}

/** The last `limit` commits up to `commit`, newest first. A commit that cannot be read shows no changes. */
export async function readGitHistory(
  fs: PromiseFsClient,
  dir: string,
  commit: string,
  limit = 50,
): Promise<GitHistoryEntry[]> {
  // Only local objects are read: the address and credentials are never used here.
  const repo = new GitRepository({
    fs,
    http: { request: () => Promise.reject(new Error('offline')) },
    dir,
    url: '',
    credentials: { userName: '', token: '' },
  });
  const registers = new Map<string, Register | undefined>();
  const registerAt = async (oid: string): Promise<Register | undefined> => {
    if (!registers.has(oid)) registers.set(oid, await repo.readRegister(oid).catch(() => undefined));
    return registers.get(oid);
  };
  const entries: GitHistoryEntry[] = [];
  for (const info of await repo.log(commit, limit)) {
    const after = await registerAt(info.oid);
    const parent = info.parents[0];
    const before = parent === undefined ? emptyRegister() : await registerAt(parent);
    entries.push({
      oid: info.oid,
      authorName: info.authorName,
      at: info.at,
      message: info.message,
      isMerge: info.parents.length > 1,
      changes: after && before ? changesBetween(before, after) : [],
    });
  }
  return entries;
}
