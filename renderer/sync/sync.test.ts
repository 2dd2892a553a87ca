// The sync against a real Git server (git http-backend on 127.0.0.1): each user has their own database and their own
// clone (LightningFS over fake-indexeddb, as in the app), and the server is the only thing they share.
import 'fake-indexeddb/auto';
import LightningFS from '@isomorphic-git/lightning-fs';
import Dexie from 'dexie';
import http from 'isomorphic-git/http/web';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyRegister, type Register } from '../../shared/model';
import { fingerprint } from '../../shared/register/canonical';
import { FILE_VERSION } from '../../shared/register/fileVersion';
import { danglingLinks } from '../../shared/register/links';
import { registerToFolder } from '../../shared/registerFolder';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { git, startGitServer, type GitServer } from '../../shared/test/gitServer';
import { RegisterDatabase } from '../storage/database';
import { registerHistory } from '../storage/history';
import { loadRegister, replaceRegister } from '../storage/registerStore';
import { listSnapshots } from '../storage/snapshots';
import { getSetting, setSetting, SETTING_USER_NAME, SettingsConflictError } from '../storage/settings';
import { readGitHistory } from './gitHistory';
import { GitRepository } from './gitRepository';
import { SyncError } from './syncError';
import {
  finishSync,
  readConnection,
  runSync,
  saveConnection,
  SETTING_SYNCED_COMMIT,
  syncedCommit,
  type SyncEnvironment,
  type SyncReport,
} from './syncStore';

// LightningFS picks its lock by `navigator.locks`; Node 20 has no `navigator` at all.
(globalThis as { navigator?: object }).navigator ??= {};

const TOKEN = 'secret-token';
const TEXTS = { message: 'Changes', mergeMessage: 'Merge', snapshotName: 'Before sync' };

let server: GitServer;
beforeAll(async () => {
  server = await startGitServer({ token: TOKEN });
});
afterAll(async () => {
  await server.close();
});

