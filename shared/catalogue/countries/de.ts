/** The notes on adequacy decisions in German, in the terms of the German text of the Commission decisions. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  allRecipients: 'Alle Empfänger in dem Land oder Gebiet',
  adequacyScope: {
    BR: 'Verarbeitungen, die dem brasilianischen LGPD unterliegen',
    CA: 'Kommerzielle Organisationen, die dem PIPEDA unterliegen',
    GB: 'DSGVO-Beschluss vom 28. Juni 2021, am 19. Dezember 2025 bis zum 27. Dezember 2031 verlängert',
    IL: 'Automatisierte Übermittlungen oder Daten, die in Israel automatisiert weiterverarbeitet werden',
    JP: 'Unternehmen, die dem APPI und den ergänzenden Vorschriften unterliegen',
    KR: 'Verarbeitungen nach dem PIPA, ausgenommen u. a. Kreditinformationen unter Aufsicht der FSC',
    US: 'Nach dem Datenschutzrahmen EU-USA zertifizierte Organisationen',
  },
};
