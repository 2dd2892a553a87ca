/** Excel export and import messages in French. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  importErrors: {
    emptyFile: 'Le fichier est vide.',
    tooLarge: 'Le fichier fait {size} Mo ; les classeurs de plus de {limit} Mo ne sont pas importés.',
    encrypted:
      'Ce fichier est un classeur protégé par mot de passe (chiffré) ou un ancien fichier Excel 97–2003 (.xls). Retirez le mot de passe ou enregistrez-le comme classeur Excel (.xlsx), puis importez celui-ci.',
    notXlsx:
      "Ce n'est pas un classeur Excel (.xlsx) : le fichier n'est pas une archive zip (est-ce un fichier texte ou CSV renommé ?).",
    notAWorkbook: "Cette archive zip n'est pas un classeur Excel (.xlsx) : elle ne contient pas de xl/workbook.xml.",
    truncated: 'Le classeur est incomplet ou endommagé (tronqué) : {detail}. Exportez-le ou copiez-le à nouveau.',
    zipTooBig:
      'Le classeur ferait {size} Mo une fois décompressé, plus que la limite de {limit} Mo. Il est refusé comme bombe zip possible.',
    zipRatio:
      'La partie {entry} du classeur serait {ratio} fois plus grande une fois décompressée, plus que la limite de {limit} fois pour les parties de plus de {min} Mo. Le classeur est refusé comme bombe zip possible.',
    zipEntries:
      'Le classeur contient {count} parties, plus que la limite de {limit}. Il est refusé comme bombe zip possible.',
    zipSizeMismatch:
      'La partie {entry} du classeur est plus grande une fois décompressée que la taille annoncée. Le classeur est refusé comme endommagé ou comme bombe zip possible.',
    unreadable: 'Le classeur ne peut pas être lu : {detail}',
    noRegisterSheet:
      "Le classeur ne contient pas de feuille de registre. Attendu : un export de RoPA Desk (des feuilles comme « {complete} ») ou le modèle de registre de l'APD (une feuille « {authority} »). Feuilles trouvées : {found}.",
    invalidResult: 'Le registre importé est invalide : {path} : {detail}',
  },
  problemReasons: {
    unsafeTextCleaned:
      "contenait des caractères qu'un registre ne peut pas conserver (un caractère NUL ou une moitié de paire de caractères) ; ils ont été supprimés ou remplacés par \uFFFD",
    badDate: 'pas une date : « {value} » ; la cellule est ignorée',
    badBoolean: 'ni oui ni non : « {value} » ; la cellule est ignorée',
    badEnum: 'valeur inconnue « {value} » ; la cellule est ignorée',
    badCountry: 'pays inconnu « {value} » ; la cellule est ignorée',
    badDuration: 'pas une durée ISO 8601 comme P18M : « {value} » ; la cellule est ignorée',
    badLanguage: 'langue inconnue « {value} » ; la cellule est ignorée',
    badId: 'pas un ID valide : « {value} » ; la ligne est rapprochée par son nom',
    errorValue: "la cellule contient une valeur d'erreur ({value}) ; elle est ignorée",
    notText: 'la cellule ne peut pas être lue comme du texte ; elle est ignorée',
    formula: 'formule, valeur non reprise ({value}) : la cellule est lue comme vide',
    formulaKept: 'formule, valeur non reprise ({value}) : le champ garde sa valeur actuelle',
    shortenedEdited:
      "le texte a été abrégé dans ce classeur (il est plus long que ce qu'une cellule Excel contient) et ne peut pas être modifié ici ; modifiez-le dans RoPA Desk. Le champ garde sa valeur actuelle",
    duplicateId: "l'ID {value} figure aussi sur une ligne précédente ; cette ligne est ignorée",
    duplicateName:
      'le nom « {value} » correspond à un enregistrement déjà repris par une ligne précédente ; cette ligne devient un nouvel enregistrement',
    missingName: 'le nom est vide ; la ligne est ignorée',
    invalidRecord: "la ligne n'est pas un enregistrement valide ({detail}) ; elle est ignorée",
    invalidRecordKept: "la ligne n'est pas un enregistrement valide ({detail}) ; l'enregistrement reste tel quel",
    invalidField: '{detail} ; la valeur est omise',
    unknownName: 'aucun(e) {kind} nommé(e) « {value} » ; le lien est omis',
    ambiguousName: 'plusieurs enregistrements ({kind}) se nomment « {value} » ; le lien est omis',
    createdRecord:
      'aucun(e) {kind} nommé(e) « {value} » : un nouvel enregistrement est créé ; complétez-le dans le registre',
    danglingLink: 'un lien pointe vers un enregistrement ({kind}) absent du registre ({value}) ; le lien est omis',
    missingSheet: 'la feuille manque : les {kind} restent tels quels',
    missingTranslations: 'la feuille des traductions manque : les traductions restent telles quelles',
    fingerprintDiffers:
      "le classeur a été exporté d'une autre version du registre ({value}) ; les cellules qui diffèrent du registre actuel le remplacent",
    badTranslation: "traduction d'un enregistrement, élément ou champ inconnu ; la ligne est ignorée",
    cannotCreate: 'aucun(e) {kind} nommé(e) « {value} » et trop peu de données pour en créer ; le lien est omis',
    unknownColumn: 'colonne inconnue ; elle est ignorée',
  },
  sheetTexts: {
    internalEdition: 'Édition interne : contient des champs internes',
    edition: 'Édition',
    coverTitle: 'Registre des activités de traitement (art. 30 RGPD)',
    organisation: 'Organisation',
    controllers: 'Responsables du traitement',
    dpo: 'Délégué à la protection des données',
    exportedAt: 'Exporté le (UTC)',
    fingerprint: 'Empreinte du registre (SHA-256)',
    snapshot: 'Instantané',
    liveRegister: 'Registre actuel (pas un instantané)',
    scope: 'Portée',
    scopeAll: 'Tous les responsables du traitement du registre',
    scopeOne: 'Limité au responsable du traitement {name}',
    exportLanguage: 'Langue de cet export',
    mainLanguage: 'Langue principale du registre',
    counts: 'Enregistrements',
    count: 'Nombre',
    findings: 'Constats de la vérification du {today}',
    severity: 'Gravité',
    error: 'Erreurs',
    warning: 'Avertissements',
    info: 'Informations',
    coverNote:
      'Ce classeur est une copie datée du registre tenu dans RoPA Desk ; le registre lui-même est la version qui fait foi. Chaque feuille peut être réimportée dans RoPA Desk. Les colonnes masquées « (ID) » contiennent les liens entre enregistrements : ne les modifiez pas.',
    listsIntro: 'Valeurs des listes déroulantes.',
    instructionsTitle: 'Comment lire et modifier ce registre',
    instructions1:
      "Ce classeur suit le modèle de registre de l'Autorité de protection des données (APD) : la feuille « {controllers} » identifie le ou les responsables du traitement et leur délégué à la protection des données, la feuille « {register} » contient une ligne par activité de traitement.",
    instructions2:
      "Les colonnes à en-tête rouge contiennent ce que l'article 30.1 RGPD rend obligatoire ; les autres colonnes sont des compléments facultatifs.",
    instructions3:
      'Les cellules à plusieurs valeurs contiennent une valeur par ligne. Les colonnes qui vont ensemble (un destinataire avec sa mention interne/externe et son pays ; un transfert avec son pays et ses garanties ; une base juridique avec sa loi ; une durée de conservation avec la durée ISO 8601) doivent garder leurs lignes dans le même ordre.',
    instructions4:
      "Type de traitement : « {normal} » quand aucune des caractéristiques de la liste ne s'applique. Les colonnes sur les données de l'art. 9 et de l'art. 10 sont déduites des catégories de données.",
    instructions5:
      "Pour modifier une durée de conservation, modifiez la colonne ISO 8601 (P18M = 18 mois, P1Y6M = 1 an et 6 mois) ; une conservation qui ne s'exprime pas en chiffres figure comme critère dans la colonne de conservation, avec une cellule ISO vide.",
    instructions6:
      "Les traitements terminés restent dans le registre avec leur date de fin et le traitement qui les remplace ; l'APD peut poser des questions à leur sujet.",
    instructions7:
      "Le classeur peut être réimporté dans RoPA Desk : les cellules modifiées, les lignes ajoutées et supprimées sont d'abord présentées pour confirmation. Ne modifiez pas la colonne ID masquée. Les noms des destinataires, catégories de données et autres enregistrements sont rapprochés du registre par leur nom. Seule la feuille du registre est réimportée ; les autres feuilles sont données à titre d'information.",
    instructions8: "Exporté le {date} (UTC) à partir du registre d'empreinte {fingerprint}.",
    mandatoryLegend: "Obligatoire selon l'article 30.1 RGPD",
    untranslatedLegend: {
      one: "1 texte n'a pas de traduction à jour pour cet export ({language}) : sa traduction manque ou a été faite d'une version antérieure du texte. Il figure dans la langue principale ({main}), en italique sur fond orangé, comme cette cellule.",
      other:
        "{count} textes n'ont pas de traduction à jour pour cet export ({language}) : la traduction manque ou a été faite d'une version antérieure du texte. Ils figurent dans la langue principale ({main}), en italique sur fond orangé, comme cette cellule.",
    },
    textShortened: {
      other: '… [texte abrégé : {count} caractères ; le texte complet se trouve dans le fichier du registre]',
    },
  },
};
