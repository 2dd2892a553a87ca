/** Validation messages and rule descriptions in German, in the terms of the DSGVO and with formal address. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

// Citations follow German legal style ("Art. 30 Abs. 1 Buchst. a DSGVO"); names are quoted „so“, as German print does.
export const de: TranslationOf<typeof en> = {
  messages: {
    ACT_NO_CONTROLLER:
      'Die Verarbeitungstätigkeit „{name}“ nennt keinen Verantwortlichen (Art. 30 Abs. 1 Buchst. a DSGVO).',
    ACT_NO_PURPOSE:
      'Die Verarbeitungstätigkeit „{name}“ nennt keinen Zweck der Verarbeitung (Art. 30 Abs. 1 Buchst. b DSGVO).',
    ACT_NO_LEGAL_BASIS: 'Die Verarbeitungstätigkeit „{name}“ hat keine Rechtsgrundlage (Art. 6 DSGVO).',
    ACT_NO_SUBJECTS:
      'Die Verarbeitungstätigkeit „{name}“ nennt keine Kategorien betroffener Personen (Art. 30 Abs. 1 Buchst. c DSGVO).',
    ACT_NO_DATA_CATEGORIES:
      'Die Verarbeitungstätigkeit „{name}“ nennt keine Kategorien personenbezogener Daten (Art. 30 Abs. 1 Buchst. c DSGVO).',
    ACT_NO_SECURITY:
      'Die Verarbeitungstätigkeit „{name}“ beschreibt keine technischen und organisatorischen Maßnahmen (Art. 30 Abs. 1 Buchst. g DSGVO).',
    ACT_NO_ART6_BASIS:
      'Die Verarbeitungstätigkeit „{name}“ hat keine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO; eine Ausnahme nach Art. 9 Abs. 2 DSGVO oder eine andere Grundlage ersetzt diese nicht.',
    ACT_SPECIAL_NO_ART9:
      'Die Verarbeitungstätigkeit „{name}“ verarbeitet besondere Kategorien personenbezogener Daten ({categories}), ohne dass eine Ausnahme nach Art. 9 Abs. 2 DSGVO angegeben ist.',
    ACT_CRIMINAL_NO_ART10:
      'Die Verarbeitungstätigkeit „{name}“ verarbeitet Daten über strafrechtliche Verurteilungen und Straftaten ({categories}), ohne dass eine Grundlage nach Art. 10 DSGVO angegeben ist.',
    ACT_NATIONAL_ID_NO_ART87:
      'Die Verarbeitungstätigkeit „{name}“ verwendet eine nationale Kennziffer ({categories}), aber keine ihrer Rechtsgrundlagen verweist auf Art. 87 DSGVO.',
    ACT_NATIONAL_ID_NO_LAW:
      'Die Verarbeitungstätigkeit „{name}“ verwendet eine nationale Kennziffer ({categories}), aber ihre Rechtsgrundlagen nennen kein Gesetz, das diese Verwendung erlaubt.',
    ACT_BASIS_NO_LAW:
      'Verarbeitungstätigkeit „{name}“: Die Rechtsgrundlage {ground} nennt weder ein Gesetz noch eine andere Vorschrift des nationalen Rechts (Art. 6 Abs. 3 DSGVO).',
    ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
      'Die Verarbeitungstätigkeit „{name}“ stützt sich auf berechtigte Interessen (Art. 6 Abs. 1 Buchst. f DSGVO), ohne das verfolgte Interesse zu nennen und anzugeben, wo die Interessenabwägung dokumentiert ist.',
    ACT_NO_RETENTION: 'Die Verarbeitungstätigkeit „{name}“ hat keine Speicherfrist (Art. 30 Abs. 1 Buchst. f DSGVO).',
    ACT_RETENTION_CRITERION_ONLY:
      'Verarbeitungstätigkeit „{name}“: Die Regel {rule} zur Speicherfrist ist nur als Freitext angegeben („{criterion}“), ohne Frist.',
    ACT_RETENTION_EMPTY:
      'Verarbeitungstätigkeit „{name}“: Die Regel {rule} zur Speicherfrist hat weder eine Frist noch ein Kriterium.',
    ACT_RETENTION_UNKNOWN_PURPOSE:
      'Verarbeitungstätigkeit „{name}“: Die Regel {rule} zur Speicherfrist verweist auf einen Zweck, den die Tätigkeit nicht mehr hat.',
    ACT_RETENTION_CATEGORY_NOT_PROCESSED:
      'Verarbeitungstätigkeit „{name}“: Die Regel {rule} zur Speicherfrist gilt für Datenkategorien, die die Tätigkeit nicht verarbeitet ({categories}).',
    ACT_DPIA_LIKELY:
      'Die Verarbeitungstätigkeit „{name}“ erfordert wahrscheinlich eine Datenschutz-Folgenabschätzung (DSFA, Art. 35 DSGVO), aber es wurde nicht beurteilt, ob eine solche erforderlich ist.',
    ACT_DPIA_NOT_DONE:
      'Die Verarbeitungstätigkeit „{name}“ ist aktiv, obwohl die erforderliche DSFA nicht abgeschlossen ist (Art. 35 Abs. 1 DSGVO: vorab, also vor der Verarbeitung).',
    REVIEW_OVERDUE: '„{name}“ hätte am {date} überprüft werden müssen.',
    REVIEW_DATE_MISSING: '„{name}“ hat kein Datum für die nächste Überprüfung.',
    TRANSLATION_OUTDATED:
      '„{name}“ hat Übersetzungen ({languages}) einer früheren Fassung des Textes: Exporte zeigen den Text in der Hauptsprache, bis sie überarbeitet oder als weiterhin richtig bestätigt sind.',
    RETIRED_NO_END_DATE:
      '„{name}“ ist beendet, hat aber kein Enddatum; die Aufsichtsbehörde kann fragen, wann die Verarbeitung endete.',
    END_BEFORE_START: '„{name}“ endet ({endDate}) vor dem Anfangsdatum ({startDate}).',
    ENDED_NOT_RETIRED: '„{name}“ endete am {endDate}, hat aber nicht den Status „Beendet“.',
    ACT_REPLACED_BY_SELF: 'Die Verarbeitungstätigkeit „{name}“ ist als durch sich selbst ersetzt eingetragen.',
    ACT_RECIPIENT_NO_TRANSFER:
      'Die Verarbeitungstätigkeit „{name}“ legt Daten gegenüber dem Empfänger {recipient} offen, der in einem Drittland ohne Angemessenheitsbeschluss niedergelassen ist: {country}; eine Übermittlung an ihn ist nicht verzeichnet (Art. 30 Abs. 1 Buchst. e DSGVO).',
    ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
      'Die Verarbeitungstätigkeit „{name}“ legt Daten gegenüber dem Empfänger {recipient} offen, der in einem Land mit Angemessenheitsbeschluss niedergelassen ist: {country}; die Übermittlung ist dennoch im Verzeichnis anzugeben (Art. 30 Abs. 1 Buchst. e DSGVO).',
    ACT_PROCESSOR_NO_TRANSFER:
      'Die Verarbeitungstätigkeit „{name}“ setzt den Auftragsverarbeiter {processor} ein, der Daten in einem Drittland ohne Angemessenheitsbeschluss verarbeitet: {country}; eine Übermittlung dorthin ist nicht verzeichnet (Art. 30 Abs. 1 Buchst. e DSGVO).',
    ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
      'Die Verarbeitungstätigkeit „{name}“ setzt den Auftragsverarbeiter {processor} ein, der Daten in einem Land mit Angemessenheitsbeschluss verarbeitet: {country}; die Übermittlung ist dennoch im Verzeichnis anzugeben (Art. 30 Abs. 1 Buchst. e DSGVO).',
    PACT_SUBPROCESSOR_NO_TRANSFER:
      'Die Auftragsverarbeitungstätigkeit „{name}“ setzt den Unterauftragsverarbeiter {processor} ein, der Daten in einem Drittland ohne Angemessenheitsbeschluss verarbeitet: {country}; eine Übermittlung ist nicht verzeichnet (Art. 30 Abs. 2 Buchst. c DSGVO).',
    TRF_NO_MECHANISM: 'Die Übermittlung „{name}“ nennt keine Grundlage nach Kapitel V DSGVO; Zielland: {country}.',
    TRF_ADEQUACY_WITHOUT_DECISION:
      'Die Übermittlung „{name}“ stützt sich auf einen Angemessenheitsbeschluss (Art. 45 DSGVO), für das Zielland besteht jedoch keiner: {country}.',
    TRF_ART49_SECOND_NO_DOCUMENTATION:
      'Die Übermittlung „{name}“ stützt sich auf zwingende berechtigte Interessen (Art. 49 Abs. 1 Unterabs. 2 DSGVO), ohne die Beurteilung und die geeigneten Garantien zu dokumentieren (Art. 49 Abs. 6 und Art. 30 Abs. 1 Buchst. e DSGVO).',
    TRF_DEROGATION_NO_DOCUMENTATION:
      'Die Übermittlung „{name}“ stützt sich auf eine Ausnahme für bestimmte Fälle ({mechanism}), ohne zu dokumentieren, warum diese anwendbar ist.',
    TRF_NO_INSTRUMENT:
      'Die Übermittlung „{name}“ stützt sich auf {mechanism}, ohne das Instrument zu nennen (welche Standarddatenschutzklauseln, welche Genehmigung verbindlicher interner Datenschutzvorschriften, welche Verhaltensregeln oder welche Zertifizierung).',
    TRF_INSIDE_EEA:
      'Zielland der Übermittlung „{name}“: {country}, innerhalb des EWR; das ist keine Übermittlung im Sinne von Kapitel V DSGVO.',
    TRF_NO_PARTY:
      'Die Übermittlung „{name}“ nennt weder einen Empfänger noch einen Auftragsverarbeiter noch eine internationale Organisation.',
    TRF_COUNTRY_MISMATCH:
      'Zielland der Übermittlung „{name}“: {country}; laut Verzeichnis hat {party} dort jedoch weder eine Niederlassung noch einen Verarbeitungsort.',
    TRF_UNUSED: 'Die Übermittlung „{name}“ ist mit keiner Verarbeitungstätigkeit verknüpft.',
    PROC_NO_CONTRACT_DATE:
      'Für den Auftragsverarbeiter „{name}“ ist kein Datum des Auftragsverarbeitungsvertrags angegeben (Art. 28 Abs. 3 DSGVO).',
    PACT_NO_PROCESSOR_ORGANISATION:
      'Die Auftragsverarbeitungstätigkeit „{name}“ gibt nicht an, welches Unternehmen der Gruppe als Auftragsverarbeiter tätig ist (Art. 30 Abs. 2 Buchst. a DSGVO).',
    PACT_NO_CONTROLLERS:
      'Die Auftragsverarbeitungstätigkeit „{name}“ nennt keinen Verantwortlichen, in dessen Auftrag sie durchgeführt wird (Art. 30 Abs. 2 Buchst. a DSGVO).',
    PACT_NO_PROCESSING_CATEGORIES:
      'Die Auftragsverarbeitungstätigkeit „{name}“ nennt keine Kategorien von Verarbeitungen (Art. 30 Abs. 2 Buchst. b DSGVO).',
    PACT_NO_SECURITY:
      'Die Auftragsverarbeitungstätigkeit „{name}“ beschreibt keine technischen und organisatorischen Maßnahmen (Art. 30 Abs. 2 Buchst. d DSGVO).',
    ORG_NO_ENTERPRISE_NUMBER: 'Der Verantwortliche „{name}“ hat keine Unternehmensnummer (ZDU).',
    ENTERPRISE_NUMBER_INVALID:
      '„{name}“: {number} ist keine gültige belgische Unternehmensnummer (ZDU-Prüfziffern); geben Sie für eine ausländische Organisation das Land ihrer Anschrift an.',
    REG_NO_DPO: 'Das Verzeichnis nennt keinen Datenschutzbeauftragten (Art. 30 Abs. 1 Buchst. a DSGVO).',
    REG_NO_SUPERVISORY_AUTHORITY: 'Das Verzeichnis nennt keine Aufsichtsbehörde (in Belgien: die Datenschutzbehörde).',
    REF_DANGLING: '„{name}“ verweist auf einen Eintrag, der nicht mehr existiert ({targetKind}, {missingId}).',
    DUPLICATE_NAME: '{count} {kinds} tragen den Namen „{name}“.',
  },
  ruleDescriptions: {
    ACT_NO_CONTROLLER:
      'Jede Verarbeitungstätigkeit nennt mindestens einen Verantwortlichen (Art. 30 Abs. 1 Buchst. a DSGVO).',
    ACT_NO_PURPOSE: 'Jede Verarbeitungstätigkeit nennt ihre Zwecke (Art. 30 Abs. 1 Buchst. b DSGVO).',
    ACT_NO_LEGAL_BASIS: 'Jede Verarbeitungstätigkeit hat mindestens eine Rechtsgrundlage (Art. 6 DSGVO).',
    ACT_NO_SUBJECTS:
      'Jede Verarbeitungstätigkeit nennt die Kategorien betroffener Personen (Art. 30 Abs. 1 Buchst. c DSGVO).',
    ACT_NO_DATA_CATEGORIES:
      'Jede Verarbeitungstätigkeit nennt die Kategorien personenbezogener Daten (Art. 30 Abs. 1 Buchst. c DSGVO).',
    ACT_NO_SECURITY:
      'Jede Verarbeitungstätigkeit beschreibt technische und organisatorische Maßnahmen, als verknüpfte Maßnahmen oder als Freitext (Art. 30 Abs. 1 Buchst. g DSGVO).',
    ACT_NO_ART6_BASIS:
      'Eine Verarbeitungstätigkeit mit Rechtsgrundlagen hat mindestens eine nach Art. 6 Abs. 1 DSGVO; eine Ausnahme nach Art. 9 Abs. 2 DSGVO allein genügt nicht.',
    ACT_SPECIAL_NO_ART9:
      'Eine Verarbeitungstätigkeit, die besondere Kategorien personenbezogener Daten verarbeitet, stützt sich auf eine Ausnahme nach Art. 9 Abs. 2 DSGVO.',
    ACT_CRIMINAL_NO_ART10:
      'Eine Verarbeitungstätigkeit, die Daten über strafrechtliche Verurteilungen und Straftaten verarbeitet, stützt sich auf Art. 10 DSGVO.',
    ACT_NATIONAL_ID_NO_ART87:
      'Eine Verarbeitungstätigkeit, die eine nationale Kennziffer verwendet, verweist auf Art. 87 DSGVO.',
    ACT_NATIONAL_ID_NO_LAW:
      'Eine Verarbeitungstätigkeit, die eine nationale Kennziffer verwendet, verknüpft ihre Rechtsgrundlagen mit dem Gesetz, das diese Verwendung erlaubt (in Belgien ist die Verwendung der Nationalregisternummer gesetzlich geregelt).',
    ACT_BASIS_NO_LAW:
      'Eine Rechtsgrundlage nach Art. 6 Abs. 1 Buchst. c DSGVO (rechtliche Verpflichtung) oder Buchst. e DSGVO (Aufgabe im öffentlichen Interesse) ist mit dem Gesetz, der Beratung oder dem Protokoll verknüpft, worauf sie beruht (Art. 6 Abs. 3 DSGVO).',
    ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
      'Eine Rechtsgrundlage nach Art. 6 Abs. 1 Buchst. f DSGVO (berechtigte Interessen) nennt das verfolgte Interesse und gibt an, wo die Interessenabwägung dokumentiert ist.',
    ACT_NO_RETENTION:
      'Jede Verarbeitungstätigkeit hat mindestens eine Regel zur Speicherfrist (Art. 30 Abs. 1 Buchst. f DSGVO: „wenn möglich“).',
    ACT_RETENTION_CRITERION_ONLY:
      'Eine Regel zur Speicherfrist, die nur ein Kriterium als Freitext und keine Frist angibt, wird gemeldet.',
    ACT_RETENTION_EMPTY: 'Eine Regel zur Speicherfrist hat eine Frist oder ein Kriterium.',
    ACT_RETENTION_UNKNOWN_PURPOSE:
      'Eine Regel zur Speicherfrist verweist nur auf Zwecke ihrer eigenen Verarbeitungstätigkeit.',
    ACT_RETENTION_CATEGORY_NOT_PROCESSED:
      'Eine Regel zur Speicherfrist gilt nur für Datenkategorien, die die Verarbeitungstätigkeit verarbeitet.',
    ACT_DPIA_LIKELY:
      'Eine Verarbeitungstätigkeit mit Anzeichen für ein hohes Risiko (besondere Kategorien personenbezogener Daten oder nationale Kennziffer in großem Umfang, Scoring, automatisierte Entscheidungen, Profiling oder zwei Kriterien aus WP248) gibt an, ob eine Datenschutz-Folgenabschätzung erforderlich ist.',
    ACT_DPIA_NOT_DONE:
      'Eine aktive Verarbeitungstätigkeit, für die eine Datenschutz-Folgenabschätzung erforderlich ist, hat diese abgeschlossen (Art. 35 Abs. 1 DSGVO: vorab, also vor der Verarbeitung).',
    REVIEW_OVERDUE: 'Das Datum der nächsten Überprüfung einer laufenden Verarbeitung liegt nicht in der Vergangenheit.',
    REVIEW_DATE_MISSING: 'Eine laufende Verarbeitung hat ein Datum für die nächste Überprüfung.',
    TRANSLATION_OUTDATED: 'Jede Übersetzung wurde aus dem heutigen Text in der Hauptsprache erstellt oder als weiterhin richtig bestätigt.',
    RETIRED_NO_END_DATE:
      'Eine beendete Verarbeitung hat ein Enddatum (die belgische Datenschutzbehörde empfiehlt, beendete Verarbeitungen noch fünf Jahre im Verzeichnis zu führen).',
    END_BEFORE_START: 'Das Enddatum einer Verarbeitung liegt nicht vor ihrem Anfangsdatum.',
    ENDED_NOT_RETIRED: 'Eine Verarbeitung, deren Enddatum verstrichen ist, hat den Status „Beendet“.',
    ACT_REPLACED_BY_SELF: 'Eine Verarbeitungstätigkeit wird nicht durch sich selbst ersetzt.',
    ACT_RECIPIENT_NO_TRANSFER:
      'Ein Empfänger in einem Drittland ohne Angemessenheitsbeschluss ist durch eine Übermittlung derselben Verarbeitungstätigkeit abgedeckt.',
    ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
      'Ein Empfänger in einem Land mit Angemessenheitsbeschluss ist in einer Übermittlung derselben Verarbeitungstätigkeit angegeben.',
    ACT_PROCESSOR_NO_TRANSFER:
      'Jedes Drittland ohne Angemessenheitsbeschluss, in dem ein Auftragsverarbeiter Daten verarbeitet, ist durch eine Übermittlung derselben Verarbeitungstätigkeit abgedeckt.',
    ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
      'Jedes Land mit Angemessenheitsbeschluss, in dem ein Auftragsverarbeiter Daten verarbeitet, ist in einer Übermittlung derselben Verarbeitungstätigkeit angegeben.',
    PACT_SUBPROCESSOR_NO_TRANSFER:
      'Jedes Drittland ohne Angemessenheitsbeschluss, in dem ein Unterauftragsverarbeiter einer Auftragsverarbeitungstätigkeit Daten verarbeitet, ist durch eine Übermittlung dieser Tätigkeit abgedeckt (Art. 30 Abs. 2 Buchst. c DSGVO).',
    TRF_NO_MECHANISM:
      'Eine Übermittlung an ein Drittland ohne Angemessenheitsbeschluss nennt ihre Grundlage (Art. 46, 47 oder 49 DSGVO).',
    TRF_ADEQUACY_WITHOUT_DECISION:
      'Eine Übermittlung auf der Grundlage eines Angemessenheitsbeschlusses (Art. 45 DSGVO) geht in ein Land, für das ein solcher Beschluss besteht.',
    TRF_ART49_SECOND_NO_DOCUMENTATION:
      'Eine Übermittlung aufgrund zwingender berechtigter Interessen (Art. 49 Abs. 1 Unterabs. 2 DSGVO) dokumentiert die Beurteilung und die Garantien (Art. 49 Abs. 6 und Art. 30 Abs. 1 Buchst. e DSGVO).',
    TRF_DEROGATION_NO_DOCUMENTATION:
      'Eine Übermittlung aufgrund einer Ausnahme für bestimmte Fälle nach Art. 49 Abs. 1 Unterabs. 1 Buchst. a bis g DSGVO dokumentiert, warum diese Ausnahme anwendbar ist.',
    TRF_NO_INSTRUMENT:
      'Eine Übermittlung vorbehaltlich geeigneter Garantien (Art. 46 oder 47 DSGVO) nennt das Instrument: welche Standarddatenschutzklauseln, verbindlichen internen Datenschutzvorschriften, Verhaltensregeln oder Zertifizierung.',
    TRF_INSIDE_EEA: 'Eine Übermittlung geht in ein Land außerhalb des EWR oder an eine internationale Organisation.',
    TRF_NO_PARTY:
      'Eine Übermittlung nennt, an wen sie geht: einen Empfänger, einen Auftragsverarbeiter oder eine internationale Organisation.',
    TRF_COUNTRY_MISMATCH:
      'Das Zielland einer Übermittlung ist das Land des Empfängers oder ein Land, in dem der Auftragsverarbeiter Daten verarbeitet.',
    TRF_UNUSED:
      'Jede Übermittlung ist mit einer Verarbeitungstätigkeit oder Auftragsverarbeitungstätigkeit verknüpft; das Verzeichnis beschreibt Übermittlungen je Verarbeitung (Art. 30 Abs. 1 Buchst. e DSGVO).',
    PROC_NO_CONTRACT_DATE:
      'Für jeden Auftragsverarbeiter ist das Datum des Auftragsverarbeitungsvertrags angegeben (Art. 28 Abs. 3 DSGVO).',
    PACT_NO_PROCESSOR_ORGANISATION:
      'Jede Auftragsverarbeitungstätigkeit nennt das Unternehmen der Gruppe, das als Auftragsverarbeiter tätig ist (Art. 30 Abs. 2 Buchst. a DSGVO).',
    PACT_NO_CONTROLLERS:
      'Jede Auftragsverarbeitungstätigkeit nennt jeden Verantwortlichen, in dessen Auftrag sie durchgeführt wird (Art. 30 Abs. 2 Buchst. a DSGVO).',
    PACT_NO_PROCESSING_CATEGORIES:
      'Jede Auftragsverarbeitungstätigkeit nennt die Kategorien von Verarbeitungen, die durchgeführt werden (Art. 30 Abs. 2 Buchst. b DSGVO).',
    PACT_NO_SECURITY:
      'Jede Auftragsverarbeitungstätigkeit beschreibt technische und organisatorische Maßnahmen, als verknüpfte Maßnahmen oder als Freitext (Art. 30 Abs. 2 Buchst. d DSGVO).',
    ORG_NO_ENTERPRISE_NUMBER:
      'Jeder Verantwortliche hat eine Unternehmensnummer (ZDU), wie es das Identifikationsblatt des Musters der belgischen Datenschutzbehörde verlangt.',
    ENTERPRISE_NUMBER_INVALID:
      'Eine belgische Unternehmensnummer hat zehn Ziffern, beginnt mit 0 oder 1 und stimmt mit ihren Prüfziffern überein (Modulo 97).',
    REG_NO_DPO: 'Das Verzeichnis nennt den Datenschutzbeauftragten (Art. 30 Abs. 1 Buchst. a DSGVO).',
    REG_NO_SUPERVISORY_AUTHORITY:
      'Das Verzeichnis nennt die Aufsichtsbehörde, damit Exporte wissen, an wen sie gerichtet sind.',
    REF_DANGLING: 'Jeder Verweis auf einen anderen Eintrag zeigt auf einen Eintrag, der existiert.',
    DUPLICATE_NAME:
      'Innerhalb einer Art von Einträgen ist jeder Name eindeutig, damit Exporte unmissverständlich bleiben.',
  },
};
