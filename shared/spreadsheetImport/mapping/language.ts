/**
 * Which of the register's languages (nl, fr, en, de) a foreign register is written in, from its headers and a sample
 * of its texts: the small words each language uses all the time, and the language of the field words the headers
 * matched. The texts become the register's main-language texts or its translations, so the guess is shown and can
 * be changed before importing.
 */
import { normaliseHeader } from '../../excel/cells';
import { TEXT_LANGUAGES, type TextLanguage } from '../../i18n/languages';

/** Frequent words that belong to one language only (normalised). */
const MARKERS: Readonly<Record<TextLanguage, readonly string[]>> = {
  nl: [
    'de',
    'het',
    'een',
    'van',
    'voor',
    'met',
    'zijn',
    'wordt',
    'worden',
    'niet',
    'bij',
    'naar',
    'gegevens',
    'verwerking',
    'jaar',
    'maanden',
    'leden',
    'betrokkene',
    'ontvangers',
    'wet',
    'ja',
    'nee',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'une',
    'pour',
    'avec',
    'sont',
    'est',
    'pas',
    'aux',
    'donnees',
    'traitement',
    'ans',
    'mois',
    'membres',
    'personne',
    'destinataires',
    'loi',
    'oui',
    'non',
  ],
  en: [
    'the',
    'of',
    'and',
    'for',
    'with',
    'are',
    'is',
    'not',
    'to',
    'by',
    'data',
    'processing',
    'years',
    'months',
    'members',
    'subject',
    'recipients',
    'act',
    'yes',
    'no',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'fur',
    'mit',
    'sind',
    'ist',
    'nicht',
    'von',
    'zu',
    'daten',
    'verarbeitung',
    'jahre',
    'monate',
    'mitglieder',
    'betroffene',
    'empfanger',
    'gesetz',
    'ja',
    'nein',
  ],
};

const INDEX = new Map<string, TextLanguage[]>();
for (const lang of TEXT_LANGUAGES)
  for (const word of MARKERS[lang]) INDEX.set(word, [...(INDEX.get(word) ?? []), lang]);

export type LanguageVotes = Record<TextLanguage, number>;

export function emptyVotes(): LanguageVotes {
  return { nl: 0, fr: 0, en: 0, de: 0 };
}

/** Adds the votes of a text's words; a word several languages share counts for each a part. */
export function voteText(votes: LanguageVotes, text: string, weight = 1): void {
  for (const word of normaliseHeader(text).split(' ')) {
    const langs = INDEX.get(word);
    if (!langs) continue;
    for (const lang of langs) votes[lang] += weight / langs.length;
  }
}

/** The language with the most votes; `fallback` when there are none. */
export function winner(votes: LanguageVotes, fallback: TextLanguage = 'en'): TextLanguage {
  let best: TextLanguage = fallback;
  let most = 0;
  for (const lang of TEXT_LANGUAGES) {
    if (votes[lang] > most) {
      most = votes[lang];
      best = lang;
    }
  }
  return best;
}
