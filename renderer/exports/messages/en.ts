/** The export screen's words on translations in English: this file defines the catalogue's keys. */
export const en = {
  mainLanguageOption: '{language} (main language)',
  fallbackSummary: {
    one: '{count} text is missing or outdated in {language}: it will be shown in {main}, marked.',
    other: '{count} texts are missing or outdated in {language}: they will be shown in {main}, marked.',
  },
  fallbackMissing: { one: '{count} missing', other: '{count} missing' },
  fallbackOutdated: { one: '{count} outdated', other: '{count} outdated' },
  fallbackList: 'See the texts to translate into {language}',
  allTranslated: {
    one: 'The register text is translated into {language}.',
    other: 'All {count} register texts are translated into {language}.',
  },
};
