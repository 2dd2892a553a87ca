/**
 * The three-way merge of two JSON values that share a base: a record, or the register's metadata. It walks the
 * values as the register file holds them, so the granularity follows the model's shapes (docs/decisions.md):
 * - objects merge key by key: `dpia.status` apart from `dpia.date`, each translation (`i18n.fr.name`) and its
 *   source stamp apart from the others;
 * - lists of items with ids (purposes, legal bases, sources, retention rules, processing categories) merge item by
 *   item, matched by id, each item key by key;
 * - lists of distinct strings (links, characteristics, countries) merge as sets: what one side added is added,
 *   what one side removed is removed;
 * - anything else (a text, a date, the list of controllers) is one value.
 * A value changed on one side takes that side's value; changed on both sides to the same value, that value;
 * changed two different ways, a conflict, and ours stays in the merged value until the conflict is resolved.
 */
import { deepEqual } from '../register/compare';
import { isPlainObject, itemId, type PathSegment } from './conflictPath';

/** One value changed two different ways; `undefined` stands for absent (a field emptied, an item deleted). */
export interface ValueConflict {
  at: PathSegment[];
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export interface ValueMerge {
  value: unknown;
  conflicts: ValueConflict[];
}

type ListShape = 'items' | 'set' | 'value';

/** How a list field merges, told by what the three sides hold (empty lists fit any shape). */
function listShape(lists: readonly (readonly unknown[])[]): ListShape {
  const all = lists.flat();
  if (all.length === 0) return 'set';
  const distinct = (keys: readonly (string | undefined)[]) => new Set(keys).size === keys.length;
  if (all.every((v) => itemId(v) !== undefined) && lists.every((list) => distinct(list.map(itemId)))) return 'items';
  if (all.every((v) => typeof v === 'string') && lists.every((list) => distinct(list as string[]))) return 'set';
  return 'value';
}

/** Whether `side` keeps the keys it shares with `base` in base's order. */
function keepsOrder<K>(base: readonly K[], side: readonly K[]): boolean {
  const inSide = new Set(side);
  const inBase = new Set(base);
  const a = base.filter((k) => inSide.has(k));
  const b = side.filter((k) => inBase.has(k));
  return a.every((k, i) => k === b[i]);
}

/**
 * The order of the merged list: the side that reordered it leads (ours when both or neither did), then every other
 * kept key after its predecessor in the side that holds it. Where both sides inserted at the same place, the run of
 * keys whose first key sorts first goes first, so that the result does not depend on which side is ours.
 */
function mergedOrder<K>(keep: ReadonlySet<K>, base: readonly K[], ours: readonly K[], theirs: readonly K[]): K[] {
  const [lead, ...others] =
    keepsOrder(base, ours) && !keepsOrder(base, theirs) ? [theirs, ours, base] : [ours, theirs, base];
  const result = (lead as readonly K[]).filter((k) => keep.has(k));
  const inBase = new Set(base);
  for (const sequence of others) {
    const inSequence = new Set(sequence);
    // Keys the lead (or an earlier pass) inserted that this sequence does not hold: the other side's insertions.
    const foreign = (key: K) => !inBase.has(key) && !inSequence.has(key);
    const placed = new Set<K>();
    sequence.forEach((key, index) => {
      if (!keep.has(key) || result.includes(key)) return;
      let predecessor: K | undefined;
      let at = 0;
      for (let i = index - 1; i >= 0; i--) {
        const found = result.indexOf(sequence[i] as K);
        if (found !== -1) {
          predecessor = sequence[i] as K;
          at = found + 1;
          break;
        }
      }
      // The first key of a run of insertions: after the other side's run at the same place when that sorts first.
      if (predecessor === undefined || !placed.has(predecessor)) {
        const next = result[at];
        if (next !== undefined && foreign(next) && !(String(key) < String(next))) {
          while (at < result.length && foreign(result[at] as K)) at++;
        }
      }
      result.splice(at, 0, key);
      placed.add(key);
    });
  }
  return result;
}

function mergeSets(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const [b, o, t] = [new Set(base), new Set(ours), new Set(theirs)];
  const keep = new Set<string>();
  for (const value of [...ours, ...theirs]) {
    // Kept when both sides hold it, or one side added it; gone when one side removed it.
    if ((o.has(value) && t.has(value)) || !b.has(value)) keep.add(value);
  }
  return mergedOrder(keep, base, ours, theirs);
}

function mergeItems(
  base: readonly unknown[],
  ours: readonly unknown[],
  theirs: readonly unknown[],
  at: PathSegment[],
): ValueMerge {
  const byId = (list: readonly unknown[]) => new Map(list.map((item) => [itemId(item) as string, item]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const merged = new Map<string, unknown>();
  const conflicts: ValueConflict[] = [];
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const result = mergeValues(b.get(id), o.get(id), t.get(id), [...at, { id }]);
    conflicts.push(...result.conflicts);
    if (result.value !== undefined) merged.set(id, result.value);
  }
  const order = mergedOrder(new Set(merged.keys()), [...b.keys()], [...o.keys()], [...t.keys()]);
  return { value: order.map((id) => merged.get(id)), conflicts };
}

/** Merges `ours` and `theirs`, two versions of `base`; `at` is where the values sit, for the conflicts. */
export function mergeValues(base: unknown, ours: unknown, theirs: unknown, at: PathSegment[] = []): ValueMerge {
  if (deepEqual(ours, theirs)) return { value: ours, conflicts: [] };
  if (deepEqual(base, ours)) return { value: theirs, conflicts: [] };
  if (deepEqual(base, theirs)) return { value: ours, conflicts: [] };
  if (isPlainObject(ours) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
    const value: Record<string, unknown> = {};
    const conflicts: ValueConflict[] = [];
    const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base ?? {})])].sort();
    for (const key of keys) {
      const result = mergeValues(base?.[key], ours[key], theirs[key], [...at, key]);
      conflicts.push(...result.conflicts);
      if (result.value !== undefined) value[key] = result.value;
    }
    return { value, conflicts };
  }
  if (Array.isArray(ours) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
    const baseList: readonly unknown[] = base ?? [];
    const shape = listShape([baseList, ours, theirs]);
    if (shape === 'items') return mergeItems(baseList, ours, theirs, at);
    if (shape === 'set')
      return { value: mergeSets(baseList as string[], ours as string[], theirs as string[]), conflicts: [] };
  }
  return { value: ours, conflicts: [{ at, base, ours, theirs }] };
}
