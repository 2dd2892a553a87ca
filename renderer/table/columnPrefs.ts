/**
 * Which columns a table shows and in which order, remembered per table in the browser profile (localStorage).
 * Columns a later version adds appear where their definition puts them; ids that no longer exist are dropped; a
 * damaged entry falls back to the defaults.
 */

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ColumnPrefs {
  order: string[];
  visibility: Record<string, boolean>;
}

export interface ColumnDefault {
  id: string;
  defaultVisible: boolean;
  /** Columns that can never be hidden (the name, which opens the record). */
  alwaysVisible?: boolean;
}

const VERSION = 1;

export function prefsKey(tableId: string): string {
  return `ropa-desk.table.${tableId}.columns`;
}

export function defaultPrefs(columns: readonly ColumnDefault[]): ColumnPrefs {
  return {
    order: columns.map((c) => c.id),
    visibility: Object.fromEntries(columns.map((c) => [c.id, c.defaultVisible || c.alwaysVisible === true])),
  };
}

/** Stored prefs merged into the current columns. */
export function mergePrefs(columns: readonly ColumnDefault[], stored: unknown): ColumnPrefs {
  const defaults = defaultPrefs(columns);
  if (!stored || typeof stored !== 'object') return defaults;
  const raw = stored as { version?: unknown; order?: unknown; visibility?: unknown };
  if (raw.version !== VERSION) return defaults;
  const known = new Set(defaults.order);
  const order: string[] = [];
  if (Array.isArray(raw.order)) {
    for (const id of raw.order) if (typeof id === 'string' && known.has(id) && !order.includes(id)) order.push(id);
  }
  // New columns: after the column that precedes them by default, or first.
  defaults.order.forEach((id, index) => {
    if (order.includes(id)) return;
    const before = defaults.order
      .slice(0, index)
      .reverse()
      .find((b) => order.includes(b));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
  });
  const visibility = { ...defaults.visibility };
  if (raw.visibility && typeof raw.visibility === 'object') {
    for (const [id, shown] of Object.entries(raw.visibility as Record<string, unknown>)) {
      if (known.has(id) && typeof shown === 'boolean') visibility[id] = shown;
    }
  }
  for (const c of columns) if (c.alwaysVisible) visibility[c.id] = true;
  return { order, visibility };
}

export function loadColumnPrefs(
  storage: KeyValueStorage | undefined,
  tableId: string,
  columns: readonly ColumnDefault[],
): ColumnPrefs {
  if (!storage) return defaultPrefs(columns);
  try {
    const text = storage.getItem(prefsKey(tableId));
    return mergePrefs(columns, text ? JSON.parse(text) : undefined);
  } catch {
    return defaultPrefs(columns);
  }
}

export function saveColumnPrefs(storage: KeyValueStorage | undefined, tableId: string, prefs: ColumnPrefs): void {
  if (!storage) return;
  try {
    storage.setItem(
      prefsKey(tableId),
      JSON.stringify({ version: VERSION, order: prefs.order, visibility: prefs.visibility }),
    );
  } catch {
    // A full or disabled storage only loses the preference, never the register.
  }
}

export function clearColumnPrefs(storage: KeyValueStorage | undefined, tableId: string): void {
  try {
    storage?.removeItem(prefsKey(tableId));
  } catch {
    // As above.
  }
}

/** Moves a column one place left (-1) or right (+1) in the order; at an end it stays. */
export function moveColumn(order: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
