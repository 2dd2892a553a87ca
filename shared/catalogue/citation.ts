/**
 * How a GDPR provision is cited in each interface language. Belgian practice differs per language (Dutch and French
 * texts write "Art. 6.1.c AVG" / "Art. 6.1.c RGPD", English texts "Art. 6(1)(c) GDPR"), so the catalogues build
 * their citations here instead of spelling each one out three times.
 */
import type { Labels } from '../i18n/languages';

/** The name of the Regulation as abbreviated in each language. */
export const GDPR_ABBREVIATION: Labels = { nl: 'AVG', fr: 'RGPD', en: 'GDPR' };

/**
 * Cites an article, optionally a paragraph and a point of it: `gdprCitation('9', '2', 'h')`.
 * `suffix` is appended after the numbering in every language (e.g. the "second subparagraph" of Art. 49(1)).
 */
export function gdprCitation(article: string, paragraph?: string, point?: string, suffix?: Labels): Labels {
  const dotted = [article, paragraph, point].filter((part): part is string => part !== undefined).join('.');
  const bracketed = article + (paragraph === undefined ? '' : `(${paragraph})`) + (point === undefined ? '' : `(${point})`);
  const tail = (lang: keyof Labels): string => (suffix === undefined ? ' ' : `, ${suffix[lang]}, `);
  return {
    nl: `Art. ${dotted}${tail('nl')}${GDPR_ABBREVIATION.nl}`,
    fr: `Art. ${dotted}${tail('fr')}${GDPR_ABBREVIATION.fr}`,
    en: `Art. ${bracketed}${tail('en')}${GDPR_ABBREVIATION.en}`,
  };
}
