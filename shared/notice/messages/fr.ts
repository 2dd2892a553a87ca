/** Ce que dit la déclaration de confidentialité en français (clés : en.ts). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  title: 'Déclaration de confidentialité',
  titleOf: 'Déclaration de confidentialité de {controllers}',
  contents: 'Table des matières',
  headingIntroduction: 'Introduction',
  headingControllers: 'Qui traite vos données à caractère personnel ?',
  headingPurposes: 'Pour quelles finalités traitons-nous vos données à caractère personnel ?',
  headingLegalBases: 'Sur quelles bases juridiques traitons-nous vos données ?',
  headingDataCategories: 'Quelles données à caractère personnel traitons-nous ?',
  headingSources: "D'où proviennent vos données à caractère personnel ?",
  headingRecipients: 'À qui communiquons-nous vos données à caractère personnel ?',
  headingProcessors: 'Qui traite vos données pour notre compte ?',
  headingTransfers: "Vos données sont-elles transférées en dehors de l'Espace économique européen ?",
  headingRetention: 'Combien de temps conservons-nous vos données à caractère personnel ?',
  headingAutomated: 'Décisions automatisées et profilage',
  headingRights: 'Quels sont vos droits ?',
  headingExercise: 'Comment exercer vos droits ?',
  headingContact: 'Délégué à la protection des données et plaintes',

  controllersIntro: 'Vos données à caractère personnel sont traitées par :',
  enterpriseNumber: "numéro d'entreprise {number}",
  jointIntro:
    "Pour certains traitements, nous déterminons les finalités et les moyens conjointement avec d'autres ; nous sommes alors responsables conjoints du traitement (art. 26 RGPD) :",
  jointWith: '{names}, pour : {activities}',
  arrangement: "Les grandes lignes de l'accord entre les responsables conjoints : {text}",

  purposesIntro:
    'Nous traitons vos données à caractère personnel pour les finalités suivantes, regroupées selon le contexte dans lequel nous le faisons.',
  otherContext: 'Autres traitements',

  legalBasesIntro:
    "Le règlement général sur la protection des données (RGPD) ne permet un traitement que sur une base juridique. Nous nous fondons sur les bases suivantes ; lorsqu'une loi ou un règlement impose ou permet le traitement, il est cité.",
  statutesLabel: 'Lois et règlements',
  appliesTo: 'Pour : {contexts}',
  interestLabel: "L'intérêt poursuivi",

  dataCategoriesIntro:
    'Selon votre relation avec nous, nous traitons les catégories suivantes de données à caractère personnel.',

  sourcesIntro: 'Nous recevons vos données à caractère personnel :',
  sourcesFromYou: 'De vous-même (art. 13 RGPD)',
  sourcesElsewhere: "D'autres sources (art. 14 RGPD)",

  recipientsIntro:
    'Vos données à caractère personnel peuvent être communiquées aux destinataires suivants, regroupés par type.',

  processorsIntro:
    'Nous faisons appel à des sous-traitants qui traitent vos données pour notre compte et selon nos instructions. Un contrat leur impose les mêmes mesures de sécurité qu’à nous-mêmes (art. 28 RGPD).',
  processorCountries: 'traite aussi des données dans les pays suivants : {countries}',

  transfersIntro:
    "L'Espace économique européen (EEE) est l'Union européenne avec la Norvège, l'Islande et le Liechtenstein. Vos données peuvent être transférées en dehors de l'EEE dans les cas suivants, chaque fois à la condition indiquée :",
  transfersNone: "Nous ne transférons pas vos données à caractère personnel en dehors de l'Espace économique européen.",
  transfersCopy:
    "Vous pouvez demander à notre délégué à la protection des données une copie des garanties sur lesquelles repose un transfert, ou l'endroit où elles sont disponibles.",
  transferTo: 'pays de destination : {country}',
  transferCondition: 'Condition : {mechanism}',
  transferInstrument: 'Garanties : {text}',

  retentionIntro:
    'Nous ne conservons vos données à caractère personnel que le temps nécessaire aux finalités pour lesquelles nous les traitons. Lorsque la loi fixe un délai de conservation, nous le respectons.',
  retentionProcessing: 'Traitement',
  retentionPurpose: 'Finalité',
  retentionPeriod: 'Durée de conservation',
  retentionAll: 'toutes les finalités de ce traitement',
  retentionNotRecorded: 'non précisée',
  retentionStarts: 'à compter de : {trigger}',

  automatedIntro:
    "Certaines décisions sont prises de manière entièrement automatisée, sans intervention d'un collaborateur, sur la base des critères fixés par la réglementation :",
  automatedProfiling: 'avec profilage',
  automatedNone:
    'Nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.',

  dpoHeading: 'Délégué à la protection des données',
  dpoNone: 'Contactez-nous aux adresses ci-dessus.',
  authorityHeading: 'Autorité de contrôle',

  fallbackNote: 'Les textes marqués {marker} ne sont pas encore traduits et figurent dans la langue du registre.',
  generatedOn: 'Version du {date}, établie à partir du registre des activités de traitement.',
  fingerprint: 'Empreinte du registre (SHA-256) : {fingerprint}',
  pageOf: 'Page {page} sur {pages}',

  templateIntroduction:
    "La présente déclaration de confidentialité émane de {controllers} (« nous »). Nous respectons votre vie privée, que vous soyez membre ou non, prestataire de soins, candidat à un emploi chez nous ou visiteur de notre site web.\n\nComme l'exigent les articles 13 et 14 du règlement général sur la protection des données (RGPD), cette déclaration vous indique quelles données à caractère personnel nous traitons, pour quelles finalités et sur quelles bases juridiques, d'où proviennent les données, à qui nous les communiquons, combien de temps nous les conservons et quels sont vos droits.",
  templateRights:
    "Vous disposez des droits suivants à l'égard de vos données à caractère personnel, pour autant qu'ils ne soient pas contraires aux obligations légales ou aux missions d'intérêt public qui nous sont confiées.\n\n- Droit d'accès : vous pouvez demander quelles données à caractère personnel nous traitons à votre sujet et en recevoir une copie (art. 15 RGPD).\n- Droit de rectification : vous pouvez faire corriger des données inexactes et compléter des données incomplètes (art. 16 RGPD).\n- Droit à l'effacement : vous pouvez faire effacer vos données lorsque nous n'en avons plus besoin, lorsque vous retirez votre consentement et qu'aucun autre fondement ne s'applique, lorsque votre opposition est justifiée ou lorsque le traitement est illicite (art. 17 RGPD).\n- Droit à la limitation du traitement : vous pouvez faire limiter l'utilisation de vos données pendant l'examen de leur exactitude ou de votre opposition, ou lorsque vous en avez besoin pour une action en justice (art. 18 RGPD).\n- Droit d'opposition : vous pouvez vous opposer à tout moment à l'utilisation de vos données à des fins de prospection, et, pour des raisons tenant à votre situation particulière, à un traitement fondé sur une mission d'intérêt public ou un intérêt légitime (art. 21 RGPD).\n- Droit à la portabilité : vous pouvez recevoir les données que vous nous avez fournies, ou les faire transmettre à une autre organisation, lorsque nous les traitons sur la base de votre consentement ou d'un contrat et de manière automatisée (art. 20 RGPD).\n- Droit de retirer votre consentement : lorsque nous traitons des données sur la base de votre consentement, vous pouvez le retirer à tout moment ; cela n'affecte pas la licéité du traitement effectué avant le retrait (art. 7, par. 3, RGPD).\n- Droit de ne pas faire l'objet d'une décision automatisée : vous pouvez demander qu'un collaborateur réexamine une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, et exprimer votre point de vue (art. 22 RGPD).",
  templateExercise:
    "Pour exercer l'un de ces droits, contactez-nous à l'adresse {contact}. Soyez aussi précis que possible, afin que nous puissions traiter votre demande correctement. Pour nous assurer que vous êtes bien la personne concernée, nous pouvons vous demander de prouver votre identité, par exemple au moyen d'une copie de votre carte d'identité.\n\nNous répondons dans un délai d'un mois. L'exercice de vos droits est gratuit.",
  templateComplaints:
    "Si vous avez une question ou une plainte concernant la manière dont nous traitons vos données à caractère personnel, vous pouvez contacter notre délégué à la protection des données. Vous avez également le droit d'introduire une réclamation auprès de l'autorité de contrôle, {authority}.",

  problemNoActivities:
    'aucune activité de traitement active ne désigne {controller} comme responsable du traitement ou responsable conjoint',
  problemDraft: "l'activité de traitement est un projet : vérifiez-la avant de publier la déclaration",
  problemPurposeWording:
    "la finalité n'a pas de formulation pour le public ; la déclaration reprend la formulation du registre",
  problemNoPurpose: "l'activité de traitement n'a pas de finalité",
  problemNoLegalBasis: "l'activité de traitement n'a pas de base juridique",
  problemRecipientKind:
    "le type du destinataire est « autre » : choisissez un type plus précis, afin que les personnes concernées sachent de quel destinataire il s'agit",
  problemTransferMechanism: "le transfert n'a pas de condition (mécanisme de transfert)",
  problemNoRetention: "aucune durée ni aucun critère de conservation n'est indiqué pour cette finalité",
  problemNoDpo:
    'le registre ne désigne aucun délégué à la protection des données (une organisation de type « DPO ») pour ces responsables du traitement',
  problemDpoContact: "le délégué à la protection des données n'a ni adresse e-mail ni adresse postale",
  problemNoAuthority:
    'le registre ne désigne aucune autorité de contrôle (une organisation de type « autorité de contrôle »)',
  problemAuthorityAddress: "l'autorité de contrôle n'a pas d'adresse",
  problemControllerAddress: "le responsable du traitement n'a pas d'adresse",
  problemNotTranslated:
    "le texte n'est pas traduit en {language} (ou sa traduction est périmée) ; la déclaration affiche le texte en {main}",
  problemTemplateNotTranslated:
    "votre propre texte de ce paragraphe n'est pas traduit en {language} ; la déclaration affiche le texte par défaut",

  changePurposeAdded: 'Nouvelle finalité ({activity}) : {purpose}',
  changePurposeRemoved: 'Finalité abandonnée ({activity}) : {purpose}',
  changePurposeChanged: 'Finalité reformulée ({activity}) : « {before} » devient « {after} »',
  changeActivityAdded: 'Nouveau traitement : {activity}',
  changeActivityRemoved: 'Traitement arrêté : {activity}',
  changeLegalBasisAdded: 'Nouvelle base juridique ({activity}) : {ground}',
  changeLegalBasisRemoved: 'Base juridique abandonnée ({activity}) : {ground}',
  changeStatuteAdded: 'Nouvelle loi invoquée ({activity}, {ground}) : {statute}',
  changeStatuteRemoved: 'Loi plus invoquée ({activity}, {ground}) : {statute}',
  changeDataCategoryAdded: 'Nouvelle catégorie de données à caractère personnel : {name}',
  changeDataCategoryRemoved: 'Catégorie de données à caractère personnel plus traitée : {name}',
  changeSourceAdded: 'Nouvelle source de données : {name}',
  changeSourceRemoved: 'Source de données plus utilisée : {name}',
  changeRecipientAdded: 'Nouveau destinataire : {name}',
  changeRecipientRemoved: 'Destinataire qui ne reçoit plus de données : {name}',
  changeProcessorAdded: 'Nouveau sous-traitant : {name}',
  changeProcessorRemoved: 'Sous-traitant plus utilisé : {name}',
  changeTransferAdded: "Nouveau transfert en dehors de l'EEE : {name} ({condition})",
  changeTransferRemoved: "Transfert en dehors de l'EEE arrêté : {name}",
  changeTransferChanged: "Transfert en dehors de l'EEE modifié : {name} : « {before} » devient « {after} »",
  changeRetentionChanged: 'Durée de conservation modifiée ({activity}, {purpose}) : {before} devient {after}',
  changeAutomatedChanged: 'Prise de décision automatisée modifiée ({activity}) : {before} devient {after}',
  changeAutomatedYes: 'décisions automatisées',
  changeAutomatedProfiling: 'décisions automatisées avec profilage',
  changeAutomatedNo: 'pas de décision automatisée',
  changeContactChanged: 'Coordonnées modifiées : {name}',
  changeTextChanged: 'Texte de la déclaration modifié : {name}',
};
