/**
 * The validation messages: one sentence per rule code in Dutch, French and English, in the words Belgian DPOs and
 * the GBA/APD use. The keys of this table *are* the rule codes, so a rule without a message (or a message without a
 * rule) is a compile error. Parameters that hold codes (countries, GDPR grounds, record kinds, dates) are stored as
 * codes in findings and turned into words only here, when a message is shown.
 */
import { countryName } from '../catalogue/countries';
import { KIND_LABELS } from '../catalogue/fieldLabels';
import { formatIsoDate } from '../i18n/formatDate';
import { LEGAL_GROUNDS, LEGAL_GROUND_CODES, type LegalGroundCode } from '../catalogue/legalGrounds';
import {
  TRANSFER_MECHANISMS,
  TRANSFER_MECHANISM_CODES,
  type TransferMechanismCode,
} from '../catalogue/transferMechanisms';
import type { UiLanguage } from '../i18n/languages';
import { defineMessages, format, type MessageParams } from '../i18n/translate';
import type { RecordKind } from '../model/register';

export const VALIDATION_MESSAGES = defineMessages({
  en: {
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
  },
  nl: {
    ACT_NO_CONTROLLER: "Verwerkingsactiviteit '{name}' vermeldt geen verwerkingsverantwoordelijke (Art. 30.1.a AVG).",
    ACT_NO_PURPOSE: "Verwerkingsactiviteit '{name}' heeft geen doeleinden (Art. 30.1.b AVG).",
    ACT_NO_LEGAL_BASIS: "Verwerkingsactiviteit '{name}' heeft geen rechtsgrond (Art. 6 AVG).",
    ACT_NO_SUBJECTS: "Verwerkingsactiviteit '{name}' vermeldt geen categorieën van betrokkenen (Art. 30.1.c AVG).",
    ACT_NO_DATA_CATEGORIES:
      "Verwerkingsactiviteit '{name}' vermeldt geen categorieën van persoonsgegevens (Art. 30.1.c AVG).",
    ACT_NO_SECURITY:
      "Verwerkingsactiviteit '{name}' beschrijft geen technische of organisatorische beveiligingsmaatregelen (Art. 30.1.g AVG).",
    ACT_NO_ART6_BASIS:
      "Verwerkingsactiviteit '{name}' heeft geen rechtsgrond uit Art. 6.1 AVG; een uitzondering van Art. 9.2 of een andere grond vervangt die niet.",
    ACT_SPECIAL_NO_ART9:
      "Verwerkingsactiviteit '{name}' verwerkt bijzondere categorieën van persoonsgegevens ({categories}) zonder uitzonderingsgrond van Art. 9.2 AVG.",
    ACT_CRIMINAL_NO_ART10:
      "Verwerkingsactiviteit '{name}' verwerkt persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten ({categories}) zonder grondslag in Art. 10 AVG.",
    ACT_NATIONAL_ID_NO_ART87:
      "Verwerkingsactiviteit '{name}' gebruikt een nationaal identificatienummer ({categories}), maar geen enkele rechtsgrond verwijst naar Art. 87 AVG.",
    ACT_NATIONAL_ID_NO_LAW:
      "Verwerkingsactiviteit '{name}' gebruikt een nationaal identificatienummer ({categories}), maar de rechtsgronden vermelden geen wet die dat gebruik toestaat.",
    ACT_BASIS_NO_LAW:
      "Verwerkingsactiviteit '{name}': de rechtsgrond {ground} vermeldt geen wet of andere nationale rechtsbron (Art. 6.3 AVG).",
    ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
      "Verwerkingsactiviteit '{name}' steunt op het gerechtvaardigd belang (Art. 6.1.f AVG) zonder het nagestreefde belang of de plaats van de belangenafweging te vermelden.",
    ACT_NO_RETENTION: "Verwerkingsactiviteit '{name}' heeft geen bewaartermijn (Art. 30.1.f AVG).",
    ACT_RETENTION_CRITERION_ONLY:
      "Verwerkingsactiviteit '{name}': bewaarregel {rule} is enkel als vrije tekst opgegeven ('{criterion}'), zonder termijn.",
    ACT_RETENTION_EMPTY: "Verwerkingsactiviteit '{name}': bewaarregel {rule} heeft geen termijn en geen criterium.",
    ACT_RETENTION_UNKNOWN_PURPOSE:
      "Verwerkingsactiviteit '{name}': bewaarregel {rule} verwijst naar een doeleinde dat de activiteit niet meer heeft.",
    ACT_RETENTION_CATEGORY_NOT_PROCESSED:
      "Verwerkingsactiviteit '{name}': bewaarregel {rule} geldt voor gegevenscategorieën die de activiteit niet verwerkt ({categories}).",
    ACT_DPIA_LIKELY:
      "Voor verwerkingsactiviteit '{name}' is wellicht een gegevensbeschermingseffectbeoordeling (GEB, Art. 35 AVG) nodig, maar dat werd niet beoordeeld.",
    ACT_DPIA_NOT_DONE:
      "Verwerkingsactiviteit '{name}' is actief terwijl de vereiste GEB niet afgerond is (Art. 35.1 AVG: voorafgaand aan de verwerking).",
    REVIEW_OVERDUE: "'{name}' had op {date} herzien moeten worden.",
    REVIEW_DATE_MISSING: "'{name}' heeft geen datum voor de volgende herziening.",
    RETIRED_NO_END_DATE:
      "'{name}' is beëindigd maar heeft geen einddatum; de toezichthoudende autoriteit kan vragen wanneer de verwerking stopte.",
    END_BEFORE_START: "'{name}' eindigt ({endDate}) vóór de begindatum ({startDate}).",
    ENDED_NOT_RETIRED: "'{name}' eindigde op {endDate}, maar de status is niet 'Beëindigd'.",
    ACT_REPLACED_BY_SELF: "Verwerkingsactiviteit '{name}' staat vermeld als vervangen door zichzelf.",
    ACT_RECIPIENT_NO_TRANSFER:
      "Verwerkingsactiviteit '{name}' verstrekt gegevens aan {recipient} in {country}, een derde land zonder adequaatheidsbesluit, maar vermeldt geen doorgifte (Art. 30.1.e AVG).",
    ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
      "Verwerkingsactiviteit '{name}' verstrekt gegevens aan {recipient} in {country}; dat land heeft een adequaatheidsbesluit, maar de doorgifte moet toch vermeld worden (Art. 30.1.e AVG).",
    ACT_PROCESSOR_NO_TRANSFER:
      "Verwerkingsactiviteit '{name}' doet een beroep op verwerker {processor}, die gegevens verwerkt in {country}, een derde land zonder adequaatheidsbesluit, maar vermeldt geen doorgifte (Art. 30.1.e AVG).",
    ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
      "Verwerkingsactiviteit '{name}' doet een beroep op verwerker {processor}, die gegevens verwerkt in {country}; dat land heeft een adequaatheidsbesluit, maar de doorgifte moet toch vermeld worden (Art. 30.1.e AVG).",
    PACT_SUBPROCESSOR_NO_TRANSFER:
      "Verwerkersactiviteit '{name}' doet een beroep op subverwerker {processor} in {country}, een derde land zonder adequaatheidsbesluit, maar vermeldt geen doorgifte (Art. 30.2.c AVG).",
    TRF_NO_MECHANISM: "Doorgifte '{name}' naar {country} vermeldt geen doorgiftegrond (hoofdstuk V AVG).",
    TRF_ADEQUACY_WITHOUT_DECISION:
      "Doorgifte '{name}' steunt op een adequaatheidsbesluit (Art. 45 AVG), maar voor {country} bestaat er geen.",
    TRF_ART49_SECOND_NO_DOCUMENTATION:
      "Doorgifte '{name}' steunt op dwingende gerechtvaardigde belangen (Art. 49.1, tweede alinea AVG) zonder documentatie van de beoordeling en de passende waarborgen (Art. 49.6 en Art. 30.1.e).",
    TRF_DEROGATION_NO_DOCUMENTATION:
      "Doorgifte '{name}' steunt op een afwijking ({mechanism}) zonder te documenteren waarom die van toepassing is.",
    TRF_NO_INSTRUMENT:
      "Doorgifte '{name}' steunt op {mechanism} zonder het instrument te vermelden (welke standaardcontractbepalingen, BCR-goedkeuring, gedragscode of certificering).",
    TRF_INSIDE_EEA:
      "Doorgifte '{name}' gaat naar {country}, binnen de EER: dat is geen doorgifte in de zin van hoofdstuk V AVG.",
    TRF_NO_PARTY: "Doorgifte '{name}' vermeldt geen ontvanger, verwerker of internationale organisatie.",
    TRF_COUNTRY_MISMATCH:
      "Doorgifte '{name}' gaat naar {country}, maar {party} is volgens het register daar niet gevestigd en verwerkt er geen gegevens.",
    TRF_UNUSED: "Doorgifte '{name}' is aan geen enkele verwerkingsactiviteit gekoppeld.",
    PROC_NO_CONTRACT_DATE: "Verwerker '{name}' heeft geen datum voor de verwerkersovereenkomst (Art. 28.3 AVG).",
    PACT_NO_PROCESSOR_ORGANISATION:
      "Verwerkersactiviteit '{name}' vermeldt niet welke entiteit van de groep als verwerker optreedt (Art. 30.2.a AVG).",
    PACT_NO_CONTROLLERS:
      "Verwerkersactiviteit '{name}' vermeldt geen verwerkingsverantwoordelijke voor wiens rekening ze wordt uitgevoerd (Art. 30.2.a AVG).",
    PACT_NO_PROCESSING_CATEGORIES:
      "Verwerkersactiviteit '{name}' vermeldt geen categorieën van verwerkingen (Art. 30.2.b AVG).",
    PACT_NO_SECURITY:
      "Verwerkersactiviteit '{name}' beschrijft geen technische of organisatorische beveiligingsmaatregelen (Art. 30.2.d AVG).",
    ORG_NO_ENTERPRISE_NUMBER: "Verwerkingsverantwoordelijke '{name}' heeft geen ondernemingsnummer (KBO).",
    ENTERPRISE_NUMBER_INVALID:
      "'{name}': {number} is geen geldig Belgisch ondernemingsnummer (KBO-controlecijfers); vul voor een buitenlandse organisatie het land van het adres in.",
    REG_NO_DPO: 'Het register vermeldt geen functionaris voor gegevensbescherming (DPO, Art. 30.1.a AVG).',
    REG_NO_SUPERVISORY_AUTHORITY:
      'Het register vermeldt geen toezichthoudende autoriteit (in België: de Gegevensbeschermingsautoriteit).',
    REF_DANGLING: "'{name}' verwijst naar een {targetKind} die niet meer bestaat ({missingId}).",
    DUPLICATE_NAME: "{count} {kinds} dragen de naam '{name}'.",
  },
  fr: {
    ACT_NO_CONTROLLER: "Le traitement « {name} » n'indique aucun responsable du traitement (Art. 30.1.a RGPD).",
    ACT_NO_PURPOSE: "Le traitement « {name} » n'a aucune finalité (Art. 30.1.b RGPD).",
    ACT_NO_LEGAL_BASIS: "Le traitement « {name} » n'a aucune base juridique (Art. 6 RGPD).",
    ACT_NO_SUBJECTS: "Le traitement « {name} » n'indique aucune catégorie de personnes concernées (Art. 30.1.c RGPD).",
    ACT_NO_DATA_CATEGORIES:
      "Le traitement « {name} » n'indique aucune catégorie de données à caractère personnel (Art. 30.1.c RGPD).",
    ACT_NO_SECURITY:
      'Le traitement « {name} » ne décrit aucune mesure de sécurité technique ou organisationnelle (Art. 30.1.g RGPD).',
    ACT_NO_ART6_BASIS:
      "Le traitement « {name} » n'a aucune base juridique de l'Art. 6.1 RGPD ; une exception de l'Art. 9.2 ou un autre fondement ne la remplace pas.",
    ACT_SPECIAL_NO_ART9:
      "Le traitement « {name} » porte sur des catégories particulières de données à caractère personnel ({categories}) sans exception de l'Art. 9.2 RGPD.",
    ACT_CRIMINAL_NO_ART10:
      "Le traitement « {name} » porte sur des données relatives aux condamnations pénales et aux infractions ({categories}) sans fondement au titre de l'Art. 10 RGPD.",
    ACT_NATIONAL_ID_NO_ART87:
      "Le traitement « {name} » utilise un numéro d'identification national ({categories}), mais aucune base juridique ne renvoie à l'Art. 87 RGPD.",
    ACT_NATIONAL_ID_NO_LAW:
      "Le traitement « {name} » utilise un numéro d'identification national ({categories}), mais ses bases juridiques ne citent aucune loi qui en autorise l'usage.",
    ACT_BASIS_NO_LAW:
      'Traitement « {name} » : la base juridique {ground} ne cite aucune loi ni autre source de droit national (Art. 6.3 RGPD).',
    ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
      "Le traitement « {name} » repose sur l'intérêt légitime (Art. 6.1.f RGPD) sans préciser l'intérêt poursuivi ni où figure la mise en balance des intérêts.",
    ACT_NO_RETENTION: "Le traitement « {name} » n'a aucune durée de conservation (Art. 30.1.f RGPD).",
    ACT_RETENTION_CRITERION_ONLY:
      "Traitement « {name} » : la règle de conservation {rule} n'est donnée qu'en texte libre (« {criterion} »), sans durée.",
    ACT_RETENTION_EMPTY: "Traitement « {name} » : la règle de conservation {rule} n'a ni durée ni critère.",
    ACT_RETENTION_UNKNOWN_PURPOSE:
      "Traitement « {name} » : la règle de conservation {rule} renvoie à une finalité que le traitement n'a plus.",
    ACT_RETENTION_CATEGORY_NOT_PROCESSED:
      'Traitement « {name} » : la règle de conservation {rule} vise des catégories de données que le traitement ne traite pas ({categories}).',
    ACT_DPIA_LIKELY:
      "Le traitement « {name} » requiert probablement une analyse d'impact relative à la protection des données (AIPD, Art. 35 RGPD), mais la question n'a pas été évaluée.",
    ACT_DPIA_NOT_DONE:
      "Le traitement « {name} » est actif alors que l'AIPD requise n'est pas terminée (Art. 35.1 RGPD : préalablement au traitement).",
    REVIEW_OVERDUE: '« {name} » devait être révisé le {date}.',
    REVIEW_DATE_MISSING: "« {name} » n'a pas de date de prochaine révision.",
    RETIRED_NO_END_DATE:
      "« {name} » est terminé mais n'a pas de date de fin ; l'autorité de contrôle peut demander quand le traitement a pris fin.",
    END_BEFORE_START: '« {name} » se termine ({endDate}) avant sa date de début ({startDate}).',
    ENDED_NOT_RETIRED: "« {name} » a pris fin le {endDate}, mais son statut n'est pas « Terminé ».",
    ACT_REPLACED_BY_SELF: 'Le traitement « {name} » est indiqué comme remplacé par lui-même.',
    ACT_RECIPIENT_NO_TRANSFER:
      "Le traitement « {name} » communique des données à {recipient}, établi dans un pays tiers sans décision d'adéquation : {country} ; aucun transfert n'est mentionné (Art. 30.1.e RGPD).",
    ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
      "Le traitement « {name} » communique des données à {recipient}, établi dans un pays bénéficiant d'une décision d'adéquation : {country} ; le transfert doit néanmoins être mentionné (Art. 30.1.e RGPD).",
    ACT_PROCESSOR_NO_TRANSFER:
      "Le traitement « {name} » recourt au sous-traitant {processor}, qui traite des données dans un pays tiers sans décision d'adéquation : {country} ; aucun transfert n'est mentionné (Art. 30.1.e RGPD).",
    ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
      "Le traitement « {name} » recourt au sous-traitant {processor}, qui traite des données dans un pays bénéficiant d'une décision d'adéquation : {country} ; le transfert doit néanmoins être mentionné (Art. 30.1.e RGPD).",
    PACT_SUBPROCESSOR_NO_TRANSFER:
      "L'activité de sous-traitance « {name} » recourt au sous-traitant ultérieur {processor}, qui traite des données dans un pays tiers sans décision d'adéquation : {country} ; aucun transfert n'est mentionné (Art. 30.2.c RGPD).",
    TRF_NO_MECHANISM:
      "Le transfert « {name} » n'indique aucun fondement (chapitre V RGPD) ; pays de destination : {country}.",
    TRF_ADEQUACY_WITHOUT_DECISION:
      "Le transfert « {name} » repose sur une décision d'adéquation (Art. 45 RGPD), mais le pays de destination n'en bénéficie pas : {country}.",
    TRF_ART49_SECOND_NO_DOCUMENTATION:
      "Le transfert « {name} » repose sur des intérêts légitimes impérieux (Art. 49.1, second alinéa RGPD) sans documenter l'évaluation et les garanties appropriées (Art. 49.6 et Art. 30.1.e).",
    TRF_DEROGATION_NO_DOCUMENTATION:
      "Le transfert « {name} » repose sur une dérogation ({mechanism}) sans documenter pourquoi elle s'applique.",
    TRF_NO_INSTRUMENT:
      "Le transfert « {name} » (fondement : {mechanism}) ne nomme pas l'instrument (quelles clauses types de protection des données, approbation des BCR, code de conduite ou certification).",
    TRF_INSIDE_EEA:
      "Pays de destination du transfert « {name} » : {country}, dans l'EEE ; ce n'est pas un transfert au sens du chapitre V RGPD.",
    TRF_NO_PARTY:
      "Le transfert « {name} » n'indique ni destinataire, ni sous-traitant, ni organisation internationale.",
    TRF_COUNTRY_MISMATCH:
      "Pays de destination du transfert « {name} » : {country} ; selon le registre, {party} n'y est pas établi et n'y traite pas de données.",
    TRF_UNUSED: "Le transfert « {name} » n'est lié à aucun traitement.",
    PROC_NO_CONTRACT_DATE:
      "Le sous-traitant « {name} » n'a pas de date pour le contrat de sous-traitance (Art. 28.3 RGPD).",
    PACT_NO_PROCESSOR_ORGANISATION:
      "L'activité de sous-traitance « {name} » n'indique pas quelle entité du groupe agit comme sous-traitant (Art. 30.2.a RGPD).",
    PACT_NO_CONTROLLERS:
      "L'activité de sous-traitance « {name} » n'indique aucun responsable du traitement pour le compte duquel elle est effectuée (Art. 30.2.a RGPD).",
    PACT_NO_PROCESSING_CATEGORIES:
      "L'activité de sous-traitance « {name} » n'indique aucune catégorie de traitements effectués (Art. 30.2.b RGPD).",
    PACT_NO_SECURITY:
      "L'activité de sous-traitance « {name} » ne décrit aucune mesure de sécurité technique ou organisationnelle (Art. 30.2.d RGPD).",
    ORG_NO_ENTERPRISE_NUMBER: "Le responsable du traitement « {name} » n'a pas de numéro d'entreprise (BCE).",
    ENTERPRISE_NUMBER_INVALID:
      "« {name} » : {number} n'est pas un numéro d'entreprise belge valide (chiffres de contrôle BCE) ; pour une organisation étrangère, indiquez le pays de l'adresse.",
    REG_NO_DPO: 'Le registre ne mentionne aucun délégué à la protection des données (DPO, Art. 30.1.a RGPD).',
    REG_NO_SUPERVISORY_AUTHORITY:
      "Le registre ne mentionne aucune autorité de contrôle (en Belgique : l'Autorité de protection des données).",
    REF_DANGLING: "« {name} » renvoie à un élément qui n'existe plus ({targetKind}, {missingId}).",
    DUPLICATE_NAME: '{count} {kinds} portent le nom « {name} ».',
  },
});

