/** How Belgian Dutch texts cite the GDPR ("Art. 6.1.c AVG"). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  abbreviation: 'AVG',
  article: 'Art. {article}',
  paragraph: '.{paragraph}',
  point: '.{point}',
  provision: '{numbering} {abbreviation}',
  provisionWithSuffix: '{numbering}, {suffix}, {abbreviation}',
};
