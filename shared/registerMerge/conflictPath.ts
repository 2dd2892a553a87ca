/**
 * Where in a record (or in the register's metadata) a merge conflict sits: object keys, and list items by their id
 * (`purposes[<id>].description`), never by position, since the two sides may have added or removed items.
 */

/** An object key, or the item of a list that carries this id. */
export type PathSegment = string | { readonly id: string };

/** The path as people read it: `dpia.status`, `i18n.fr.name`, `purposes[<id>].description`; `''` for the whole. */
export function pathText(at: readonly PathSegment[]): string {
  let out = '';
  for (const part of at) {
    if (typeof part === 'string') out += out === '' ? part : `.${part}`;
    else out += `[${part.id}]`;
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The id of a list item, when it is an object that carries a string id. */
export function itemId(value: unknown): string | undefined {
  const id = isPlainObject(value) ? value['id'] : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Where to put `key` in `result`: after the nearest key that precedes it in `sequence` and is already placed, or
 * first. Used to keep items and set members in the order the side that holds them gave them.
 */
export function insertAfterPredecessor<K>(result: K[], key: K, sequence: readonly K[]): void {
  const index = sequence.indexOf(key);
  for (let i = index - 1; i >= 0; i--) {
    const at = result.indexOf(sequence[i] as K);
    if (at !== -1) {
      result.splice(at + 1, 0, key);
      return;
    }
  }
  result.unshift(key);
}

/**
 * `holder` with the value at `at` replaced by `value` (removed when undefined), as a new value: objects and lists on
 * the way are copied, the rest shared. A list item missing from the list is inserted after its predecessor in
 * `sideList(at)` (the list of the side the value was chosen from), so it comes back where that side had it.
 */
export function setAt(
  holder: unknown,
  at: readonly PathSegment[],
  value: unknown,
  sideList: (at: readonly PathSegment[]) => readonly unknown[] = () => [],
  prefix: readonly PathSegment[] = [],
): unknown {
  const [head, ...rest] = at;
  if (head === undefined) return value;
  if (typeof head === 'string') {
    const object = isPlainObject(holder) ? { ...holder } : {};
    const next = setAt(object[head], rest, value, sideList, [...prefix, head]);
    if (next === undefined) delete object[head];
    else object[head] = next;
    return object;
  }
  const list = Array.isArray(holder) ? [...(holder as unknown[])] : [];
  const index = list.findIndex((item) => itemId(item) === head.id);
  const next = setAt(index === -1 ? undefined : list[index], rest, value, sideList, [...prefix, head]);
  if (index !== -1) {
    if (next === undefined) list.splice(index, 1);
    else list[index] = next;
    return list;
  }
  if (next === undefined) return list;
  const order = sideList(prefix).map(itemId);
  const ids = list.map(itemId);
  insertAfterPredecessor(ids, head.id, order);
  const byId = new Map(list.map((item) => [itemId(item), item]));
  byId.set(head.id, next);
  return ids.map((id) => byId.get(id));
}

/** The value at `at` inside `holder`, or undefined. */
export function getAt(holder: unknown, at: readonly PathSegment[]): unknown {
  let current = holder;
  for (const part of at) {
    if (typeof part === 'string') current = isPlainObject(current) ? current[part] : undefined;
    else current = Array.isArray(current) ? current.find((item) => itemId(item) === part.id) : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}
