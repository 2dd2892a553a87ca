/** The privacy notice screen's words in English: this file defines the catalogue's keys. */
export const en = {
  title: 'Privacy notice',
  intro:
    'The information Art. 13 and 14 GDPR require you to give data subjects, generated from the register: choose the controller (or several that inform together) and the language. Internal fields never appear; fixed paragraphs come from the register details and, where you wrote none, from the product’s default text.',
  controllers: 'Controllers',
  controllersHint: 'Several controllers make one notice for the group.',
  noControllers: 'The register names no controller yet: add an organisation of kind “controller” first.',
  language: 'Language of the notice',
  date: 'Date of the notice',
  exportHtml: 'Save as web page (HTML)',
  exportPdf: 'Save as PDF',
  saved: 'Saved as {file}.',
  saveFailed: 'Could not save: {reason}',
  building: 'Building the notice…',
  missingTitle: { one: '1 thing to fix before publishing', other: '{count} things to fix before publishing' },
  missingNone:
    'Nothing to fix: every purpose has its wording, every recipient its kind, the DPO and the authority are known.',
  openField: 'Open',
  editTexts: 'Edit the fixed paragraphs',
  previewTitle: 'Preview',
  changesTitle: 'What changed since a snapshot',
  changesIntro:
    'A change to the notice must be brought to the data subjects’ attention. Compare the notice as it was in a snapshot with today’s, or with a later snapshot.',
  changesSnapshot: 'From snapshot',
  changesChoose: '— choose a snapshot —',
  changesTo: 'To',
  changesToday: 'today’s register',
  changesNone: 'The notice is the same as in that snapshot.',
  changesCount: { one: '1 change', other: '{count} changes' },
  noSnapshots: 'There is no snapshot yet: take one on the Snapshots screen to compare later.',
  textsTitle: 'Fixed paragraphs',
  textsIntro:
    'Your own text of the paragraphs every notice carries, in the register’s main language; an empty box keeps the default shown in it. Lines that start with “- ” make a list; {controllers}, {contact} and {authority} are filled in. Translate them on the Translations screen (register details).',
  textsSave: 'Save the paragraphs',
  textsSaved: 'Paragraphs saved.',
  refused: 'The notice cannot be made: {reason}',
};
