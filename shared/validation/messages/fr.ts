/** Validation messages and rule descriptions in French. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  messages: {
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
    TRANSLATION_OUTDATED:
      "« {name} » a des traductions ({languages}) faites d'une version antérieure du texte : les exports montrent le texte dans la langue principale jusqu'à leur révision ou leur confirmation.",
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
  ruleDescriptions: {
    ACT_NO_CONTROLLER: 'Chaque traitement indique au moins un responsable du traitement (Art. 30.1.a RGPD).',
    ACT_NO_PURPOSE: 'Chaque traitement indique ses finalités (Art. 30.1.b RGPD).',
    ACT_NO_LEGAL_BASIS: 'Chaque traitement a au moins une base juridique (Art. 6 RGPD).',
    ACT_NO_SUBJECTS: 'Chaque traitement indique les catégories de personnes concernées (Art. 30.1.c RGPD).',
    ACT_NO_DATA_CATEGORIES:
      'Chaque traitement indique les catégories de données à caractère personnel (Art. 30.1.c RGPD).',
    ACT_NO_SECURITY: 'Chaque traitement décrit des mesures de sécurité, liées ou en texte libre (Art. 30.1.g RGPD).',
    ACT_NO_ART6_BASIS:
      "Un traitement doté de bases juridiques en a au moins une de l'Art. 6.1 RGPD ; une exception de l'Art. 9.2 ne suffit pas seule.",
    ACT_SPECIAL_NO_ART9: "Un traitement de catégories particulières de données a une exception de l'Art. 9.2 RGPD.",
    ACT_CRIMINAL_NO_ART10:
      "Un traitement de données judiciaires (condamnations pénales et infractions) repose sur l'Art. 10 RGPD.",
    ACT_NATIONAL_ID_NO_ART87: "Un traitement qui utilise un numéro d'identification national renvoie à l'Art. 87 RGPD.",
    ACT_NATIONAL_ID_NO_LAW:
      "Un traitement qui utilise un numéro d'identification national lie à ses bases juridiques la loi qui en autorise l'usage (en Belgique, l'usage du numéro de registre national est réglé par la loi).",
    ACT_BASIS_NO_LAW:
      "Une base juridique Art. 6.1.c (obligation légale) ou 6.1.e (mission d'intérêt public) est liée à la loi, la délibération ou le protocole qui la fonde (Art. 6.3 RGPD).",
    ACT_LEGITIMATE_INTEREST_UNEXPLAINED:
      "Une base juridique Art. 6.1.f (intérêt légitime) précise l'intérêt poursuivi et où se trouve la mise en balance.",
    ACT_NO_RETENTION:
      'Chaque traitement a au moins une règle de conservation (Art. 30.1.f RGPD : « dans la mesure du possible »).',
    ACT_RETENTION_CRITERION_ONLY:
      'Une règle de conservation donnée seulement par un critère en texte libre, sans durée, est signalée.',
    ACT_RETENTION_EMPTY: 'Une règle de conservation a une durée ou un critère.',
    ACT_RETENTION_UNKNOWN_PURPOSE: "Une règle de conservation ne renvoie qu'à des finalités de son propre traitement.",
    ACT_RETENTION_CATEGORY_NOT_PROCESSED:
      'Une règle de conservation ne vise que des catégories de données que le traitement traite.',
    ACT_DPIA_LIKELY:
      'Un traitement présentant des signes de risque élevé (données sensibles ou numéro de registre national à grande échelle, notation, décision automatisée, profilage, ou deux critères du WP248) indique si une AIPD est requise.',
    ACT_DPIA_NOT_DONE:
      'Un traitement actif pour lequel une AIPD est requise a terminé cette AIPD (Art. 35.1 RGPD : préalablement au traitement).',
    REVIEW_OVERDUE: "La date de prochaine révision d'un traitement en cours n'est pas dépassée.",
    REVIEW_DATE_MISSING: 'Un traitement en cours a une date de prochaine révision.',
    TRANSLATION_OUTDATED: 'Chaque traduction a été faite à partir du texte actuel dans la langue principale, ou confirmée comme toujours correcte.',
    RETIRED_NO_END_DATE:
      "Un traitement terminé a une date de fin (l'APD conseille de conserver les traitements terminés encore cinq ans).",
    END_BEFORE_START: "La date de fin d'un traitement n'est pas antérieure à sa date de début.",
    ENDED_NOT_RETIRED: 'Un traitement dont la date de fin est passée a le statut « Terminé ».',
    ACT_REPLACED_BY_SELF: "Un traitement n'est pas remplacé par lui-même.",
    ACT_RECIPIENT_NO_TRANSFER:
      "Un destinataire établi dans un pays tiers sans décision d'adéquation est couvert par un transfert du même traitement.",
    ACT_RECIPIENT_ADEQUATE_NO_TRANSFER:
      "Un destinataire établi dans un pays bénéficiant d'une décision d'adéquation figure dans un transfert du même traitement.",
    ACT_PROCESSOR_NO_TRANSFER:
      "Chaque pays tiers sans décision d'adéquation où un sous-traitant traite des données est couvert par un transfert du même traitement.",
    ACT_PROCESSOR_ADEQUATE_NO_TRANSFER:
      "Chaque pays bénéficiant d'une décision d'adéquation où un sous-traitant traite des données figure dans un transfert du même traitement.",
    PACT_SUBPROCESSOR_NO_TRANSFER:
      "Chaque pays tiers sans décision d'adéquation où un sous-traitant ultérieur d'une activité de sous-traitance traite des données est couvert par un transfert de cette activité (Art. 30.2.c RGPD).",
    TRF_NO_MECHANISM:
      "Un transfert vers un pays tiers sans décision d'adéquation indique son fondement (Art. 46, 47 ou 49 RGPD).",
    TRF_ADEQUACY_WITHOUT_DECISION:
      "Un transfert fondé sur une décision d'adéquation (Art. 45 RGPD) vise un pays qui en bénéficie.",
    TRF_ART49_SECOND_NO_DOCUMENTATION:
      "Un transfert fondé sur des intérêts légitimes impérieux (Art. 49.1, second alinéa RGPD) documente l'évaluation et les garanties (Art. 49.6 et 30.1.e RGPD).",
    TRF_DEROGATION_NO_DOCUMENTATION:
      "Un transfert fondé sur une dérogation de l'Art. 49.1.a–g RGPD documente pourquoi elle s'applique.",
    TRF_NO_INSTRUMENT:
      "Un transfert assorti de garanties appropriées (Art. 46 ou 47 RGPD) nomme l'instrument : quelles clauses types, BCR, code de conduite ou certification.",
    TRF_INSIDE_EEA: "Un transfert vise un pays hors de l'EEE ou une organisation internationale.",
    TRF_NO_PARTY: 'Un transfert indique à qui : un destinataire, un sous-traitant ou une organisation internationale.',
    TRF_COUNTRY_MISMATCH:
      "Le pays d'un transfert est celui du destinataire, ou un pays où le sous-traitant traite des données.",
    TRF_UNUSED:
      'Chaque transfert est lié à un traitement ou à une activité de sous-traitance ; le registre décrit les transferts par traitement (Art. 30.1.e RGPD).',
    PROC_NO_CONTRACT_DATE: 'Chaque sous-traitant a une date pour le contrat de sous-traitance (Art. 28.3 RGPD).',
    PACT_NO_PROCESSOR_ORGANISATION:
      "Chaque activité de sous-traitance indique l'entité du groupe qui agit comme sous-traitant (Art. 30.2.a RGPD).",
    PACT_NO_CONTROLLERS:
      'Chaque activité de sous-traitance indique chaque responsable du traitement pour le compte duquel elle est effectuée (Art. 30.2.a RGPD).',
    PACT_NO_PROCESSING_CATEGORIES:
      'Chaque activité de sous-traitance indique les catégories de traitements effectués (Art. 30.2.b RGPD).',
    PACT_NO_SECURITY:
      'Chaque activité de sous-traitance décrit des mesures de sécurité, liées ou en texte libre (Art. 30.2.d RGPD).',
    ORG_NO_ENTERPRISE_NUMBER:
      "Chaque responsable du traitement a un numéro d'entreprise (BCE), comme le demande la fiche d'identification du modèle de l'APD.",
    ENTERPRISE_NUMBER_INVALID:
      "Un numéro d'entreprise belge a dix chiffres, commence par 0 ou 1 et respecte les chiffres de contrôle (modulo 97).",
    REG_NO_DPO: 'Le registre mentionne le délégué à la protection des données (Art. 30.1.a RGPD).',
    REG_NO_SUPERVISORY_AUTHORITY:
      "Le registre mentionne l'autorité de contrôle, pour que les exports sachent à qui ils s'adressent.",
    REF_DANGLING: 'Chaque renvoi vers un autre élément du registre vise un élément qui existe.',
    DUPLICATE_NAME:
      "Au sein d'un même type d'éléments, chaque nom est unique, pour que les exports restent sans ambiguïté.",
  },
};
