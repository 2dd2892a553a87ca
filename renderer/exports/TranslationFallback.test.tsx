// @vitest-environment jsdom
/**
 * The export screen before an export: its language starts as the register's main language, and another language
 * says how many texts will fall back to the main one (missing and outdated), counted on the register the export will
 * use (limited to the controller chosen), with a link to the list of texts to translate.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../shared/i18n/languages';
import { emptyRegister, type Register } from '../../shared/model';
import { scopeToController } from '../../shared/register/controllerScope';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { translationCounts, withTranslation } from '../../shared/translation';
import { I18nProvider } from '../app/i18n';
import { RegisterProvider } from '../register/RegisterContext';
import { mount, waitFor, type Mounted } from '../safety/domTesting';
import { db } from '../storage/database';
import { replaceRegister } from '../storage/registerStore';
import { ExportScreen } from './ExportScreen';
import { exportTranslationCounts, TranslationFallback } from './TranslationFallback';

/** The sample register with its first activity's first purpose revised in Dutch after it was translated. */
function revisedSample(): Register {
  const register = sampleRegister();
  const purpose = register.activities[0]?.purposes[0];
  if (!purpose) throw new Error('the sample has a purpose');
  purpose.description = `${purpose.description} (herzien)`;
  return register;
}

const mounted: Mounted[] = [];

function show(register: Register, lang: UiLanguage, exportLang: 'nl' | 'en' | 'fr' | 'de', controllerId?: string) {
  localStorage.setItem('ropa-desk.language', lang);
  const tab = mount(
    <I18nProvider>
      <TranslationFallback
        register={register}
        lang={exportLang}
        edition="internal"
        {...(controllerId ? { controllerId } : {})}
      />
    </I18nProvider>,
  );
  mounted.push(tab);
  return tab;
}

afterEach(() => {
  for (const tab of mounted.splice(0)) tab.unmount();
  localStorage.clear();
});

describe('what an export will show in the main language', () => {
  it('is nothing in the main language, and counted on the controller’s part of the register when one is chosen', () => {
    const register = revisedSample();
    expect(exportTranslationCounts(register, 'nl')).toBeUndefined();
    expect(exportTranslationCounts(register, 'en')).toEqual(translationCounts(register, 'en'));
    const controller = register.organisations.find((o) => o.kind === 'controller');
    if (!controller) throw new Error('the sample has a controller');
    const scoped = exportTranslationCounts(register, 'en', controller.id);
    expect(scoped).toEqual(translationCounts(scopeToController(register, controller.id), 'en'));
    expect(scoped?.total).toBeLessThan(translationCounts(register, 'en').total);
    // The standard edition leaves internal fields out: their texts (notes, owner) do not fall back in it.
    const standard = exportTranslationCounts(register, 'en', undefined, 'standard');
    expect(standard?.total).toBeLessThan(translationCounts(register, 'en').total);
    const notes = register.activities.filter((a) => a.notes?.trim()).length;
    expect(notes).toBeGreaterThan(0);
    expect(standard?.total).toBeLessThanOrEqual(translationCounts(register, 'en').total - notes);
    // A controller the register (a snapshot) does not know: no count rather than an error.
    expect(exportTranslationCounts(register, 'en', '00000000-0000-4000-8000-00000000dead')).toBeUndefined();
  });

  it('says how many texts fall back, missing and outdated, and links to the list of texts to translate', () => {
    const register = revisedSample();
    const counts = translationCounts(register, 'en');
    expect(counts.outdated).toBe(1);
    const tab = show(register, 'en', 'en');
    const note = tab.container.querySelector('.export-translations');
    expect(note?.getAttribute('role')).toBe('status');
    expect(note?.textContent).toContain(
      `${counts.missing + 1} texts are missing or outdated in English: they will be shown in Dutch, marked. (${counts.missing} missing, 1 outdated)`,
    );
    const link = note?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#/translations?lang=en');
    expect(link?.textContent).toBe('See the texts to translate into English');
  });

  it.each([
    ['nl', /teksten ontbreken of zijn verouderd in het Duits: die worden in het Nederlands getoond/],
    ['fr', /textes manquent ou sont obsolètes en allemand : ils seront affichés en néerlandais/],
    ['de', /Texte fehlen auf Deutsch oder sind veraltet: Sie werden auf Niederländisch angezeigt/],
  ] as const)('speaks %s', (lang, expected) => {
    const tab = show(revisedSample(), lang, 'de');
    expect(tab.container.textContent).toMatch(expected);
  });

  it('says when every text is translated', () => {
    const empty = emptyRegister({ title: 'Verwerkingsregister', organisationName: 'CM' });
    let meta = empty.meta;
    meta = withTranslation(meta, 'title', 'en', 'Register of processing activities');
    meta = withTranslation(meta, 'organisationName', 'en', 'CM');
    const tab = show({ ...empty, meta }, 'en', 'en');
    expect(tab.container.textContent).toBe('All 2 register texts are translated into English.');
  });
});

describe('the export screen', () => {
  beforeEach(async () => {
    await db.open();
    await replaceRegister(db, revisedSample(), { action: 'import', note: 'sample' });
  });

  afterEach(async () => {
    await db.delete({ disableAutoOpen: false });
  });

  it('exports in the register’s main language unless asked otherwise, and counts the fallback of another one', async () => {
    localStorage.setItem('ropa-desk.language', 'en');
    const tab = mount(
      <I18nProvider>
        <RegisterProvider>
          <ExportScreen />
        </RegisterProvider>
      </I18nProvider>,
    );
    mounted.push(tab);
    const select = await waitFor(() => {
      const found = [...tab.container.querySelectorAll('label')]
        .find((l) => l.textContent?.startsWith('Language of the export'))
        ?.querySelector('select');
      if (!found || found.value !== 'nl') throw new Error('not loaded yet');
      return found;
    });
    expect(select.selectedOptions[0]?.textContent).toBe('Dutch (main language)');
    expect(tab.container.querySelector('.export-translations')).toBeNull();

    act(() => {
      select.value = 'en';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const counts = translationCounts(revisedSample(), 'en', 'standard');
    expect(tab.container.querySelector('.export-translations')?.textContent).toContain(
      `${counts.missing + counts.outdated} texts are missing or outdated in English`,
    );
  });
});
