import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatIsoDate, parseDuration } from './formatDate';

describe('dates and periods in words', () => {
  it('writes periods in each language', () => {
    expect(formatDuration('P18M', 'nl')).toBe('18 maanden');
    expect(formatDuration('P1Y', 'fr')).toBe('1 an');
    expect(formatDuration('P1Y6M', 'en')).toBe('1 year and 6 months');
    expect(formatDuration('P3M', 'fr')).toBe('3 mois');
    expect(formatDuration('nonsense', 'en')).toBe('nonsense');
  });

  it('parses back every period it can write', () => {
    fc.assert(
      fc.property(fc.record({ Y: fc.nat(50), M: fc.nat(50), D: fc.nat(400) }, { requiredKeys: [] }), (parts) => {
        fc.pre(Object.keys(parts).length > 0);
        const iso = `P${parts.Y !== undefined ? `${parts.Y}Y` : ''}${parts.M !== undefined ? `${parts.M}M` : ''}${parts.D !== undefined ? `${parts.D}D` : ''}`;
        expect(parseDuration(iso)).toEqual(parts);
      }),
    );
  });

  it('formats calendar dates without shifting them a day', () => {
    expect(formatIsoDate('2026-11-20', 'nl')).toBe('20 november 2026');
    expect(formatIsoDate('2026-01-01', 'fr')).toBe('1 janvier 2026');
    expect(formatIsoDate('2026-11-20', 'en')).toBe('20 November 2026');
  });
});
