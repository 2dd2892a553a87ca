/**
 * The one export that may run at a time, app-wide: started on the Export screen, followed by a status line in the
 * app's frame (progress and Cancel) on every screen, saved with the native dialog when done. The work runs in a Web
 * Worker (`exportWorker.ts`); where there is none, or it fails to load (unit tests in jsdom, a platform that cannot
 * start it), it runs here, with the same outcome. A cancelled export saves nothing.
 */
import { useSyncExternalStore } from 'react';
import type { UiLanguage } from '../../shared/i18n/languages';
import type { Register } from '../../shared/model';
import { errorText } from '../app/Notice';
import { platform } from '../platform/currentPlatform';
import { runExport, type ExportFormat, type ExportRequest, type ExportResult } from './runExport';

/** What the worker is asked: the request without its progress callback, which becomes messages. */
export interface ExportWorkerRequest {
  register: Register;
  request: Omit<ExportRequest, 'onProgress'>;
  /** ISO time of the export, written into the file. */
  now: string;
  /** The interface language, for the reason of a failure. */
  lang: UiLanguage;
}

export type ExportWorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ExportResult }
  | { type: 'failed'; reason: string };

export type ExportJobState =
  | { status: 'idle' }
  | { status: 'running'; id: number; format: ExportFormat; progress: number | null }
  | { status: 'saved'; id: number; format: ExportFormat; fileName: string }
  | { status: 'failed'; id: number; format: ExportFormat; reason: string }
  | { status: 'cancelled'; id: number; format: ExportFormat };

let state: ExportJobState = { status: 'idle' };
const listeners = new Set<() => void>();
let stop: (() => void) | undefined;
let nextId = 1;

/** The state as it is now (a read TypeScript does not narrow: another call may have changed it meanwhile). */
function current(): ExportJobState {
  return state;
}

/** Whether job `id` is still the running one (not cancelled, not replaced). */
function stillRunning(id: number): boolean {
  const now = current();
  return now.status === 'running' && now.id === id;
}

function set(next: ExportJobState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The export job as it is now; re-renders on every change. */
export function useExportJob(): ExportJobState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

/** The worker could not be started or loaded (it never answered): the export runs on this thread instead. */
const NO_WORKER = Symbol('no worker');

/**
 * Runs the export in a worker, with progress; resolves with the file, undefined when cancelled, or NO_WORKER when the
 * worker failed before its first answer, so a platform that cannot start this module worker still exports.
 */
function inWorker(
  work: ExportWorkerRequest,
  onProgress: (fraction: number) => void,
): Promise<ExportResult | undefined | typeof NO_WORKER> {
  return new Promise((resolve, reject) => {
    let answered = false;
    let worker: Worker;
    try {
      worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(NO_WORKER);
      return;
    }
    stop = () => {
      worker.terminate();
      resolve(undefined);
    };
    worker.onmessage = (event: MessageEvent<ExportWorkerReply>) => {
      answered = true;
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.total > 0 ? reply.done / reply.total : 0);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') resolve(reply.result);
      else reject(new Error(reply.reason));
    };
    worker.onerror = (event) => {
      worker.terminate();
      if (!answered) resolve(NO_WORKER);
      else reject(new Error(event.message || 'the export worker stopped'));
    };
    worker.postMessage(work);
  });
}

/** The same work on this thread, where no worker can be started; a cancel drops its result. */
async function here(
  work: ExportWorkerRequest,
  onProgress: (fraction: number) => void,
): Promise<ExportResult | undefined> {
  let cancelled = false;
  stop = () => {
    cancelled = true;
  };
  const result = await runExport(
    work.register,
    { ...work.request, onProgress: (done, total) => onProgress(total > 0 ? done / total : 0) },
    new Date(work.now),
  );
  return cancelled ? undefined : result;
}

/**
 * Starts an export unless one is running (then returns false). When it is done, the save dialog is offered, on
 * whatever screen the user is by then; the outcome stays in `useExportJob` until the next export.
 */
export function startExport(register: Register, request: Omit<ExportRequest, 'onProgress'>, lang: UiLanguage): boolean {
  if (state.status === 'running') return false;
  const id = nextId++;
  const format = request.format;
  set({ status: 'running', id, format, progress: format === 'pdf' ? 0 : null });
  const work: ExportWorkerRequest = { register, request, now: new Date().toISOString(), lang };
  const onProgress = (fraction: number) => {
    const now = current();
    if (now.status === 'running' && now.id === id && format === 'pdf') set({ ...now, progress: fraction });
  };
  void (async () => {
    try {
      const tried = typeof Worker === 'undefined' ? NO_WORKER : await inWorker(work, onProgress);
      const result = tried === NO_WORKER ? (stillRunning(id) ? await here(work, onProgress) : undefined) : tried;
      // Cancelled meanwhile: `cancelExport` has said so already, and nothing is saved.
      if (!result || !stillRunning(id)) return;
      const data = typeof result.data === 'string' ? result.data : new Uint8Array(result.data);
      const outcome = await platform.saveFile({ suggestedName: result.fileName, data, kind: result.kind });
      set(
        outcome.saved
          ? { status: 'saved', id, format, fileName: outcome.fileName ?? result.fileName }
          : { status: 'idle' },
      );
    } catch (error) {
      if (stillRunning(id)) set({ status: 'failed', id, format, reason: errorText(error, lang) });
    } finally {
      stop = undefined;
    }
  })();
  return true;
}

/** Stops the running export; nothing is saved. */
export function cancelExport(): void {
  if (state.status !== 'running') return;
  const { id, format } = state;
  stop?.();
  set({ status: 'cancelled', id, format });
}

/** Forgets a finished export's outcome (the status line's close button). */
export function dismissExport(): void {
  if (state.status !== 'running') set({ status: 'idle' });
}
