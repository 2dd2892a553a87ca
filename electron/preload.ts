/**
 * Preload: exposes the desktop API to the page as `window.ropaDesk`, built from the IPC contract
 * (shared/ipc/channels.ts), and nothing else: one method per entry of the contract, each bound to its own channel.
 * The main process validates what the page sends; the IPC event objects themselves never reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import * as z from 'zod';
import { IPC_CONTRACT, type DesktopApi, type EventSpec, type RequestSpec } from '../shared/ipc/channels';

// The page's CSP forbids eval, and zod would otherwise probe `new Function` once (reported as a CSP violation even
// though zod catches it) before falling back to what jitless does anyway.
z.config({ jitless: true });

/** How many events of one channel are kept for the page before it listens; later ones are dropped. */
export const MAX_PENDING_EVENTS = 20;

/**
 * An event channel, listened for from the start, so a message sent while the page is still starting (a register
 * file opened from the system) waits here for the page's callback instead of being lost.
 */
function eventMethod(spec: EventSpec): (callback: (payload: unknown) => void) => () => void {
  let current: ((payload: unknown) => void) | null = null;
  const pending: unknown[] = [];

  function deliver(payload: unknown): void {
    if (!current) {
      if (pending.length < MAX_PENDING_EVENTS) pending.push(payload);
      return;
    }
    try {
      current(payload);
    } catch {
      // A failing callback in the page must not stop later events.
    }
  }

  ipcRenderer.on(spec.channel, (_event, payload: unknown) => {
    const parsed = spec.payload.safeParse(payload);
    if (parsed.success) deliver(parsed.data);
  });

  return (callback) => {
    current = callback;
    for (const payload of pending.splice(0)) deliver(payload);
    return () => {
      if (current === callback) current = null;
    };
  };
}

/** A request channel: runs the page's callback, then answers on the reply channel, also when the callback failed. */
function requestMethod(spec: RequestSpec): (callback: () => Promise<void>) => void {
  let current: (() => Promise<void>) | null = null;
  let listening = false;

  async function answer(): Promise<void> {
    try {
      await current?.();
    } catch {
      // The page could not do its part (write its backup); answer anyway, as the main process's timeout would.
    } finally {
      await ipcRenderer.invoke(spec.reply).catch(() => undefined);
    }
  }

  return (callback) => {
    current = callback;
    // Listening starts with the first callback: until then the main process waits for its timeout, as it always has.
    if (listening) return;
    listening = true;
    ipcRenderer.on(spec.channel, () => void answer());
  };
}

function buildApi(): DesktopApi {
  const api: Record<string, unknown> = {};
  for (const [method, spec] of Object.entries(IPC_CONTRACT)) {
    if (spec.kind === 'invoke') api[method] = (...args: unknown[]) => ipcRenderer.invoke(spec.channel, ...args);
    else if (spec.kind === 'event') api[method] = eventMethod(spec);
    else api[method] = requestMethod(spec);
  }
  // One function per entry of the contract the DesktopApi type is mapped from; preload.test.ts checks the set.
  return api as DesktopApi;
}

contextBridge.exposeInMainWorld('ropaDesk', buildApi());
