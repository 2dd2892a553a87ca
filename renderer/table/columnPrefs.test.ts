import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from './columns';
import {
  clearColumnPrefs,
  defaultPrefs,
  loadColumnPrefs,
  moveColumn,
  prefsKey,
  saveColumnPrefs,
  type ColumnDefault,
  type KeyValueStorage,
} from './columnPrefs';

class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const COLUMNS: ColumnDefault[] = [
  { id: 'reference', defaultVisible: true },
  { id: 'name', defaultVisible: true, alwaysVisible: true },
  { id: 'owner', defaultVisible: false },
  { id: 'findings', defaultVisible: true },
];

describe('column preferences', () => {
  it('start from the column definitions', () => {
    const storage = new FakeStorage();
    expect(loadColumnPrefs(storage, 'activities', COLUMNS)).toEqual({
      order: ['reference', 'name', 'owner', 'findings'],
      visibility: { reference: true, name: true, owner: false, findings: true },
    });
  });

  it('are remembered per table', () => {
    const storage = new FakeStorage();
    const prefs = defaultPrefs(COLUMNS);
    saveColumnPrefs(storage, 'activities', {
      order: moveColumn(prefs.order, 'findings', -1),
      visibility: { ...prefs.visibility, reference: false, owner: true },
    });
    expect(storage.items.has(prefsKey('activities'))).toBe(true);
    expect(loadColumnPrefs(storage, 'activities', COLUMNS)).toEqual({
      order: ['reference', 'name', 'findings', 'owner'],
      visibility: { reference: false, name: true, owner: true, findings: true },
    });
    expect(loadColumnPrefs(storage, 'recipients', COLUMNS)).toEqual(prefs);
    clearColumnPrefs(storage, 'activities');
    expect(loadColumnPrefs(storage, 'activities', COLUMNS)).toEqual(prefs);
  });

  it('drop columns that no longer exist, place new ones where they belong, and never hide the name', () => {
    const storage = new FakeStorage();
    storage.setItem(
      prefsKey('activities'),
      JSON.stringify({
        version: 1,
        order: ['findings', 'gone', 'name', 'reference'],
        visibility: { name: false, gone: true, findings: 'yes' },
      }),
    );
    expect(loadColumnPrefs(storage, 'activities', COLUMNS)).toEqual({
      order: ['findings', 'name', 'owner', 'reference'],
      visibility: { reference: true, name: true, owner: false, findings: true },
    });
  });

  it('fall back to the defaults when the stored entry is damaged, foreign or the storage fails', () => {
    const storage = new FakeStorage();
    storage.setItem(prefsKey('activities'), '{not json');
    expect(loadColumnPrefs(storage, 'activities', COLUMNS)).toEqual(defaultPrefs(COLUMNS));
    storage.setItem(prefsKey('activities'), JSON.stringify({ version: 99, order: ['owner'] }));
    expect(loadColumnPrefs(storage, 'activities', COLUMNS)).toEqual(defaultPrefs(COLUMNS));
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(loadColumnPrefs(broken, 'activities', COLUMNS)).toEqual(defaultPrefs(COLUMNS));
    expect(() => saveColumnPrefs(broken, 'activities', defaultPrefs(COLUMNS))).not.toThrow();
    expect(loadColumnPrefs(undefined, 'activities', COLUMNS)).toEqual(defaultPrefs(COLUMNS));
  });

  it('move a column one place, and not past either end', () => {
    expect(moveColumn(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveColumn(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 'x', 1)).toEqual(['a', 'b', 'c']);
  });

  it('work with the real activity columns', () => {
    const columns = TABLE_SPECS.activities.columns.map((c) => ({
      id: c.id,
      defaultVisible: c.defaultVisible,
      alwaysVisible: c.isName === true,
    }));
    const prefs = defaultPrefs(columns);
    expect(prefs.visibility['name']).toBe(true);
    expect(prefs.visibility['findings']).toBe(true);
    expect(prefs.visibility['owner']).toBe(false);
  });
});
