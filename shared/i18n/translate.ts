/**
 * Typed message tables: each table has one object per interface language with the same keys, so a missing
 * translation is a compile error. Messages may hold `{name}` placeholders.
 */
import type { UiLanguage } from './languages';

export type MessageTable<K extends string> = Readonly<Record<UiLanguage, Readonly<Record<K, string>>>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** Builds a table whose keys are those of the English messages; Dutch and French must have exactly those keys. */
export function defineMessages<K extends string>(table: {
  en: Readonly<Record<K, string>>;
  nl: Readonly<Record<K, string>>;
  fr: Readonly<Record<K, string>>;
}): MessageTable<K> {
  return table;
}

export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translate<K extends string>(
  table: MessageTable<K>,
  lang: UiLanguage,
  key: K,
  params?: MessageParams,
): string {
  return format(table[lang][key], params);
}
