/**
 * Text as the table compares it: folded for searching and filtering (case and accents ignored, so "securite" finds
 * "Sécurité"), and turned into sort keys that plain `<` orders naturally ("CM-2" before "CM-10") without calling a
 * collator for each of the ~130,000 comparisons a sort of 10,000 rows makes.
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case without accents; ASCII text (most of a register) skips the Unicode decomposition. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
}

/** A key that orders like a natural, accent- and case-insensitive sort: numbers compare by value. */
export function sortKey(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return foldText(trimmed).replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(12, '0'));
}

/** Search terms of a query: folded words; a row matches when it holds every one of them. */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((term) => term !== '');
}

/** True when `haystack` (already folded) contains every term. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
