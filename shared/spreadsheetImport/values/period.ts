/**
 * Retention periods written in words, in Dutch, French, English or German ("3 maanden", "18 mois", "één jaar",
 * "5 Jahre", "1 jaar en 6 maanden", "P18M"), read into an ISO 8601 duration with what starts it ("10 jaar na einde
 * aansluiting" is P10Y starting "na einde aansluiting"). Text without a figure ("zolang het lidmaatschap duurt") is a
 * criterion, as Art. 30(1)(f) allows. A cell with two periods ("3 maanden voor coaching, 18 maanden voor klachten")
 * gives two readings.
 */
import { fold, foldText, type Span } from './fold';
import { memoized } from './memo';
import { splitValues } from './splitValues';

export interface PeriodReading {
  /** ISO 8601 duration in calendar units, as written (18 months stays P18M). */
  period?: string;
  /** What starts the period, in the cell's words: "na einde aansluiting", "à compter de la fin du contrat". */
  start?: string;
  /** Words that are no period: the whole text when it holds no figure, or words before the figure. */
  criterion?: string;
  /** What the period is for, written before a colon: "Facturen: 7 jaar". */
  scope?: string;
}

type Unit = 'Y' | 'M' | 'W' | 'D';

/** Number words of the four languages, folded (no accents). "a"/"een"/"un"/"ein" count as one before a unit. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // Dutch
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  achttien: 18,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  honderd: 100,
  anderhalf: 1.5,
  half: 0.5,
  // French
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  'dix-huit': 18,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  demi: 0.5,
  // English ("a year" is handled apart: "à jour" folds to "a jour")
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  // German
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  funf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  zwolf: 12,
  dreizehn: 13,
  vierzehn: 14,
  funfzehn: 15,
  achtzehn: 18,
  zwanzig: 20,
  dreissig: 30,
  dreißig: 30,
  a: 1,
  vierzig: 40,
  funfzig: 50,
  sechzig: 60,
  hundert: 100,
  halbes: 0.5,
};

/** Unit words of the four languages, folded; abbreviations people type included. */
const UNIT_WORDS: Readonly<Record<string, Unit>> = Object.fromEntries(
  (
    [
      ['Y', 'jaar jaren jr jr. an ans annee annees year years yr yrs y jahr jahre jahren jahres'],
      ['M', 'maand maanden mnd mnd. mois month months mth mths mo monat monate monaten monats mon.'],
      ['W', 'week weken wk semaine semaines weeks woche wochen'],
      ['D', 'dag dagen d jour jours j day days tag tage tagen kalenderdagen'],
    ] as const
  ).flatMap(([unit, words]) => words.split(' ').map((word) => [word, unit])),
);

/** Words before a figure that add nothing: "maximum", "gedurende", "pendant", "up to", "bis zu". */
const LEAD_WORDS = new Set(
  (
    'max max. maximum maximaal minimum minimaal min. min ten hoogste hoogstens minstens gedurende tijdens tot periode ' +
    'termijn van bewaard bewaring bewaartermijn wordt worden de het een ' +
    'pendant durant jusqu jusqu a au plus au moins conserve conservees conserves conservation duree de la le les ' +
    'for up to during kept retained retention period of the at most at least ' +
    'fur bis zu wahrend hochstens mindestens aufbewahrt aufbewahrung gespeichert speicherung dauer von die der'
  ).split(' '),
);

