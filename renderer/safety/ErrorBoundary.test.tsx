// @vitest-environment jsdom
/**
 * Finding 2 of the adversarial test: an error in a screen (a record of an unexpected shape: "e.normalize is not a
 * function") shows a message with a way back and a reload instead of a blank page, and what the user had typed is
 * shown and can be copied rather than lost silently.
 */
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../app/i18n';
import { button, click, field, mount, typeInto, waitFor, type Mounted } from './domTesting';
import { ErrorBoundary } from './ErrorBoundary';

const mounted: Mounted[] = [];
afterEach(() => {
  for (const view of mounted.splice(0)) view.unmount();
  vi.restoreAllMocks();
  localStorage.clear();
  // Without a hashchange event, which would reach the next test's boundary.
  window.history.replaceState(null, '', window.location.pathname);
});

function normalize(value: unknown): string {
  return (value as { normalize: () => string }).normalize();
}

/** A stand-in for an editor that fails on a record of a newer shape once the user asks for a preview. */
function FragileEditor() {
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [preview, setPreview] = useState(false);
  return (
    <form>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Purpose
        <textarea value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      </label>
      <button type="button" onClick={() => setPreview(true)}>
        Preview
      </button>
      {preview && <p>{normalize({ nl: 'Ledenbeheer' })}</p>}
    </form>
  );
}

function renderBoundary(lang = 'en') {
  localStorage.setItem('ropa-desk.language', lang);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const view = mount(
    <I18nProvider>
      <ErrorBoundary>
        <FragileEditor />
      </ErrorBoundary>
    </I18nProvider>,
  );
  mounted.push(view);
  return view;
}

describe('finding 2: an error in a screen never leaves a blank page', () => {
  it('finding 2: shows a message with a way back, to the dashboard and a reload', async () => {
    const view = renderBoundary();
    await click(button(view.container, 'Preview'));
    await waitFor(() => expect(view.container.querySelector('h1')?.textContent).toBe('Something went wrong on this screen'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('Your register is safe');
    expect(view.container.textContent).toContain('normalize is not a function');
    for (const name of ['Go back', 'Go to the dashboard', 'Reload the app']) expect(button(view.container, name)).toBeTruthy();
  });

  it('finding 2: what was typed before the error is shown, can be copied, and is not dropped without asking', async () => {
    const view = renderBoundary();
    typeInto(field(view.container, 'Name'), 'Ledenadministratie');
    typeInto(field<HTMLTextAreaElement>(view.container, 'Purpose'), 'Beheer van de leden');
    await click(button(view.container, 'Preview'));
    const typedArea = () => view.container.querySelector<HTMLTextAreaElement>('textarea[aria-label="Copy what you typed"]');
    const shown = await waitFor(() => {
      const area = typedArea();
      if (!area) throw new Error('no typed text shown');
      return area.value;
    });
    expect(shown).toContain('Name: Ledenadministratie');
    expect(shown).toContain('Purpose: Beheer van de leden');

    // Leaving before copying asks first; saying no keeps the screen and its text.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await click(button(view.container, 'Go to the dashboard'));
    expect(confirm).toHaveBeenCalledWith('What you typed on this screen will be lost. Leave anyway?');
    expect(window.location.hash).not.toBe('#/dashboard');
    expect(typedArea()?.value).toBe(shown);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await click(button(view.container, 'Copy what you typed'));
    expect(writeText).toHaveBeenCalledWith(shown);
    await waitFor(() => expect(view.container.textContent).toContain('Copied to the clipboard.'));
    confirm.mockClear();
    await click(button(view.container, 'Go to the dashboard'));
    expect(confirm).not.toHaveBeenCalled();
    // Navigating tries the screen again.
    await waitFor(() => button(view.container, 'Preview'));
  });

  it('finding 2: the message is in the user\'s language', async () => {
    const view = renderBoundary('fr');
    await click(button(view.container, 'Preview'));
    await waitFor(() => expect(view.container.querySelector('h1')?.textContent).toBe('Un problème est survenu sur cet écran'));
    expect(button(view.container, 'Recharger l’application')).toBeTruthy();
  });
});
