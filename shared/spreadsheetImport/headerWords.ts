/**
 * The register's header words (every field's label and `headers` in nl, fr, en and de, from `model/words`) as an
 * index that a header cell of a foreign spreadsheet is matched against, so the table finder recognises "Finalité(s)
 * du traitement *", "Categorie(ën) van\nbetrokkenen" or "legal_basis" without a vocabulary of its own. Texts are
 * compared as words: accents, case, punctuation, plural marks in parentheses and common plural endings ignored, so
 * "catégories de destinataires" matches "Catégorie de destinataire". A header that contains a field's words among
 * others ("Durée de conservation des données") matches with a strength that falls with the words it adds.
 */
import { normaliseHeader } from '../excel/cells';
import { workbookLabels } from '../excel/words';
import { UI_LANGUAGES } from '../i18n/languages';
import { FIELD_WORDS, KIND_WORDS } from '../model/words/fieldWords';
import type { FieldKey, KindKey } from '../model/words';
import type { FieldWordEntry } from '../model/words/wordsShape';

/**
 * The fields whose presence makes a header a register's: the Art. 30 items, the legal basis, and what every
 * authority template asks beside them. A header with none of them (a price list's "Name", "Description", "Status")
 * is no register.
 */
export const CORE_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'purposes',
  'legalBases',
  'subjectCategoryIds',
  'dataCategoryIds',
  'recipientIds',
  'processorIds',
  'transferIds',
  'retention',
  'securityMeasureIds',
  'controllers',
  'sources',
  'dpia',
  'automatedDecision',
]);

/** Words of a text, folded so that singular and plural, accents and case compare equal. */
export function wordsOf(text: string): string[] {
  const normalised = normaliseHeader(
    text
      // Plural marks: "finalité(s)", "categorie(ën)", "responsable(s) conjoint(s)".
      .replace(/(\p{L})\((?:s|n|en|ën|e|es|x)\)/giu, '$1')
      .replace(/_/g, ' '),
  );
  return normalised === '' ? [] : normalised.split(' ').map(fold);
}

/**
 * A light stemmer for matching only: up to two plural or inflection endings (-en, -es, -s, -n, -e) come off a word
 * longer than four letters, on both sides of a comparison ("betrokkenen"/"betrokkene", "données"/"donnée").
 */
function fold(word: string): string {
  let out = word;
  for (let i = 0; i < 2 && out.length > 4; i += 1) {
    const stripped = out.replace(/(?:en|es|s|n|e)$/, '');
    if (stripped === out || stripped.length < 3) break;
    out = stripped;
  }
  return out;
}

export interface Phrase {
  words: readonly string[];
  field: FieldKey;
}

function phrasesOf(key: FieldKey, entry: FieldWordEntry): string[] {
  const out: string[] = [];
  for (const lang of UI_LANGUAGES) {
    out.push(entry.label[lang]);
    out.push(...(entry.headers?.[lang] ?? []));
  }
  // A sub-field's label ("Street and number") names a part of a record, not a column of a register table.
  return key.includes('.') ? [] : out;
}

let phraseIndex: Map<string, Phrase[]> | undefined;

