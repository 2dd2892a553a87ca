// @vitest-environment jsdom
/**
 * The translations of a field in the editor, in a DOM: each box says its state in words, "Still correct" re-stamps an
 * outdated translation, typing sets a translation stamped from today's main text, a main text changed in the draft
 * makes its translations outdated at once, and the translate mode opens every field (in one language if asked). Then
 * the whole editor on the sample register in a fake IndexedDB: every text of a record has its translations, and what
 * was confirmed is saved stamped.
 */
import 'fake-indexeddb/auto';
import { act, useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TextLanguage, UiLanguage } from '../../shared/i18n/languages';
import { RECORD_KINDS, type Activity, type AnyRecord, type Purpose, type RecordKind } from '../../shared/model';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { forEachRecordText, sourceStamp, translationState } from '../../shared/translation';
import { I18nProvider } from '../app/i18n';
import { RegisterProvider } from '../register/RegisterContext';
import { button, click, mount, typeInto, waitFor, type Mounted } from '../safety/domTesting';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { fromStored } from '../storage/storedRecord';
import { FieldTranslations, TranslationSettingsContext, type TranslationSettings } from './FieldTranslations';
import { draftTranslationState } from './translationView';
import { RecordEditor } from './RecordEditor';

const MAIN_TEXT = 'Leden identificeren en hun dossier beheren';
const OLD_TEXT = 'Leden identificeren';

/** A purpose whose English translation is current, its French one made from an older text, its German one missing. */
const PURPOSE: Purpose = {
  id: '00000000-0000-4000-8000-00000000f001',
  description: MAIN_TEXT,
  i18n: {
    en: { description: 'Identifying members and managing their file' },
    fr: { description: 'Identifier les membres' },
  },
  i18nSource: { en: { description: sourceStamp(MAIN_TEXT) }, fr: { description: sourceStamp(OLD_TEXT) } },
};

const mounted: Mounted[] = [];
/** The purpose as the harness holds it now, and a way to change it as the main text box would. */
const probe: { purpose: Purpose; set: (next: Purpose) => void } = { purpose: PURPOSE, set: () => {} };

function Harness({ settings }: { settings: Omit<TranslationSettings, 'saved' | 'onTextCleaned'> }) {
  const [purpose, setState] = useState<Purpose>(PURPOSE);
  useEffect(() => {
    probe.purpose = purpose;
    probe.set = setState;
  }, [purpose]);
  return (
    <TranslationSettingsContext.Provider
      value={{ ...settings, saved: { purposes: [PURPOSE] }, onTextCleaned: () => {} }}
    >
      <FieldTranslations
        holder={purpose}
        list="purposes"
        field="description"
        label="Purposes 1"
        multiline
        onChange={(_key, change) => setState((p) => change(p))}
      />
    </TranslationSettingsContext.Provider>
  );
}

function openPanel(
  lang: UiLanguage = 'en',
  settings: Partial<Omit<TranslationSettings, 'saved' | 'onTextCleaned'>> = {},
): Mounted {
  localStorage.setItem('ropa-desk.language', lang);
  const tab = mount(
    <I18nProvider>
      <Harness settings={{ mainLanguage: 'nl', translateMode: false, only: 'all', ...settings }} />
    </I18nProvider>,
  );
  mounted.push(tab);
  return tab;
}

const toggleOf = (tab: Mounted) =>
  tab.container.querySelector<HTMLButtonElement>('.translations-toggle') as HTMLButtonElement;

/** The box of a language: found by its label, as a person using a screen reader would find it. */
function box(tab: Mounted, label: string): HTMLTextAreaElement {
  const found = [...tab.container.querySelectorAll('label')].find((l) => l.textContent === label);
  const control = found ? tab.container.ownerDocument.getElementById(found.htmlFor) : null;
  if (!(control instanceof HTMLTextAreaElement)) throw new Error(`no box labelled "${label}"`);
  return control;
}

/** What assistive technology reads after the box's name: its state (and for an outdated one, the explanation). */
const description = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => control.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');

afterEach(() => {
  for (const tab of mounted.splice(0)) tab.unmount();
  localStorage.clear();
});

