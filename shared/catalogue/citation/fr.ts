/** How Belgian French texts cite the GDPR ("Art. 6.1.c RGPD"). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  abbreviation: 'RGPD',
  article: 'Art. {article}',
  paragraph: '.{paragraph}',
  point: '.{point}',
  provision: '{numbering} {abbreviation}',
  provisionWithSuffix: '{numbering}, {suffix}, {abbreviation}',
};
