/** The editor's translation words in French. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  toggle: 'Traductions ({current}/{total})',
  outdatedCount: { one: '{count} obsolète', other: '{count} obsolètes' },
  missingCount: { one: '{count} manquante', other: '{count} manquantes' },
  groupLabel: 'Traductions : {field}',
  boxLabel: '{field} — {language} ({code})',
  stateCurrent: 'À jour',
  stateOutdated: 'Obsolète',
  stateMissing: 'Manquante',
  outdatedHint:
    "Le texte en {main} a changé depuis que cette traduction a été faite. Révisez-la, ou confirmez qu'elle convient toujours.",
  stillCorrect: 'Toujours correcte',
  translateMode: 'Traduire',
  translateInto: 'Traduire en',
  mainLanguage: 'Langue principale : {language}',
  allLanguages: 'Toutes les langues',
  recordCounts: { one: '{count} traduction sur {total} à jour', other: '{count} traductions sur {total} à jour' },
};
