import { describe, expect, it } from 'vitest';
import { defineMessages, format, translate } from './translate';

describe('message tables', () => {
  const table = defineMessages({
    en: { hello: 'Hello {name}' },
    nl: { hello: 'Hallo {name}' },
    fr: { hello: 'Bonjour {name}' },
  });
  it('fills placeholders in the chosen language', () => {
    expect(translate(table, 'fr', 'hello', { name: 'Anne' })).toBe('Bonjour Anne');
    expect(translate(table, 'nl', 'hello', { name: 'Jan' })).toBe('Hallo Jan');
  });
  it('leaves unknown placeholders visible rather than dropping them', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
