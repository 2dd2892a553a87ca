/**
 * The translation workspace's words in English: this file defines the catalogue's keys. `{language}` and `{main}` are
 * a language's name as it reads inside a sentence ("néerlandais" in French); `languageOption` and `countsLanguage`
 * begin with it and get it capitalised.
 */
export const en = {
  title: 'Translations',
  intro:
    'Every text of the register whose translation is missing or outdated, with the original in {main} beside it. Texts are written in the main language; a translation follows it.',
  keyboardHelp:
    'Type the translation and press Enter: it is saved and the cursor goes to the next text. Shift+Enter starts a new line, Escape undoes what you typed in the text.',
  loading: 'Loading…',
  // Filters
  filtersLabel: 'What to translate',
  language: 'Translate into',
  languageOption: { one: '{language} — 1 text to do', other: '{language} — {count} texts to do' },
  languageOptionDone: '{language} — all translated',
  kind: 'Part of the register',
  kindAll: 'All parts',
  kindMeta: 'Register details (title, description)',
  controller: 'Controller',
  controllerAll: 'All controllers',
  controllerHidesOthers:
    'Only processing activities and processor activities have controllers: while a controller is chosen, the other texts are not listed.',
  controllerNotApplicable:
    '{kind}: these records are shared by every controller, so the controller filter does not apply.',
  state: 'Show',
  stateTodo: 'Missing and outdated',
  stateMissing: 'Missing only',
  stateOutdated: 'Outdated only',
  // Counts
  missingCount: { one: '1 missing', other: '{count} missing' },
  outdatedCount: { one: '1 outdated', other: '{count} outdated' },
  countsLanguage: '{language}: {missing}, {outdated}.',
  countsFiltered: 'With these filters: {missing}, {outdated}.',
  allDone: 'Everything is translated into {language}: no text is missing or outdated.',
  noneMatch: 'No text to do matches these filters.',
  // Table
  tableCaption: 'Texts to translate into {language}',
  columnText: 'Text',
  columnSource: 'Original ({language})',
  columnTranslation: 'Translation ({language})',
  metaName: 'Register details',
  itemPurposes: 'Purpose {n}',
  itemLegalBases: 'Legal basis {n}',
  itemSources: 'Source {n}',
  itemRetention: 'Retention rule {n}',
  itemProcessingCategories: 'Category of processing {n}',
  itemOther: '{label} {n}',
  openInEditor: 'Open in the editor at this field',
  translationOf: 'Translation into {language}: {text}',
  badgeMissing: 'missing',
  badgeOutdated: 'outdated',
  badgeSaved: 'done',
  badgeConfirmed: 'confirmed',
  outdatedHint:
    'This translation was made from an earlier version of the original. Correct it, or confirm it if it still says the same.',
  save: 'Save',
  stillCorrect: 'Still correct',
  undo: 'Undo typing',
  saving: 'Saving…',
  savedStatus: 'Saved: {text}.',
  confirmedStatus: 'Confirmed as still correct: {text}.',
  lastText: 'That was the last text in the list.',
  conflict:
    'This text was changed elsewhere meanwhile ({fields}). The row now shows what is stored; what you typed is still in the box: check it against the original and save again.',
  gone: 'This text no longer exists: its record or item was removed elsewhere meanwhile.',
  saveFailed: 'The translation could not be saved: {reason}',
  // Paging and finished rows
  shown: 'Showing {shown} of {total} texts.',
  showMore: 'Show {count} more',
  finishedNote:
    'Texts you save stay in the list, marked done, so the rows do not move while you work; they leave when you change a filter.',
  clearFinished: {
    one: 'Remove the finished text from the list',
    other: 'Remove the {count} finished texts from the list',
  },
  leaveUnsaved: 'Some translations you typed are not saved yet. Leave anyway and lose them?',
} as const;
