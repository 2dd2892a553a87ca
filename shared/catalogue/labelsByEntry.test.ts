import { describe, expect, it } from 'vitest';
import { inEveryLanguage, labelsByEntry } from './labelsByEntry';

describe('labelsByEntry', () => {
  it('turns one table per language into labels per entry, at any depth', () => {
    const words = {
      en: { status: { draft: 'Draft' }, other: 'Other' },
      nl: { status: { draft: 'Ontwerp' }, other: 'Andere' },
      fr: { status: { draft: 'Brouillon' }, other: 'Autre' },
      de: { status: { draft: 'Entwurf' }, other: 'Sonstige' },
    };
    expect(labelsByEntry(words)).toEqual({
      status: { draft: { en: 'Draft', nl: 'Ontwerp', fr: 'Brouillon', de: 'Entwurf' } },
      other: { en: 'Other', nl: 'Andere', fr: 'Autre', de: 'Sonstige' },
    });
  });

  it('refuses tables whose shapes differ, which only a cast could have let through', () => {
    const words = { en: { a: 'One' }, nl: { a: 'Een' }, fr: { a: 'Un' }, de: {} } as unknown as Record<
      'en' | 'nl' | 'fr' | 'de',
      { a: string }
    >;
    expect(() => labelsByEntry(words)).toThrow(/no de text/);
  });
});

describe('inEveryLanguage', () => {
  it('works a label out for each interface language', () => {
    expect(inEveryLanguage((lang) => lang.toUpperCase())).toEqual({ nl: 'NL', fr: 'FR', en: 'EN', de: 'DE' });
  });
});
