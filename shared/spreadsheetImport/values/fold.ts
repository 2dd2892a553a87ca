/**
 * Folding text for recognition: lower case, accents and typographic quotes removed, while remembering where each
 * folded character came from. Value readers search folded text for words and citations ("obligation légale",
 * "art. 6.1.c") and then cut the original text at the same places, so what is left over keeps its own spelling.
 */

export interface Folded {
  /** The folded text: lower case, no combining marks, straight apostrophes. */
  text: string;
  /** For each folded character, the index of the original character it came from; one extra entry at the end. */
  origin: number[];
}

const MARKS = /\p{M}/gu;

export function foldChar(char: string): string {
  return char
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'");
}

export function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = foldChar(char);
    for (let i = 0; i < folded.length; i += 1) origin.push(index);
    out += folded;
    index += char.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** Folded text without the index map, for lookups. */
export function foldText(text: string): string {
  return fold(text).text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression that finds a phrase as whole words in folded text: any run of spaces or punctuation in the
 * phrase matches any such run in the text ("mission d'interet public" finds "mission d’intérêt public").
 */
export function phraseRegExp(phrase: string, flags = 'gu'): RegExp {
  const parts = foldText(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '')
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, flags);
}

/** A span of the original text. */
export interface Span {
  start: number;
  end: number;
}

/** The original span of a match in folded text. */
export function originalSpan(folded: Folded, start: number, end: number): Span {
  return { start: folded.origin[start] ?? 0, end: folded.origin[end] ?? folded.origin[folded.origin.length - 1] ?? 0 };
}

/** The text with the spans removed (spans may overlap), each replaced by a separator so words stay apart. */
export function withoutSpans(text: string, spans: readonly Span[], separator = ' | '): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    out += text.slice(at, Math.max(at, span.start)) + separator;
    at = Math.max(at, span.end);
  }
  return out + text.slice(at);
}

/** Whether a span overlaps any of the others. */
export function overlaps(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}
