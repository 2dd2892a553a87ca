// @vitest-environment jsdom
/**
 * The translation workspace on a (fake) IndexedDB, driven from the keyboard as a translator works: Enter saves and
 * moves on, the saved row stays where it was, Escape puts back what is stored, "Still correct" confirms, a conflict
 * says so and reloads the row, the filters live in the address, and a long list comes in pages.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerSchema, type Activity, type Register } from '../../shared/model';
import { sourceStamp, translationState } from '../../shared/translation';
import { I18nProvider } from '../app/i18n';
import { routeHref } from '../app/routes';
import { useRoute } from '../app/useRoute';
import { RegisterProvider } from '../register/RegisterContext';
import { button, click, mount, typeInto, waitFor, type Mounted } from '../safety/domTesting';
import { db } from '../storage/database';
import { ConflictError, updateRecord } from '../storage/recordRepository';
import { loadRegister, replaceRegister } from '../storage/registerStore';
import { PAGE, TranslationWorkspace } from './TranslationWorkspace';

vi.mock('../storage/recordRepository', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../storage/recordRepository')>();
  return { ...actual, updateRecord: vi.fn(actual.updateRecord) };
});

const id = (prefix: string, n: number) => `${prefix.padEnd(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ORG = id('0a', 1);
const ACT = id('ac', 1);
const PURPOSE = { identify: id('ac', 101), rights: id('ac', 102) };

function testRegister(recipients = 0): Register {
  return registerSchema.parse({
    meta: { title: 'Register', mainLanguage: 'nl', i18n: { fr: { title: 'Registre' } } },
    organisations: [{ id: ORG, name: 'Ziekenfonds', kind: 'controller', i18n: { fr: { name: 'Mutualité' } } }],
    activities: [
      {
        id: ACT,
        name: 'Aansluiting',
        controllers: [{ organisationId: ORG, role: 'controller' }],
        purposes: [
          { id: PURPOSE.identify, description: 'Leden identificeren' },
          {
            id: PURPOSE.rights,
            description: 'Rechten op terugbetaling beheren',
            i18n: { fr: { description: 'Gérer les droits' } },
            i18nSource: { fr: { description: sourceStamp('Rechten beheren') } },
          },
        ],
      },
    ],
    recipients: Array.from({ length: recipients }, (_, i) => ({
      id: id('3e', i + 1),
      name: `Ontvanger ${i + 1}`,
      internal: false,
      category: 'other',
      country: 'BE',
    })),
  });
}

let view: Mounted | null = null;

function Harness() {
  const route = useRoute();
  return route.screen === 'translations' ? (
    <TranslationWorkspace lang={route.lang} kind={route.kind} controller={route.controller} />
  ) : null;
}

async function open(register: Register, hash = routeHref({ screen: 'translations', lang: 'fr' })): Promise<Mounted> {
  await replaceRegister(db, register, { action: 'import', note: 'test' });
  localStorage.setItem('ropa-desk.language', 'en');
  window.history.replaceState(null, '', hash);
  view = mount(
    <I18nProvider>
      <RegisterProvider>
        <Harness />
      </RegisterProvider>
    </I18nProvider>,
  );
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  return view;
}

const rows = () => [...(view?.container.querySelectorAll<HTMLTableRowElement>('tr.tw-row') ?? [])];
const rowOf = (text: string) => {
  const row = rows().find((r) => r.querySelector('.tw-source')?.textContent === text);
  if (!row) throw new Error(`no row for "${text}"`);
  return row;
};
const boxOf = (row: HTMLElement) => {
  const box = row.querySelector('textarea');
  if (!box) throw new Error('no box');
  return box;
};
const badgeOf = (row: HTMLElement) => row.querySelector('.tw-badge')?.textContent;

function press(element: HTMLElement, key: string, options: KeyboardEventInit = {}) {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }));
  });
}

async function storedActivity(): Promise<Activity> {
  const activity = (await loadRegister(db)).activities[0];
  if (!activity) throw new Error('no activity');
  return activity;
}

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  view?.unmount();
  view = null;
  vi.mocked(updateRecord).mockClear();
  localStorage.clear();
  await db.delete({ disableAutoOpen: false });
});

describe('the translation workspace', () => {
  it('lists the missing and outdated texts of the language with the counts and the original beside them', async () => {
    const app = await open(testRegister());
    expect(app.container.querySelector('h1')?.textContent).toBe('Translations');
    expect(rows().map((r) => r.querySelector('.tw-source')?.textContent)).toEqual([
      'Aansluiting',
      'Leden identificeren',
      'Rechten op terugbetaling beheren',
    ]);
    expect(app.container.querySelector('.tw-counts')?.textContent).toBe('French: 2 missing, 1 outdated.');
    const outdated = rowOf('Rechten op terugbetaling beheren');
    expect(badgeOf(outdated)).toBe('outdated');
    expect(boxOf(outdated).value).toBe('Gérer les droits');
    expect(boxOf(outdated).lang).toBe('fr');
    expect(outdated.querySelector('.tw-source')?.getAttribute('lang')).toBe('nl');
    expect(outdated.querySelector('a')?.getAttribute('href')).toBe(`#/activities/${ACT}?field=purposes`);
    expect(outdated.querySelector('a')?.textContent).toBe('Purpose 2');
    expect(boxOf(outdated).getAttribute('aria-label')).toBe('Translation into French: Aansluiting – Purpose 2');
  });

  it('saves on Enter, goes on to the next box, and keeps the saved row in place, marked done', async () => {
    const app = await open(testRegister());
    const first = boxOf(rowOf('Leden identificeren'));
    act(() => first.focus());
    typeInto(first, 'Identifier les membres');
    press(first, 'Enter');
    await waitFor(() => expect(badgeOf(rowOf('Leden identificeren'))).toBe('done'));
    await waitFor(() => expect(document.activeElement).toBe(boxOf(rowOf('Rechten op terugbetaling beheren'))));
    const purpose = (await storedActivity()).purposes[0];
    expect(purpose?.i18n?.fr?.description).toBe('Identifier les membres');
    expect(purpose && translationState(purpose, 'description', 'fr', 'nl')).toBe('current');
    // The row stays, in its place, until the filters change.
    expect(rows()).toHaveLength(3);
    expect(app.container.querySelector('.tw-counts')?.textContent).toBe('French: 1 missing, 1 outdated.');
    expect(app.container.querySelector('[role="status"]')?.textContent).toBe('Saved: Identifier les membres.');
  });

  it('does not save an untouched box on Enter, makes a new line on Shift+Enter, and puts back on Escape', async () => {
    await open(testRegister());
    const name = boxOf(rowOf('Aansluiting'));
    act(() => name.focus());
    press(name, 'Enter');
    await waitFor(() => expect(document.activeElement).toBe(boxOf(rowOf('Leden identificeren'))));
    expect(updateRecord).not.toHaveBeenCalled();

    const outdated = boxOf(rowOf('Rechten op terugbetaling beheren'));
    typeInto(outdated, 'Tout autre chose');
    expect(button(rowOf('Rechten op terugbetaling beheren'), 'Save')).toBeTruthy();
    const shift = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true });
    act(() => outdated.dispatchEvent(shift));
    expect(shift.defaultPrevented).toBe(false);
    press(outdated, 'Escape');
    expect(outdated.value).toBe('Gérer les droits');
    expect(updateRecord).not.toHaveBeenCalled();
  });

  it('confirms an outdated translation with "Still correct"', async () => {
    await open(testRegister());
    await click(button(rowOf('Rechten op terugbetaling beheren'), 'Still correct'));
    await waitFor(() => expect(badgeOf(rowOf('Rechten op terugbetaling beheren'))).toBe('confirmed'));
    const purpose = (await storedActivity()).purposes[1];
    expect(purpose?.i18n?.fr?.description).toBe('Gérer les droits');
    expect(purpose && translationState(purpose, 'description', 'fr', 'nl')).toBe('current');
  });

  it('says when the record changed elsewhere, shows what is stored now and keeps what was typed', async () => {
    await open(testRegister());
    const stored = await storedActivity();
    const theirs: Activity = {
      ...stored,
      purposes: stored.purposes.map((p) => (p.id === PURPOSE.identify ? { ...p, description: 'Leden herkennen' } : p)),
    };
    vi.mocked(updateRecord).mockImplementationOnce(async () => {
      throw new ConflictError('activities', ACT, [{ path: 'purposes', before: [], after: [] }], theirs);
    });
    const box = boxOf(rowOf('Leden identificeren'));
    typeInto(box, 'Identifier les membres');
    press(box, 'Enter');
    const row = await waitFor(() => rowOf('Leden herkennen'));
    expect(row.querySelector('[role="alert"]')?.textContent).toContain('This text was changed elsewhere meanwhile');
    expect(row.querySelector('[role="alert"]')?.textContent).toContain('(Purposes)');
    expect(boxOf(row).value).toBe('Identifier les membres');
    expect((await storedActivity()).purposes[0]?.i18n).toBeUndefined();
  });

  it('stays with the language it chose on arrival when its last text is done', async () => {
    const app = await open(testRegister(), '#/translations');
    expect(app.container.querySelector('.tw-counts')?.textContent).toBe('French: 2 missing, 1 outdated.');
    for (const source of ['Aansluiting', 'Leden identificeren']) {
      const box = boxOf(rowOf(source));
      typeInto(box, `FR ${source}`);
      press(box, 'Enter');
      await waitFor(() => expect(badgeOf(rowOf(source))).toBe('done'));
    }
    await click(button(rowOf('Rechten op terugbetaling beheren'), 'Still correct'));
    await waitFor(() =>
      expect(app.container.querySelector('.tw-counts')?.textContent).toBe('French: 0 missing, 0 outdated.'),
    );
    expect(rows().map(badgeOf)).toEqual(['done', 'done', 'confirmed']);
    await click(button(app.container, 'Remove the 3 finished texts from the list'));
    expect(app.container.textContent).toContain('Everything is translated into French');
  });

  it('asks before leaving with a typed translation that is not saved', async () => {
    const app = await open(testRegister());
    typeInto(boxOf(rowOf('Leden identificeren')), 'Identifier');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    act(() => {
      window.location.hash = '#/dashboard';
    });
    await waitFor(() =>
      expect(confirm).toHaveBeenCalledWith(
        'Some translations you typed are not saved yet. Leave anyway and lose them?',
      ),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/translations?lang=fr'));
    expect(app.container.querySelector('h1')?.textContent).toBe('Translations');
    confirm.mockRestore();
  });

  it('keeps its filters in the address and says when the controller filter does not apply', async () => {
    const app = await open(testRegister());
    const [, kind, controller] = [...app.container.querySelectorAll('select')];
    if (!kind || !controller) throw new Error('no filters');
    act(() => {
      kind.value = 'activities';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(window.location.hash).toBe('#/translations?lang=fr&kind=activities'));
    expect(controller.disabled).toBe(false);
    // A kind with nothing to do (the organisation's name is translated) is still offered once in the address.
    act(() => {
      window.location.hash = '#/translations?lang=fr&kind=organisations';
    });
    await waitFor(() => expect(app.container.textContent).toContain('No text to do matches these filters.'));
    expect(controller.disabled).toBe(true);
    expect(app.container.querySelector('#tw-controller-note')?.textContent).toBe(
      'Organisations: these records are shared by every controller, so the controller filter does not apply.',
    );
  });

  it(`draws ${PAGE} rows at a time, and Enter on the last one drawn brings the next page`, async () => {
    const app = await open(testRegister(150), routeHref({ screen: 'translations', lang: 'de', kind: 'recipients' }));
    expect(rows()).toHaveLength(PAGE);
    expect(app.container.textContent).toContain(`Showing ${PAGE} of 150 texts.`);
    const last = boxOf(rows()[PAGE - 1] as HTMLElement);
    act(() => last.focus());
    press(last, 'Enter');
    await waitFor(() => expect(rows()).toHaveLength(150));
    await waitFor(() => expect(document.activeElement).toBe(boxOf(rows()[PAGE] as HTMLElement)));
    expect(() => button(app.container, 'Show 50 more')).toThrow();
  });
});
