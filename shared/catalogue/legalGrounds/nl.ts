/** The legal grounds in Dutch, worded after the Dutch text of the GDPR (AVG). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  'art6-1-a': 'Toestemming',
  'art6-1-b': 'Uitvoering van een overeenkomst met de betrokkene',
  'art6-1-c': 'Wettelijke verplichting',
  'art6-1-d': 'Vitale belangen',
  'art6-1-e': 'Taak van algemeen belang of uitoefening van openbaar gezag',
  'art6-1-f': 'Gerechtvaardigd belang',
  'art9-2-a': 'Uitdrukkelijke toestemming',
  'art9-2-b': 'Arbeidsrecht, socialezekerheidsrecht en socialebeschermingsrecht',
  'art9-2-c': 'Vitale belangen, betrokkene niet in staat toestemming te geven',
  'art9-2-d': 'Activiteiten van een stichting, vereniging of instantie zonder winstoogmerk',
  'art9-2-e': 'Kennelijk door de betrokkene openbaar gemaakte gegevens',
  'art9-2-f': 'Rechtsvordering of gerechten in het kader van hun rechtsbevoegdheid',
  'art9-2-g': 'Zwaarwegend algemeen belang',
  'art9-2-h': 'Preventieve of arbeidsgeneeskunde, gezondheidszorg of sociale diensten',
  'art9-2-i': 'Algemeen belang op het gebied van de volksgezondheid',
  'art9-2-j': 'Archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek',
  art10: 'Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten',
  art87: 'Nationaal identificatienummer',
  art89: 'Waarborgen voor archivering, wetenschappelijk of historisch onderzoek en statistiek',
};
