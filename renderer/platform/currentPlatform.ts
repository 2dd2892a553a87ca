/** Picks the platform adapter once, at start: Electron when the preload API is there, else the browser. */
import { browserPlatform } from './browserPlatform';
import { electronPlatform } from './electronPlatform';
import type { Platform } from './platform';

export const platform: Platform = window.ropaDesk ? electronPlatform(window.ropaDesk) : browserPlatform();
