import { describe, expect, it } from 'vitest';
import {
  ADEQUACY_DECISIONS,
  EEA_COUNTRIES,
  adequacyDecision,
  countryName,
  countryStatus,
  isCountryCode,
  isInEea,
} from './countries';

describe('countries', () => {
  it('lists the 27 EU member states and Iceland, Liechtenstein and Norway as the EEA', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    expect(new Set(EEA_COUNTRIES).size).toBe(30);
    for (const code of ['BE', 'NL', 'FR', 'DE', 'LU', 'GR', 'IS', 'LI', 'NO']) expect(EEA_COUNTRIES).toContain(code);
    for (const code of ['GB', 'CH', 'EL']) expect(EEA_COUNTRIES).not.toContain(code);
    for (const code of EEA_COUNTRIES) expect(isCountryCode(code), code).toBe(true);
  });

  it('tells EEA, adequate and third countries apart', () => {
    expect(countryStatus('BE')).toBe('eea');
    expect(countryStatus('NO')).toBe('eea');
    expect(countryStatus('JP')).toBe('adequate');
    expect(countryStatus('CH')).toBe('adequate');
    expect(countryStatus('GB')).toBe('adequate');
    expect(countryStatus('US')).toBe('adequate');
    expect(countryStatus('IN')).toBe('third-country');
    expect(countryStatus('CN')).toBe('third-country');
    expect(countryStatus('MA')).toBe('third-country');
  });

  it('counts EU territories with their own ISO code as EEA, but not overseas countries and territories', () => {
    expect(isInEea('RE')).toBe(true);
    expect(isInEea('AX')).toBe(true);
    expect(isInEea('GL')).toBe(false);
    expect(isInEea('PF')).toBe(false);
  });

  it('accepts codes typed in lower case rather than calling them third countries', () => {
    expect(countryStatus('be')).toBe('eea');
    expect(adequacyDecision('jp')?.country).toBe('JP');
  });

  it('marks the US decision as partial: only DPF-certified organisations are covered', () => {
    const us = adequacyDecision('US');
    expect(us?.scope).toBe('partial');
    expect(us?.date).toBe('2023-07-10');
    expect(us?.note.en).toMatch(/Data Privacy Framework/);
    expect(adequacyDecision('CA')?.scope).toBe('partial');
    expect(adequacyDecision('CH')?.scope).toBe('full');
    expect(adequacyDecision('GB')?.date).toBe('2021-06-28');
  });

  it('has one decision per country, for a valid country outside the EEA, with a real ISO adoption date', () => {
    const countries = ADEQUACY_DECISIONS.map((decision) => decision.country);
    expect(new Set(countries).size).toBe(countries.length);
    for (const code of ['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY', 'US']) {
      expect(countries).toContain(code);
    }
    for (const decision of ADEQUACY_DECISIONS) {
      expect(isCountryCode(decision.country), decision.country).toBe(true);
      expect(isInEea(decision.country), decision.country).toBe(false);
      expect(decision.date, decision.country).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const parsed = new Date(`${decision.date}T00:00:00Z`);
      // Round-tripping rejects dates such as 2021-02-30 that Date would silently roll over.
      expect(parsed.toISOString().slice(0, 10), decision.country).toBe(decision.date);
      expect(decision.date >= '2000-01-01', decision.country).toBe(true);
      expect(parsed.getTime() <= Date.now(), decision.country).toBe(true);
      for (const text of Object.values(decision.note)) expect(text.trim(), decision.country).not.toBe('');
    }
  });

  it('names countries in the requested language', () => {
    expect(countryName('BE', 'fr')).toBe('Belgique');
    expect(countryName('BE', 'nl')).toBe('België');
    expect(countryName('BE', 'en')).toBe('Belgium');
    expect(countryName('BE', 'de')).toBe('Belgien');
    expect(countryName('GB', 'fr')).toBe('Royaume-Uni');
  });

  it('names countries in German from the platform data, as German texts do', () => {
    expect(countryName('US', 'de')).toBe('Vereinigte Staaten');
    expect(countryName('GB', 'de')).toBe('Vereinigtes Königreich');
    expect(countryName('CH', 'de')).toBe('Schweiz');
    expect(countryName('NL', 'de')).toBe('Niederlande');
    expect(countryName('KR', 'de')).toBe('Südkorea');
    expect(countryName('gb', 'de')).toBe('Vereinigtes Königreich');
  });

  it('has a note on every adequacy decision in German', () => {
    expect(adequacyDecision('US')?.note.de).toMatch(/Datenschutzrahmen EU-USA/);
    expect(adequacyDecision('CH')?.note.de).toBe('Alle Empfänger in dem Land oder Gebiet');
  });

  it('falls back to the code when there is no country to name', () => {
    expect(countryName('ZZ', 'en')).toBe('ZZ');
    expect(countryName('B1', 'fr')).toBe('B1');
    expect(countryName('', 'nl')).toBe('');
  });
});