const ENGLISH_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);
const DIGITS = String.raw`\d+(?:[.,]\d+)?`;
const numberAlternatives = Object.keys(NUMBER_WORDS)
  .map((word) => word.replace(/\./g, '\\.'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const unitAlternatives = Object.keys(UNIT_WORDS)
  .map((word) => word.replace(/\./g, '\\.'))
  .sort((a, b) => b.length - a.length)
  .join('|');
/** One amount: a figure or number word, then a unit ("18 mois", "één jaar", "5 Jahre", "24 months", "3mnd"). */
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${DIGITS}|${numberAlternatives})\s*(${unitAlternatives})(?![\p{L}\p{N}])`,
  'gu',
);
/** What may stand between two amounts of one period: "1 jaar en 6 maanden", "2 ans et 3 mois", "1 Jahr, 6 Monate". */
const JOINER = /^\s*(?:,|en|et|and|und|\+)?\s*$/u;
/** What separates two periods in one value: "3 maanden voor coaching, 18 maanden voor klachten". */
const PERIOD_SEPARATOR = /\s*(?:[,/]|\s(?:en|et|and|und|of|ou|or|oder))\s+/giu;

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/i;

interface Amount extends Span {
  value: number;
  unit: Unit;
}

function amountsIn(text: string): Amount[] {
  const folded = fold(text);
  const out: Amount[] = [];
  for (const match of folded.text.matchAll(AMOUNT)) {
    const numberText = match[1] as string;
    const unit = UNIT_WORDS[match[2] as string];
    const value = /^\d/.test(numberText) ? Number(numberText.replace(',', '.')) : NUMBER_WORDS[numberText];
    if (unit === undefined || value === undefined || !Number.isFinite(value) || value <= 0) continue;
    // "a" is one only in English ("a year"); in French folded text it is "à" ("mis à jour").
    if (numberText === 'a' && !ENGLISH_UNITS.has(match[2] as string)) continue;
    // Single letters are units only right after a figure ("3j", "5 y"), never after a number word ("un j...").
    if ((match[2] as string).length === 1 && !/^\d/.test(numberText)) continue;
    const start = match.index;
    out.push({
      value,
      unit,
      start: folded.origin[start] ?? 0,
      end: folded.origin[start + match[0].length] ?? text.length,
    });
  }
  return out;
}

/** An ISO duration from amounts: fractions of a year become months, fractions of a month or week become days. */
function durationOf(amounts: readonly Amount[]): string | undefined {
  const parts: Record<Unit, number> = { Y: 0, M: 0, W: 0, D: 0 };
  for (const { value, unit } of amounts) {
    if (Number.isInteger(value)) parts[unit] += value;
    else if (unit === 'Y') parts.M += Math.round(value * 12);
    else if (unit === 'M') parts.D += Math.round(value * 30);
    else if (unit === 'W') parts.D += Math.round(value * 7);
    else parts.D += Math.round(value);
  }
  const iso = (['Y', 'M', 'W', 'D'] as const)
    .filter((unit) => parts[unit] > 0)
    .map((unit) => `${parts[unit]}${unit}`)
    .join('');
  return iso === '' ? undefined : `P${iso}`;
}

/** Groups of adjacent amounts that form one period each. */
function periodGroups(text: string, amounts: readonly Amount[]): Amount[][] {
  const groups: Amount[][] = [];
  for (const amount of amounts) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && JOINER.test(text.slice(previous.end, amount.start))) last.push(amount);
    else groups.push([amount]);
  }
  return groups;
}

/** Words that say what starts a period: "na einde aansluiting", "à compter de", "after", "nach". */
const START_WORDS =
  /^(?:na|vanaf|sinds|te rekenen|volgend op|apres|a compter|a partir|des|depuis|suivant|from|after|since|following|starting|nach|ab|seit|beginnend|gerechnet)(?![\p{L}])/u;
/** Words that say what a period is for: "voor klachten", "pour les plaintes", "for complaints", "für Beschwerden". */
const FOR_WORDS = /^(?:voor|pour|for|fur|fuer)\s+/u;

function joined(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part !== '').join(' ');
}

function lastOf(group: readonly Amount[]): Amount {
  return group[group.length - 1] as Amount;
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
}

/** Whether the words only say "for at most", "kept during", ...: nothing worth keeping. */
function onlyLeadWords(text: string): boolean {
  const words = foldText(text)
    .split(/[^\p{L}.]+/u)
    .filter((word) => word !== '');
  return words.every((word) => LEAD_WORDS.has(word) || LEAD_WORDS.has(word.replace(/\.$/, '')));
}

/** One period in words, or a criterion; undefined for an empty text. */
export function readPeriod(text: string): PeriodReading | undefined {
  return readPeriods(text)[0];
}

/** Every period in one value (usually one): several when the value names several periods, each with its words. */
function readPeriodsInValueOnce(value: string): PeriodReading[] {
  const text = value.trim();
  if (text === '') return [];
  if (ISO_DURATION.test(text)) return [{ period: text.toUpperCase() }];
  let scope: string | undefined;
  let body = text;
  const colon = /^([^:]{1,80}?)\s*:\s*(.+)$/su.exec(text);
  if (colon && amountsIn(colon[2] as string).length > 0 && amountsIn(colon[1] as string).length === 0) {
    scope = (colon[1] as string).trim();
    body = (colon[2] as string).trim();
  }
  const amounts = amountsIn(body);
  if (amounts.length === 0) return [{ criterion: text }];
  const groups = periodGroups(body, amounts);
  // With several periods, each takes the words up to the separator before the next one; without a separator the
  // later figures stay in the words of the period before them.
  const pieces: { text: string; offset: number; group: Amount[] }[] = [];
  let current = { group: groups[0] as Amount[], from: 0 };
  for (let i = 1; i < groups.length; i += 1) {
    const previousEnd = lastOf(groups[i - 1] as Amount[]).end;
    const between = body.slice(previousEnd, (groups[i] as Amount[])[0]?.start ?? previousEnd);
    let cut: { start: number; end: number } | undefined;
    for (const match of between.matchAll(PERIOD_SEPARATOR))
      cut = { start: previousEnd + match.index, end: previousEnd + match.index + match[0].length };
    if (!cut) continue;
    pieces.push({ text: body.slice(current.from, cut.start), offset: current.from, group: current.group });
    current = { group: groups[i] as Amount[], from: cut.end };
  }
  pieces.push({ text: body.slice(current.from), offset: current.from, group: current.group });
  return pieces.map(({ text: piece, offset, group }) => {
    const first = group[0] as Amount;
    const last = lastOf(group);
    const before = tidy(piece.slice(0, first.start - offset));
    const after = tidy(piece.slice(last.end - offset).replace(/^[\s,;/]+/, ''));
    const reading: PeriodReading = {};
    const period = durationOf(group);
    if (period) reading.period = period;
    if (scope) reading.scope = scope;
    if (before !== '' && !onlyLeadWords(before)) reading.criterion = before;
    if (after !== '') {
      // "3 maanden (coaching)": words in parentheses say what the period is for, as the export writes them.
      const bracketed = /^\((.*)\)$/su.exec(after);
      const folded = foldText(after);
      if (bracketed) reading.criterion = joined(reading.criterion, (bracketed[1] as string).trim());
      else if (START_WORDS.test(folded)) reading.start = after;
      else if (FOR_WORDS.test(folded) && !scope) reading.scope = after.replace(FOR_WORDS, '').trim();
      else reading.criterion = joined(reading.criterion, after);
    }
    return reading;
  });
}

/** {@link readPeriodsInValueOnce}, each distinct text read once (results are shared: read-only). */
export const readPeriodsInValue: (text: string) => readonly PeriodReading[] = memoized(readPeriodsInValueOnce);

/** The periods of a cell: one per value (line, semicolon, bullet), several when a value names several; shared. */
export const readPeriods: (text: string) => readonly PeriodReading[] = memoized((text) =>
  splitValues(text).flatMap(readPeriodsInValue),
);