export type RuleCode = keyof (typeof VALIDATION_MESSAGES)['en'];
export const RULE_CODES = Object.keys(VALIDATION_MESSAGES.en) as RuleCode[];

export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(VALIDATION_MESSAGES.en, code);
}

function isRecordKindWord(value: string): value is RecordKind | 'meta' {
  return Object.prototype.hasOwnProperty.call(KIND_LABELS, value);
}

function isLegalGround(value: string): value is LegalGroundCode {
  return (LEGAL_GROUND_CODES as readonly string[]).includes(value);
}

function isMechanism(value: string): value is TransferMechanismCode {
  return (TRANSFER_MECHANISM_CODES as readonly string[]).includes(value);
}


/**
 * How coded parameters are shown, by parameter name. Findings keep the codes so that a JSON export of findings
 * stays language-neutral; an unknown code is shown as it is rather than hidden.
 */
const PARAM_WORDS: Readonly<Record<string, (value: string, lang: UiLanguage) => string>> = {
  country: (v, lang) => `${countryName(v, lang)} (${v})`,
  ground: (v, lang) => (isLegalGround(v) ? LEGAL_GROUNDS[v].citation[lang] : v),
  mechanism: (v, lang) => (isMechanism(v) ? TRANSFER_MECHANISMS[v].citation[lang] : v),
  targetKind: (v, lang) => (isRecordKindWord(v) ? KIND_LABELS[v].one[lang] : v),
  kinds: (v, lang) => (isRecordKindWord(v) ? KIND_LABELS[v].many[lang] : v),
  date: (v, lang) => formatIsoDate(v, lang),
  startDate: (v, lang) => formatIsoDate(v, lang),
  endDate: (v, lang) => formatIsoDate(v, lang),
};

export function localiseParams(params: MessageParams, lang: UiLanguage): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    const words = PARAM_WORDS[key];
    out[key] = words && typeof value === 'string' ? words(value, lang) : value;
  }
  return out;
}

/** The message for a code in one language with its parameters filled; an unknown code is returned as is. */
export function ruleMessage(code: string, lang: UiLanguage, params: MessageParams): string {
  if (!isRuleCode(code)) return code;
  return format(VALIDATION_MESSAGES[lang][code], localiseParams(params, lang));
}
