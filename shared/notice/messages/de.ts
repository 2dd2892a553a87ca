/** Was die Datenschutzerklärung auf Deutsch sagt (Schlüssel: en.ts). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  title: 'Datenschutzerklärung',
  titleOf: 'Datenschutzerklärung von {controllers}',
  contents: 'Inhalt',
  headingIntroduction: 'Einleitung',
  headingControllers: 'Wer verarbeitet Ihre personenbezogenen Daten?',
  headingPurposes: 'Zu welchen Zwecken verarbeiten wir Ihre personenbezogenen Daten?',
  headingLegalBases: 'Auf welchen Rechtsgrundlagen verarbeiten wir Ihre Daten?',
  headingDataCategories: 'Welche personenbezogenen Daten verarbeiten wir?',
  headingSources: 'Woher stammen Ihre personenbezogenen Daten?',
  headingRecipients: 'An wen geben wir Ihre personenbezogenen Daten weiter?',
  headingProcessors: 'Wer verarbeitet Ihre Daten in unserem Auftrag?',
  headingTransfers: 'Werden Ihre Daten außerhalb des Europäischen Wirtschaftsraums übermittelt?',
  headingRetention: 'Wie lange speichern wir Ihre personenbezogenen Daten?',
  headingAutomated: 'Automatisierte Entscheidungen und Profiling',
  headingRights: 'Welche Rechte haben Sie?',
  headingExercise: 'Wie können Sie Ihre Rechte ausüben?',
  headingContact: 'Datenschutzbeauftragter und Beschwerden',

  controllersIntro: 'Ihre personenbezogenen Daten werden verarbeitet von:',
  enterpriseNumber: 'Unternehmensnummer {number}',
  jointIntro:
    'Für einige Verarbeitungen legen wir die Zwecke und Mittel gemeinsam mit anderen fest; wir sind dann gemeinsam Verantwortliche (Art. 26 DSGVO):',
  jointWith: '{names}, für: {activities}',
  arrangement: 'Das Wesentliche der Vereinbarung zwischen den gemeinsam Verantwortlichen: {text}',

  purposesIntro:
    'Wir verarbeiten Ihre personenbezogenen Daten zu den folgenden Zwecken, geordnet nach dem Zusammenhang, in dem wir dies tun.',
  otherContext: 'Weitere Verarbeitungen',

  legalBasesIntro:
    'Die Datenschutz-Grundverordnung (DSGVO) erlaubt eine Verarbeitung nur auf einer Rechtsgrundlage. Wir stützen uns auf die folgenden Rechtsgrundlagen; wo ein Gesetz oder eine Verordnung die Verarbeitung vorschreibt oder erlaubt, wird es genannt.',
  statutesLabel: 'Gesetze und Verordnungen',
  appliesTo: 'Für: {contexts}',
  interestLabel: 'Das verfolgte Interesse',

  dataCategoriesIntro:
    'Je nach Ihrer Beziehung zu uns verarbeiten wir die folgenden Kategorien personenbezogener Daten.',

  sourcesIntro: 'Wir erhalten Ihre personenbezogenen Daten:',
  sourcesFromYou: 'Von Ihnen selbst (Art. 13 DSGVO)',
  sourcesElsewhere: 'Von anderen (Art. 14 DSGVO)',

  recipientsIntro:
    'Ihre personenbezogenen Daten können an die folgenden Empfänger weitergegeben werden, nach Art geordnet.',

  processorsIntro:
    'Wir setzen Auftragsverarbeiter ein, die Ihre Daten in unserem Auftrag und nach unseren Weisungen verarbeiten. Ein Vertrag verpflichtet sie zu denselben Sicherheitsmaßnahmen wie uns selbst (Art. 28 DSGVO).',
  processorCountries: 'verarbeitet Daten auch in: {countries}',

  transfersIntro:
    'Der Europäische Wirtschaftsraum (EWR) umfasst die Europäische Union sowie Norwegen, Island und Liechtenstein. Ihre Daten können in den folgenden Fällen außerhalb des EWR übermittelt werden, jeweils unter der genannten Bedingung:',
  transfersNone: 'Wir übermitteln Ihre personenbezogenen Daten nicht außerhalb des Europäischen Wirtschaftsraums.',
  transfersCopy:
    'Eine Kopie der Garantien, auf die sich eine Übermittlung stützt, oder die Angabe, wo sie verfügbar sind, erhalten Sie bei unserem Datenschutzbeauftragten.',
  transferTo: 'Zielland: {country}',
  transferCondition: 'Bedingung: {mechanism}',
  transferInstrument: 'Garantien: {text}',

  retentionIntro:
    'Wir speichern Ihre personenbezogenen Daten nicht länger, als es für die Zwecke, zu denen wir sie verarbeiten, erforderlich ist. Wo das Gesetz eine Aufbewahrungsfrist vorschreibt, halten wir sie ein.',
  retentionProcessing: 'Verarbeitung',
  retentionPurpose: 'Zweck',
  retentionPeriod: 'Speicherdauer',
  retentionAll: 'alle Zwecke dieser Verarbeitung',
  retentionNotRecorded: 'nicht angegeben',
  retentionStarts: 'gerechnet ab: {trigger}',

  automatedIntro:
    'Einige Entscheidungen werden vollständig automatisiert getroffen, ohne Mitwirkung eines Mitarbeiters, nach den Kriterien, die die Vorschriften festlegen:',
  automatedProfiling: 'einschließlich Profiling',
  automatedNone:
    'Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.',

  dpoHeading: 'Datenschutzbeauftragter',
  dpoNone: 'Kontaktieren Sie uns unter den oben genannten Anschriften.',
  authorityHeading: 'Aufsichtsbehörde',

  fallbackNote: 'Mit {marker} markierte Texte sind noch nicht übersetzt und stehen in der Sprache des Verzeichnisses.',
  generatedOn: 'Fassung vom {date}, erstellt aus dem Verzeichnis von Verarbeitungstätigkeiten.',
  fingerprint: 'Fingerabdruck des Verzeichnisses (SHA-256): {fingerprint}',
  pageOf: 'Seite {page} von {pages}',

  templateIntroduction:
    'Diese Datenschutzerklärung wird herausgegeben von {controllers} („wir“). Wir achten Ihre Privatsphäre, ob Sie Mitglied sind oder nicht, Leistungserbringer im Gesundheitswesen, Bewerber oder Besucher unserer Website.\n\nWie es die Artikel 13 und 14 der Datenschutz-Grundverordnung (DSGVO) verlangen, teilt diese Erklärung Ihnen mit, welche personenbezogenen Daten wir verarbeiten, zu welchen Zwecken und auf welchen Rechtsgrundlagen, woher die Daten stammen, an wen wir sie weitergeben, wie lange wir sie speichern und welche Rechte Sie haben.',
  templateRights:
    'Sie haben in Bezug auf Ihre personenbezogenen Daten die folgenden Rechte, soweit sie nicht den rechtlichen Verpflichtungen oder den uns übertragenen Aufgaben im öffentlichen Interesse entgegenstehen.\n\n- Recht auf Auskunft: Sie können erfragen, welche personenbezogenen Daten wir über Sie verarbeiten, und eine Kopie davon erhalten (Art. 15 DSGVO).\n- Recht auf Berichtigung: Sie können unrichtige Daten berichtigen und unvollständige vervollständigen lassen (Art. 16 DSGVO).\n- Recht auf Löschung: Sie können Ihre Daten löschen lassen, wenn wir sie nicht mehr benötigen, wenn Sie Ihre Einwilligung widerrufen und keine andere Rechtsgrundlage besteht, wenn Ihr Widerspruch begründet ist oder wenn die Verarbeitung unrechtmäßig ist (Art. 17 DSGVO).\n- Recht auf Einschränkung der Verarbeitung: Sie können die Nutzung Ihrer Daten einschränken lassen, solange ihre Richtigkeit oder Ihr Widerspruch geprüft wird oder wenn Sie sie für Rechtsansprüche benötigen (Art. 18 DSGVO).\n- Widerspruchsrecht: Sie können der Nutzung Ihrer Daten für Direktwerbung jederzeit widersprechen, und aus Gründen, die sich aus Ihrer besonderen Situation ergeben, einer Verarbeitung für eine Aufgabe im öffentlichen Interesse oder aufgrund eines berechtigten Interesses (Art. 21 DSGVO).\n- Recht auf Datenübertragbarkeit: Sie können die Daten, die Sie uns bereitgestellt haben, erhalten oder an eine andere Organisation übermitteln lassen, wenn wir sie aufgrund Ihrer Einwilligung oder eines Vertrags automatisiert verarbeiten (Art. 20 DSGVO).\n- Recht auf Widerruf der Einwilligung: Verarbeiten wir Daten aufgrund Ihrer Einwilligung, können Sie diese jederzeit widerrufen; die Rechtmäßigkeit der Verarbeitung vor dem Widerruf bleibt unberührt (Art. 7 Abs. 3 DSGVO).\n- Recht, keiner automatisierten Entscheidung unterworfen zu werden: Sie können verlangen, dass ein Mitarbeiter eine ausschließlich automatisierte Entscheidung, einschließlich Profiling, überprüft, und Ihren Standpunkt darlegen (Art. 22 DSGVO).',
  templateExercise:
    'Um eines dieser Rechte auszuüben, wenden Sie sich an {contact}. Bitte seien Sie so genau wie möglich, damit wir Ihr Anliegen richtig bearbeiten können. Um sicherzugehen, dass Sie die betroffene Person sind, können wir Sie bitten, Ihre Identität nachzuweisen, etwa mit einer Kopie Ihres Personalausweises.\n\nWir antworten innerhalb eines Monats. Die Ausübung Ihrer Rechte ist unentgeltlich.',
  templateComplaints:
    'Haben Sie eine Frage oder eine Beschwerde zur Verarbeitung Ihrer personenbezogenen Daten, können Sie sich an unseren Datenschutzbeauftragten wenden. Sie haben außerdem das Recht, Beschwerde bei der Aufsichtsbehörde einzulegen: {authority}.',

  problemNoActivities:
    'keine aktive Verarbeitungstätigkeit nennt {controller} als Verantwortlichen oder gemeinsam Verantwortlichen',
  problemDraft: 'die Verarbeitungstätigkeit ist ein Entwurf: prüfen Sie sie, bevor die Erklärung veröffentlicht wird',
  problemPurposeWording:
    'der Zweck hat keine Formulierung für die Öffentlichkeit; die Erklärung zeigt die Formulierung des Verzeichnisses',
  problemNoPurpose: 'die Verarbeitungstätigkeit hat keine Zwecke',
  problemNoLegalBasis: 'die Verarbeitungstätigkeit hat keine Rechtsgrundlage',
  problemRecipientKind:
    'die Art des Empfängers ist „sonstige“: wählen Sie eine genauere Art, damit betroffene Personen wissen, welche Art von Empfänger es ist',
  problemTransferMechanism: 'die Übermittlung hat keine Bedingung (Übermittlungsmechanismus)',
  problemNoRetention: 'für diesen Zweck ist keine Speicherdauer und kein Kriterium festgehalten',
  problemNoDpo:
    'das Verzeichnis nennt keinen Datenschutzbeauftragten (eine Organisation der Art „DSB“) für diese Verantwortlichen',
  problemDpoContact: 'der Datenschutzbeauftragte hat weder E-Mail-Adresse noch Postanschrift',
  problemNoAuthority: 'das Verzeichnis nennt keine Aufsichtsbehörde (eine Organisation der Art „Aufsichtsbehörde“)',
  problemAuthorityAddress: 'die Aufsichtsbehörde hat keine Anschrift',
  problemControllerAddress: 'der Verantwortliche hat keine Anschrift',
  problemNotTranslated:
    'der Text ist nicht übersetzt ({language}) oder seine Übersetzung ist veraltet; die Erklärung zeigt den Text in der Sprache {main}',
  problemTemplateNotTranslated:
    'Ihr eigener Text dieses Absatzes ist nicht übersetzt ({language}); die Erklärung zeigt den Standardtext',

  changePurposeAdded: 'Neuer Zweck ({activity}): {purpose}',
  changePurposeRemoved: 'Zweck wird nicht mehr verfolgt ({activity}): {purpose}',
  changePurposeChanged: 'Zweck neu formuliert ({activity}): „{before}“ wird „{after}“',
  changeActivityAdded: 'Neue Verarbeitung: {activity}',
  changeActivityRemoved: 'Verarbeitung eingestellt: {activity}',
  changeLegalBasisAdded: 'Neue Rechtsgrundlage ({activity}): {ground}',
  changeLegalBasisRemoved: 'Rechtsgrundlage entfällt ({activity}): {ground}',
  changeStatuteAdded: 'Neues Gesetz als Grundlage ({activity}, {ground}): {statute}',
  changeStatuteRemoved: 'Gesetz nicht mehr Grundlage ({activity}, {ground}): {statute}',
  changeDataCategoryAdded: 'Neue Kategorie personenbezogener Daten: {name}',
  changeDataCategoryRemoved: 'Kategorie personenbezogener Daten wird nicht mehr verarbeitet: {name}',
  changeSourceAdded: 'Neue Datenquelle: {name}',
  changeSourceRemoved: 'Datenquelle wird nicht mehr genutzt: {name}',
  changeRecipientAdded: 'Neuer Empfänger: {name}',
  changeRecipientRemoved: 'Empfänger erhält keine Daten mehr: {name}',
  changeProcessorAdded: 'Neuer Auftragsverarbeiter: {name}',
  changeProcessorRemoved: 'Auftragsverarbeiter wird nicht mehr eingesetzt: {name}',
  changeTransferAdded: 'Neue Übermittlung außerhalb des EWR: {name} ({condition})',
  changeTransferRemoved: 'Übermittlung außerhalb des EWR beendet: {name}',
  changeTransferChanged: 'Übermittlung außerhalb des EWR geändert: {name}: „{before}“ wird „{after}“',
  changeRetentionChanged: 'Speicherdauer geändert ({activity}, {purpose}): {before} wird {after}',
  changeAutomatedChanged: 'Automatisierte Entscheidungsfindung geändert ({activity}): {before} wird {after}',
  changeAutomatedYes: 'automatisierte Entscheidungen',
  changeAutomatedProfiling: 'automatisierte Entscheidungen mit Profiling',
  changeAutomatedNo: 'keine automatisierten Entscheidungen',
  changeContactChanged: 'Kontaktdaten geändert: {name}',
  changeTextChanged: 'Text der Erklärung geändert: {name}',
};
