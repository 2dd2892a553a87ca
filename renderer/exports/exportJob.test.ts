// The export job when no worker can do the work: with no Worker at all (as in jsdom) and with a Worker that fails to
// load before it answers (a platform that cannot start this module worker), the export still runs, on the page's
// thread, and the file is offered for saving; a cancel during it saves nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyRegister } from '../../shared/model';

const saved: { suggestedName: string; data: unknown }[] = [];
vi.mock('../platform/currentPlatform', () => ({
  platform: {
    saveFile: (request: { suggestedName: string; data: unknown }) => {
      saved.push(request);
      return Promise.resolve({ saved: true, fileName: request.suggestedName });
    },
  },
}));

const { startExport, cancelExport, dismissExport } = await import('./exportJob');

/** A Worker that cannot load its module: Chromium reports an error event and never a message. */
class FailingWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  postMessage(): void {
    setTimeout(() => this.onerror?.({ message: 'Failed to load module script' }), 0);
  }
  terminate(): void {}
}

const request = { format: 'json' as const, lang: 'en' as const, includeFindings: false, today: '2026-12-03' };

async function settled(): Promise<void> {
  for (let i = 0; i < 50 && saved.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
}

afterEach(() => {
  vi.unstubAllGlobals();
  saved.length = 0;
  dismissExport();
});

describe('an export without a worker', () => {
  it('runs on the page when there is no Worker, and offers the file', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(startExport(emptyRegister({ title: 'T' }), request, 'en')).toBe(true);
    await settled();
    expect(saved).toHaveLength(1);
    expect(String(saved[0]?.data)).toContain('"format": "ropa-register"');
  });

  it('runs on the page when the worker fails before its first answer', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    expect(startExport(emptyRegister({ title: 'T' }), request, 'en')).toBe(true);
    await settled();
    expect(saved).toHaveLength(1);
  });

  it('saves nothing when cancelled', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    startExport(emptyRegister({ title: 'T' }), request, 'en');
    cancelExport();
    await new Promise((r) => setTimeout(r, 200));
    expect(saved).toHaveLength(0);
  });
});
