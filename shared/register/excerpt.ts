/** Short, bounded quotes of values taken from a file, for messages: a message never grows with its input. */

/** At most this many characters of a value are quoted. */
export const EXCERPT_LENGTH = 80;

/** The first `max` characters of `text` followed by an ellipsis when it was cut; never splits a surrogate pair. */
export function excerptText(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A value as a message quotes it: strings in double quotes with control characters escaped (so a message stays
 * one line), numbers and literals as written, lists and objects only by their shape. Never walks into a value,
 * so it is safe on anything a file may hold.
 */
export function quoteValue(value: unknown, max = EXCERPT_LENGTH): string {
  if (typeof value === 'string') return JSON.stringify(excerptText(value, max));
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return excerptText(String(value), max);
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : '[…]';
  if (typeof value === 'object') {
    for (const _key in value) return '{…}';
    return '{}';
  }
  return excerptText(String(value), max);
}

/** A list of values, quoted, cut after `maxItems` with an ellipsis. */
export function quoteList(values: readonly unknown[], maxItems = 12, max = EXCERPT_LENGTH): string {
  const shown = values.slice(0, maxItems).map((v) => quoteValue(v, max));
  if (values.length > maxItems) shown.push('…');
  return shown.join(', ');
}
