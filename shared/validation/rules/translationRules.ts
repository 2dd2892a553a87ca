/**
 * Translations made from an earlier version of a text. Exports fall back to the main language for them, so the
 * register still says the truth, but the translated exports are incomplete until someone revises or confirms them.
 */
import { TEXT_LANGUAGES, type TextLanguage } from '../../i18n/languages';
import { forEachRegisterText } from '../../translation/registerTexts';
import { translationState } from '../../translation/translationState';
import { defineRule, type Hit, type Rule } from '../rule';

export const TRANSLATION_RULES: readonly Rule[] = [
  defineRule({
    code: 'TRANSLATION_OUTDATED',
    severity: 'warning',
    find(register) {
      const main = register.meta.mainLanguage;
      const others = TEXT_LANGUAGES.filter((lang) => lang !== main);
      // One finding per record (or for the register's own texts), naming the languages and the first field.
      const byRecord = new Map<string, { hit: Hit; languages: Set<TextLanguage> }>();
      forEachRegisterText(register, (text) => {
        for (const lang of others) {
          if (translationState(text.holder, text.field, lang, main) !== 'outdated') continue;
          const key = `${text.kind}/${text.recordId ?? ''}`;
          let entry = byRecord.get(key);
          if (!entry) {
            const field = text.list ? text.list : text.field;
            const hit: Hit = text.record
              ? { kind: text.kind, record: text.record, field }
              : { kind: text.kind, field, params: { name: register.meta.title } };
            entry = { hit, languages: new Set() };
            byRecord.set(key, entry);
          }
          entry.languages.add(lang);
        }
      });
      return [...byRecord.values()].map(({ hit, languages }) => ({
        ...hit,
        params: { ...hit.params, languages: TEXT_LANGUAGES.filter((l) => languages.has(l)).join(', ') },
      }));
    },
  }),
];
