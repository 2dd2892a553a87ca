// @vitest-environment jsdom
/**
 * Finding 1 of the adversarial test, on the Settings screen itself: a save from a copy another tab made stale
 * (a restore, an import, another Settings tab) is refused, said in the user's language, and offers a reload.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../shared/i18n/languages';
import { emptyRegister } from '../../shared/model';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { I18nProvider } from '../app/i18n';
import { button, click, field, mount, typeInto, waitFor, type Mounted } from '../safety/domTesting';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { getUserName } from '../storage/settings';
import { SettingsScreen } from './SettingsScreen';

const mounted: Mounted[] = [];

function openSettings(lang: UiLanguage): Mounted {
  localStorage.setItem('ropa-desk.language', lang);
  const tab = mount(
    <I18nProvider>
      <SettingsScreen />
    </I18nProvider>,
  );
  mounted.push(tab);
  return tab;
}

async function metaTitle(): Promise<string | undefined> {
  return (await db.meta.get('register'))?.title;
}

beforeEach(async () => {
  await db.open();
  await replaceRegister(db, emptyRegister({ title: 'Old title', organisationName: 'Old org' }), {
    action: 'import',
    note: 'x',
  });
});

afterEach(async () => {
  for (const tab of mounted.splice(0)) tab.unmount();
  localStorage.clear();
  await db.delete({ disableAutoOpen: false });
});

describe('finding 1: lost register data — Settings open while another tab writes', () => {
  it('finding 1: saving Settings after a restore in another tab is refused with a reload, and the restored register stays', async () => {
    const tab = openSettings('en');
    await waitFor(() => expect(field(tab.container, 'Register').value).toBe('Old title'));
    // Another tab restores a backup while this one is open.
    await replaceRegister(db, sampleRegister(), {
      action: 'restore',
      note: 'backup.ropa.json',
      keepCurrentAs: 'before',
    });
    await click(button(tab.container, 'Save settings'));
    const alert = await waitFor(() => {
      const shown = tab.container.querySelector('[role="alert"]');
      if (!shown) throw new Error('no alert yet');
      return shown;
    });
    expect(alert.textContent).toContain(
      'Not saved. After you opened these settings, another window or tab changed the register title',
    );
    expect(tab.container.textContent).not.toContain('Settings saved.');
    expect(await metaTitle()).toBe(sampleRegister().meta.title);

    await click(button(tab.container, 'Reload the settings'));
    await waitFor(() => expect(field(tab.container, 'Register').value).toBe(sampleRegister().meta.title));
  });

  it('finding 1: with two Settings tabs the second save is refused instead of undoing the first', async () => {
    const tabA = openSettings('en');
    const tabB = openSettings('en');
    await waitFor(() => expect(field(tabB.container, 'Organisation').value).toBe('Old org'));
    typeInto(field(tabA.container, 'Register'), 'Title from tab A');
    await click(button(tabA.container, 'Save settings'));
    await waitFor(() => expect(tabA.container.textContent).toContain('Settings saved.'));
    expect(await metaTitle()).toBe('Title from tab A');

    typeInto(field(tabB.container, 'Your name'), 'Bert');
    typeInto(field(tabB.container, 'Organisation'), 'Org from tab B');
    await click(button(tabB.container, 'Save settings'));
    await waitFor(() =>
      expect(tabB.container.querySelector('[role="alert"]')?.textContent).toContain('changed the register title'),
    );
    expect(await metaTitle()).toBe('Title from tab A');
    expect((await db.meta.get('register'))?.organisationName).toBe('Old org');
    expect(await getUserName(db)).toBe('');
  });

  it("finding 1: the open Settings screen says so as soon as another tab changed what it shows, in the user's language", async () => {
    const tab = openSettings('fr');
    await waitFor(() => expect(field(tab.container, 'Registre').value).toBe('Old title'));
    await replaceRegister(db, sampleRegister(), { action: 'import', note: 'x', keepCurrentAs: 'before' });
    const notice = await waitFor(() => {
      const text = tab.container.querySelector('[role="status"]')?.textContent ?? '';
      if (!text.includes('a modifié')) throw new Error('no notice yet');
      return text;
    });
    expect(notice).toContain(
      "une autre fenêtre ou un autre onglet a modifié le titre du registre, l'organisation et d'autres données du registre.",
    );
    expect(button(tab.container, 'Recharger les paramètres')).toBeTruthy();
  });
});

describe('the main language', () => {
  function chooseMainLanguage(tab: Mounted, value: string): void {
    const select = field<HTMLSelectElement>(tab.container, 'Main language of the register');
    act(() => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  it('does not change while the register holds texts: they would pass for another language, silently', async () => {
    await replaceRegister(db, sampleRegister(), { action: 'import', note: 'sample' });
    const tab = openSettings('en');
    await waitFor(() => expect(field(tab.container, 'Register').value).toBe(sampleRegister().meta.title));
    chooseMainLanguage(tab, 'fr');
    await click(button(tab.container, 'Save settings'));
    const alert = await waitFor(() => {
      const shown = tab.container.querySelector('[role="alert"]');
      if (!shown) throw new Error('no alert yet');
      return shown;
    });
    expect(alert.textContent).toMatch(
      /^The main language was not changed: the register holds [\d,]+ texts written in Dutch, which would then be taken for French/,
    );
    expect((await db.meta.get('register'))?.mainLanguage).toBe('nl');
    expect(field<HTMLSelectElement>(tab.container, 'Main language of the register').value).toBe('nl');
  });

  it('changes in a register without texts yet', async () => {
    const tab = openSettings('en');
    await waitFor(() => expect(field(tab.container, 'Register').value).toBe('Old title'));
    chooseMainLanguage(tab, 'fr');
    await click(button(tab.container, 'Save settings'));
    await waitFor(() => expect(tab.container.textContent).toContain('Settings saved.'));
    expect((await db.meta.get('register'))?.mainLanguage).toBe('fr');
  });
});