/** Phrases by their first word, longest first. */
function phrases(): Map<string, Phrase[]> {
  if (phraseIndex) return phraseIndex;
  const index = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const [key, entry] of Object.entries(FIELD_WORDS) as [FieldKey, FieldWordEntry][]) {
    for (const text of phrasesOf(key, entry)) {
      const words = wordsOf(text);
      const id = `${key}|${words.join(' ')}`;
      if (words.length === 0 || seen.has(id)) continue;
      seen.add(id);
      const list = index.get(words[0] as string) ?? [];
      list.push({ words, field: key });
      index.set(words[0] as string, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  phraseIndex = index;
  return index;
}

export interface FieldMatch {
  field: FieldKey;
  /** 1 when the header is the phrase itself; the share of the header's words the phrase covers otherwise. */
  strength: number;
  core: boolean;
}

function bestIn(words: readonly string[]): FieldMatch | undefined {
  if (words.length === 0) return undefined;
  const index = phrases();
  let best: FieldMatch | undefined;
  let bestLength = 0;
  for (let i = 0; i < words.length; i += 1) {
    for (const phrase of index.get(words[i] as string) ?? []) {
      const n = phrase.words.length;
      if (i + n > words.length) continue;
      let equal = true;
      for (let k = 1; k < n && equal; k += 1) equal = words[i + k] === phrase.words[k];
      if (!equal) continue;
      const strength = n / words.length;
      const core = CORE_FIELDS.has(phrase.field);
      // The longest phrase wins ("data subjects" over "data"); then a core field over another of the same length.
      if (!best || n > bestLength || (n === bestLength && core && !best.core)) {
        best = { field: phrase.field, strength, core };
        bestLength = n;
      }
    }
  }
  return best;
}

/**
 * The register field a header text names best, if any. An explanation in parentheses is looked past
 * ("Catégories de personnes (salariés, clients…)"), so it does not weaken the match.
 */
export function matchHeader(text: string): FieldMatch | undefined {
  const whole = bestIn(wordsOf(text));
  const withoutAside = text.includes('(') ? bestIn(wordsOf(text.replace(/\([^)]*\)?/g, ' '))) : undefined;
  if (withoutAside && (!whole || withoutAside.strength > whole.strength)) return withoutAside;
  return whole;
}

/** True when `words` holds `phrase` as consecutive words. */
function contains(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  for (let i = 0; i + phrase.length <= words.length; i += 1) {
    if (phrase.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

export type SheetNameKind =
  /** Names processing activities or the register itself: "Register", "Liste des traitements", "Processing". */
  | { kind: 'activities' | 'processorActivities' }
  /** Names another kind of record or one of its lists: "Recipients", "Personal data", "Purposes". */
  | { kind: 'other'; names: KindKey | FieldKey }
  /** A sheet for people: lists of values, instructions, a cover, the identification of the controller. */
  | { kind: 'forPeople' };

const LINKED_LISTS: readonly FieldKey[] = [
  'purposes',
  'legalBases',
  'subjectCategoryIds',
  'dataCategoryIds',
  'recipientIds',
  'processorIds',
  'transferIds',
  'securityMeasureIds',
  'retention',
];

function kindPhrases(kind: KindKey): string[][] {
  const entry = KIND_WORDS[kind];
  return UI_LANGUAGES.flatMap((lang) => [entry.one[lang], entry.many[lang], entry.sheet[lang]]).map(wordsOf);
}

/** What a sheet's name says it holds, from the kind words, the fields' header words and the workbook's own sheets. */
export function sheetNameKind(name: string): SheetNameKind | undefined {
  const words = wordsOf(name);
  const says = (list: readonly (readonly string[])[]): boolean => list.some((p) => contains(words, p));
  if (says(kindPhrases('processorActivities'))) return { kind: 'processorActivities' };
  const activityWords = [
    ...kindPhrases('activities'),
    ...kindPhrases('meta'),
    ...UI_LANGUAGES.map((lang) => wordsOf(workbookLabels('register')[lang])),
    ...UI_LANGUAGES.flatMap((lang) => (FIELD_WORDS.name.headers[lang] as readonly string[]).map(wordsOf)),
  ];
  if (says(activityWords)) return { kind: 'activities' };
  const forPeople = (
    ['lists', 'instructions', 'cover', 'identification', 'translations', 'registerDetails'] as const
  ).flatMap((key) => UI_LANGUAGES.map((lang) => wordsOf(workbookLabels(key)[lang])));
  if (says(forPeople)) return { kind: 'forPeople' };
  for (const kind of Object.keys(KIND_WORDS) as KindKey[]) {
    if (kind !== 'meta' && kind !== 'activities' && says(kindPhrases(kind))) return { kind: 'other', names: kind };
  }
  for (const field of LINKED_LISTS) {
    const entry = FIELD_WORDS[field] as FieldWordEntry;
    if (says(phrasesOf(field, entry).map(wordsOf))) return { kind: 'other', names: field };
  }
  return undefined;
}
