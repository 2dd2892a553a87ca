// @vitest-environment jsdom
/** The language switch in a DOM: every interface language by its own name, and choosing one re-words the interface. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../shared/i18n/languages';
import { I18nProvider } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let container: HTMLDivElement;
let root: Root;

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
});

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  localStorage.clear();
});

function renderSwitch() {
  act(() =>
    root.render(
      <I18nProvider>
        <LanguageSwitch />
      </I18nProvider>,
    ),
  );
  const select = container.querySelector('select');
  if (!select) throw new Error('no language select');
  return select;
}

describe('the language switch', () => {
  it('offers every interface language under its own name', () => {
    localStorage.setItem('ropa-desk.language', 'en');
    const select = renderSwitch();
    const options = [...select.options].map((o) => [o.value, o.textContent, o.lang]);
    expect(options.map(([value]) => value)).toEqual([...UI_LANGUAGES]);
    expect(options).toContainEqual(['de', 'Deutsch', 'de']);
    expect(options).toContainEqual(['nl', 'Nederlands', 'nl']);
    expect(options).toContainEqual(['fr', 'Français', 'fr']);
  });

  it('switches the interface to German and remembers it', () => {
    localStorage.setItem('ropa-desk.language', 'nl');
    const select = renderSwitch();
    expect(container.querySelector('label')?.textContent).toBe('Taal');
    act(() => {
      select.value = 'de';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(container.querySelector('label')?.textContent).toBe('Sprache');
    expect(localStorage.getItem('ropa-desk.language')).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });
});
