/** A walk over a parsed JSON value that uses no recursion, so no input can overflow the stack. */

/** A list or object met on the walk; its path is built only when asked for, as most never need it. */
export interface JsonNode {
  readonly value: object;
  /** Nesting depth: 0 for the root, 1 for its members, ... */
  readonly depth: number;
  readonly parent: JsonNode | undefined;
  /** The key or index under which the parent holds this value (undefined for the root). */
  readonly key: string | number | undefined;
}

/** The path from the root to a node, and on to `key` inside it when given: keys and indexes, as zod reports them. */
export function pathOf(node: JsonNode | undefined, key?: string | number): (string | number)[] {
  const path: (string | number)[] = key === undefined ? [] : [key];
  for (let n = node; n?.key !== undefined; n = n.parent) path.push(n.key);
  return path.reverse();
}

export interface JsonVisitors {
  /** Each list and object, before its members; `false` stops the walk, `'skip'` leaves its members out. */
  container?(node: JsonNode): boolean | 'skip' | void;
  /** Each string, number, boolean and null, with the container that holds it (none for a scalar root). */
  scalar?(value: unknown, owner: JsonNode | undefined, key: string | number | undefined): boolean | void;
  /** Each field name of an object. */
  key?(key: string, owner: JsonNode): boolean | void;
}

/**
 * Visits every value once, depth first: a container's field names and scalars, then its lists and objects in
 * order. Only lists and objects get a node of their own: a register is mostly strings, and not allocating for each
 * keeps the walk cheap on large files.
 */
export function walkJson(root: unknown, visitors: JsonVisitors): void {
  if (root === null || typeof root !== 'object') {
    visitors.scalar?.(root, undefined, undefined);
    return;
  }
  const stack: JsonNode[] = [{ value: root, depth: 0, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const node = stack.pop() as JsonNode;
    const answer = visitors.container?.(node);
    if (answer === false) return;
    if (answer === 'skip') continue;
    const { value, depth } = node;
    const { scalar, key: visitKey } = visitors;
    const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';
    // Field names and scalars in order first, then the nested containers pushed last to first, so they pop in order.
    if (Array.isArray(value)) {
      if (scalar)
        for (let i = 0; i < value.length; i++) if (!isObject(value[i]) && scalar(value[i], node, i) === false) return;
      for (let i = value.length - 1; i >= 0; i--) {
        const child: unknown = value[i];
        if (isObject(child)) stack.push({ value: child, depth: depth + 1, parent: node, key: i });
      }
    } else {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      for (const key of keys) {
        if (visitKey?.(key, node) === false) return;
        const child = record[key];
        if (scalar && !isObject(child) && scalar(child, node, key) === false) return;
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const child = record[key];
        if (isObject(child)) stack.push({ value: child, depth: depth + 1, parent: node, key });
      }
    }
  }
}
