/**
 * The one interface through which the renderer reaches the platform: in Electron the preload API, in a plain
 * browser downloads and file inputs. Screens never check which one they run on, only what it can do.
 */
import type { DesktopApi } from '../../shared/ipc/channels';

export type PlatformKind = 'electron' | 'browser';

export interface Platform extends DesktopApi {
  kind: PlatformKind;
}

declare global {
  interface Window {
    /** Present only in the Electron app, exposed by the preload script. */
    ropaDesk?: DesktopApi;
  }
}
