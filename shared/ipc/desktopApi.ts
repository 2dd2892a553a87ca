/**
 * The desktop API the preload exposes as `window.ropaDesk`, and the channel each method uses. Kept free of
 * runtime dependencies so the sandboxed preload bundle stays small; the argument schemas are in channels.ts.
 */
import type { OpenFileRequest, SaveFileRequest } from './channels';

export interface AppInfo {
  version: string;
  platform: string;
}
export interface SaveFileResult {
  saved: boolean;
  /** Only the file name, never the full path: the renderer has no use for the user's folder layout. */
  fileName?: string;
}
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** The API the preload exposes as `window.ropaDesk`, one method per channel. */
export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
}

/** Which channel each API method uses: the preload and the main-process handlers both read this map. */
export const API_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
} as const satisfies Record<keyof DesktopApi, string>;
