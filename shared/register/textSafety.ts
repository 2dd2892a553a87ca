/**
 * Text that cannot survive a round trip through the register's files and exports: NUL characters (the spreadsheet
 * XML cannot hold them and native code reads them as the end of a text) and lone UTF-16 surrogates (halves of a
 * character, which UTF-8 cannot encode: a file or workbook writer replaces them by U+FFFD, so what is read back
 * differs). Finding them, saying why, and normalising them away.
 */
import { pathOf, walkJson } from './jsonWalk';

export type UnsafeTextReason = 'nul' | 'loneSurrogate';

export interface UnsafeText {
  /** Where the text is: keys and indexes from the root. */
  path: (string | number)[];
  reason: UnsafeTextReason;
  /** The offending code unit, e.g. 0 or 0xd800. */
  codeUnit: number;
  /** True when the text is a field name (an object key) rather than a value. */
  inKey: boolean;
}

// eslint-disable-next-line no-control-regex -- NUL is one of the characters this module looks for.
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

type WellFormedCheck = (this: string) => boolean;
/** Native in Node 20 and current Chromium (ES2024), and much faster than the regular expression on large files. */
const nativeIsWellFormed = (String.prototype as { isWellFormed?: WellFormedCheck }).isWellFormed;

/** True when the text surely holds no unsafe code unit; false means "look closer". */
function quicklySafe(text: string): boolean {
  return nativeIsWellFormed !== undefined && !text.includes('\u0000') && nativeIsWellFormed.call(text);
}

/** The first unsafe code unit of a text, if any. */
export function firstUnsafeCodeUnit(
  text: string,
): { reason: UnsafeTextReason; codeUnit: number; index: number } | undefined {
  if (quicklySafe(text)) return undefined;
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const codeUnit = match[0].charCodeAt(0);
  return { reason: codeUnit === 0 ? 'nul' : 'loneSurrogate', codeUnit, index: match.index };
}

/** Why a text cannot be kept as it is, or undefined when it can. For editors and schemas as much as for files. */
export function unsafeTextReason(text: string): UnsafeTextReason | undefined {
  return firstUnsafeCodeUnit(text)?.reason;
}

/**
 * The text with NUL characters removed and lone surrogates replaced by U+FFFD, as `String.prototype.toWellFormed`
 * does: what an editor may store when a paste brings such characters in. Safe text is returned unchanged.
 */
export function normaliseText(text: string): string {
  if (quicklySafe(text) || !UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (unit) => (unit === '\u0000' ? '' : '\uFFFD'));
}

const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/**
 * False when a JSON text surely parses to values free of unsafe text: no NUL or lone surrogate written as such or
 * as an escape. Lets a reader skip looking at every string of a large file that is, as nearly all are, clean.
 */
export function jsonTextMayHoldUnsafeText(json: string): boolean {
  return !quicklySafe(json) || json.includes('\\u0000') || ESCAPED_SURROGATE.test(json);
}

/** Every unsafe text in a parsed value — values and field names — up to `limit` of them. */
export function findUnsafeText(value: unknown, limit = 100): UnsafeText[] {
  const found: UnsafeText[] = [];
  const check = (text: string, path: () => (string | number)[], inKey: boolean): boolean => {
    const unsafe = firstUnsafeCodeUnit(text);
    if (unsafe) found.push({ path: path(), reason: unsafe.reason, codeUnit: unsafe.codeUnit, inKey });
    return found.length < limit;
  };
  walkJson(value, {
    scalar: (text, owner, key) => typeof text !== 'string' || check(text, () => pathOf(owner, key), false),
    key: (key, owner) => check(key, () => pathOf(owner, key), true),
  });
  return found;
}

/** The value with every text in it cleaned of what a register cannot keep; the same value when nothing was. */
export function withSafeText(value: unknown): unknown {
  if (typeof value === 'string') return unsafeTextReason(value) === undefined ? value : normaliseText(value);
  if (Array.isArray(value)) {
    const items = value.map(withSafeText);
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, withSafeText(v)] as const);
    return entries.some(([k, v]) => v !== (value as Record<string, unknown>)[k]) ? Object.fromEntries(entries) : value;
  }
  return value;
}
