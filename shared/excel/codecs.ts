/**
 * Value codecs: how a coded register value (an enum, a GDPR ground, a country, a yes/no) is shown in a cell in the
 * export language, and how a cell is read back whatever language it was written or edited in. Labels come from the
 * shared catalogues so the workbook reads like the editor; reading also accepts the raw codes.
 */
import { ENUM_LABELS, type EnumName, enumLabel } from '../catalogue/enumLabels';
import { COUNTRY_CODES, countryName, isCountryCode } from '../catalogue/countries';
import { LEGAL_GROUNDS, LEGAL_GROUND_CODES, legalGroundLabel, type LegalGroundCode } from '../catalogue/legalGrounds';
import {
  TRANSFER_MECHANISMS,
  TRANSFER_MECHANISM_CODES,
  transferMechanismLabel,
  type TransferMechanismCode,
} from '../catalogue/transferMechanisms';
import {
  languageName,
  TEXT_LANGUAGES,
  UI_LANGUAGES,
  type Labels,
  type TextLanguage,
  type UiLanguage,
} from '../i18n/languages';
import {
  CellError,
  type CellIn,
  cellText,
  readDate,
  isoToUtcDate,
  normaliseHeader,
  readList,
  writeList,
} from './cells';
import { workbookLabels } from './words';

/** How one value goes into a cell and comes back. `read` gets a non-empty cell and throws CellError when it cannot. */
export interface Codec<T> {
  write(value: T, lang: UiLanguage): string | Date;
  read(cell: Exclude<CellIn, undefined>): T;
}

export const textCodec: Codec<string> = {
  write: (value) => value,
  read: (cell) => cellText(cell) ?? '',
};

export const dateCodec: Codec<string> = {
  write: (value) => isoToUtcDate(value),
  read: (cell) => {
    const iso = readDate(cell);
    if (iso === undefined) throw new CellError('badDate', { value: '' });
    return iso;
  },
};

export const YES_NO: Readonly<Record<'yes' | 'no', Labels>> = {
  yes: workbookLabels('yes'),
  no: workbookLabels('no'),
};
// What people type for yes and no in the four languages, besides the exact words the export writes.
const TRUE_WORDS = new Set(['ja', 'oui', 'yes', 'y', 'j', 'o', 'true', 'waar', 'vrai', 'wahr', '1', 'x']);
const FALSE_WORDS = new Set(['nee', 'nein', 'non', 'no', 'n', 'false', 'onwaar', 'faux', 'falsch', '0']);

const EXACT_YES_NO = new Map<string, boolean>(
  UI_LANGUAGES.flatMap((l) => [
    [YES_NO.yes[l], true],
    [YES_NO.no[l], false],
  ]),
);

export function yesNoLabel(value: boolean, lang: UiLanguage): string {
  return YES_NO[value ? 'yes' : 'no'][lang];
}

/** Yes or no in a cell, or undefined; `read` of the codec throws instead, other importers ask without throwing. */
export function findYesNo(cell: Exclude<CellIn, undefined>): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const exact = EXACT_YES_NO.get(cellText(cell) ?? '');
  if (exact !== undefined) return exact;
  const text = cellText(cell) ?? '';
  // The words are a few letters: a longer text is none of them, and normalising it would cost more than the test.
  if (text.length > 40) return undefined;
  const word = normaliseHeader(text);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

export const yesNoCodec: Codec<boolean> = {
  write: (value, lang) => yesNoLabel(value, lang),
  read: (cell) => {
    const found = findYesNo(cell);
    if (found === undefined) throw new CellError('badBoolean', { value: cellText(cell) ?? '' });
    return found;
  },
};

/** A lookup from every label (all languages), citation and code of a value set to the value. */
function labelIndex<V extends string>(entries: Iterable<[V, readonly string[]]>): Map<string, V> {
  const index = new Map<string, V>();
  for (const [value, labels] of entries) {
    for (const label of [value, ...labels]) {
      for (const key of [label, normaliseHeader(label)]) if (key !== '' && !index.has(key)) index.set(key, value);
    }
  }
  longestKey.set(index, Math.max(0, ...[...index.keys()].map((key) => key.length)));
  return index;
}

/** The longest label of each index: a text far longer names none of its values. */
const longestKey = new WeakMap<Map<string, unknown>, number>();

/**
 * Whether a text is short enough to name a value of the index. Normalising a long text (a purpose, a description)
 * costs far more than the lookup; an import asks about thousands of such cells. The margin covers the spaces and
 * punctuation normalising takes out and letters that decompose into several (Hangul syllables into three).
 */
function mayName(index: Map<string, unknown>, text: string): boolean {
  return text.length <= (longestKey.get(index) ?? Infinity) * 3 + 20;
}

/** Labels as written by the export are found as they are; only edited text needs normalising. */
function find<V>(index: Map<string, V>, text: string): V | undefined {
  const exact = index.get(text);
  if (exact !== undefined || !mayName(index, text)) return exact;
  return index.get(normaliseHeader(text));
}

function lookup<V>(index: Map<string, V>, cell: Exclude<CellIn, undefined>, reason: 'badEnum'): V {
  const text = cellText(cell) ?? '';
  const found = find(index, text);
  if (found === undefined) throw new CellError(reason, { value: text });
  return found;
}

const enumIndexes = new Map<EnumName, Map<string, string>>();

