/**
 * Dates as the interface language writes them (nl-BE, fr-BE and en-BE 31/12/2026, de-BE 31.12.2026), while the
 * model keeps ISO dates (2026-12-31). The order of day, month and year and the separators are taken from the
 * platform's CLDR data (`Intl.DateTimeFormat#formatToParts`), so no pattern is written by hand. Pure: no React.
 */
import { LOCALE_OF, type UiLanguage } from '../../../shared/i18n/languages';

export type DatePart = 'day' | 'month' | 'year';

/** The numeric date pattern of a language: the parts in order, with the text before each and after the last. */
export interface DatePattern {
  readonly order: readonly DatePart[];
  /** `separators[i]` comes before `order[i]`; `separators[3]` after the last part (usually all empty but two). */
  readonly separators: readonly string[];
}

const patterns = new Map<UiLanguage, DatePattern>();

export function datePattern(lang: UiLanguage): DatePattern {
  const known = patterns.get(lang);
  if (known) return known;
  const parts = new Intl.DateTimeFormat(LOCALE_OF[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(Date.UTC(2026, 11, 31));
  const order: DatePart[] = [];
  const separators: string[] = [''];
  for (const part of parts) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') {
      order.push(part.type);
      separators.push('');
    } else separators[separators.length - 1] += part.value;
  }
  const pattern: DatePattern =
    order.length === 3 ? { order, separators } : { order: ['day', 'month', 'year'], separators: ['', '/', '/', ''] };
  patterns.set(lang, pattern);
  return pattern;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** An ISO date as the language writes it; text that is not an ISO date is returned as it is. */
export function formatLocalDate(iso: string, lang: UiLanguage): string {
  const match = ISO.exec(iso);
  if (!match) return iso;
  const values: Record<DatePart, string> = { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
  const { order, separators } = datePattern(lang);
  return order.map((part, i) => `${separators[i] ?? ''}${values[part]}`).join('') + (separators[3] ?? '');
}

/** The pattern as a hint ("dd/mm/yyyy"), with the letters the language uses for day, month and year. */
export function patternHint(lang: UiLanguage, letters: Readonly<Record<DatePart, string>>): string {
  const { order, separators } = datePattern(lang);
  return order.map((part, i) => `${separators[i] ?? ''}${letters[part]}`).join('') + (separators[3] ?? '');
}

export type ParsedDate =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly iso: string }
  /** Not in the language's pattern nor ISO. */
  | { readonly kind: 'unreadable' }
  /** In the pattern, but no such day (31/02, month 13). */
  | { readonly kind: 'impossible' };

/**
 * What the user typed, as an ISO date: the language's pattern (day and month with one or two digits, a four-digit
 * year; any of / . - or a space between them) or an ISO date.
 */
export function parseLocalDate(text: string, lang: UiLanguage): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDate(year, month, day) ? { kind: 'date', iso: toIso(year, month, day) } : { kind: 'impossible' };
  }
  const { order } = datePattern(lang);
  const groups = /^(\d{1,4})\s*[/.\-\s]\s*(\d{1,4})\s*[/.\-\s]\s*(\d{1,4})\.?$/.exec(trimmed);
  if (!groups) return { kind: 'unreadable' };
  const values: Partial<Record<DatePart, string>> = {};
  order.forEach((part, i) => (values[part] = groups[i + 1]));
  const { day = '', month = '', year = '' } = values;
  if (day.length > 2 || month.length > 2 || year.length !== 4) return { kind: 'unreadable' };
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return isRealDate(y, m, d) ? { kind: 'date', iso: toIso(y, m, d) } : { kind: 'impossible' };
}
