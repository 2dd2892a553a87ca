/**
 * Lets the renderer write its final backup before the main window closes. The first `close` is held back and the
 * page is asked to flush (FLUSH_REQUEST_CHANNEL); the window then really closes when the page answers on
 * `lifecycle:flushed`, or after a timeout when it never does (hung or crashed page), whichever comes first.
 * Takes the window and the timer as parameters so it is tested with fakes.
 */
import { FLUSH_REQUEST_CHANNEL } from '../../shared/ipc/desktopApi';

export const FLUSH_TIMEOUT_MS = 5_000;

export interface FlushableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: {
    send(channel: string): void;
    isDestroyed(): boolean;
    isCrashed(): boolean;
  };
}

export interface Timer<Handle> {
  setTimeout(callback: () => void, ms: number): Handle;
  clearTimeout(handle: Handle): void;
}

export interface FlushGuard {
  /** The page has flushed (`lifecycle:flushed`): close now if a close is waiting, else nothing. */
  flushed(): void;
}

export function guardCloseWithFlush<Handle>(
  window: FlushableWindow,
  timer: Timer<Handle>,
  timeoutMs: number = FLUSH_TIMEOUT_MS,
): FlushGuard {
  let state: 'open' | 'flushing' | 'closing' = 'open';
  let pending: { handle: Handle } | null = null;

  function closeForReal(): void {
    if (state === 'closing') return;
    state = 'closing';
    if (pending) timer.clearTimeout(pending.handle);
    pending = null;
    if (!window.isDestroyed()) window.close();
  }

  window.on('close', (event) => {
    if (state === 'closing') return;
    const contents = window.webContents;
    if (state === 'open' && (contents.isDestroyed() || contents.isCrashed())) {
      // No page left that could flush: let this close go through.
      state = 'closing';
      return;
    }
    // A second close while the page flushes waits for the same answer (or the timeout): never cut a backup short.
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    pending = { handle: timer.setTimeout(closeForReal, timeoutMs) };
    try {
      contents.send(FLUSH_REQUEST_CHANNEL);
    } catch {
      // The page is going away: do not wait for an answer that cannot come (close after this event, not inside it).
      timer.clearTimeout(pending.handle);
      pending = { handle: timer.setTimeout(closeForReal, 0) };
    }
  });

  return {
    flushed: () => {
      if (state === 'flushing') closeForReal();
    },
  };
}
