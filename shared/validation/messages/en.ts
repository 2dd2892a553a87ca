/** Validation messages and rule descriptions in English: this file defines the catalogue's keys, the rule codes. */

// The keys of `messages` are the rule codes: a rule without a message, or a message without a rule, does not compile.
const messages = {
  ACT_NO_CONTROLLER: "Processing activity '{name}' names no controller (Art. 30(1)(a) GDPR).",
  ACT_NO_PURPOSE: "Processing activity '{name}' has no purpose (Art. 30(1)(b) GDPR).",
  ACT_NO_LEGAL_BASIS: "Processing activity '{name}' has no legal basis (Art. 6 GDPR).",
  ACT_NO_SUBJECTS: "Processing activity '{name}' names no categories of data subjects (Art. 30(1)(c) GDPR).",
  ACT_NO_DATA_CATEGORIES: "Processing activity '{name}' names no categories of personal data (Art. 30(1)(c) GDPR).",
  ACT_NO_SECURITY:
    "Processing activity '{name}' describes no technical or organisational security measures (Art. 30(1)(g) GDPR).",
  ACT_NO_ART6_BASIS:
    "Processing activity '{name}' has no legal basis under Art. 6(1) GDPR; an Art. 9(2) condition or another ground does not replace it.",
  ACT_SPECIAL_NO_ART9:
    "Processing activity '{name}' processes special categories of personal data ({categories}) without an Art. 9(2) GDPR condition.",
  ACT_CRIMINAL_NO_ART10:
    "Processing activity '{name}' processes personal data relating to criminal convictions and offences ({categories}) without an Art. 10 GDPR basis.",
  ACT_NATIONAL_ID_NO_ART87:
    "Processing activity '{name}' uses a national identification number ({categories}), but no legal basis refers to Art. 87 GDPR.",
  ACT_NATIONAL_ID_NO_LAW:
    "Processing activity '{name}' uses a national identification number ({categories}), but its legal bases name no statute that authorises that use.",
  ACT_BASIS_NO_LAW:
    "Processing activity '{name}': the legal basis {ground} names no statute or other national legal reference (Art. 6(3) GDPR).",
  ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
    "Processing activity '{name}' relies on legitimate interests (Art. 6(1)(f) GDPR) without stating the interest pursued or where the balancing test is kept.",
  ACT_NO_RETENTION: "Processing activity '{name}' has no retention period (Art. 30(1)(f) GDPR).",
  ACT_RETENTION_CRITERION_ONLY:
    "Processing activity '{name}': retention rule {rule} is given only as free text ('{criterion}'), without a period.",
  ACT_RETENTION_EMPTY: "Processing activity '{name}': retention rule {rule} has neither a period nor a criterion.",
  ACT_RETENTION_UNKNOWN_PURPOSE:
    "Processing activity '{name}': retention rule {rule} refers to a purpose the activity no longer has.",
  ACT_RETENTION_CATEGORY_NOT_PROCESSED:
    "Processing activity '{name}': retention rule {rule} covers data categories the activity does not process ({categories}).",
  ACT_DPIA_LIKELY:
    "Processing activity '{name}' probably requires a data protection impact assessment (DPIA, Art. 35 GDPR), but whether one is needed has not been assessed.",
  ACT_DPIA_NOT_DONE:
    "Processing activity '{name}' is active while its required DPIA is not completed (Art. 35(1) GDPR: prior to the processing).",
  REVIEW_OVERDUE: "'{name}' was due for review on {date}.",
  REVIEW_DATE_MISSING: "'{name}' has no next review date.",
  TRANSLATION_OUTDATED:
    "'{name}' has translations ({languages}) made from an earlier version of its text: exports show the main text instead until they are revised or confirmed as still correct.",
  RETIRED_NO_END_DATE: "'{name}' is retired but has no end date; the authority may ask when the processing ended.",
  END_BEFORE_START: "'{name}' ends ({endDate}) before it starts ({startDate}).",
  ENDED_NOT_RETIRED: "'{name}' ended on {endDate} but its status is not 'Retired'.",
  ACT_REPLACED_BY_SELF: "Processing activity '{name}' is recorded as replaced by itself.",
  ACT_RECIPIENT_NO_TRANSFER:
    "Processing activity '{name}' discloses data to {recipient} in {country}, a third country without adequacy decision, but records no transfer to it (Art. 30(1)(e) GDPR).",
  ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
    "Processing activity '{name}' discloses data to {recipient} in {country}; that country has an adequacy decision, but the transfer must still be recorded (Art. 30(1)(e) GDPR).",
  ACT_PROCESSOR_NO_TRANSFER:
    "Processing activity '{name}' uses processor {processor}, which processes data in {country}, a third country without adequacy decision, but records no transfer to it (Art. 30(1)(e) GDPR).",
  ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
    "Processing activity '{name}' uses processor {processor}, which processes data in {country}; that country has an adequacy decision, but the transfer must still be recorded (Art. 30(1)(e) GDPR).",
  PACT_SUBPROCESSOR_NO_TRANSFER:
    "Processor activity '{name}' uses sub-processor {processor} in {country}, a third country without adequacy decision, but records no transfer (Art. 30(2)(c) GDPR).",
  TRF_NO_MECHANISM: "Transfer '{name}' to {country} names no transfer ground (Chapter V GDPR).",
  TRF_ADEQUACY_WITHOUT_DECISION:
    "Transfer '{name}' relies on an adequacy decision (Art. 45 GDPR), but there is none for {country}.",
  TRF_ART49_SECOND_NO_DOCUMENTATION:
    "Transfer '{name}' relies on compelling legitimate interests (Art. 49(1), second subparagraph GDPR) without documenting the assessment and the suitable safeguards (Art. 49(6) and Art. 30(1)(e)).",
  TRF_DEROGATION_NO_DOCUMENTATION:
    "Transfer '{name}' relies on a derogation ({mechanism}) without documenting why it applies.",
  TRF_NO_INSTRUMENT:
    "Transfer '{name}' relies on {mechanism} without naming the instrument (which standard contractual clauses, BCR approval, code of conduct or certification).",
  TRF_INSIDE_EEA: "Transfer '{name}' goes to {country}, inside the EEA: that is not a transfer under Chapter V GDPR.",
  TRF_NO_PARTY: "Transfer '{name}' names no recipient, processor or international organisation.",
  TRF_COUNTRY_MISMATCH:
    "Transfer '{name}' goes to {country}, but according to the register {party} is neither located nor processing data there.",
  TRF_UNUSED: "Transfer '{name}' is not linked to any processing activity.",
  PROC_NO_CONTRACT_DATE: "Processor '{name}' has no date for its data processing agreement (Art. 28(3) GDPR).",
  PACT_NO_PROCESSOR_ORGANISATION:
    "Processor activity '{name}' does not say which group entity acts as processor (Art. 30(2)(a) GDPR).",
  PACT_NO_CONTROLLERS:
    "Processor activity '{name}' names no controller on whose behalf it is carried out (Art. 30(2)(a) GDPR).",
  PACT_NO_PROCESSING_CATEGORIES:
    "Processor activity '{name}' lists no categories of processing carried out (Art. 30(2)(b) GDPR).",
  PACT_NO_SECURITY:
    "Processor activity '{name}' describes no technical or organisational security measures (Art. 30(2)(d) GDPR).",
  ORG_NO_ENTERPRISE_NUMBER: "Controller '{name}' has no enterprise number.",
  ENTERPRISE_NUMBER_INVALID:
    "'{name}': {number} is not a valid Belgian enterprise number (CBE check digits); for a foreign organisation, fill in the country of its address.",
  REG_NO_DPO: 'The register names no data protection officer (Art. 30(1)(a) GDPR).',
  REG_NO_SUPERVISORY_AUTHORITY:
    'The register names no supervisory authority (in Belgium: the Data Protection Authority).',
  REF_DANGLING: "'{name}' refers to a missing {targetKind} ({missingId}).",
  DUPLICATE_NAME: "{count} {kinds} share the name '{name}'.",
} as const;

