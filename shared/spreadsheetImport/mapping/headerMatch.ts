/**
 * How well a column's header names a field: the header, the group above it and the instruction below it are compared
 * with every language's words for the field (its label and the spreadsheet header words of `model/words`), word by
 * word, forgiving plurals ("ontvanger"/"ontvangers") and Dutch and German compounds ("bewaartermijn" holds
 * "termijn"). A field of a list or of linked records ("Land" of the recipients) counts only when the group or the
 * header also names what it belongs to.
 */
import { normaliseHeader } from '../../excel/cells';
import { TEXT_LANGUAGES, type TextLanguage } from '../../i18n/languages';
import { fieldWords } from '../../model/words';
import type { SourceColumn } from '../types';
import type { ImportTarget } from './targets';

/** Words that say nothing about a field, in the four languages (normalised). */
const STOPWORDS = new Set(
  (
    'de het een van der den voor en of in op met te door aan bij naar om die dat welke ' +
    'le la les l d du des un une et ou pour par a au aux en dans sur qui que ' +
    'the of and or for to by an in on with which ' +
    'die das dem des ein eine einer und oder fur von zu zur zum im bei mit'
  ).split(' '),
);

/** Headers that only say "name", "category", "which": the group above says of what. */
const NAME_LIKE = new Set(
  (
    'naam namen benaming name names nom noms intitule bezeichnung categorie categorieen category categories ' +
    'kategorie kategorien lijst liste list welke quels quelles which welche wie wer qui who soort type art'
  ).split(' '),
);

const tokenCache = new Map<string, readonly string[]>();

/** The words of a header that can name a field, normalised; cached, since every field's words meet every header. */
export function headerTokens(text: string): readonly string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size > 20_000) tokenCache.clear();
    tokens = tokenize(text);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/**
 * The ways a header says "number" ("N°", "Nr.", "No.", "numéro", "Nummer"), as one word: without it "N° du
 * traitement" would read as "traitement" and name the processing itself.
 */
const NUMBER_WORDS = new Set(['n', 'nr', 'no', 'num', 'numero', 'nummer', 'number']);
/** "N°", "Nº", "No." before a word: the number sign, which normalising would reduce to a letter that says nothing. */
const NUMBER_SIGN = /(^|[^\p{L}\p{N}])n(?:[°º]|o\.)/giu;

function tokenize(text: string): string[] {
  // "N° du traitement" is the processing's number, not its name: the sign is kept as a word.
  const tokens = normaliseHeader(text.replace(NUMBER_SIGN, '$1numero '))
    .split(' ')
    .map((token) => (NUMBER_WORDS.has(token) ? 'number' : token))
    .filter((token) => token !== '' && !STOPWORDS.has(token));
  // A letter alone says nothing ("Finalité(s)"), unless it is all there is ("N°").
  const words = tokens.filter((token) => token.length > 1 || /\d/.test(token));
  return words.length > 0 ? words : tokens;
}

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Plurals and inflections: "ontvanger"/"ontvangers", "categorie"/"categorieen", "destinataire"/"destinataires".
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3) return 0.9;
  // Compounds: "bewaartermijn" holds "termijn", "verwerkingsdoeleinden" holds "doeleinden".
  if (short.length >= 5 && long.includes(short)) return 0.7;
  return 0;
}

/** 0..1: how well a text is named by a phrase; 1 when they say the same words. */
export function phraseScore(text: string, phrase: string): number {
  const t = headerTokens(text);
  const p = headerTokens(phrase);
  if (t.length === 0 || p.length === 0) return 0;
  const best = (token: string, among: readonly string[]) => Math.max(0, ...among.map((o) => tokenSimilarity(token, o)));
  const coverPhrase = p.reduce((sum, token) => sum + best(token, t), 0) / p.length;
  const coverText = t.reduce((sum, token) => sum + best(token, p), 0) / t.length;
  if (coverPhrase >= 0.99 && coverText >= 0.99) return 1;
  // The whole phrase in a longer header: "Doeleinden van de verwerking" for "doeleinden".
  if (coverPhrase >= 0.85) return Math.min(0.95, 0.55 + 0.35 * coverText) * coverPhrase;
  // A short header the phrase spells out: "Doel" for "doel van de verwerking".
  if (coverText >= 0.85) return Math.min(0.9, 0.45 + 0.35 * coverPhrase) * coverText;
  return 0.45 * coverPhrase * coverText;
}

export interface PhraseMatch {
  score: number;
  phrase: string;
  language: TextLanguage;
}

