/**
 * The saved column mappings, live from the register's settings (another window's save shows at once), and the
 * changes the Import screen makes to them: each written from the list as it was read, so two windows never
 * silently undo each other's mapping (a SettingsConflictError instead).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { SavedMapping } from '../../../shared/spreadsheetImport/types';
import { db } from '../../storage/database';
import { readImportMappings, saveImportMappings, withMapping } from '../../storage/registerSettings';

export interface SavedMappings {
  /** Undefined while loading. */
  list: readonly SavedMapping[] | undefined;
  /** Adds the mapping, or replaces the one with the same name. */
  store(mapping: SavedMapping): Promise<void>;
  remove(name: string): Promise<void>;
}

const NONE: readonly SavedMapping[] = [];

export function useSavedMappings(): SavedMappings {
  const list = useLiveQuery(() => readImportMappings(db), []);
  const store = useCallback(
    async (mapping: SavedMapping) => {
      const base = list ?? NONE;
      await saveImportMappings(db, withMapping(base, mapping), base);
    },
    [list],
  );
  const remove = useCallback(
    async (name: string) => {
      const base = list ?? NONE;
      await saveImportMappings(
        db,
        base.filter((m) => m.name !== name),
        base,
      );
    },
    [list],
  );
  return { list, store, remove };
}
