/** The editor's translation words in English (the per-field translations and the translate mode): this file defines the catalogue's keys. */
export const en = {
  toggle: 'Translations ({current}/{total})',
  outdatedCount: { one: '{count} outdated', other: '{count} outdated' },
  missingCount: { one: '{count} missing', other: '{count} missing' },
  groupLabel: 'Translations of {field}',
  boxLabel: '{field} — {language} ({code})',
  stateCurrent: 'Current',
  stateOutdated: 'Outdated',
  stateMissing: 'Missing',
  outdatedHint:
    'The text in {main} has changed since this translation was made. Revise it, or confirm that it still fits.',
  stillCorrect: 'Still correct',
  translateMode: 'Translate',
  translateInto: 'Translate into',
  mainLanguage: 'Main language: {language}',
  allLanguages: 'All languages',
  recordCounts: { one: '{count} of {total} translations current', other: '{count} of {total} translations current' },
};
