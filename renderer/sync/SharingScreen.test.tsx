// @vitest-environment jsdom
/**
 * The Sharing screen's connection form in the browser build: an address RoPA Desk does not sync with, or no token,
 * is refused in the user's language and nothing is stored; a valid one is stored as a setting with the token kept
 * for the session only, and disconnecting forgets both. Nothing reaches a server: only Sync does.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyRegister } from '../../shared/model';
import { I18nProvider } from '../app/i18n';
import { button, click, field, mount, typeInto, waitFor, type Mounted } from '../safety/domTesting';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { SharingScreen } from './SharingScreen';
import { readConnection } from './syncStore';

const mounted: Mounted[] = [];

function openSharing(lang: string): Mounted {
  localStorage.setItem('ropa-desk.language', lang);
  const view = mount(
    <I18nProvider>
      <SharingScreen />
    </I18nProvider>,
  );
  mounted.push(view);
  return view;
}

beforeEach(async () => {
  await db.open();
  await replaceRegister(db, emptyRegister({ title: 'Register' }), { action: 'import', note: 'x' });
  vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no request may be made'));
});

afterEach(async () => {
  for (const view of mounted.splice(0)) view.unmount();
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
  await db.delete({ disableAutoOpen: false });
});

describe('Sharing screen', () => {
  it('refuses an address that is not https, and a missing token, in Dutch, storing nothing', async () => {
    const view = openSharing('nl');
    const url = await waitFor(() => field(view.container, 'Adres van de repository'));
    typeInto(url, 'http://git.example.org/dpo/register.git');
    typeInto(field(view.container, 'Toegangstoken'), 'secret');
    await click(button(view.container, 'Verbinden'));
    await waitFor(() => expect(view.container.textContent).toContain('Het adres moet beginnen met https://'));

    typeInto(url, 'https://git.example.org/dpo/register.git');
    typeInto(field(view.container, 'Toegangstoken'), ' ');
    await click(button(view.container, 'Verbinden'));
    await waitFor(() => expect(view.container.textContent).toContain('Vul het token in'));
    expect(await readConnection(db)).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(view.container.textContent).toContain('alleen voor deze sessie');
  });

  it('connects with a valid address (token for the session only), sends nothing, and disconnects', async () => {
    const view = openSharing('en');
    typeInto(
      await waitFor(() => field(view.container, 'Repository address')),
      'https://git.example.org/dpo/register.git',
    );
    typeInto(field(view.container, 'User name on the server'), 'ben');
    typeInto(field(view.container, 'Access token'), 'glpat-secret');
    await click(button(view.container, 'Connect'));
    await waitFor(() =>
      expect(view.container.textContent).toContain('Connected to https://git.example.org/dpo/register.git as ben.'),
    );
    expect(await readConnection(db)).toEqual({ url: 'https://git.example.org/dpo/register.git', userName: 'ben' });
    expect(sessionStorage.getItem('ropa-desk.sync-token')).toContain('glpat-secret');
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('glpat-secret');
    expect(globalThis.fetch).not.toHaveBeenCalled();

    // A token the server refuses (expired) is replaced while connected, as the refusal's message says.
    typeInto(await waitFor(() => field(view.container, 'New access token')), 'glpat-renewed');
    await click(button(view.container, 'Replace the token'));
    await waitFor(() => expect(view.container.textContent).toContain('The new token is kept.'));
    expect(sessionStorage.getItem('ropa-desk.sync-token')).toContain('glpat-renewed');
    expect(globalThis.fetch).not.toHaveBeenCalled();

    await click(button(view.container, 'Disconnect'));
    await waitFor(() => expect(view.container.textContent).toContain('Disconnected.'));
    expect(await readConnection(db)).toBeNull();
    expect(sessionStorage.getItem('ropa-desk.sync-token')).toBeNull();
  });
});
