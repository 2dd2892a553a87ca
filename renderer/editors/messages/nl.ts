/** The editor's translation words in Dutch. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  toggle: 'Vertalingen ({current}/{total})',
  outdatedCount: { one: '{count} verouderd', other: '{count} verouderd' },
  missingCount: { one: '{count} ontbreekt', other: '{count} ontbreken' },
  groupLabel: 'Vertalingen van {field}',
  boxLabel: '{field} — {language} ({code})',
  stateCurrent: 'Actueel',
  stateOutdated: 'Verouderd',
  stateMissing: 'Ontbreekt',
  outdatedHint:
    'De tekst in het {main} is gewijzigd sinds deze vertaling werd gemaakt. Pas de vertaling aan, of bevestig dat ze nog klopt.',
  stillCorrect: 'Klopt nog',
  translateMode: 'Vertalen',
  translateInto: 'Vertalen naar',
  mainLanguage: 'Hoofdtaal: {language}',
  allLanguages: 'Alle talen',
  recordCounts: { one: '{count} van {total} vertalingen actueel', other: '{count} van {total} vertalingen actueel' },
};
