/**
 * Remembering what a reader made of a text. A register of thousands of rows repeats the same legal bases, periods,
 * names and countries over and over; the readers are pure, so each distinct text is read once. Results are shared
 * between callers and must be treated as read-only.
 */
const every: Map<string, unknown>[] = [];

/**
 * Forgets every reading remembered so far: a benchmark of a first import (bench/node/tasks.ts) starts from nothing,
 * as a DPO's first import does, rather than from the texts of its warm-up run.
 */
export function forgetReadings(): void {
  for (const known of every) known.clear();
}

export function memoized<T>(read: (text: string) => T, limit = 100_000): (text: string) => T {
  const known = new Map<string, T>();
  every.push(known);
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
