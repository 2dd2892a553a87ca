/**
 * The register's local Git clone, at the level of Git objects: the register folder written as blobs and trees,
 * commits made from trees with explicit parents, registers read back from a commit's tree. Nothing here checks
 * out a work tree or moves a branch as a side effect: the sync decides which commit the local register stands on
 * and stores it with the register, so a sync that fails half-way leaves only unreferenced objects behind. The file
 * system is given (LightningFS over IndexedDB in the app, the same in Node tests over fake-indexeddb).
 */
import git, { type HttpClient, type PromiseFsClient } from 'isomorphic-git';
import {
  folderUpdate,
  parseRecordPath,
  readRegisterFolder,
  README_MD,
  REGISTER_JSON,
  registerToFolder,
  type FolderFiles,
} from '../../shared/registerFolder';
import { RECORD_KINDS, type Register } from '../../shared/model';

/** The branch the register is kept on, locally and on the remote (the default of GitLab, Gitea and GitHub). */
export const BRANCH = 'main';
const REMOTE = 'origin';
const REMOTE_REF = `refs/remotes/${REMOTE}/${BRANCH}`;

export interface Credentials {
  userName: string;
  token: string;
}

export interface RepositoryAccess {
  fs: PromiseFsClient;
  http: HttpClient;
  /** The clone's folder in `fs`. */
  dir: string;
  url: string;
  credentials: Credentials;
}

export interface CommitInfo {
  oid: string;
  message: string;
  authorName: string;
  /** Milliseconds since 1970. */
  at: number;
  parents: string[];
}

export type PushResult = { ok: true } | { ok: false; rejected: boolean; error: unknown };

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

interface TreeNode {
  files: Map<string, string>;
  folders: Map<string, TreeNode>;
}

/** `parentFiles` with the register written over it: its files updated, removed records gone, the rest kept. */
export function folderOnTop(parentFiles: FolderFiles, register: Register): Map<string, string> {
  const files = new Map(parentFiles);
  const { write, remove } = folderUpdate(parentFiles, registerToFolder(register));
  for (const path of remove) files.delete(path);
  for (const [path, text] of write) files.set(path, text);
  return files;
}

/** Whether a path is one of the register's own files, which the register merge decides rather than Git. */
export function isRegisterFile(path: string): boolean {
  return path === REGISTER_JSON || path === README_MD || parseRecordPath(path) !== undefined;
}

/**
 * The files a merge commit starts from: ours', with the changes theirs made since `base` to files that are not the
 * register's own (a colleague's notes added, edited or deleted, `.gitattributes` lines) carried over when ours left
 * that file as it was at the base. When both changed such a file, ours is kept: the app cannot ask about files it
 * does not know, and Git's history still holds theirs.
 */
export function mergeOtherFiles(base: FolderFiles, ours: FolderFiles, theirs: FolderFiles): Map<string, string> {
  const files = new Map(ours);
  for (const path of new Set([...base.keys(), ...theirs.keys()])) {
    if (isRegisterFile(path)) continue;
    const [was, mine, their] = [base.get(path), ours.get(path), theirs.get(path)];
    if (their === was || mine !== was) continue;
    if (their === undefined) files.delete(path);
    else files.set(path, their);
  }
  return files;
}

export class GitRepository {
  constructor(private readonly access: RepositoryAccess) {}

  private get base() {
    return { fs: this.access.fs, dir: this.access.dir };
  }

  private get remote() {
    const { userName, token } = this.access.credentials;
    return {
      ...this.base,
      http: this.access.http,
      // A token without a user name is accepted by GitLab, Gitea and Azure DevOps under any name.
      onAuth: () => ({ username: userName.trim() === '' ? 'token' : userName, password: token }),
      // Asked again after a refusal would loop: a wrong token is a refusal, reported as such.
      onAuthFailure: () => ({ cancel: true as const }),
    };
  }

  /** Creates the clone when it does not exist yet, with the remote set to the configured URL. */
  async open(): Promise<void> {
    await git.init({ ...this.base, defaultBranch: BRANCH });
    await git.addRemote({ ...this.base, remote: REMOTE, url: this.access.url, force: true });
  }

  /**
   * Writes the register as the folder's blobs and trees on top of `parentFiles` (the files of the commit the new
   * one follows); returns the root tree's id. A repository is shared with people using plain Git: their other files
   * (notes, PDFs) and their own `.gitattributes` lines must survive every commit the app makes, so only RoPA Desk's
   * own files change (`folderUpdate`).
   */
  async writeRegisterTree(register: Register, parentFiles: FolderFiles = new Map()): Promise<string> {
    return this.writeFolderTree(folderOnTop(parentFiles, register));
  }

  async writeFolderTree(files: ReadonlyMap<string, string>): Promise<string> {
    const root: TreeNode = { files: new Map(), folders: new Map() };
    for (const [path, text] of files) {
      const parts = path.split('/');
      let node = root;
      for (const folder of parts.slice(0, -1)) {
        let next = node.folders.get(folder);
        if (!next) {
          next = { files: new Map(), folders: new Map() };
          node.folders.set(folder, next);
        }
        node = next;
      }
      node.files.set(parts[parts.length - 1] as string, text);
    }
    return this.writeNode(root);
  }

  private async writeNode(node: TreeNode): Promise<string> {
    const entries: { mode: string; path: string; oid: string; type: 'blob' | 'tree' }[] = [];
    for (const [name, text] of node.files) {
      const oid = await git.writeBlob({ ...this.base, blob: ENCODER.encode(text) });
      entries.push({ mode: '100644', path: name, oid, type: 'blob' });
    }
    for (const [name, child] of node.folders)
      entries.push({ mode: '040000', path: name, oid: await this.writeNode(child), type: 'tree' });
    return git.writeTree({ ...this.base, tree: entries });
  }

