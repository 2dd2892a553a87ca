/**
 * Keeps a backup on disk in step with the register: a few seconds after the last change (so a burst of edits
 * writes one file), and once more when the window closes. Only where the platform writes backups by itself.
 */
import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { platform } from '../platform/currentPlatform';
import { backupText } from '../storage/backups';
import { db } from '../storage/database';

const DEBOUNCE_MS = 5_000;

export function useAutomaticBackups(): void {
  useEffect(() => {
    if (!platform.supportsAutomaticBackups) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSeq: number | undefined;
    const write = async (reason: 'change' | 'quit') => {
      timer = null;
      await platform.backupWrite({ text: await backupText(db), reason });
    };
    // Every write appends a history entry, so the newest entry's number changes exactly when the register does.
    const subscription = liveQuery(() => db.history.orderBy('seq').last()).subscribe((entry) => {
      const seq = entry?.seq;
      if (lastSeq !== undefined && seq !== lastSeq) {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void write('change').catch(() => undefined), DEBOUNCE_MS);
      }
      lastSeq = seq;
    });
    platform.onFlushRequest(async () => {
      if (timer) clearTimeout(timer);
      await write('quit');
    });
    return () => {
      subscription.unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, []);
}
