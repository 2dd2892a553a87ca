/**
 * The platform adapter for a plain browser: saving is a download, opening is a file input. Used when the
 * renderer is served on 127.0.0.1 (no Electron binary) and by the end-to-end tests.
 */
import type { OpenFileRequest, SaveFileRequest } from '../../shared/ipc/channels';
import type { Platform } from './platform';

function download(request: SaveFileRequest): void {
  const part: BlobPart = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  const url = URL.createObjectURL(new Blob([part]));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(request: OpenFileRequest): Promise<{ name: string; bytes: Uint8Array } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    const extensions = (request.filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`));
    if (extensions.length > 0) input.accept = extensions.join(',');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      void file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }));
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({ version: import.meta.env['VITE_APP_VERSION'] ?? 'dev', platform: 'browser' }),
    saveFile: async (request) => {
      download(request);
      return { saved: true, fileName: request.suggestedName };
    },
    openFile: pickFile,
  } satisfies Platform;
}