describe('the translations of one field', () => {
  it('are closed at first, their toggle saying how many are current and which are outdated or missing, in words', async () => {
    const tab = openPanel();
    const toggle = toggleOf(tab);
    expect(toggle.textContent).toBe('Translations (1/3): Purposes 1, 1 outdated, 1 missing');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(tab.container.querySelector('textarea')).toBeNull();

    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')?.getAttribute('role')).toBe('group');
    expect(description(box(tab, 'Purposes 1 — French (fr)'))).toMatch(/^Outdated The text in Dutch has changed/);
    expect(box(tab, 'Purposes 1 — French (fr)').value).toBe('Identifier les membres');
    expect(description(box(tab, 'Purposes 1 — English (en)'))).toBe('Current');
    expect(description(box(tab, 'Purposes 1 — German (de)'))).toBe('Missing');
    // No box for the main language.
    expect(() => box(tab, 'Purposes 1 — Dutch (nl)')).toThrow();
  });

  it('"Still correct" stamps the outdated translation, unchanged, as made from today\'s main text', async () => {
    const tab = openPanel();
    await click(toggleOf(tab));
    const french = box(tab, 'Purposes 1 — French (fr)');
    const row = french.closest('.translation') as HTMLElement;
    await click(button(row, 'Still correct'));
    expect(probe.purpose.i18n?.fr?.description).toBe('Identifier les membres');
    expect(probe.purpose.i18nSource?.fr?.description).toBe(sourceStamp(MAIN_TEXT));
    expect(description(french)).toBe('Current');
    expect(document.activeElement).toBe(french);
    expect(toggleOf(tab).textContent).toBe('Translations (2/3): Purposes 1, 1 missing');
  });

  it('typing a translation sets it stamped from the main text; emptying a box removes the translation', async () => {
    const tab = openPanel();
    await click(toggleOf(tab));
    typeInto(box(tab, 'Purposes 1 — German (de)'), 'Mitglieder identifizieren und ihre Akte verwalten');
    expect(probe.purpose.i18n?.de?.description).toBe('Mitglieder identifizieren und ihre Akte verwalten');
    expect(probe.purpose.i18nSource?.de?.description).toBe(sourceStamp(MAIN_TEXT));
    expect(description(box(tab, 'Purposes 1 — German (de)'))).toBe('Current');

    // Revising the outdated French text makes it current too: it was written against today's main text.
    typeInto(box(tab, 'Purposes 1 — French (fr)'), 'Identifier les membres et gérer leur dossier');
    expect(probe.purpose.i18nSource?.fr?.description).toBe(sourceStamp(MAIN_TEXT));
    expect(description(box(tab, 'Purposes 1 — French (fr)'))).toBe('Current');

    typeInto(box(tab, 'Purposes 1 — English (en)'), '');
    expect(probe.purpose.i18n?.en).toBeUndefined();
    expect(probe.purpose.i18nSource?.en).toBeUndefined();
    expect(description(box(tab, 'Purposes 1 — English (en)'))).toBe('Missing');
  });

  it('shows a translation outdated as soon as the main text changes in the draft', async () => {
    const tab = openPanel();
    await click(toggleOf(tab));
    expect(description(box(tab, 'Purposes 1 — English (en)'))).toBe('Current');
    setPurposeNow({ ...probe.purpose, description: 'Leden identificeren, contacteren en hun dossier beheren' });
    expect(description(box(tab, 'Purposes 1 — English (en)'))).toMatch(/^Outdated/);
    expect(box(tab, 'Purposes 1 — English (en)').value).toBe('Identifying members and managing their file');
    // Back to the saved text: current again, as the stamp says.
    setPurposeNow({ ...probe.purpose, description: MAIN_TEXT });
    expect(description(box(tab, 'Purposes 1 — English (en)'))).toBe('Current');
  });

  it('opens with the translate mode, limited to one language when one is chosen', () => {
    const all = openPanel('en', { translateMode: true });
    expect(toggleOf(all).getAttribute('aria-expanded')).toBe('true');
    expect(all.container.querySelectorAll('textarea')).toHaveLength(3);
    const english = openPanel('en', { translateMode: true, only: 'en' });
    expect([...english.container.querySelectorAll('.translation label')].map((l) => l.textContent)).toEqual([
      'Purposes 1 — English (en)',
    ]);
  });

  it.each([
    ['nl', 'Doeleinden 1 — Frans (fr)', 'Verouderd', 'Klopt nog'],
    ['fr', 'Finalités 1 — Français (fr)', 'Obsolète', 'Toujours correcte'],
    ['de', 'Zwecke 1 — Französisch (fr)', 'Veraltet', 'Stimmt noch'],
  ] as const)('speaks %s', async (lang, label, outdated, stillCorrect) => {
    localStorage.setItem('ropa-desk.language', lang);
    const tab = mount(
      <I18nProvider>
        <TranslationSettingsContext.Provider
          value={{
            mainLanguage: 'nl',
            translateMode: true,
            only: 'all',
            saved: { purposes: [PURPOSE] },
            onTextCleaned: () => {},
          }}
        >
          <FieldTranslations
            holder={PURPOSE}
            list="purposes"
            field="description"
            label={label.split(' — ')[0] ?? ''}
            multiline
            onChange={() => {}}
          />
        </TranslationSettingsContext.Provider>
      </I18nProvider>,
    );
    mounted.push(tab);
    const french = box(tab, label);
    expect(description(french).startsWith(outdated)).toBe(true);
    expect(button(french.closest('.translation') as HTMLElement, stillCorrect)).toBeTruthy();
  });
});

