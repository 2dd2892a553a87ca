// @vitest-environment jsdom
/**
 * The exchange with translators mounted on its own over the (fake) database, as the translation workspace mounts
 * it: download a file for translators, fill it in outside the app, import it, see the preview (applied pairs, stale
 * and unknown texts with their reasons), then Apply (one snapshot, the translations stored) or Cancel (nothing).
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../shared/ipc/channels';
import type { UiLanguage } from '../../../shared/i18n/languages';
import type { Register } from '../../../shared/model';
import { exchangeFixture, KEY, PAYROLL } from '../../../shared/test/translationExchange';
import { planTranslationImport } from '../../../shared/translation/exchange/planImport';
import { readTranslationWorkbook } from '../../../shared/translation/exchange/translationWorkbook';
import { translationTasks } from '../../../shared/translation/translationTasks';
import { I18nProvider } from '../../app/i18n';
import { platform } from '../../platform/currentPlatform';
import { RegisterProvider } from '../../register/RegisterContext';
import { button, click, mount, waitFor, type Mounted } from '../../safety/domTesting';
import { db } from '../../storage/database';
import { loadRegister, replaceRegister } from '../../storage/registerStore';
import { TranslationExchange } from './TranslationExchange';

const mounted: Mounted[] = [];
const saved: SaveFileRequest[] = [];
let opened: { name: string; bytes: Uint8Array } | null = null;

function open(lang: UiLanguage): Mounted {
  localStorage.setItem('ropa-desk.language', lang);
  const view = mount(
    <I18nProvider>
      <RegisterProvider>
        <TranslationExchange lang="fr" />
      </RegisterProvider>
    </I18nProvider>,
  );
  mounted.push(view);
  return view;
}

/** Replaces the target of the unit named `key`, as a translator's editor does. */
function fill(xliff: string, key: string, translation: string): string {
  const start = xliff.indexOf(`name="${key}"`);
  const at = xliff.indexOf('<target xml:space="preserve">', start) + '<target xml:space="preserve">'.length;
  return xliff.slice(0, at) + translation + xliff.slice(xliff.indexOf('</target>', at));
}

const text = (view: Mounted): string => view.container.textContent ?? '';

function lastSaved(): SaveFileRequest {
  const last = saved.at(-1);
  if (!last) throw new Error('nothing saved yet');
  return last;
}

async function downloadXliff(view: Mounted): Promise<string> {
  await waitFor(() => expect(text(view)).toMatch(/\d+ texts need translating into French/));
  await click(button(view.container, 'Download for translators'));
  const request = await waitFor(lastSaved);
  expect(request.suggestedName).toMatch(/^translations-ziekenfonds-nl-fr-\d{4}-\d{2}-\d{2}\.xlf$/);
  expect(typeof request.data).toBe('string');
  return request.data as string;
}

async function importFile(
  view: Mounted,
  name: string,
  content: string | Uint8Array,
  label = 'Import translated file…',
): Promise<HTMLElement> {
  opened = { name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content };
  await click(button(view.container, label));
  return waitFor(() => {
    const region = view.container.querySelector<HTMLElement>('.exchange-preview');
    if (!region) throw new Error('no preview yet');
    return region;
  });
}

beforeEach(async () => {
  saved.length = 0;
  opened = null;
  vi.spyOn(platform, 'saveFile').mockImplementation(async (request) => {
    saved.push(request);
    return { saved: true, fileName: request.suggestedName };
  });
  vi.spyOn(platform, 'openFile').mockImplementation(async () => opened);
  await db.open();
  await replaceRegister(db, exchangeFixture(), { action: 'import', note: 'fixture' });
});

afterEach(async () => {
  for (const view of mounted.splice(0)) view.unmount();
  vi.restoreAllMocks();
  localStorage.clear();
  await db.delete({ disableAutoOpen: false });
});

