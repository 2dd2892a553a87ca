/**
 * The export worker: lays out an Excel workbook, a PDF or a register file away from the interface thread, so the app
 * stays responsive (typing, scrolling, another screen) however long a large register's PDF takes. It receives the
 * register and the request, reports progress, and posts the file's bytes back (transferred, not copied). The app
 * cancels by terminating the worker: nothing has been written by then, since only the app saves.
 */
import { errorText } from '../app/Notice';
import type { ExportWorkerReply, ExportWorkerRequest } from './exportJob';
import { runExport } from './runExport';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportWorkerRequest>) => void) | null;
  postMessage(message: ExportWorkerReply, transfer?: Transferable[]): void;
}
// A dedicated worker's global scope; the DOM typings the renderer is compiled with do not name it.
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { register, request, now, lang } = event.data;
  runExport(
    register,
    { ...request, onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }) },
    new Date(now),
  ).then(
    (result) => {
      // A copy into a plain ArrayBuffer of its own, handed over whole: what IPC and Blob accept.
      const data = typeof result.data === 'string' ? result.data : new Uint8Array(result.data);
      scope.postMessage({ type: 'done', result: { ...result, data } }, typeof data === 'string' ? [] : [data.buffer]);
    },
    (error: unknown) => scope.postMessage({ type: 'failed', reason: errorText(error, lang) }),
  );
};