let counter = 0;
const opened: RegisterDatabase[] = [];
afterEach(async () => {
  server.failPushes = false;
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

interface User {
  db: RegisterDatabase;
  env: SyncEnvironment;
  sync(): Promise<SyncReport>;
  register(): Promise<Register>;
  edit(change: (register: Register) => void): Promise<void>;
}

async function user(name: string, url: string, token = TOKEN): Promise<User> {
  counter += 1;
  const db = new RegisterDatabase(`sync-${name}-${counter}-${Date.now()}`);
  opened.push(db);
  await setSetting(db, SETTING_USER_NAME, name);
  await saveConnection(db, { url, userName: name }, null);
  const env: SyncEnvironment = {
    fs: new LightningFS(`git-${name}-${counter}-${Date.now()}`, { wipe: true }),
    http,
    dir: '/register',
    token,
  };
  return {
    db,
    env,
    sync: () => runSync(db, env, TEXTS),
    register: () => db.transaction('r', db.registerTables(), () => loadRegister(db)),
    async edit(change) {
      const register = structuredClone(await loadRegister(db));
      change(register);
      await replaceRegister(db, register, { action: 'import', note: 'test edit' });
    },
  };
}

const ACTIVITY_DESCRIPTION = sampleRegister().activities[0]?.description;

function firstActivity(register: Register) {
  const activity = register.activities[0];
  if (!activity) throw new Error('the sample has activities');
  return activity;
}

async function syncError(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe('sync with a Git server', () => {
  it('first push: the register goes to an empty remote as the folder, with the user as author', async () => {
    const url = server.createRepository('first');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    const phases: string[] = [];
    const report = await runSync(anna.db, anna.env, { ...TEXTS, onPhase: (phase) => phases.push(phase) });
    expect(report).toMatchObject({ kind: 'done', change: 'sent' });
    expect(phases).toEqual(['commit', 'fetch', 'push', 'save']);

    const bare = server.repositoryPath('first');
    expect(git(['log', '--format=%an|%s', 'main'], bare).trim()).toBe('Anna|Changes');
    const files = git(['ls-tree', '-r', '--name-only', 'main'], bare).trim().split('\n');
    expect(files).toEqual(expect.arrayContaining(['register.json', '.gitattributes', 'README.md']));
    expect(files.filter((f) => f.startsWith('activities/'))).toHaveLength(sampleRegister().activities.length);
    // Nothing changed since: a second sync makes no commit and does not even write the folder again.
    const writes = vi.spyOn(GitRepository.prototype, 'writeRegisterTree');
    expect(await anna.sync()).toMatchObject({ kind: 'done', change: 'none' });
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
    expect(git(['rev-list', '--count', 'main'], bare).trim()).toBe('1');
  });

  it('second clone pulls: an empty register connected to the remote gets it', async () => {
    const url = server.createRepository('pull');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    expect(await ben.sync()).toMatchObject({ kind: 'done', change: 'received' });
    expect(fingerprint(await ben.register())).toBe(fingerprint(await anna.register()));
    expect((await registerHistory(ben.db))[0]).toMatchObject({ action: 'sync', note: url });
  });

  it('a register with no record yet (only its details, as the welcome screen starts it) takes the remote one', async () => {
    const url = server.createRepository('pull-details');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await replaceRegister(ben.db, emptyRegister({ title: 'My register' }), { action: 'import', note: 'empty' });
    expect(await ben.sync()).toMatchObject({ kind: 'done', change: 'received' });
    expect(fingerprint(await ben.register())).toBe(fingerprint(await anna.register()));
  });

  it('disjoint edits of one activity merge: both end with both changes', async () => {
    const url = server.createRepository('disjoint');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();

    await anna.edit((r) => (firstActivity(r).description = 'Described by Anna'));
    await ben.edit((r) => (firstActivity(r).owner = 'Owned by Ben'));
    expect(await anna.sync()).toMatchObject({ change: 'sent' });
    expect(await ben.sync()).toMatchObject({ change: 'merged' });
    expect(await anna.sync()).toMatchObject({ change: 'received' });

    for (const person of [anna, ben]) {
      const activity = firstActivity(await person.register());
      expect(activity.description).toBe('Described by Anna');
      expect(activity.owner).toBe('Owned by Ben');
    }
    expect(fingerprint(await anna.register())).toBe(fingerprint(await ben.register()));
    // The merge is a commit with both parents; a snapshot kept Ben's register from before it.
    const bare = server.repositoryPath('disjoint');
    expect(git(['log', '-1', '--format=%p', 'main'], bare).trim().split(' ')).toHaveLength(2);
    expect((await listSnapshots(ben.db)).map((s) => s.name)).toContain('Before sync');
    // The shared history as Ben's clone holds it: his merge, what it brought in, then the commits before it.
    const commit = await syncedCommit(ben.db);
    if (commit === undefined) throw new Error('Ben has synced');
    const history = await readGitHistory(ben.env.fs, ben.env.dir, commit);
    expect(history[0]).toMatchObject({ authorName: 'Ben', message: 'Merge', isMerge: true });
    // Ben's own commit and Anna's two (the first push and her edit) lie behind it, in an order their times decide.
    expect(
      history
        .slice(1)
        .map((e) => e.authorName)
        .sort(),
    ).toEqual(['Anna', 'Anna', 'Ben']);
    expect(history[0]?.changes).toEqual([
      { kind: 'activities', name: firstActivity(sampleRegister()).name, paths: ['description'] },
    ]);
    const bens = history.find((e) => e.authorName === 'Ben' && !e.isMerge);
    expect(bens?.changes).toEqual([
      { kind: 'activities', name: firstActivity(sampleRegister()).name, paths: ['owner'] },
    ]);
  });

  it("a colleague's other files and .gitattributes lines survive the app's commits: merge, plain commit, resolved conflict", async () => {
    const url = server.createRepository('others');
    const bare = server.repositoryPath('others');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();
    // A colleague with plain Git adds notes and an LFS line of their own.
    const lfs = '*.pdf filter=lfs diff=lfs merge=lfs -text';
    const attributes = git(['show', 'main:.gitattributes'], bare);
    server.pushFiles(
      'others',
      new Map([
        ['docs/notes.md', '# Notes\n'],
        ['.gitattributes', `${lfs}\n${attributes}`],
      ]),
      'Notes by hand',
    );
    const survived = () => {
      expect(git(['show', 'main:docs/notes.md'], bare)).toBe('# Notes\n');
      const text = git(['show', 'main:.gitattributes'], bare);
      expect(text).toContain(lfs);
      expect(text).toContain('merge=ropa-desk');
    };
    // Anna's edit is committed on her last sync, which has no notes, then merged with the colleague's commit.
    await anna.edit((r) => (firstActivity(r).description = 'Anna, first'));
    expect(await anna.sync()).toMatchObject({ change: 'merged' });
    survived();
    // Her next edit is a plain commit on that merge.
    await anna.edit((r) => (firstActivity(r).description = 'Anna, second'));
    expect(await anna.sync()).toMatchObject({ change: 'sent' });
    survived();
    // Ben conflicts with her; the commit after resolving keeps the files too.
    await ben.edit((r) => (firstActivity(r).description = 'Ben'));
    const report = await ben.sync();
    if (report.kind !== 'conflicts') throw new Error('a conflict was expected');
    const choices = new Map(report.pending.outcome.conflicts.map((c) => [c, 'ours' as const]));
    expect(await finishSync(ben.db, ben.env, report.pending, choices, TEXTS)).toMatchObject({ change: 'merged' });
    survived();
    expect(firstActivity(await ben.register()).description).toBe('Ben');
  });

  it('the last-synced commit is used whatever spelling of the address it was stored with: a deletion stays deleted', async () => {
    const url = server.createRepository('respelled');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();
    const deleted = sampleRegister().recipients[0]?.id;
    await anna.edit((r) => (r.recipients = r.recipients.filter((x) => x.id !== deleted)));
    await anna.sync();
    // Ben's pointer was stored under another spelling of the same repository (a trailing slash, another case).
    const stored = await getSetting<{ url: string; commit: string }>(ben.db, SETTING_SYNCED_COMMIT, {
      url: '',
      commit: '',
    });
    await setSetting(ben.db, SETTING_SYNCED_COMMIT, { ...stored, url: `${url}/` });
    await ben.edit((r) => (firstActivity(r).owner = 'Ben'));
    expect(await ben.sync()).toMatchObject({ change: 'merged', noCommonBase: false });
    const register = await ben.register();
    expect(register.recipients.map((r) => r.id)).not.toContain(deleted);
    expect(firstActivity(register).owner).toBe('Ben');
  });

  it('without a usable last-synced commit (clone wiped, pointer lost) the remote commit holding this register is the base', async () => {
    const url = server.createRepository('lost');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();
    const deleted = sampleRegister().recipients[0]?.id;
    await anna.edit((r) => (r.recipients = r.recipients.filter((x) => x.id !== deleted)));
    await anna.sync();
    // A pointer to a commit this clone does not hold (a wiped clone) is fetched first, then used.
    ben.env.fs = new LightningFS(`git-ben-wiped-${Date.now()}`, { wipe: true });
    expect(await ben.sync()).toMatchObject({ change: 'received' });
    expect((await ben.register()).recipients.map((r) => r.id)).not.toContain(deleted);
    // No pointer at all: Ben's register is found on the remote and Anna's next deletion is received as such.
    const next = sampleRegister().recipients[1]?.id;
    await anna.edit((r) => (r.recipients = r.recipients.filter((x) => x.id !== next)));
    await anna.sync();
    await setSetting(ben.db, SETTING_SYNCED_COMMIT, null);
    ben.env.fs = new LightningFS(`git-ben-wiped2-${Date.now()}`, { wipe: true });
    expect(await ben.sync()).toMatchObject({ change: 'received', noCommonBase: false });
    expect((await ben.register()).recipients.map((r) => r.id)).not.toContain(next);
    expect(fingerprint(await ben.register())).toBe(fingerprint(await anna.register()));
  });

  it('a merge of registers with no sync in common says so', async () => {
    const url = server.createRepository('unrelated');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    const own = sampleRegister();
    own.recipients = own.recipients.slice(1);
    await replaceRegister(ben.db, own, { action: 'import', note: 'his own' });
    expect(await ben.sync()).toMatchObject({ change: 'merged', noCommonBase: true });
  });

  it('the same field changed two ways is returned as a conflict; resolving it completes the sync', async () => {
    const url = server.createRepository('conflict');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();

    await anna.edit((r) => (firstActivity(r).description = 'Anna wrote this'));
    await ben.edit((r) => (firstActivity(r).description = 'Ben wrote this'));
    await anna.sync();
    const before = fingerprint(await ben.register());
    const report = await ben.sync();
    if (report.kind !== 'conflicts') throw new Error('a conflict was expected');
    const conflicts = report.pending.outcome.conflicts;
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'activities',
      path: 'description',
      ours: 'Ben wrote this',
      theirs: 'Anna wrote this',
    });
    // Nothing was written while the conflict waits.
    expect(fingerprint(await ben.register())).toBe(before);

    const choices = new Map(conflicts.map((c) => [c, 'theirs' as const]));
    expect(await finishSync(ben.db, ben.env, report.pending, choices, TEXTS)).toMatchObject({ change: 'merged' });
    expect(firstActivity(await ben.register()).description).toBe('Anna wrote this');
    await anna.sync();
    expect(fingerprint(await anna.register())).toBe(fingerprint(await ben.register()));
  });

  it('completing a conflict after the register was edited meanwhile is refused before anything is sent', async () => {
    const url = server.createRepository('stale-resolution');
    const bare = server.repositoryPath('stale-resolution');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();
    await anna.edit((r) => (firstActivity(r).description = 'Anna wrote this'));
    await ben.edit((r) => (firstActivity(r).description = 'Ben wrote this'));
    await anna.sync();
    const report = await ben.sync();
    if (report.kind !== 'conflicts') throw new Error('a conflict was expected');
    await ben.edit((r) => (firstActivity(r).owner = 'Edited while choosing'));
    const head = git(['rev-parse', 'main'], bare);
    const choices = new Map(report.pending.outcome.conflicts.map((c) => [c, 'theirs' as const]));
    const error = await syncError(finishSync(ben.db, ben.env, report.pending, choices, TEXTS));
    expect(error.key).toBe('changedBeforeCompleting');
    expect(error.localized('de')).toContain('Nichts wurde gesendet');
    expect(git(['rev-parse', 'main'], bare)).toBe(head);
    const activity = firstActivity(await ben.register());
    expect([activity.description, activity.owner]).toEqual(['Ben wrote this', 'Edited while choosing']);
  });

  it('a resolution pushed while the register was edited is not asked again: the next sync merges the edit', async () => {
    const url = server.createRepository('pushed-resolution');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();
    await anna.edit((r) => (firstActivity(r).description = 'Anna wrote this'));
    await ben.edit((r) => (firstActivity(r).description = 'Ben wrote this'));
    await anna.sync();
    const report = await ben.sync();
    if (report.kind !== 'conflicts') throw new Error('a conflict was expected');
    // Ben edits another field while the resolution is being sent: it is pushed, but not saved here.
    server.beforeNextPush(async () => {
      await ben.edit((r) => (firstActivity(r).owner = 'Edited during the push'));
    });
    const choices = new Map(report.pending.outcome.conflicts.map((c) => [c, 'theirs' as const]));
    expect((await syncError(finishSync(ben.db, ben.env, report.pending, choices, TEXTS))).key).toBe(
      'changedDuringSync',
    );
    expect(await ben.sync()).toMatchObject({ kind: 'done', change: 'merged' });
    const activity = firstActivity(await ben.register());
    expect([activity.description, activity.owner]).toEqual(['Anna wrote this', 'Edited during the push']);
  });

  it('the clone is flushed to storage before the commit it reached is recorded', async () => {
    const url = server.createRepository('flush');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    const recorded: (string | undefined)[] = [];
    anna.env.flush = vi.fn(async () => {
      recorded.push(await syncedCommit(anna.db));
    });
    const report = await anna.sync();
    expect(anna.env.flush).toHaveBeenCalledTimes(1);
    // Not recorded yet when flushed; recorded after.
    expect(recorded).toEqual([undefined]);
    expect(await syncedCommit(anna.db)).toBe(report.kind === 'done' ? report.commit : 'none');
  });

  it('a link added to a record the other side deleted is reported after the merge', async () => {
    const url = server.createRepository('dangling');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();

    // A recipient that only activities link to, and an activity that does not link it yet.
    const withoutRecipient = (register: Register, id: string) => {
      register.recipients = register.recipients.filter((r) => r.id !== id);
      for (const activity of register.activities)
        activity.recipientIds = activity.recipientIds.filter((linked) => linked !== id);
    };
    const recipient = sampleRegister().recipients.find((candidate) => {
      const register = structuredClone(sampleRegister());
      withoutRecipient(register, candidate.id);
      return danglingLinks(register).length === 0;
    });
    const unlinked = sampleRegister().activities.find((a) => recipient && !a.recipientIds.includes(recipient.id));
    if (!recipient || !unlinked) throw new Error('the sample has such a recipient and activity');
    await anna.edit((r) => withoutRecipient(r, recipient.id));
    await ben.edit((r) => r.activities.find((a) => a.id === unlinked.id)?.recipientIds.push(recipient.id));
    await anna.sync();
    expect(await ben.sync()).toMatchObject({ change: 'merged', newDanglingLinks: 1 });
    expect(danglingLinks(await ben.register())).toEqual([
      expect.objectContaining({ kind: 'activities', id: unlinked.id, missingId: recipient.id }),
    ]);
  });

  it('a failed push leaves the local register as it was; the next sync merges', async () => {
    const url = server.createRepository('failpush');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();
    await anna.edit((r) => (firstActivity(r).description = 'From Anna'));
    await anna.sync();
    await ben.edit((r) => (firstActivity(r).owner = 'From Ben'));

    const register = await ben.register();
    const history = (await registerHistory(ben.db)).length;
    server.failPushes = true;
    const error = await syncError(ben.sync());
    expect(error.key).toBe('pushFailed');
    expect(error.localized('nl')).toContain('Hier is niets gewijzigd');
    expect(fingerprint(await ben.register())).toBe(fingerprint(register));
    expect(await registerHistory(ben.db)).toHaveLength(history);

    server.failPushes = false;
    expect(await ben.sync()).toMatchObject({ change: 'merged' });
    const activity = firstActivity(await ben.register());
    expect([activity.description, activity.owner]).toEqual(['From Anna', 'From Ben']);
  });

  it('an edit made while a sync runs is kept: the merge is not written over it, and the next sync brings both', async () => {
    const url = server.createRepository('during');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();
    await anna.edit((r) => (firstActivity(r).description = 'From Anna'));
    await anna.sync();
    await ben.edit((r) => (firstActivity(r).owner = 'From Ben'));
    // While Ben's merge is being sent, he edits another field.
    server.beforeNextPush(async () => {
      await ben.edit((r) => (firstActivity(r).systems = 'Edited during the sync'));
    });
    expect((await syncError(ben.sync())).key).toBe('changedDuringSync');
    let activity = firstActivity(await ben.register());
    expect([activity.description, activity.owner, activity.systems]).toEqual([
      ACTIVITY_DESCRIPTION,
      'From Ben',
      'Edited during the sync',
    ]);
    expect(await ben.sync()).toMatchObject({ change: 'merged' });
    activity = firstActivity(await ben.register());
    expect([activity.description, activity.owner, activity.systems]).toEqual([
      'From Anna',
      'From Ben',
      'Edited during the sync',
    ]);
  });

  it('a push refused because the remote moved meanwhile starts again from the fetch and merges', async () => {
    const url = server.createRepository('moved');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    const ben = await user('Ben', url);
    await ben.sync();
    await anna.edit((r) => (firstActivity(r).description = 'Anna, during Ben’s sync'));
    await ben.edit((r) => (firstActivity(r).owner = 'Ben'));
    // Ben's first push waits until Anna has pushed: the server then refuses it as not a fast-forward.
    server.beforeNextPush(async () => {
      await anna.sync();
    });
    expect(await ben.sync()).toMatchObject({ change: 'merged' });
    const activity = firstActivity(await ben.register());
    expect([activity.description, activity.owner]).toEqual(['Anna, during Ben’s sync', 'Ben']);
  });

  it('a remote holding a register folder of a newer format is refused and nothing changes', async () => {
    const url = server.createRepository('newer');
    const newer = new Map(
      [...registerToFolder(sampleRegister())].map(([file, text]) => [
        file,
        file === 'register.json' ? text.replace(`"version": ${FILE_VERSION}`, `"version": ${FILE_VERSION + 1}`) : text,
      ]),
    );
    server.pushFiles('newer', newer, 'From a newer RoPA Desk');
    const ben = await user('Ben', url);
    await replaceRegister(ben.db, sampleRegister(), { action: 'import', note: 'sample' });
    const before = fingerprint(await ben.register());
    const error = await syncError(ben.sync());
    expect(error.key).toBe('remoteNewer');
    expect(error.localized('en')).toContain('newer version of RoPA Desk');
    expect(fingerprint(await ben.register())).toBe(before);
  });

  it('a newer register met while merging, or a broken file, is refused and nothing changes', async () => {
    const url = server.createRepository('newer-merge');
    const anna = await user('Anna', url);
    await replaceRegister(anna.db, sampleRegister(), { action: 'import', note: 'sample' });
    await anna.sync();
    await anna.edit((r) => (firstActivity(r).description = 'Edited by Anna before the newer version came'));
    const newer = new Map(
      [...registerToFolder(sampleRegister())].map(([file, text]) => [
        file,
        file === 'register.json' ? text.replace(`"version": ${FILE_VERSION}`, `"version": ${FILE_VERSION + 1}`) : text,
      ]),
    );
    server.pushFiles('newer-merge', newer, 'From a newer RoPA Desk');
    const before = fingerprint(await anna.register());
    expect((await syncError(anna.sync())).key).toBe('remoteNewer');
    expect(fingerprint(await anna.register())).toBe(before);

    const broken = server.createRepository('broken');
    const files = registerToFolder(sampleRegister());
    const activityFile = [...files.keys()].find((f) => f.startsWith('activities/')) ?? '';
    files.set(activityFile, '{ "id": "not the file name" }\n');
    server.pushFiles('broken', files, 'A hand edit');
    const ben = await user('Ben', broken);
    const error = await syncError(ben.sync());
    expect(error.key).toBe('remoteUnreadable');
    expect(error.localized('fr')).toContain(activityFile);
  });

  it('a wrong token is told as a refused login and changes nothing', async () => {
    const url = server.createRepository('token');
    const eve = await user('Eve', url, 'wrong');
    await replaceRegister(eve.db, sampleRegister(), { action: 'import', note: 'sample' });
    expect((await syncError(eve.sync())).key).toBe('authFailed');
  });

  it('an address that is not http or https is refused when connecting', async () => {
    const db = new RegisterDatabase(`sync-url-${Date.now()}`);
    opened.push(db);
    expect((await syncError(saveConnection(db, { url: 'file:///tmp/x', userName: '' }, null))).key).toBe('badUrl');
    expect(await readConnection(db)).toBeNull();
  });

  it('a connection saved from a copy another window changed since is refused and nothing is written', async () => {
    const db = new RegisterDatabase(`sync-stale-${Date.now()}`);
    opened.push(db);
    await saveConnection(db, { url: 'https://a.example.org/r.git', userName: 'anna' }, null);
    // This window still shows "not connected" and connects elsewhere.
    await expect(
      saveConnection(db, { url: 'https://b.example.org/r.git', userName: 'ben' }, null),
    ).rejects.toBeInstanceOf(SettingsConflictError);
    expect(await readConnection(db)).toEqual({ url: 'https://a.example.org/r.git', userName: 'anna' });
  });
});
