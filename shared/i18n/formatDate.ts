/**
 * Dates and periods in words, in the reader's language: "20 november 2026", "18 maanden", "1 jaar en 6 maanden".
 * Dates are ISO calendar dates formatted in UTC, so no time zone ever moves them a day.
 */
import { LOCALE_OF, type UiLanguage } from './languages';

export function formatIsoDate(iso: string, lang: UiLanguage, style: 'long' | 'medium' | 'short' = 'long'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE_OF[lang], { dateStyle: style, timeZone: 'UTC' }).format(date);
}

const UNIT_NAMES = { Y: 'year', M: 'month', W: 'week', D: 'day' } as const;

export interface DurationParts {
  Y?: number;
  M?: number;
  W?: number;
  D?: number;
}

/** Parses the calendar subset of ISO 8601 durations the register uses (P18M, P1Y6M, P30D); null otherwise. */
export function parseDuration(iso: string): DurationParts | null {
  const match = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!match) return null;
  const parts: DurationParts = {};
  (['Y', 'M', 'W', 'D'] as const).forEach((unit, i) => {
    const value = match[i + 1];
    if (value !== undefined) parts[unit] = Number(value);
  });
  return parts;
}

/** A period in words with the platform's CLDR unit names, so every interface language has them without a table. */
export function formatDuration(iso: string, lang: UiLanguage): string {
  const parts = parseDuration(iso);
  if (!parts) return iso;
  const locale = LOCALE_OF[lang];
  const words = (['Y', 'M', 'W', 'D'] as const)
    .filter((unit) => parts[unit] !== undefined)
    .map((unit) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: UNIT_NAMES[unit], unitDisplay: 'long' }).format(
        parts[unit] ?? 0,
      ),
    );
  if (words.length === 0) return iso;
  // CLDR puts a no-break space between number and unit in some languages; cells and imports expect a plain space.
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(words).replace(/[\u00a0\u202f]/g, ' ');
}
