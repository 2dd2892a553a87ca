/**
 * Message catalogues: every feature keeps its words in one folder with one file per interface language
 * (`messages/en.ts`, `messages/nl.ts`, ...) and registers them with `defineMessages`. The English file defines the
 * keys; every other language is typed with `TranslationOf<typeof en>`, so a missing or extra message is a compile
 * error, and a missing language in the registration is one too. Messages may hold `{name}` placeholders, and a
 * message that depends on a number gives its plural forms (`{ one: '1 activity', other: '{count} activities' }`),
 * chosen with `Intl.PluralRules` for the language (French takes "one" for 0 and 1).
 */
import { LOCALE_OF, type UiLanguage } from './languages';

/** Plural forms of one message; `other` is required, the rest as the language's plural rules need them. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Message = string | PluralForms;

/** The words of one language for a catalogue whose English file is `E`: the same keys, at every depth. */
export type TranslationOf<E> = {
  readonly [K in keyof E]: E[K] extends string
    ? string
    : E[K] extends { readonly other: string }
      ? // A table whose keys are all plural categories is a plural message; an enum table may have an `other` value.
        Exclude<keyof E[K], Intl.LDMLPluralRule> extends never
        ? PluralForms
        : TranslationOf<E[K]>
      : TranslationOf<E[K]>;
};

export type MessageTable<K extends string> = Readonly<Record<UiLanguage, Readonly<Record<K, Message>>>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Registers a catalogue: one object per interface language, each with exactly the keys of the English one.
 */
export function defineMessages<K extends string>(
  table: { readonly en: Readonly<Record<K, Message>> } & { readonly [L in UiLanguage]: Readonly<Record<K, Message>> },
): MessageTable<K> {
  return table;
}

/**
 * Registers a catalogue of any shape (nested label tables): one object per language, every one shaped like the
 * English one.
 */
export function defineWords<E>(table: { readonly en: E } & { readonly [L in UiLanguage]: TranslationOf<E> }): {
  readonly [L in UiLanguage]: TranslationOf<E>;
} {
  return table as { readonly [L in UiLanguage]: TranslationOf<E> };
}

export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

/** The plural category of a number in a language ("one", "other", ...). */
export function pluralCategory(lang: UiLanguage, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE_OF[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** The text of a message in a language; plural forms are chosen by the `count` parameter. */
export function messageText(message: Message, lang: UiLanguage, params: MessageParams = {}): string {
  if (typeof message === 'string') return format(message, params);
  const count = Number(params['count'] ?? 0);
  const formatted = { ...params, count: Number.isFinite(count) ? count.toLocaleString(LOCALE_OF[lang]) : String(params['count']) };
  const template = message[pluralCategory(lang, count)] ?? message.other;
  return format(template, formatted);
}

export function translate<K extends string>(
  table: MessageTable<K>,
  lang: UiLanguage,
  key: K,
  params?: MessageParams,
): string {
  return messageText(table[lang][key], lang, params);
}
