/**
 * Exchange with translators: the texts of a language that need translating, out as a file, and the translated file
 * back in with a preview. (Placeholder until the exchange lands: the workspace mounts it.)
 */
import type { TextLanguage } from '../../../shared/i18n/languages';

export function TranslationExchange({ lang }: { lang: TextLanguage }) {
  return <div className="translation-exchange" data-lang={lang} />;
}
