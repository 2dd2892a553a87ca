import { describe, expect, it } from 'vitest';
import { defineMessages, format, translate } from './translate';

describe('message tables', () => {
  const table = defineMessages({
    en: { hello: 'Hello {name}' },
    nl: { hello: 'Hallo {name}' },
    fr: { hello: 'Bonjour {name}' },
    de: { hello: 'Hallo {name}' },
  });
  it('fills placeholders in the chosen language', () => {
    expect(translate(table, 'fr', 'hello', { name: 'Anne' })).toBe('Bonjour Anne');
    expect(translate(table, 'nl', 'hello', { name: 'Jan' })).toBe('Hallo Jan');
  });
  it('leaves unknown placeholders visible rather than dropping them', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('plural forms', () => {
  const table = defineMessages({
    en: { count: { one: '{count} activity', other: '{count} activities' } },
    nl: { count: { one: '{count} activiteit', other: '{count} activiteiten' } },
    fr: { count: { one: '{count} activité', other: '{count} activités' } },
    de: { count: { one: '{count} Tätigkeit', other: '{count} Tätigkeiten' } },
  });
  it('takes the singular for 0 in French and the plural for 0 elsewhere', () => {
    expect(translate(table, 'fr', 'count', { count: 0 })).toBe('0 activité');
    expect(translate(table, 'fr', 'count', { count: 1 })).toBe('1 activité');
    expect(translate(table, 'nl', 'count', { count: 0 })).toBe('0 activiteiten');
    expect(translate(table, 'en', 'count', { count: 1 })).toBe('1 activity');
    expect(translate(table, 'de', 'count', { count: 2 })).toBe('2 Tätigkeiten');
  });
  it('writes the count with the language’s digit grouping', () => {
    expect(translate(table, 'nl', 'count', { count: 1234 })).toBe('1.234 activiteiten');
  });
});
