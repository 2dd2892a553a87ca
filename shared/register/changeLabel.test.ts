import { describe, expect, it } from 'vitest';
import { changeLabel } from './changeLabel';

describe('the name of a changed field', () => {
  it('names a translation by its field and language, and its stamp as such', () => {
    expect(changeLabel('i18n.fr.name', 'en')).toBe('Name — French (fr)');
    expect(changeLabel('i18nSource.fr.name', 'nl')).toMatch(/^Naam — Frans \(fr\) · vertaald van \(stempel\)$/);
    expect(changeLabel('i18n.de', 'fr')).toBe('Traductions — Allemand (de)');
    expect(changeLabel('i18n', 'de')).toBe('Übersetzungen');
  });
  it('names other fields by their label, as before', () => {
    expect(changeLabel('name', 'en')).toBe('Name');
    expect(changeLabel('unknownPath', 'en')).toBe('unknownPath');
  });
});