const NONE: PhraseMatch = { score: 0, phrase: '', language: 'en' };

/** Words that name a field when a different field's words are the header's: `dpia.status` is "DPIA". */
const WORDS_OF: Readonly<Record<string, readonly string[]>> = {
  'dpia.status': ['dpia'],
  'automatedDecision.exists': ['automatedDecision'],
};

const phraseCache = new Map<string, readonly { phrase: string; language: TextLanguage }[]>();

/** Every phrase that names a field, in every language: its label and its header words. */
export function fieldPhrases(path: string): readonly { phrase: string; language: TextLanguage }[] {
  let phrases = phraseCache.get(path);
  if (!phrases) {
    const out: { phrase: string; language: TextLanguage }[] = [];
    for (const key of [path, ...(WORDS_OF[path] ?? [])]) {
      for (const language of TEXT_LANGUAGES) {
        const words = fieldWords(key, language);
        if (!words) continue;
        for (const phrase of [words.label, ...(words.headers ?? [])]) out.push({ phrase, language });
      }
    }
    phrases = out;
    phraseCache.set(path, phrases);
  }
  return phrases;
}

const bestCache = new Map<string, PhraseMatch>();

/** The best match of a text among a field's phrases (cached: a group text is asked about for many fields). */
export function bestPhrase(text: string | undefined, path: string): PhraseMatch {
  if (text === undefined || text.trim() === '') return NONE;
  const key = `${path}\u0000${text}`;
  const cached = bestCache.get(key);
  if (cached) return cached;
  if (bestCache.size > 50_000) bestCache.clear();
  let best = NONE;
  for (const { phrase, language } of fieldPhrases(path)) {
    const score = phraseScore(text, phrase);
    if (score > best.score) best = { score, phrase, language };
  }
  bestCache.set(key, best);
  return best;
}

export function isNameLike(header: string): boolean {
  const tokens = headerTokens(header);
  return tokens.length > 0 && tokens.every((token) => NAME_LIKE.has(token));
}

export interface HeaderMatch extends PhraseMatch {
  /** Which text decided: the header itself, the group above it, both together, or the instruction below. */
  via: 'header' | 'group' | 'both' | 'instruction';
}

/**
 * How well a column's texts name a target. `groupTarget` is the field the column's group names best (if any): a
 * name-like header under a group that names another field ("Bedrijfsproces / Naam") is that field's column.
 */
export function matchColumn(column: SourceColumn, target: ImportTarget, groupTarget: string | undefined): HeaderMatch {
  const header = column.header;
  const group = column.group;
  let direct: HeaderMatch = { ...bestPhrase(header, target.path), via: 'header' };
  if (target.parent) {
    // A field of a list or of linked records needs its owner named, by the group or in the header itself.
    const inHeader = containsOwner(header, target.parent);
    const owner = Math.max(bestPhrase(group, target.parent).score, inHeader);
    if (owner < 0.5) direct = { ...direct, score: direct.score * 0.55 };
    // "Recipient country", "Land van de ontvanger": the header names the field and its owner, nothing else.
    else if (inHeader === 1 && direct.score >= 0.7) direct = { ...direct, score: Math.max(direct.score, 0.95) };
  } else if (isNameLike(header) && groupTarget !== undefined && groupTarget !== target.path && target.path === 'name') {
    direct = { ...direct, score: direct.score * 0.5 };
  }
  const candidates: HeaderMatch[] = [direct];
  if (group) {
    const both = bestPhrase(`${group} ${header}`, target.path);
    candidates.push({ ...both, score: both.score * 0.9, via: 'both' });
    if ((header === '' || isNameLike(header)) && !target.parent) {
      const byGroup = bestPhrase(group, target.path);
      candidates.push({ ...byGroup, score: byGroup.score * 0.9, via: 'group' });
    }
  }
  if (column.instruction) {
    const byInstruction = bestPhrase(column.instruction, target.path);
    candidates.push({ ...byInstruction, score: byInstruction.score * 0.5, via: 'instruction' });
  }
  return candidates.reduce((a, b) => (b.score > a.score ? b : a));
}

/** Whether a header names the owner of a sub-field itself: "Land van de ontvanger". */
function containsOwner(header: string, parent: string): number {
  const tokens = headerTokens(header);
  let best = 0;
  for (const { phrase } of fieldPhrases(parent)) {
    const p = headerTokens(phrase);
    if (
      p.length > 0 &&
      p.length < tokens.length &&
      p.every((word) => tokens.some((t) => tokenSimilarity(word, t) >= 0.9))
    )
      best = 1;
  }
  return best;
}
