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
  reload: 'Reload the settings',
  fieldUserName: 'your name',
  fieldTitle: 'the register title',
  fieldOrganisation: 'the organisation',
  fieldMainLanguage: 'the main language',
  fieldOther: 'other register details',
} as const;
