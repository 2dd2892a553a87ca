/**
 * Countries named in a cell, in Dutch, French, English or German ("Verenigde Staten", "États-Unis", "Vereinigtes
 * Königreich"), by ISO code ("US") or by the short forms registers use ("VS", "USA", "UK", "Engeland"), read into
 * ISO 3166-1 alpha-2 codes. Names come from the platform's CLDR data through `countryName` (via `findCountry`), so
 * only the informal forms CLDR does not give are listed here.
 */
import { findCountry } from '../../excel/codecs';
import { foldText } from './fold';
import { memoized } from './memo';

/** Informal names and abbreviations, folded, that CLDR does not give. */
const ALIASES: Readonly<Record<string, string>> = {
  vs: 'US',
  'v s': 'US',
  usa: 'US',
  'u s': 'US',
  'u s a': 'US',
  'verenigde staten van amerika': 'US',
  amerika: 'US',
  'etats unis d amerique': 'US',
  'united states of america': 'US',
  'vereinigte staaten von amerika': 'US',
  uk: 'GB',
  'u k': 'GB',
  engeland: 'GB',
  angleterre: 'GB',
  england: 'GB',
  'groot brittannie': 'GB',
  'grande bretagne': 'GB',
  'great britain': 'GB',
  grossbritannien: 'GB',
  großbritannien: 'GB',
  'zuid korea': 'KR',
  'coree du sud': 'KR',
  'south korea': 'KR',
  sudkorea: 'KR',
  holland: 'NL',
  'pays bas': 'NL',
  zwitserland: 'CH',
  suisse: 'CH',
  schweiz: 'CH',
};

function key(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The ISO code of a country named by the whole text, or undefined. */
function readCountryNameOnce(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return ALIASES[key(trimmed)] ?? findCountry(trimmed);
}

/** {@link readCountryNameOnce}, each distinct text read once (results are shared: read-only). */
export const readCountryName: (text: string) => string | undefined = memoized(readCountryNameOnce);

/**
 * The countries a longer text names ("Microsoft Ireland (Ierland)", "Verenigde Staten – SCC", "VS"), in order:
 * the whole text, each part in brackets or between dashes, then runs of up to four words. Two-letter codes count
 * only when written in capitals and standing alone in their part, so "de" or "it" in a sentence is no country.
 */
function findCountriesOnce(text: string): string[] {
  const found: string[] = [];
  const add = (code: string | undefined): void => {
    if (code !== undefined && !found.includes(code)) found.push(code);
  };
  const whole = readCountryName(text);
  if (whole) return [whole];
  const parts = text
    .split(/[()[\]]|\s[-–—/]\s|[,;:]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const part of parts) {
    if (/^[A-Z]{2}$/.test(part) || part.length > 2) add(readCountryName(part));
  }
  if (found.length > 0) return found;
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word.length > 0);
  for (let size = 4; size >= 1; size -= 1) {
    for (let i = 0; i + size <= words.length; i += 1) {
      const run = words.slice(i, i + size).join(' ');
      if (size === 1 && !(run.length > 3 || /^(?:VS|USA|UK)$/.test(run))) continue;
      add(readCountryName(run));
    }
    if (found.length > 0) return found;
  }
  return found;
}

/** {@link findCountriesOnce}, each distinct text read once (results are shared: read-only). */
export const findCountries: (text: string) => readonly string[] = memoized(findCountriesOnce);
