/**
 * Reading and writing a field of a record draft by its dotted path (`name`, `address.city`, `dpia.status`).
 * Writes are immutable; an emptied optional field is removed rather than stored as "", so a cleared field
 * means "not given" in the register file too.
 */
export type Draft = Record<string, unknown>;

export function getAt(draft: Draft, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Draft)[key];
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === '' ||
    (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

export function setAt(draft: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy: Draft = { ...draft };
  const next = rest.length === 0 ? value : setAt((copy[head] as Draft | undefined) ?? {}, rest.join('.'), value);
  // `name` is required and must stay even when emptied, so the schema can say it is missing.
  if (isEmpty(next) && head !== 'name') delete copy[head];
  else copy[head] = next;
  return copy;
}
