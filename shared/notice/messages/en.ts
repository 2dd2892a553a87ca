/**
 * What the privacy notice says in English: headings, the sentences around the register's facts, the default texts of
 * its fixed paragraphs (templates a DPO may rewrite per language), the problems it lists and the change sentences.
 * This file defines the catalogue's keys.
 *
 * Templates: paragraphs are separated by an empty line; lines that start with "- " form a list. Placeholders:
 * {controllers} the controllers' names, {contact} where to write (the DPO's e-mail, else the controllers'),
 * {dpo} the data protection officer, {authority} the supervisory authority.
 */
export const en = {
  title: 'Privacy notice',
  titleOf: 'Privacy notice of {controllers}',
  contents: 'Contents',
  headingIntroduction: 'Introduction',
  headingControllers: 'Who processes your personal data?',
  headingPurposes: 'For what purposes do we process your personal data?',
  headingLegalBases: 'On what legal grounds do we process your data?',
  headingDataCategories: 'Which personal data do we process?',
  headingSources: 'Where do your personal data come from?',
  headingRecipients: 'To whom do we pass on your personal data?',
  headingProcessors: 'Who processes your data on our behalf?',
  headingTransfers: 'Are your data transferred outside the European Economic Area?',
  headingRetention: 'How long do we keep your personal data?',
  headingAutomated: 'Automated decisions and profiling',
  headingRights: 'What are your rights?',
  headingExercise: 'How can you exercise your rights?',
  headingContact: 'Data protection officer and complaints',

  controllersIntro: 'Your personal data are processed by:',
  enterpriseNumber: 'enterprise number {number}',
  jointIntro:
    'For some processing operations we decide on the purposes and the means together with others; we are then joint controllers (Art. 26 GDPR):',
  jointWith: '{names}, for: {activities}',
  arrangement: 'The essence of the arrangement between the joint controllers: {text}',

  purposesIntro: 'We process your personal data for the following purposes, grouped by the context in which we do so.',
  otherContext: 'Other processing',

  legalBasesIntro:
    'The General Data Protection Regulation (GDPR) allows processing only on a legal ground. We rely on the following grounds; where a law or regulation requires or allows the processing, it is named.',
  statutesLabel: 'Laws and regulations',
  appliesTo: 'For: {contexts}',
  interestLabel: 'The interest pursued',

  dataCategoriesIntro: 'Depending on your relationship with us, we process the following categories of personal data.',

  sourcesIntro: 'We receive your personal data:',
  sourcesFromYou: 'From you (Art. 13 GDPR)',
  sourcesElsewhere: 'From others (Art. 14 GDPR)',

  recipientsIntro: 'Your personal data may be passed on to the following recipients, grouped by kind.',

  processorsIntro:
    'We call on processors who process your data on our behalf and on our instructions. A contract binds them to the same security measures as ourselves (Art. 28 GDPR).',
  processorCountries: 'also processes data in: {countries}',

  transfersIntro:
    'The European Economic Area (EEA) is the European Union with Norway, Iceland and Liechtenstein. Your data may be transferred outside the EEA in the following cases, each on the condition named:',
  transfersNone: 'We do not transfer your personal data outside the European Economic Area.',
  transfersCopy:
    'You can ask our data protection officer for a copy of the safeguards on which a transfer relies, or where they are available.',
  transferTo: 'to {country}',
  transferCondition: 'Condition: {mechanism}',
  transferInstrument: 'Safeguards: {text}',

  retentionIntro:
    'We keep your personal data no longer than necessary for the purposes for which we process them. Where the law sets a retention period, we keep to it.',
  retentionProcessing: 'Processing',
  retentionPurpose: 'Purpose',
  retentionPeriod: 'Retention period',
  retentionAll: 'all purposes of this processing',
  retentionNotRecorded: 'not stated',
  retentionStarts: 'counted from: {trigger}',

  automatedIntro:
    'Some decisions are taken in a fully automated way, without the intervention of an employee, on the basis of the criteria the rules lay down:',
  automatedProfiling: 'includes profiling',
  automatedNone:
    'We do not take decisions about you based solely on automated processing, including profiling, that have legal effects for you or affect you similarly significantly.',

  dpoHeading: 'Data protection officer',
  dpoNone: 'Contact us at the addresses above.',
  authorityHeading: 'Supervisory authority',

  fallbackNote: 'Texts marked {marker} are not yet translated and are shown in the language of the register.',
  generatedOn: 'Version of {date}, generated from the register of processing activities.',
  fingerprint: 'Register fingerprint (SHA-256): {fingerprint}',
  pageOf: 'Page {page} of {pages}',

  templateIntroduction:
    'This privacy notice is issued by {controllers} ("we"). We respect your privacy, whether you are a member or not, a healthcare provider, someone who wants to work with us or a visitor of our website.\n\nAs Articles 13 and 14 of the General Data Protection Regulation (GDPR) require, this notice tells you which personal data we process, for what purposes and on what legal grounds, where the data come from, to whom we pass them on, how long we keep them and what rights you have.',
  templateRights:
    'You have the following rights with regard to your personal data, insofar as they do not conflict with the legal obligations or the tasks in the public interest entrusted to us.\n\n- Right of access: you may ask which of your personal data we process and receive a copy of them (Art. 15 GDPR).\n- Right to rectification: you may have incorrect data corrected and incomplete data completed (Art. 16 GDPR).\n- Right to erasure: you may have your data erased when we no longer need them, when you withdraw your consent and no other ground applies, when your objection is justified or when the processing is unlawful (Art. 17 GDPR).\n- Right to restriction of processing: you may have the use of your data restricted while their accuracy or your objection is examined, or when you need them for a legal claim (Art. 18 GDPR).\n- Right to object: you may object at any time to the use of your data for direct marketing, and on grounds relating to your particular situation to processing for a task in the public interest or a legitimate interest (Art. 21 GDPR).\n- Right to data portability: you may receive the data you provided to us, or have them passed on to another organisation, where we process them on the basis of your consent or a contract and by automated means (Art. 20 GDPR).\n- Right to withdraw your consent: where we process data on the basis of your consent, you may withdraw it at any time; this does not affect the lawfulness of the processing before the withdrawal (Art. 7(3) GDPR).\n- Right not to be subject to automated decisions: you may ask for a decision taken solely by automated means, including profiling, to be reviewed by an employee, and give your point of view (Art. 22 GDPR).',
  templateExercise:
    'To exercise one of these rights, contact us at {contact}. Be as specific as possible, so that we can handle your request correctly. To be sure that you are the person concerned, we may ask you to prove your identity, for example with a copy of your identity card.\n\nWe answer within one month. Exercising your rights is free of charge.',
  templateComplaints:
    'If you have a question or a complaint about how we process your personal data, you can contact our data protection officer. You also have the right to lodge a complaint with the supervisory authority, {authority}.',

  problemNoActivities: 'no active processing activity names {controller} as controller or joint controller',
  problemDraft: 'the processing activity is a draft: check it before the notice is published',
  problemPurposeWording: 'the purpose has no public wording; the notice shows the register wording',
  problemNoPurpose: 'the processing activity has no purposes',
  problemNoLegalBasis: 'the processing activity has no legal basis',
  problemRecipientKind:
    'the recipient\'s kind is "other": choose a more precise kind, so that data subjects know what sort of recipient it is',
  problemTransferMechanism: 'the transfer has no condition (transfer mechanism)',
  problemNoRetention: 'no retention period or criterion is recorded for this purpose',
  problemNoDpo: 'the register names no data protection officer (an organisation of kind "DPO") for these controllers',
  problemDpoContact: 'the data protection officer has no e-mail address and no postal address',
  problemNoAuthority: 'the register names no supervisory authority (an organisation of kind "supervisory authority")',
  problemAuthorityAddress: 'the supervisory authority has no address',
  problemControllerAddress: 'the controller has no address',
  problemNotTranslated:
    'the text is not translated into {language} (or its translation is outdated); the notice shows the {main} text',
  problemTemplateNotTranslated:
    'your own text of this paragraph is not translated into {language}; the notice shows the default text',

  changePurposeAdded: 'New purpose ({activity}): {purpose}',
  changePurposeRemoved: 'Purpose no longer pursued ({activity}): {purpose}',
  changePurposeChanged: 'Purpose reworded ({activity}): "{before}" becomes "{after}"',
  changeActivityAdded: 'New processing: {activity}',
  changeActivityRemoved: 'Processing no longer carried out: {activity}',
  changeLegalBasisAdded: 'New legal ground ({activity}): {ground}',
  changeLegalBasisRemoved: 'Legal ground no longer relied on ({activity}): {ground}',
  changeStatuteAdded: 'New law relied on ({activity}, {ground}): {statute}',
  changeStatuteRemoved: 'Law no longer relied on ({activity}, {ground}): {statute}',
  changeDataCategoryAdded: 'New category of personal data: {name}',
  changeDataCategoryRemoved: 'Category of personal data no longer processed: {name}',
  changeSourceAdded: 'New source of data: {name}',
  changeSourceRemoved: 'Source of data no longer used: {name}',
  changeRecipientAdded: 'New recipient: {name}',
  changeRecipientRemoved: 'Recipient no longer receives data: {name}',
  changeProcessorAdded: 'New processor: {name}',
  changeProcessorRemoved: 'Processor no longer used: {name}',
  changeTransferAdded: 'New transfer outside the EEA: {name} ({condition})',
  changeTransferRemoved: 'Transfer outside the EEA ended: {name}',
  changeTransferChanged: 'Transfer outside the EEA changed: {name}: "{before}" becomes "{after}"',
  changeRetentionChanged: 'Retention changed ({activity}, {purpose}): {before} becomes {after}',
  changeAutomatedChanged: 'Automated decision-making changed ({activity}): {before} becomes {after}',
  changeAutomatedYes: 'automated decisions',
  changeAutomatedProfiling: 'automated decisions with profiling',
  changeAutomatedNo: 'no automated decisions',
  changeContactChanged: 'Contact details changed: {name}',
  changeTextChanged: 'Text of the notice changed: {name}',
} as const;