function enumIndex(name: EnumName): Map<string, string> {
  let found = enumIndexes.get(name);
  if (!found) {
    const table: Readonly<Record<string, Labels>> = ENUM_LABELS[name];
    found = labelIndex(Object.entries(table).map(([value, labels]) => [value, UI_LANGUAGES.map((l) => labels[l])]));
    enumIndexes.set(name, found);
  }
  return found;
}

/** The value of an enum a text names by code or by label in any language, or undefined. */
export function findEnumValue<E extends EnumName>(
  name: E,
  text: string,
): (keyof (typeof ENUM_LABELS)[E] & string) | undefined {
  return find(enumIndex(name), text) as (keyof (typeof ENUM_LABELS)[E] & string) | undefined;
}

export function enumCodec<E extends EnumName>(name: E): Codec<keyof (typeof ENUM_LABELS)[E] & string> {
  type V = keyof (typeof ENUM_LABELS)[E] & string;
  return {
    write: (value, lang) => enumLabel(name, value, lang),
    read: (cell) => lookup(enumIndex(name), cell, 'badEnum') as V,
  };
}

let groundIndex: Map<string, LegalGroundCode> | undefined;
export const legalGroundCodec: Codec<LegalGroundCode> = {
  write: (value, lang) => legalGroundLabel(value, lang),
  read: (cell) => {
    groundIndex ??= labelIndex(
      LEGAL_GROUND_CODES.map((code) => {
        const g = LEGAL_GROUNDS[code];
        return [code, UI_LANGUAGES.flatMap((l) => [legalGroundLabel(code, l), g.citation[l]])];
      }),
    );
    return lookup(groundIndex, cell, 'badEnum');
  },
};

let mechanismIndex: Map<string, TransferMechanismCode> | undefined;

function mechanisms(): Map<string, TransferMechanismCode> {
  mechanismIndex ??= labelIndex(
    TRANSFER_MECHANISM_CODES.map((code) => {
      const m = TRANSFER_MECHANISMS[code];
      return [code, UI_LANGUAGES.flatMap((l) => [transferMechanismLabel(code, l), m.citation[l]])];
    }),
  );
  return mechanismIndex;
}

/** The mechanism a text names by code, label or citation in any language, or undefined. */
export function findTransferMechanism(text: string): TransferMechanismCode | undefined {
  return find(mechanisms(), text);
}

export const transferMechanismCodec: Codec<TransferMechanismCode> = {
  write: (value, lang) => transferMechanismLabel(value, lang),
  read: (cell) => lookup(mechanisms(), cell, 'badEnum'),
};

let countryIndex: Map<string, string> | undefined;

/** A country by code ("BE"), by "BE – België", or by its name in Dutch, French, English or German; or undefined. */
export function findCountry(text: string): string | undefined {
  const trimmed = text.trim();
  // A code alone in any case, or upper case before a separator: "La Réunion" must not read as LA (Laos).
  const code = (/^([A-Za-z]{2})$/.exec(trimmed) ?? /^([A-Z]{2})\s*[-–—(:,]/.exec(trimmed))?.[1]?.toUpperCase();
  if (code !== undefined && isCountryCode(code)) return code;
  countryIndex ??= labelIndex(COUNTRY_CODES.map((c) => [c, TEXT_LANGUAGES.map((l) => countryName(c, l))]));
  if (!mayName(countryIndex, trimmed)) return undefined;
  const bare = trimmed.replace(/\s*\([^)]*\)\s*$/, '');
  return countryIndex.get(normaliseHeader(bare)) ?? countryIndex.get(normaliseHeader(trimmed));
}

/** A country as `findCountry` reads it; a text that names none is a CellError. */
export function readCountry(text: string): string {
  const found = findCountry(text);
  if (found === undefined) throw new CellError('badCountry', { value: text.trim() });
  return found;
}

export const countryCodec: Codec<string> = {
  write: (value, lang) => `${value} – ${countryName(value, lang)}`,
  read: (cell) => readCountry(cellText(cell) ?? ''),
};

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/;
export const durationCodec: Codec<string> = {
  write: (value) => value,
  read: (cell) => {
    const text = (cellText(cell) ?? '').trim().toUpperCase();
    if (!DURATION.test(text)) throw new CellError('badDuration', { value: text });
    return text;
  },
};

// Every language's name in every interface language (from CLDR), and the lower-case forms French writes.
const languageIndex = labelIndex(
  TEXT_LANGUAGES.map((l) => [
    l,
    UI_LANGUAGES.flatMap((ui) => [languageName(l, ui), languageName(l, ui).toLocaleLowerCase()]),
  ]),
);

/** A text language as "nl – Nederlands"; read back from the code or the name. */
export const languageCodec: Codec<TextLanguage> = {
  write: (value, lang) => `${value} – ${languageName(value, lang)}`,
  read: (cell) => {
    const text = (cellText(cell) ?? '').trim();
    const code = (/^([A-Za-z]{2})$/.exec(text) ?? /^([a-z]{2})\s*[-–—]/.exec(text))?.[1]?.toLowerCase();
    if (code !== undefined && (TEXT_LANGUAGES as readonly string[]).includes(code)) return code as TextLanguage;
    const found = languageIndex.get(normaliseHeader(text));
    if (found === undefined) throw new CellError('badLanguage', { value: text });
    return found;
  },
};

/** A list of coded values, one per line. */
export function listCodec<T>(item: Codec<T>): Codec<T[]> {
  return {
    write: (values, lang) => writeList(values.map((v) => String(item.write(v, lang)))) ?? '',
    read: (cell) => readList(cell).map((line) => item.read(line)),
  };
}
