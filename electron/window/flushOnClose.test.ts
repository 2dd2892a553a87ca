import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FLUSH_REQUEST_CHANNEL } from '../../shared/ipc/desktopApi';
import { FLUSH_TIMEOUT_MS, guardCloseWithFlush, type Timer } from './flushOnClose';

/** A window that closes the way Electron's does: `close` can be prevented, else the window is gone. */
class FakeWindow extends EventEmitter {
  closed = false;
  closeCalls = 0;
  webContents = {
    sent: [] as string[],
    crashed: false,
    failSend: false,
    send(channel: string) {
      if (this.failSend) throw new Error('Render frame was disposed');
      this.sent.push(channel);
    },
    isDestroyed: () => this.closed,
    isCrashed(): boolean {
      return this.crashed;
    },
  };
  isDestroyed = () => this.closed;
  /** What the user does (the close button) and what the guard calls: returns whether the window closed. */
  close(): boolean {
    this.closeCalls++;
    if (this.closed) return true;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
    return this.closed;
  }
}

/** A timer the test runs by hand. */
function fakeTimer() {
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  let now = 0;
  const timer: Timer<number> = {
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id),
  };
  return {
    timer,
    pending,
    advance(ms: number) {
      now += ms;
      for (const [id, task] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (task.at <= now && pending.delete(id)) task.callback();
      }
    },
  };
}

function setup() {
  const window = new FakeWindow();
  const clock = fakeTimer();
  const guard = guardCloseWithFlush(window, clock.timer);
  return { window, clock, guard };
}

describe('flush before the window closes', () => {
  it('holds the first close back and asks the page to flush, once', () => {
    const { window } = setup();
    expect(window.close()).toBe(false);
    expect(window.webContents.sent).toEqual([FLUSH_REQUEST_CHANNEL]);
    // Closing again while the page flushes does not ask again, and does not cut the flush short.
    expect(window.close()).toBe(false);
    expect(window.webContents.sent).toEqual([FLUSH_REQUEST_CHANNEL]);
  });

  it('closes as soon as the page answers, and cancels the timeout', () => {
    const { window, clock, guard } = setup();
    window.close();
    clock.advance(1_000);
    expect(window.closed).toBe(false);
    guard.flushed();
    expect(window.closed).toBe(true);
    expect(clock.pending.size).toBe(0);
    expect(window.webContents.sent).toEqual([FLUSH_REQUEST_CHANNEL]);
  });

  it('closes after the timeout when the page never answers', () => {
    const { window, clock, guard } = setup();
    window.close();
    clock.advance(FLUSH_TIMEOUT_MS - 1);
    expect(window.closed).toBe(false);
    clock.advance(1);
    expect(window.closed).toBe(true);
    // A late answer changes nothing.
    guard.flushed();
    expect(window.closeCalls).toBe(2);
  });

  it('ignores an answer nobody asked for', () => {
    const { window, guard } = setup();
    guard.flushed();
    expect(window.closed).toBe(false);
    expect(window.closeCalls).toBe(0);
  });

  it('closes at once when the page has crashed, without asking it', () => {
    const { window } = setup();
    window.webContents.crashed = true;
    expect(window.close()).toBe(true);
    expect(window.webContents.sent).toEqual([]);
  });

  it('closes right after the close event when the page can no longer be reached', () => {
    const { window, clock } = setup();
    window.webContents.failSend = true;
    expect(window.close()).toBe(false);
    clock.advance(0);
    expect(window.closed).toBe(true);
  });

  it('uses the timeout it is given', () => {
    const window = new FakeWindow();
    const clock = fakeTimer();
    guardCloseWithFlush(window, clock.timer, 200);
    window.close();
    clock.advance(200);
    expect(window.closed).toBe(true);
  });
});