  /** The files of a commit's tree, path to text. */
  async readFolder(commit: string): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    const walk = async (tree: string, prefix: string): Promise<void> => {
      const { tree: entries } = await git.readTree({ ...this.base, oid: tree });
      for (const entry of entries) {
        if (entry.type === 'tree') await walk(entry.oid, `${prefix}${entry.path}/`);
        else if (entry.type === 'blob') {
          const { blob } = await git.readBlob({ ...this.base, oid: entry.oid });
          files.set(`${prefix}${entry.path}`, DECODER.decode(blob));
        }
      }
    };
    await walk(await this.treeOf(commit), '');
    return files;
  }

  /** The register a commit holds; throws `RegisterFolderError` (a newer format, a broken file). */
  async readRegister(commit: string): Promise<Register> {
    return readRegisterFolder(await this.readFolder(commit)).register;
  }

  async treeOf(commit: string): Promise<string> {
    return (await git.readCommit({ ...this.base, oid: commit })).commit.tree;
  }

  /** Makes a commit of `tree` with these parents; no branch moves. */
  async commit(tree: string, parents: string[], message: string, authorName: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const person = {
      name: authorName.trim() === '' ? 'RoPA Desk' : authorName,
      email: '',
      timestamp: now,
      timezoneOffset: 0,
    };
    return git.writeCommit({
      ...this.base,
      commit: { tree, parent: parents, author: person, committer: person, message: `${message.trim()}\n` },
    });
  }

  /** Fetches the remote branch; returns its commit, or undefined when the remote holds no commit yet. */
  async fetch(): Promise<string | undefined> {
    const refs = await git.listServerRefs({ ...this.remote, url: this.access.url, prefix: `refs/heads/${BRANCH}` });
    const head = refs.find((ref) => ref.ref === `refs/heads/${BRANCH}`);
    if (!head) return undefined;
    await git.fetch({ ...this.remote, remote: REMOTE, ref: BRANCH, singleBranch: true, tags: false });
    return git.resolveRef({ ...this.base, ref: REMOTE_REF });
  }

  /** Whether the clone holds this commit (a pointer kept from another clone, or a wiped one, may name none). */
  async hasCommit(oid: string): Promise<boolean> {
    try {
      await git.readCommit({ ...this.base, oid });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The newest commit from `head` back (at most `depth`) whose register files are those of `register`: the commit a
   * register without a usable last-synced commit stands on, so the merge has the right base. Compared by the tree
   * entries of `register.json` and each kind's folder, so no commit's files are read.
   */
  async findRegisterCommit(register: Register, head: string, depth = 200): Promise<string | undefined> {
    const entriesOf = async (tree: string) => {
      const { tree: entries } = await git.readTree({ ...this.base, oid: tree });
      const own = new Set<string>([REGISTER_JSON, ...RECORD_KINDS]);
      return new Map(entries.filter((entry) => own.has(entry.path)).map((entry) => [entry.path, entry.oid]));
    };
    const wanted = await entriesOf(await this.writeFolderTree(registerToFolder(register)));
    const same = (entries: Map<string, string>) =>
      entries.size === wanted.size && [...wanted].every(([path, oid]) => entries.get(path) === oid);
    for (const entry of await git.log({ ...this.base, ref: head, depth })) {
      if (same(await entriesOf(entry.commit.tree))) return entry.oid;
    }
    return undefined;
  }

  /** Whether `ancestor` is `descendant` or one of its ancestors. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    if (ancestor === descendant) return true;
    return git.isDescendent({ ...this.base, oid: descendant, ancestor, depth: -1 });
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const bases = await git.findMergeBase({ ...this.base, oids: [a, b] });
    return bases[0];
  }

  /** Points the local branch at `commit` and pushes it; a refusal (the remote moved) is told apart from a failure. */
  async push(commit: string): Promise<PushResult> {
    await git.writeRef({ ...this.base, ref: `refs/heads/${BRANCH}`, value: commit, force: true });
    try {
      const result = await git.push({ ...this.remote, remote: REMOTE, ref: BRANCH, remoteRef: BRANCH });
      const refResult = result.refs[`refs/heads/${BRANCH}`];
      if (result.ok && (!refResult || refResult.ok)) return { ok: true };
      return { ok: false, rejected: true, error: new Error(refResult?.error ?? result.error ?? 'refused') };
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Refused, perhaps because the remote moved: isomorphic-git refuses what is not a fast-forward of what it
      // fetched, and the server refuses a branch that moved since (`failed to update ref`). A hook's refusal looks
      // the same; the sync tells them apart by fetching again.
      const rejected = code === 'PushRejectedError' || code === 'GitPushError';
      return { ok: false, rejected, error };
    }
  }

  /** Commits from `commit` back, newest first, first parents and merges alike. */
  async log(commit: string, depth = 200): Promise<CommitInfo[]> {
    const entries = await git.log({ ...this.base, ref: commit, depth });
    // isomorphic-git may list a commit twice when both sides of a merge reach it (seen with equal commit times).
    const seen = new Set<string>();
    const unique = entries.filter((entry) => !seen.has(entry.oid) && seen.add(entry.oid));
    return unique.map((entry) => ({
      oid: entry.oid,
      message: entry.commit.message.trim(),
      authorName: entry.commit.author.name,
      at: entry.commit.author.timestamp * 1000,
      parents: entry.commit.parent,
    }));
  }
}
