/**
 * Legal-basis text as registers write it, in Dutch, French, English or German, read into the GDPR ground codes of
 * `catalogue/legalGrounds.ts`: by citation in any of the usual styles ("art. 6.1.c AVG", "art. 6, 1, e) RGPD",
 * "Art. 6(1)(f) GDPR", "Art. 6 Abs. 1 lit. b DSGVO", "artikel 9, lid 2, h)") and by words ("Wettelijke verplichting",
 * "Obligation légale", "legal obligation", "Toestemming"). What is left once the grounds are taken out is either a
 * statute, deliberation or agreement the ground rests on ("wet van 6 augustus 1990") or text the reader does not
 * understand, which the import reports.
 */
import { LEGAL_GROUNDS, LEGAL_GROUND_CODES, type LegalGroundCode } from '../../catalogue/legalGrounds';
import { UI_LANGUAGES } from '../../i18n/languages';
import { fold, foldText, originalSpan, overlaps, PhraseSet, type Span, withoutSpans } from './fold';
import { isReferenceText } from './legalReference';
import { memoized } from './memo';
import { splitValues } from './splitValues';

export interface LegalBasisValue {
  /** The grounds the value names, in the order they appear, each once. */
  grounds: LegalGroundCode[];
  /** Statutes, deliberations or agreements named beside the grounds, as written. */
  references: string[];
  /** With a single ground, the other words beside it: what the ground is about ("fraudebestrijding"). */
  explanation?: string;
  /** Text that is neither a ground nor a reference, as written, when it cannot explain a single ground. */
  unknown?: string;
}

/**
 * Words for the grounds besides the catalogue's own labels (which count in every language too), folded. Longer
 * phrases are tried first, so "uitdrukkelijke toestemming" is Art. 9(2)(a) and not also Art. 6(1)(a), and
 * "zwaarwegend algemeen belang" is Art. 9(2)(g) and not Art. 6(1)(e).
 */
const GROUND_WORDS: Readonly<Partial<Record<LegalGroundCode, readonly string[]>>> = {
  'art6-1-a': ['toestemming', 'toestemming van de betrokkene', 'consentement', 'consent', 'einwilligung'],
  'art6-1-b': [
    'overeenkomst',
    'uitvoering van de overeenkomst',
    'uitvoering van een overeenkomst',
    'contractuele verplichting',
    'contrat',
    'execution du contrat',
    'execution d un contrat',
    'obligation contractuelle',
    'contract',
    'performance of a contract',
    'contractual necessity',
    'vertrag',
    'vertragserfullung',
    'erfullung eines vertrags',
  ],
  'art6-1-c': [
    'wettelijke verplichting',
    'wettelijke verplichtingen',
    'wettelijk verplicht',
    'wettelijke plicht',
    'obligation legale',
    'obligations legales',
    'obligation reglementaire',
    'legal obligation',
    'legal obligations',
    'legal requirement',
    'statutory obligation',
    'rechtliche verpflichtung',
    'gesetzliche verpflichtung',
  ],
  'art6-1-d': [
    'vitaal belang',
    'vitale belangen',
    'interet vital',
    'interets vitaux',
    'vital interest',
    'vital interests',
    'lebenswichtige interessen',
    'lebenswichtiges interesse',
  ],
  'art6-1-e': [
    'algemeen belang',
    'taak van algemeen belang',
    'opdracht van algemeen belang',
    'openbaar gezag',
    'interet public',
    'mission d interet public',
    'mission de service public',
    'autorite publique',
    'public task',
    'public interest',
    'official authority',
    'offentliches interesse',
    'offentlichen interesse',
    'offentliche gewalt',
    'offentliche aufgabe',
  ],
  'art6-1-f': [
    'gerechtvaardigd belang',
    'gerechtvaardigde belangen',
    'gerechtvaardigde belang',
    'legitiem belang',
    'interet legitime',
    'interets legitimes',
    'legitimate interest',
    'legitimate interests',
    'berechtigtes interesse',
    'berechtigte interessen',
    'berechtigten interessen',
  ],
  'art9-2-a': [
    'uitdrukkelijke toestemming',
    'consentement explicite',
    'explicit consent',
    'ausdruckliche einwilligung',
  ],
  'art9-2-b': [
    'arbeidsrecht',
    'socialezekerheidsrecht',
    'sociale zekerheidsrecht',
    'droit du travail',
    'droit de la securite sociale',
    'employment law',
    'social security law',
    'arbeitsrecht',
    'recht der sozialen sicherheit',
  ],
  'art9-2-f': ['rechtsvordering', 'rechtsvorderingen', 'droits en justice', 'legal claims', 'rechtsanspruche'],
  'art9-2-g': [
    'zwaarwegend algemeen belang',
    'interet public important',
    'substantial public interest',
    'erhebliches offentliches interesse',
  ],
  'art9-2-h': [
    'preventieve geneeskunde',
    'arbeidsgeneeskunde',
    'medecine preventive',
    'medecine du travail',
    'preventive medicine',
    'occupational medicine',
    'gesundheitsvorsorge',
    'arbeitsmedizin',
  ],
  'art9-2-i': ['volksgezondheid', 'sante publique', 'public health', 'offentliche gesundheit'],
  'art9-2-j': [
    'wetenschappelijk onderzoek',
    'archivering in het algemeen belang',
    'recherche scientifique',
    'archivage dans l interet public',
    'scientific research',
    'archiving in the public interest',
    'wissenschaftliche forschung',
  ],
};

