/** Small helpers for the React tests in jsdom that drive screens backed by the (fake) IndexedDB. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

export interface Mounted {
  container: HTMLDivElement;
  root: Root;
  unmount(): void;
}

export function mount(element: ReactNode): Mounted {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(element));
  return {
    container,
    root,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets live queries and promises settle until `check` passes (it throws until then), or fails after `timeout`. */
export async function waitFor<T>(check: () => T, timeout = 5_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

/** The form control inside the label whose text starts with `label`. */
export function field<E extends HTMLElement = HTMLInputElement>(container: ParentNode, label: string): E {
  const found = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
  const control = found?.querySelector<E>('input, select, textarea');
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control;
}

export function button(container: ParentNode, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Types into a control the way React notices: through the native value setter, then an input event. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  act(() => {
    setter?.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
    await Promise.resolve();
  });
}
