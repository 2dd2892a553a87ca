/**
 * What the native menu's commands do in the page: each one goes to its screen; a file opened from "Recent files"
 * or from the system is handed to the import screen, which previews it before anything changes.
 */
import { useEffect } from 'react';
import type { MenuCommand, OpenedFile } from '../../shared/ipc/desktopApi';
import { platform } from '../platform/currentPlatform';
import type { ExportFormat } from '../exports/runExport';
import { navigate } from './useRoute';

let pendingFile: OpenedFile | null = null;
let pendingFormat: ExportFormat | null = null;

/** The file the menu asked to open, taken once by the import screen. */
export function takePendingFile(): OpenedFile | null {
  const file = pendingFile;
  pendingFile = null;
  return file;
}

/** The export format the menu asked for, taken once by the export screen. */
export function takePendingFormat(): ExportFormat | null {
  const format = pendingFormat;
  pendingFormat = null;
  return format;
}

export function handleMenuCommand(command: MenuCommand): void {
  switch (command.name) {
    case 'new-activity':
      navigate({ screen: 'records', kind: 'activities' });
      break;
    case 'open-register':
    case 'import':
      navigate({ screen: 'import' });
      break;
    case 'open-file':
      pendingFile = command.file;
      navigate({ screen: 'import' });
      // Already on the import screen: tell it a file is waiting.
      window.dispatchEvent(new Event('ropa:pending-file'));
      break;
    case 'save-backup':
      navigate({ screen: 'backup' });
      break;
    case 'export-xlsx':
    case 'export-pdf':
      pendingFormat = command.name === 'export-pdf' ? 'pdf' : 'xlsx-authority';
      navigate({ screen: 'export' });
      window.dispatchEvent(new Event('ropa:pending-format'));
      break;
  }
}

/** Listens to the native menu (Electron) for as long as the app is mounted. */
export function useMenuCommands(): void {
  useEffect(() => platform.onMenuCommand(handleMenuCommand), []);
}
