import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../shared/i18n/languages';
import { formatLocalDate, parseLocalDate, patternHint } from './localDate';

describe('dates in the interface language', () => {
  it('formats ISO dates as each language writes them', () => {
    expect(formatLocalDate('2026-12-31', 'nl')).toBe('31/12/2026');
    expect(formatLocalDate('2026-12-31', 'fr')).toBe('31/12/2026');
    expect(formatLocalDate('2026-12-31', 'en')).toBe('31/12/2026');
    expect(formatLocalDate('2026-12-31', 'de')).toBe('31.12.2026');
    expect(formatLocalDate('not a date', 'de')).toBe('not a date');
  });

  it('reads the language pattern, short day and month, and ISO', () => {
    expect(parseLocalDate('31.12.2026', 'de')).toEqual({ kind: 'date', iso: '2026-12-31' });
    expect(parseLocalDate('1.2.2027', 'de')).toEqual({ kind: 'date', iso: '2027-02-01' });
    expect(parseLocalDate(' 30/06/2027 ', 'nl')).toEqual({ kind: 'date', iso: '2027-06-30' });
    expect(parseLocalDate('2027-06-30', 'fr')).toEqual({ kind: 'date', iso: '2027-06-30' });
    expect(parseLocalDate('', 'en')).toEqual({ kind: 'empty' });
  });

  it('tells an impossible date from unreadable text', () => {
    expect(parseLocalDate('31.02.2026', 'de')).toEqual({ kind: 'impossible' });
    expect(parseLocalDate('29/02/2027', 'en')).toEqual({ kind: 'impossible' });
    expect(parseLocalDate('29/02/2028', 'en')).toEqual({ kind: 'date', iso: '2028-02-29' });
    expect(parseLocalDate('12/13/2026', 'fr')).toEqual({ kind: 'impossible' });
    expect(parseLocalDate('2026-02-30', 'nl')).toEqual({ kind: 'impossible' });
    expect(parseLocalDate('morgen', 'nl')).toEqual({ kind: 'unreadable' });
    expect(parseLocalDate('31/12/26', 'nl')).toEqual({ kind: 'unreadable' });
  });

  it('shows the pattern with the language letters', () => {
    expect(patternHint('de', { day: 'TT', month: 'MM', year: 'JJJJ' })).toBe('TT.MM.JJJJ');
    expect(patternHint('fr', { day: 'jj', month: 'mm', year: 'aaaa' })).toBe('jj/mm/aaaa');
  });

  it('format then parse gives the same ISO date, in every language', () => {
    const isoDate = fc
      .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...UI_LANGUAGES), (iso, lang) => {
        expect(parseLocalDate(formatLocalDate(iso, lang), lang)).toEqual({ kind: 'date', iso });
      }),
    );
  });
});