describe('the exchange with translators', () => {
  it('downloads the tasks as XLIFF, previews the translated file and applies it whole, keeping a snapshot', async () => {
    const view = open('en');
    let xliff = await downloadXliff(view);
    expect(text(view)).toContain('Saved as translations-');
    xliff = fill(xliff, KEY.name, 'Gestion des salaires');
    xliff = fill(xliff, KEY.description, 'Calculer les salaires');
    xliff = fill(xliff, KEY.tax, 'Retenir l’impôt');
    // The register changes before the file comes back: the activity is renamed, one purpose removed.
    const before = await loadRegister(db);
    const edited: Register = {
      ...before,
      activities: before.activities.map((a) => ({
        ...a,
        name: 'Loon- en personeelsadministratie',
        purposes: a.purposes.slice(0, 1),
      })),
    };
    await replaceRegister(db, edited, { action: 'import', note: 'edit' });
    const left = translationTasks(edited, 'fr').length;
    await waitFor(() => expect(text(view)).toContain(`${left} texts need translating into French`));

    const preview = await importFile(view, 'fr-done.xlf', xliff);
    expect(preview.querySelector('h3')?.textContent).toBe('What the import would change');
    const count = (name: string) => preview.querySelector(`[data-count="${name}"] dd`)?.textContent;
    expect([count('applied'), count('stale'), count('unknown')]).toEqual(['1', '1', '1']);
    const applied = preview.querySelector('table.exchange-applied tbody tr');
    expect([...(applied?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      'Processing activity: Loon- en personeelsadministratie',
      'Description',
      'Lonen berekenen\nen uitbetalen <maandelijks> & "correct"',
      'Calculer les salaires',
    ]);
    const stale = preview.querySelector('table.exchange-stale tbody tr');
    expect(stale?.textContent).toContain('Translated from: Loonadministratie');
    expect(stale?.textContent).toContain('Now: Loon- en personeelsadministratie');
    expect(stale?.textContent).toContain('the text in the main language has changed since the file was made');
    expect(preview.querySelector('table.exchange-unknown tbody tr')?.textContent).toContain(
      'the record or item it belongs to is no longer in the register',
    );

    await click(button(preview, 'Apply the translations'));
    await waitFor(() => expect(text(view)).toContain('Translations from fr-done.xlf applied: 1 text.'));
    expect(view.container.querySelector('.exchange-preview')).toBeNull();
    const after = await loadRegister(db);
    expect(after.activities[0]?.i18n?.fr).toEqual({ description: 'Calculer les salaires' });
    expect(translationTasks(after, 'fr').map((t) => t.key)).not.toContain(KEY.description);
    const snapshots = await db.snapshots.toArray();
    expect(snapshots.map((s) => s.name)).toEqual(['Before the translations from fr-done.xlf']);
    const history = await db.history.toArray();
    expect(history.at(-1)).toMatchObject({ action: 'import', note: 'fr-done.xlf' });
  });

  it('changes nothing on Cancel, and refuses a file in another language in the user’s language', async () => {
    const view = open('fr');
    await waitFor(() => expect(text(view)).toMatch(/textes sont à traduire en français/));
    await click(button(view.container, 'Télécharger pour les traducteurs'));
    let xliff = (await waitFor(lastSaved)).data as string;
    xliff = fill(xliff, KEY.name, 'Gestion des salaires');
    const preview = await importFile(view, 'fr.xlf', xliff, 'Importer un fichier traduit…');
    expect(preview.textContent).toContain('Gestion des salaires');
    await click(button(preview, 'Annuler'));
    expect(view.container.querySelector('.exchange-preview')).toBeNull();
    expect((await loadRegister(db)).activities[0]?.i18n).toBeUndefined();

    opened = { name: 'de.xlf', bytes: new TextEncoder().encode(xliff.replace('trgLang="fr"', 'trgLang="de"')) };
    await click(button(view.container, 'Importer un fichier traduit…'));
    const alert = await waitFor(() => {
      const found = view.container.querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toBe(
      'Ce fichier ne peut pas être importé : Le fichier a été traduit en allemand, pas en français. Importez-le parmi les textes en allemand.',
    );
    expect(view.container.querySelector('.exchange-preview')).toBeNull();
    expect(await db.snapshots.count()).toBe(0);
  });

  it('downloads a workbook for translators', async () => {
    const view = open('en');
    await waitFor(() => expect(text(view)).toMatch(/texts need translating into French/));
    await click(view.container.querySelector<HTMLInputElement>('input[value="xlsx"]') as HTMLInputElement);
    await click(button(view.container, 'Download for translators'));
    const request = await waitFor(lastSaved);
    expect(request.kind).toBe('xlsx');
    expect(request.suggestedName).toMatch(/^translations-ziekenfonds-nl-fr-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // The real workbook: read back, it carries every French task of the register and applies nothing unfilled.
    const bytes = request.data as Uint8Array;
    expect(ArrayBuffer.isView(bytes)).toBe(true);
    const file = await readTranslationWorkbook(bytes);
    const register = await loadRegister(db);
    expect(file.entries.map((e) => e.key).sort()).toEqual(
      translationTasks(register, 'fr')
        .map((t) => t.key)
        .sort(),
    );
    expect((await planTranslationImport(register, bytes)).applied).toEqual([]);
  });

  it('makes the preview again when the register changed before Apply, and applies nothing then', async () => {
    const view = open('en');
    const xliff = fill(await downloadXliff(view), KEY.name, 'Gestion des salaires');
    const preview = await importFile(view, 'fr.xlf', xliff);
    expect(preview.querySelector('[data-count="applied"] dd')?.textContent).toBe('1');

    const current = await loadRegister(db);
    await replaceRegister(
      db,
      { ...current, activities: current.activities.map((a) => (a.id === PAYROLL ? { ...a, name: 'Lonen' } : a)) },
      { action: 'import', note: 'edit' },
    );
    // Time for the live query to bring the edited register to the screen (nothing on it shows the name).
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    await click(button(view.container, 'Apply the translations'));
    await waitFor(() => expect(text(view)).toContain('The register changed after the preview was made'));
    expect(view.container.querySelector('[data-count="stale"] dd')?.textContent).toBe('1');
    expect(button(view.container, 'Apply the translations').disabled).toBe(true);
    expect((await loadRegister(db)).activities[0]?.i18n).toBeUndefined();
    expect(await db.snapshots.count()).toBe(0);
  });
});