export const en = {
  messages,
  // Keyed by the same codes, so a rule without a description is a compile error too.
  ruleDescriptions: {
    ACT_NO_CONTROLLER: 'Every processing activity names at least one controller (Art. 30(1)(a) GDPR).',
    ACT_NO_PURPOSE: 'Every processing activity states its purposes (Art. 30(1)(b) GDPR).',
    ACT_NO_LEGAL_BASIS: 'Every processing activity has at least one legal basis (Art. 6 GDPR).',
    ACT_NO_SUBJECTS: 'Every processing activity names its categories of data subjects (Art. 30(1)(c) GDPR).',
    ACT_NO_DATA_CATEGORIES: 'Every processing activity names its categories of personal data (Art. 30(1)(c) GDPR).',
    ACT_NO_SECURITY:
      'Every processing activity describes security measures, as linked measures or free text (Art. 30(1)(g) GDPR).',
    ACT_NO_ART6_BASIS:
      'An activity with legal bases has at least one under Art. 6(1) GDPR; an Art. 9(2) condition alone is not enough.',
    ACT_SPECIAL_NO_ART9: 'An activity processing special categories of personal data has an Art. 9(2) GDPR condition.',
    ACT_CRIMINAL_NO_ART10: 'An activity processing criminal-offence data relies on Art. 10 GDPR.',
    ACT_NATIONAL_ID_NO_ART87: 'An activity that uses a national identification number refers to Art. 87 GDPR.',
    ACT_NATIONAL_ID_NO_LAW:
      'An activity that uses a national identification number links the statute authorising that use to its legal bases (in Belgium the use of the National Register number is regulated by law).',
    ACT_BASIS_NO_LAW:
      'A legal basis under Art. 6(1)(c) (legal obligation) or 6(1)(e) (public task) is linked to the statute, deliberation or agreement it rests on (Art. 6(3) GDPR).',
    ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
      'A legal basis under Art. 6(1)(f) (legitimate interests) states the interest and where the balancing test is kept.',
    ACT_NO_RETENTION:
      'Every processing activity has at least one retention rule (Art. 30(1)(f) GDPR: "where possible").',
    ACT_RETENTION_CRITERION_ONLY:
      'A retention rule given only as a free-text criterion, without a period, is reported.',
    ACT_RETENTION_EMPTY: 'A retention rule has a period or a criterion.',
    ACT_RETENTION_UNKNOWN_PURPOSE: 'A retention rule refers only to purposes of its own processing activity.',
    ACT_RETENTION_CATEGORY_NOT_PROCESSED:
      'A retention rule covers only data categories the processing activity processes.',
    ACT_DPIA_LIKELY:
      'An activity with high-risk signals (special data or national id on a large scale, scoring, automated decisions, profiling, or two WP248 criteria) records whether a DPIA is required.',
    ACT_DPIA_NOT_DONE:
      'An active processing activity that requires a DPIA has completed it (Art. 35(1) GDPR: prior to the processing).',
    REVIEW_OVERDUE: 'The next review date of a live processing is not in the past.',
    REVIEW_DATE_MISSING: 'A live processing has a next review date.',
    TRANSLATION_OUTDATED: 'Every translation was made from the main text as it is now, or confirmed as still correct.',
    RETIRED_NO_END_DATE:
      'A retired processing has an end date (the Belgian authority suggests keeping ended processings for five years).',
    END_BEFORE_START: 'The end date of a processing is not before its start date.',
    ENDED_NOT_RETIRED: 'A processing whose end date has passed has the status "Retired".',
    ACT_REPLACED_BY_SELF: 'A processing activity is not replaced by itself.',
    ACT_RECIPIENT_NO_TRANSFER:
      'A recipient in a third country without adequacy decision is covered by a transfer of the same activity.',
    ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
      'A recipient in a country with an adequacy decision appears in a transfer of the same activity.',
    ACT_PROCESSOR_NO_TRANSFER:
      'Every third country without adequacy decision where a processor processes data is covered by a transfer of the same activity.',
    ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
      'Every country with an adequacy decision where a processor processes data appears in a transfer of the same activity.',
    PACT_SUBPROCESSOR_NO_TRANSFER:
      'Every third country without adequacy decision where a sub-processor of a processor activity processes data is covered by a transfer of that activity (Art. 30(2)(c) GDPR).',
    TRF_NO_MECHANISM:
      'A transfer to a third country without adequacy decision names its ground (Art. 46, 47 or 49 GDPR).',
    TRF_ADEQUACY_WITHOUT_DECISION:
      'A transfer relying on an adequacy decision (Art. 45 GDPR) goes to a country that has one.',
    TRF_ART49_SECOND_NO_DOCUMENTATION:
      'A transfer on compelling legitimate interests (Art. 49(1), second subparagraph GDPR) documents the assessment and the safeguards (Art. 49(6) and 30(1)(e) GDPR).',
    TRF_DEROGATION_NO_DOCUMENTATION:
      'A transfer relying on an Art. 49(1)(a)–(g) GDPR derogation documents why it applies.',
    TRF_NO_INSTRUMENT:
      'A transfer with appropriate safeguards (Art. 46 or 47 GDPR) names the instrument: which clauses, BCR, code of conduct or certification.',
    TRF_INSIDE_EEA: 'A transfer goes to a country outside the EEA or to an international organisation.',
    TRF_NO_PARTY: 'A transfer says to whom: a recipient, a processor or an international organisation.',
    TRF_COUNTRY_MISMATCH: "A transfer's country is the recipient's country, or one where the processor processes data.",
    TRF_UNUSED:
      'Every transfer is linked to a processing or processor activity; the register describes transfers per processing (Art. 30(1)(e) GDPR).',
    PROC_NO_CONTRACT_DATE: 'Every processor has a date for its data processing agreement (Art. 28(3) GDPR).',
    PACT_NO_PROCESSOR_ORGANISATION:
      'Every processor activity names the group entity acting as processor (Art. 30(2)(a) GDPR).',
    PACT_NO_CONTROLLERS:
      'Every processor activity names each controller on whose behalf it is carried out (Art. 30(2)(a) GDPR).',
    PACT_NO_PROCESSING_CATEGORIES:
      'Every processor activity lists the categories of processing carried out (Art. 30(2)(b) GDPR).',
    PACT_NO_SECURITY:
      'Every processor activity describes security measures, as linked measures or free text (Art. 30(2)(d) GDPR).',
    ORG_NO_ENTERPRISE_NUMBER:
      "Every controller has an enterprise number, as the identification sheet of the Belgian authority's model asks.",
    ENTERPRISE_NUMBER_INVALID:
      'A Belgian enterprise number has ten digits, starts with 0 or 1 and matches its check digits (modulo 97).',
    REG_NO_DPO: 'The register names the data protection officer (Art. 30(1)(a) GDPR).',
    REG_NO_SUPERVISORY_AUTHORITY:
      'The register names the supervisory authority, so exports know whom they are addressed to.',
    REF_DANGLING: 'Every link to another record points at a record that exists.',
    DUPLICATE_NAME: 'Within one kind of record every name is unique, so exports stay unambiguous.',
  } satisfies Readonly<Record<keyof typeof messages, string>>,
} as const;
