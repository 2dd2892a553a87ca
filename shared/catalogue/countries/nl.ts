/** The notes on adequacy decisions in Dutch. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  allRecipients: 'Alle ontvangers in het land of gebied',
  adequacyScope: {
    BR: 'Verwerkingen die onder de Braziliaanse LGPD vallen',
    CA: 'Commerciële organisaties die onder PIPEDA vallen',
    GB: 'AVG-besluit van 28 juni 2021, verlengd op 19 december 2025 tot 27 december 2031',
    IL: 'Geautomatiseerde doorgiften, of gegevens die in Israël geautomatiseerd worden verwerkt',
    JP: 'Ondernemingen die onder de APPI en de aanvullende regels vallen',
    KR: 'Verwerkingen onder de PIPA, behalve o.a. kredietinformatie onder toezicht van de FSC',
    US: 'Organisaties gecertificeerd onder het EU-VS-kader voor gegevensbescherming (DPF)',
  },
};
