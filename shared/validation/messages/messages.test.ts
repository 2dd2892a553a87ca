/** The validation catalogue: every rule code has its words in every interface language, and they are translations. */
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages';
import type { Message } from '../../i18n/translate';
import { RULES } from '../validate';
import { RULE_CODES, VALIDATION_MESSAGES, VALIDATION_WORDS, ruleDescription, type RuleCode } from './index';

/** Every text of a message: the message itself, or each of its plural forms. */
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message) =>
  [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

const sections = {
  message: (lang: UiLanguage, code: RuleCode): Message => VALIDATION_WORDS[lang].messages[code],
  description: (lang: UiLanguage, code: RuleCode): Message => VALIDATION_WORDS[lang].ruleDescriptions[code],
};

describe.each(Object.entries(sections))('the %s of each rule', (_section, textOf) => {
  it.each(RULE_CODES)('%s is written out in every interface language', (code) => {
    for (const lang of UI_LANGUAGES) {
      for (const text of forms(textOf(lang, code))) expect(text.trim().length, `${code} ${lang}`).toBeGreaterThan(10);
    }
  });

  // Copying the English (or the Dutch) text into a new language's file compiles; this is the cheap guard against it.
  it.each(RULE_CODES)('%s differs between every two languages', (code) => {
    const texts = UI_LANGUAGES.map((lang) => forms(textOf(lang, code)).join('|'));
    expect(new Set(texts).size, code).toBe(UI_LANGUAGES.length);
  });

  it.each(RULE_CODES)('%s uses the same placeholders in every language', (code) => {
    for (const lang of UI_LANGUAGES) {
      expect(placeholders(textOf(lang, code)), `${code} ${lang}`).toEqual(placeholders(textOf('en', code)));
    }
  });

  it.each(RULE_CODES)('%s cites the GDPR the German way in German', (code) => {
    for (const text of forms(textOf('de', code))) {
      expect(text, code).not.toMatch(/\b(GDPR|AVG|RGPD)\b|Art\. \d+\(|Art\. \d+\.\d/);
      if (/\bGDPR\b/.test(forms(textOf('en', code)).join(' '))) expect(text, code).toContain('DSGVO');
    }
  });
});

describe('the catalogue and the rules', () => {
  it('has exactly one message and one description per rule code', () => {
    const codes = [...RULE_CODES].sort();
    for (const lang of UI_LANGUAGES) {
      expect(Object.keys(VALIDATION_WORDS[lang].messages).sort(), lang).toEqual(codes);
      expect(Object.keys(VALIDATION_WORDS[lang].ruleDescriptions).sort(), lang).toEqual(codes);
    }
  });

  it('gives each rule its description from the catalogue', () => {
    for (const rule of RULES) {
      for (const lang of UI_LANGUAGES) {
        expect(rule.description[lang], `${rule.code} ${lang}`).toBe(VALIDATION_WORDS[lang].ruleDescriptions[rule.code]);
      }
      expect(ruleDescription(rule.code)).toEqual(rule.description);
    }
  });

  it('offers the messages as a message table in every language', () => {
    for (const lang of UI_LANGUAGES) expect(VALIDATION_MESSAGES[lang]).toBe(VALIDATION_WORDS[lang].messages);
  });
});
