/**
 * Folding text for recognition: lower case, accents and typographic quotes removed, while remembering where each
 * folded character came from. Value readers search folded text for words and citations ("obligation légale",
 * "art. 6.1.c") and then cut the original text at the same places, so what is left over keeps its own spelling.
 */
import { normaliseHeader } from '../../excel/cells';

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

// eslint-disable-next-line no-control-regex -- ASCII needs no Unicode folding
const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): Folded {
  // Most cells are plain ASCII: lower case keeps every character in its place.
  if (ASCII.test(text) && !text.includes('`')) {
    const origin = Array.from({ length: text.length + 1 }, (_, i) => i);
    return { text: text.toLowerCase(), origin };
  }
  let out = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const folded = code < 128 && char !== '`' ? char.toLowerCase() : foldChar(char);
    for (let i = 0; i < folded.length; i += 1) origin.push(index);
    out += folded;
    index += char.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** Folded text without the index map, for lookups. */
export function foldText(text: string): string {
  return ASCII.test(text) ? text.toLowerCase().replace(/`/g, "'") : fold(text).text;
}

const keys = new Map<string, string>();

/**
 * The key names and words are compared by: case, accents, punctuation and spacing ignored (`normaliseHeader`),
 * remembered, because a register of thousands of rows names the same recipients and categories over and over.
 */
export function matchKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size > 200_000) keys.clear();
    key = normaliseHeader(text);
    keys.set(text, key);
  }
  return key;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A word of folded text and where it stands in it. */
interface Word {
  word: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A phrase found in a text: its value and its span in the original text. */
export interface PhraseMatch<T> extends Span {
  value: T;
}

/**
 * Phrases to find as whole words in a text, each with a value: any run of spaces or punctuation in a phrase matches
 * any such run in the text ("mission d'interet public" finds "mission d’intérêt public"). Phrases are compared word
 * by word rather than compiled into one regular expression each, which would cost more than reading a whole file.
 */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T; length: number }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = wordsOf(foldText(phrase)).map((w) => w.word);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, value, length: words.join(' ').length });
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Every occurrence in a folded text, as spans of the original, longest phrases first. */
  findAll(folded: Folded): (PhraseMatch<T> & { length: number })[] {
    const words = wordsOf(folded.text);
    const out: (PhraseMatch<T> & { length: number })[] = [];
    words.forEach((word, i) => {
      for (const phrase of this.byFirst.get(word.word) ?? []) {
        if (phrase.words.every((w, k) => words[i + k]?.word === w)) {
          const last = words[i + phrase.words.length - 1] as Word;
          out.push({ ...originalSpan(folded, word.start, last.end), value: phrase.value, length: phrase.length });
        }
      }
    });
    return out.sort((a, b) => b.length - a.length || a.start - b.start);
  }

  /** The value of the first phrase (longest first) found in a text, if any. */
  first(text: string): T | undefined {
    return this.findAll(fold(text))[0]?.value;
  }
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