/** Changes the harness's purpose as typing in its main text box would, and lets React render. */
function setPurposeNow(next: Purpose): void {
  act(() => probe.set(next));
}

describe('the state of a translation in the draft', () => {
  const unstamped = { description: MAIN_TEXT, i18n: { en: { description: 'Identifying members' } } };
  const state = (holder: object, lang: TextLanguage = 'en') =>
    draftTranslationState(holder, { description: MAIN_TEXT }, 'description', lang, 'nl');

  it('counts an unstamped translation current until its main text changes in the draft', () => {
    expect(state(unstamped)).toBe('current');
    expect(state({ ...unstamped, description: 'Leden identificeren' })).toBe('outdated');
    expect(state(unstamped, 'de')).toBe('missing');
    expect(state(unstamped, 'nl')).toBe('main');
  });
});

const MEMBERSHIP = '00000000-0000-4000-8000-0000000a0001';

describe('the record editor with translations', () => {
  beforeEach(async () => {
    await db.open();
    await replaceRegister(db, sampleRegister(), { action: 'import', note: 'sample' });
  });

  afterEach(async () => {
    await db.delete({ disableAutoOpen: false });
  });

  async function openEditor(kind: RecordKind = 'activities', id = MEMBERSHIP): Promise<Mounted> {
    localStorage.setItem('ropa-desk.language', 'en');
    const tab = mount(
      <I18nProvider>
        <RegisterProvider>
          <RecordEditor kind={kind} id={id} />
        </RegisterProvider>
      </I18nProvider>,
    );
    mounted.push(tab);
    await waitFor(() => expect(tab.container.querySelector('form.record-form')).not.toBeNull());
    return tab;
  }

  it.each(RECORD_KINDS)('gives every text of a record of %s its translations', async (kind) => {
    // The record of the kind with the most texts in the sample, so list items (purposes, sources) are among them.
    const count = (record: AnyRecord) => {
      let n = 0;
      forEachRecordText(kind, record, () => (n += 1));
      return n;
    };
    const records = sampleRegister()[kind] as AnyRecord[];
    const record = records.reduce((best, r) => (count(r) > count(best) ? r : best));
    const tab = await openEditor(kind, record.id);
    expect(count(record)).toBeGreaterThan(0);
    expect(tab.container.querySelectorAll('.translations-toggle')).toHaveLength(count(record));
  });

  it('opens every translation of the record in the translate mode', async () => {
    const tab = await openEditor();
    const activity = sampleRegister().activities.find((a) => a.id === MEMBERSHIP) as Activity;
    let texts = 0;
    forEachRecordText('activities', activity, () => (texts += 1));
    const toggles = () => [...tab.container.querySelectorAll('.translations-toggle')];
    expect(toggles()).toHaveLength(texts);
    expect(toggles().every((t) => t.getAttribute('aria-expanded') === 'false')).toBe(true);

    const translate = button(tab.container, 'Translate');
    await click(translate);
    expect(translate.getAttribute('aria-pressed')).toBe('true');
    expect(toggles().every((t) => t.getAttribute('aria-expanded') === 'true')).toBe(true);
    expect(tab.container.querySelectorAll('.translation')).toHaveLength(texts * 3);
  });

  it('saves a translation confirmed as still correct stamped from the new main text; the others stay outdated', async () => {
    const tab = await openEditor();
    await click(button(tab.container, 'Translate'));
    const main = [...tab.container.querySelectorAll('textarea')].find(
      (t) => t.closest('label')?.textContent?.startsWith('Purposes 1') && !t.closest('.translation'),
    ) as HTMLTextAreaElement;
    const revised = 'Leden identificeren, contacteren en correct adviseren, en hun dossier beheren';
    typeInto(main, revised);
    const english = box(tab, 'Purposes 1 — English (en)');
    expect(description(english)).toMatch(/^Outdated/);
    await click(button(english.closest('.translation') as HTMLElement, 'Still correct'));
    expect(description(english)).toBe('Current');
    await click(button(tab.container, 'Save'));
    await waitFor(() => expect(tab.container.querySelector('.save-state')?.textContent).toBe('Saved'));
    const row = await db.recordTable('activities').get(MEMBERSHIP);
    const purpose = (fromStored('activities', row as Activity) as Activity).purposes[0] as Purpose;
    expect(purpose.description).toBe(revised);
    expect(translationState(purpose, 'description', 'en', 'nl')).toBe('current');
    expect(translationState(purpose, 'description', 'fr', 'nl')).toBe('outdated');
    // The form shows what was saved: the same states.
    expect(description(box(tab, 'Purposes 1 — English (en)'))).toBe('Current');
    expect(description(box(tab, 'Purposes 1 — French (fr)'))).toMatch(/^Outdated/);
  });
});
