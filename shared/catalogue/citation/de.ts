/** How German texts cite the GDPR ("Art. 6 Abs. 1 Buchst. c DSGVO"). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  abbreviation: 'DSGVO',
  article: 'Art. {article}',
  paragraph: ' Abs. {paragraph}',
  point: ' Buchst. {point}',
  provision: '{numbering} {abbreviation}',
  // German citations run on without commas: "Art. 49 Abs. 1 UAbs. 2 DSGVO".
  provisionWithSuffix: '{numbering} {suffix} {abbreviation}',
};
