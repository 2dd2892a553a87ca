/**
 * Dotted field paths (`address.city`, `dpia.status`): the column map names fields this way, like FIELD_LABELS does,
 * so one helper pair reads and writes them on plain records.
 */

export type Plain = Record<string, unknown>;

export function getPath(holder: unknown, path: string): unknown {
  if (!path.includes('.')) return holder !== null && typeof holder === 'object' ? (holder as Plain)[path] : undefined;
  let value: unknown = holder;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Plain)[part];
  }
  return value;
}

/** Sets a value, creating the objects on the way; `undefined` leaves the holder untouched. */
export function setPath(holder: Plain, path: string, value: unknown): void {
  if (value === undefined) return;
  if (!path.includes('.')) {
    holder[path] = value;
    return;
  }
  const parts = path.split('.');
  let target = holder;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) target[part] = {};
    target = target[part] as Plain;
  }
  target[parts[parts.length - 1] as string] = value;
}

export function deletePath(holder: Plain, path: string): void {
  const parts = path.split('.');
  let target: unknown = holder;
  for (const part of parts.slice(0, -1)) {
    if (target === null || typeof target !== 'object') return;
    target = (target as Plain)[part];
  }
  if (target !== null && typeof target === 'object') delete (target as Plain)[parts[parts.length - 1] as string];
}
