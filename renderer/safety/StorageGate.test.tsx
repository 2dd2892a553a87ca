// @vitest-environment jsdom
/**
 * Finding 2 of the adversarial test, on screen: a database written by a newer version gets a clear screen that
 * names the version, opens nothing, writes nothing and offers to save what is there; another window upgrading the
 * database stops this one.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc/channels';
import { readRegisterFile } from '../../shared/register/registerFile';
import { fingerprint } from '../../shared/register/canonical';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { I18nProvider } from '../app/i18n';
import { RegisterDatabase } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { SETTING_SCHEMA_STAMP, type SchemaStamp } from '../storage/schemaGuard';
import { button, click, mount, waitFor, type Mounted } from './domTesting';
import { StorageGate } from './StorageGate';

let counter = 0;
const names: string[] = [];
const mounted: Mounted[] = [];
const dbs: Dexie[] = [];

afterEach(async () => {
  for (const view of mounted.splice(0)) view.unmount();
  for (const db of dbs.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
  localStorage.clear();
});

function freshName(): string {
  const name = `gate-${++counter}-${Date.now()}`;
  names.push(name);
  return name;
}

async function newerDatabase(name: string, stamp: SchemaStamp): Promise<void> {
  const future = new Dexie(name);
  future.version(4).stores({ meta: 'key', activities: 'id, kind', settings: 'key', reviews: 'id' });
  await future.open();
  await future.table('activities').put({ id: 'a1', kind: 'controller', name: { nl: 'Personeelsadministratie' } });
  await future.table('settings').put({ key: SETTING_SCHEMA_STAMP, value: stamp });
  future.close();
}

async function storeNames(name: string): Promise<{ version: number; stores: string[] }> {
  const raw = new Dexie(name);
  await raw.open();
  const result = { version: raw.backendDB().version, stores: [...raw.backendDB().objectStoreNames].sort() };
  raw.close();
  return result;
}

function renderGate(db: RegisterDatabase, saveFile = vi.fn(async (r: SaveFileRequest): Promise<SaveFileResult> => ({ saved: true, fileName: r.suggestedName }))) {
  dbs.push(db);
  localStorage.setItem('ropa-desk.language', 'en');
  const view = mount(
    <I18nProvider>
      <StorageGate db={db} appVersion={async () => '0.1.0'} saveFile={saveFile}>
        <p>The app itself</p>
      </StorageGate>
    </I18nProvider>,
  );
  mounted.push(view);
  return { view, saveFile };
}

describe('finding 2: a database written by a newer version is refused on screen', () => {
  it('finding 2: says which version wrote the data, shows no app, and opens and writes nothing', async () => {
    const name = freshName();
    await newerDatabase(name, { schemaVersion: 4, appVersion: '2.0.0', writtenAt: '2027-01-05T10:00:00.000Z' });
    const before = await storeNames(name);
    const db = new RegisterDatabase(name, { autoOpen: false });
    const { view } = renderGate(db);
    await waitFor(() => expect(view.container.querySelector('h1')?.textContent).toBe('This register was written by a newer version of RoPA Desk'));
    expect(view.container.textContent).toContain('RoPA Desk 2.0.0 last wrote it (storage format 4) on');
    expect(view.container.textContent).toContain('This is RoPA Desk 0.1.0, which reads storage format 3 and older.');
    expect(view.container.textContent).toContain('this version has opened nothing and changed nothing');
    expect(view.container.textContent).not.toContain('The app itself');
    expect(db.isOpen()).toBe(false);
    expect(await storeNames(name)).toEqual(before);
  });

  it('finding 2: offers to save everything stored as JSON, read-only', async () => {
    const name = freshName();
    await newerDatabase(name, { schemaVersion: 4, appVersion: '2.0.0', writtenAt: '2027-01-05T10:00:00.000Z' });
    const before = await storeNames(name);
    const { view, saveFile } = renderGate(new RegisterDatabase(name, { autoOpen: false }));
    await waitFor(() => button(view.container, 'Save everything as a database file (JSON)'));

    // The register itself has a shape this version does not know: it says so instead of dropping anything.
    await click(button(view.container, 'Save the register as a register file'));
    await waitFor(() => expect(view.container.textContent).toContain('cannot be saved as a register file'));
    expect(saveFile).not.toHaveBeenCalled();

    await click(button(view.container, 'Save everything as a database file (JSON)'));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    const request = saveFile.mock.calls[0]?.[0] as SaveFileRequest;
    expect(request.suggestedName).toMatch(/^ropa-desk-database-\d{4}-\d{2}-\d{2}\.json$/);
    const dump = JSON.parse(String(request.data)) as { tables: Record<string, unknown[]> };
    expect(dump.tables['activities']).toEqual([{ id: 'a1', kind: 'controller', name: { nl: 'Personeelsadministratie' } }]);
    await waitFor(() => expect(view.container.textContent).toContain(`Saved as ${request.suggestedName}.`));
    expect(await storeNames(name)).toEqual(before);
  });

  it('finding 2: saves a register this version understands as a register file', async () => {
    const name = freshName();
    const written = new RegisterDatabase(name);
    await replaceRegister(written, sampleRegister(), { action: 'import', note: 'x' });
    await written.settings.put({ key: SETTING_SCHEMA_STAMP, value: { schemaVersion: 4, appVersion: '1.5.0', writtenAt: '' } });
    written.close();
    const { view, saveFile } = renderGate(new RegisterDatabase(name, { autoOpen: false }));
    await waitFor(() => expect(view.container.textContent).toContain('RoPA Desk 1.5.0 last wrote it (storage format 4).'));
    await click(button(view.container, 'Save the register as a register file'));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    const request = saveFile.mock.calls[0]?.[0] as SaveFileRequest;
    expect(request.kind).toBe('backup');
    expect(readRegisterFile(String(request.data)).fingerprint).toBe(fingerprint(sampleRegister()));
  });

  it('finding 2: a database of this version opens and shows the app', async () => {
    const { view } = renderGate(new RegisterDatabase(freshName(), { autoOpen: false }));
    await waitFor(() => expect(view.container.textContent).toBe('The app itself'));
  });

  it('finding 2: when another window upgrades the database past this version, this window stops instead of writing on', async () => {
    const name = freshName();
    const db = new RegisterDatabase(name, { autoOpen: false });
    const { view } = renderGate(db);
    await waitFor(() => expect(view.container.textContent).toBe('The app itself'));
    const future = new Dexie(name);
    future.version(4).stores({ meta: 'key', reviews: 'id' });
    await future.open();
    future.close();
    await waitFor(() => expect(view.container.querySelector('h1')?.textContent).toBe('This window stopped working on the register'));
    expect(view.container.textContent).toContain('A newer version of RoPA Desk opened the register in another window.');
    await expect(db.meta.get('register')).rejects.toThrow();
  });
});
