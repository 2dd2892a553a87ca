/** Settings screen messages in English: this file defines the catalogue's keys. */
export const en = {
  conflict:
    'Not saved. After you opened these settings, another window or tab changed {fields} (a restore, an import or another Settings screen). That change is kept. Reload the settings to see it, then make your change again.',
  changedElsewhere:
    'Since you opened these settings, another window or tab changed {fields}. Reload them before you save: a save from this copy would be refused.',
  internalFieldsTitle: 'Internal fields',
  internalFieldsIntro:
    'Fields ticked here stay out of the authority workbook and the PDF unless you export an internal edition. The owner, the systems and the notes are always internal.',
  internalAlways: 'Always internal',
  mainLanguageLocked:
    'The main language was not changed: the register holds {count} texts written in {from}, which would then be taken for {to} (and their {to} translations ignored). Translations into {to} are made in the Translations screen; the main language can change while the register holds no texts.',
  reload: 'Reload the settings',
  fieldUserName: 'your name',
  fieldTitle: 'the register title',
  fieldOrganisation: 'the organisation',
  fieldMainLanguage: 'the main language',
  fieldOther: 'other register details',
} as const;
