/**
 * How a GDPR provision is cited in each interface language. Practice differs per language (Belgian Dutch and French
 * texts write "Art. 6.1.c AVG" / "Art. 6.1.c RGPD", English texts "Art. 6(1)(c) GDPR", German texts
 * "Art. 6 Abs. 1 Buchst. c DSGVO"), so the catalogues build their citations here from each language's style in
 * `citation/` instead of spelling each one out per language.
 */
import type { Labels } from '../i18n/languages';
import { format } from '../i18n/translate';
import { CITATION_WORDS } from './citation/index';
import { inEveryLanguage } from './labelsByEntry';

/** The name of the Regulation as abbreviated in each language. */
export const GDPR_ABBREVIATION: Labels = inEveryLanguage((lang) => CITATION_WORDS[lang].abbreviation);

/**
 * Cites an article, optionally a paragraph and a point of it: `gdprCitation('9', '2', 'h')`.
 * `suffix` names a part below the numbering in every language (e.g. the "second subparagraph" of Art. 49(1)).
 */
export function gdprCitation(article: string, paragraph?: string, point?: string, suffix?: Labels): Labels {
  return inEveryLanguage((lang) => {
    const style = CITATION_WORDS[lang];
    const numbering =
      format(style.article, { article }) +
      (paragraph === undefined ? '' : format(style.paragraph, { paragraph })) +
      (point === undefined ? '' : format(style.point, { point }));
    const abbreviation = style.abbreviation;
    return suffix === undefined
      ? format(style.provision, { numbering, abbreviation })
      : format(style.provisionWithSuffix, { numbering, abbreviation, suffix: suffix[lang] });
  });
}
