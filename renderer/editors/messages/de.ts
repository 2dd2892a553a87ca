/** The editor's translation words in German. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  toggle: 'Übersetzungen ({current}/{total})',
  outdatedCount: { one: '{count} veraltet', other: '{count} veraltet' },
  missingCount: { one: '{count} fehlt', other: '{count} fehlen' },
  groupLabel: 'Übersetzungen: {field}',
  boxLabel: '{field} — {language} ({code})',
  stateCurrent: 'Aktuell',
  stateOutdated: 'Veraltet',
  stateMissing: 'Fehlt',
  outdatedHint:
    'Der Text auf {main} wurde geändert, seit diese Übersetzung erstellt wurde. Überarbeiten Sie sie oder bestätigen Sie, dass sie noch stimmt.',
  stillCorrect: 'Stimmt noch',
  translateMode: 'Übersetzen',
  translateInto: 'Übersetzen in',
  mainLanguage: 'Hauptsprache: {language}',
  allLanguages: 'Alle Sprachen',
  recordCounts: {
    one: '{count} von {total} Übersetzungen aktuell',
    other: '{count} von {total} Übersetzungen aktuell',
  },
};