let phrases: PhraseSet<LegalGroundCode> | undefined;

/** Every phrase of every ground: the words above first, then the catalogue's labels in every language. */
function groundPhrases(): PhraseSet<LegalGroundCode> {
  phrases ??= new PhraseSet(
    LEGAL_GROUND_CODES.flatMap((code) =>
      [...(GROUND_WORDS[code] ?? []), ...UI_LANGUAGES.map((lang) => LEGAL_GROUNDS[code].label[lang])].map(
        (word) => [word, code] as const,
      ),
    ),
  );
  return phrases;
}

// Citations, on folded text. With "art." in front, any of the usual separators; without it, only compact forms.
const ART = String.raw`(?<![\p{L}\p{N}])art(?:ikel|icle|\.)?\s*`;
const PARAGRAPH = String.raw`(?:(?:lid|§|par(?:agraphe|agraph)?\.?|para\.?|abs(?:atz)?\.?|al(?:inea)?\.?)\s*)?`;
const POINT = String.raw`(?:(?:s\.?|satz)\s*1\s*)?(?:(?:punt|point|pt\.?|lit(?:t|tera)?\.?|buchst(?:abe)?\.?|bst\.?|sub|onder|letter)\s*)?`;
const SEP = String.raw`\s*(?:[.,]\s*|\(\s*|\s+)`;
const CITATION = new RegExp(
  String.raw`${ART}(6|9)${SEP}${PARAGRAPH}(1|2)\s*\)?\s*(?:[.,]\s*|\s+)?${POINT}\(?([a-j])\)?(?![\p{L}\p{N}])`,
  'gu',
);
const COMPACT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(6|9)\s*[.(]\s*(1|2)\s*\)?\s*[.(]?\s*\(?([a-j])\)?(?![\p{L}\p{N}])`,
  'gu',
);
/** Art. 10, 87 and 89 GDPR, cited alone: never when a statute's own article is meant ("art. 10 van de wet"). */
const WHOLE_ARTICLE = new RegExp(String.raw`${ART}(10|87|89)(?![\p{N}])`, 'gu');
const STATUTE_FOLLOWS = /^\s*,?\s*(?:§|lid|van (?:de|het)|de la|du|des|of the|der|des gesetzes|\(\d)/u;
const GDPR_NAME = /(?<![\p{L}])(?:avg|gdpr|rgpd|dsgvo|ggpr|uavg|2016\/679)(?![\p{L}])/u;

function citationCode(article: string, paragraph: string, point: string): LegalGroundCode | undefined {
  if (article === '6' && paragraph === '1' && point <= 'f') return `art6-1-${point}` as LegalGroundCode;
  if (article === '9' && paragraph === '2') return `art9-2-${point}` as LegalGroundCode;
  return undefined;
}

interface Found extends Span {
  code: LegalGroundCode;
}

/** Words at the ends of a leftover piece that add nothing: connectors and the Regulation's name. */
const FILLER_WORDS =
  'en|et|and|und|of|ou|or|oder|avg|rgpd|gdpr|dsgvo|art\\.?|artikel|article|op basis van|sur (?:la )?base de|based on|conform|cf\\.?|zie|voir|see|krachtens|en vertu de|under|gemäß|i\\.?v\\.?m\\.?';
const LEADING_FILLER = new RegExp(`^(?:${FILLER_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
const TRAILING_FILLER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FILLER_WORDS})$`, 'iu');
const PUNCTUATION_ENDS = /^[\s,;:.\-–—/|+&]+|[\s,;:\-–—/|+&]+$/gu;

function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')' && (depth -= 1) < 0) return false;
  }
  return depth === 0;
}

function tidyPiece(piece: string): string {
  let out = piece.trim();
  for (let i = 0; i < 8; i += 1) {
    let next = out.replace(PUNCTUATION_ENDS, '').replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').trim();
    // Brackets around the whole piece, or left unbalanced by cutting a ground out: "(wet van 1990" or "1990)".
    if (next.startsWith('(') && next.endsWith(')') && balanced(next.slice(1, -1))) next = next.slice(1, -1).trim();
    else if (next.startsWith('(') && !balanced(next)) next = next.slice(1).trim();
    else if (next.endsWith(')') && !balanced(next)) next = next.slice(0, -1).trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

/** One value of a legal-basis cell: its grounds, the references beside them and what is left. */
/** One legal-basis value read; each distinct text once (the mapping samples every column with it). */
export const readLegalBasisValue: (value: string) => LegalBasisValue = memoized(readLegalBasisValueOnce);

function readLegalBasisValueOnce(value: string): LegalBasisValue {
  const folded = fold(value);
  const found: Found[] = [];
  const claim = (code: LegalGroundCode, start: number, end: number): void => {
    const span = originalSpan(folded, start, end);
    if (!overlaps(span, found)) found.push({ ...span, code });
  };
  for (const pattern of [CITATION, COMPACT]) {
    for (const match of folded.text.matchAll(pattern)) {
      const code = citationCode(match[1] as string, match[2] as string, match[3] as string);
      if (code) claim(code, match.index, match.index + match[0].length);
    }
  }
  const mentionsGdpr = GDPR_NAME.test(folded.text);
  for (const match of folded.text.matchAll(WHOLE_ARTICLE)) {
    const end = match.index + match[0].length;
    if (STATUTE_FOLLOWS.test(folded.text.slice(end))) continue;
    // "Wet van 30 juli 2018, art. 10" is the statute's article unless the GDPR is named too.
    if (!mentionsGdpr && isReferenceText(value)) continue;
    claim(`art${match[1] as '10' | '87' | '89'}`, match.index, end);
  }
  for (const match of groundPhrases().findAll(folded))
    if (!overlaps(match, found)) found.push({ ...match, code: match.value });
  found.sort((a, b) => a.start - b.start);
  const grounds = [...new Set(found.map((f) => f.code))];
  const references: string[] = [];
  const unknown: string[] = [];
  // What is left, in pieces: around the grounds taken out, and inside or outside parentheses.
  const leftover = withoutSpans(value, found, ' | ');
  for (const part of leftover.split(/\s*\|\s*|\s+[-–—]\s+/u)) {
    const piece = tidyPiece(part);
    if (piece === '' || /^\(?\s*\)?$/.test(piece)) continue;
    if (GDPR_NAME.test(foldText(piece)) && tidyPiece(piece.replace(/\b(?:AVG|GDPR|RGPD|DSGVO)\b/gi, '')) === '')
      continue;
    if (isReferenceText(piece)) references.push(piece);
    else unknown.push(piece);
  }
  // Nothing understood at all: the value as written is what the report shows.
  if (grounds.length === 0 && references.length === 0) return { grounds, references, unknown: value.trim() };
  const rest = unknown.join(' ');
  // With one ground, other words explain it ("Gerechtvaardigd belang (fraudebestrijding)"); otherwise they are
  // not understood.
  if (rest !== '' && grounds.length === 1) return { grounds, references, explanation: rest };
  return { grounds, references, ...(rest !== '' ? { unknown: rest } : {}) };
}

/** Every value of a legal-basis cell (lines, semicolons, bullets), each read on its own; read-only, shared. */
export const readLegalBases: (text: string) => readonly LegalBasisValue[] = memoized((text) =>
  splitValues(text).map(readLegalBasisValue),
);
