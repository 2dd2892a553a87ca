/** Messages of the spreadsheet import in French. */
import type { TranslationOf } from '../../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  reasons: {
    header: "l'en-tête « {header} » désigne {field} (« {phrase} », {language})",
    group: 'le groupe « {group} » désigne {field}',
    both: '« {group} / {header} » désigne {field}',
    instruction: "l'instruction sous l'en-tête désigne {field}",
    valuesFit: '{share} % des valeurs ont la forme : {shape}',
    valuesAgainst: 'seulement {share} % des valeurs ont la forme : {shape}',
    valuesOnly: 'aucun en-tête ne le désigne, mais {share} % des valeurs ont la forme : {shape}',
    noMatch: "l'en-tête « {header} » ne désigne aucun champ",
    empty: "la colonne n'a ni en-tête ni valeurs",
    taken: '{field} ne prend qu’une colonne et la colonne {column} lui correspond mieux',
    saved: 'correspondance enregistrée « {name} »',
    savedIgnored: 'ignorée dans la correspondance enregistrée « {name} »',
    notInSaved: "la correspondance enregistrée « {name} » n'a pas de colonne « {header} »",
    formLabel: 'le libellé « {label} » de la fiche désigne {field}',
  },
  shapes: {
    date: 'dates',
    period: 'durées',
    country: 'pays',
    legalBasis: 'bases juridiques',
    yesNo: 'oui ou non',
    mechanism: 'fondements de transfert',
    reference: 'numéros de traitement',
    enum: 'valeurs de la liste',
    text: 'textes',
  },
  problems: {
    legalBasisUnknown: "aucun fondement RGPD (art. 6, 9, 10) trouvé dans « {value} » ; il n'est pas importé",
    legalBasisPartly: "« {value} » n'a pas été compris à côté des fondements trouvés ; il n'est pas importé",
    referenceWithoutGround:
      "la référence « {value} » n'est accompagnée d'aucun fondement RGPD ; elle n'est pas liée : ajoutez le fondement dans RoPA Desk",
    periodUnknown: "aucune durée (comme « 3 mois » ou P18M) trouvée dans « {value} » ; elle n'est pas importée",
    dateUnknown: "pas une date : « {value} » ; elle n'est pas importée",
    yesNoUnknown: "ni oui ni non : « {value} » ; ce n'est pas importé",
    enumUnknown: "valeur inconnue « {value} » pour {field} ; elle n'est pas importée",
    countryUnknown: "pays inconnu « {value} » ; il n'est pas importé",
    mechanismUnknown: "aucun fondement de transfert (art. 45 à 49) trouvé dans « {value} » ; il n'est pas importé",
    mechanismIncomplete: '« {value} » cite l’art. {article} sans son point ; choisissez le fondement dans RoPA Desk',
    transferWithoutCountry: "aucun pays trouvé dans le transfert « {value} » ; il n'est pas importé",
    ambiguousName: 'plusieurs enregistrements ({kind}) s’appellent « {value} » ; le lien est omis',
    activityUnknown: 'aucune activité de traitement ne porte le nom ou le numéro « {value} » ; le lien est omis',
    conflictingValue:
      "une ligne précédente du même enregistrement donnait {field} « {kept} » ; « {value} » n'est pas importé",
    missingName: "la ligne n'a ni nom ni numéro et ne suit aucun enregistrement ; elle est ignorée",
    nameFromReference: 'pas de nom : le numéro de traitement « {value} » sert de nom ; renommez-le dans RoPA Desk',
    cleanedText:
      'la cellule contenait des caractères qu’un registre ne peut garder ; ils ont été supprimés ou remplacés',
    invalidField: 'la valeur ne convient pas au registre ({detail}) ; elle est omise',
    invalidRecord: "l'enregistrement n'est pas valide ({detail}) ; il est ignoré",
    noSheet: "la feuille « {value} » n'est pas dans le fichier ; rien n'est importé",
    noNameColumn:
      "aucune colonne n'est associée au nom ou au numéro des enregistrements : aucun enregistrement ne peut être créé",
    otherKind: "la colonne alimente un champ d'un autre registre ({value}) ; elle est ignorée",
    unknownTarget: 'la colonne est associée à « {value} », qui ne peut être importé ; elle est ignorée',
    duplicateTarget:
      '{field} ne prend qu’une colonne et la colonne {value} l’alimente déjà ; cette colonne est ignorée',
    yesWithoutName: 'la réponse « {value} » ne nomme aucun enregistrement pour {field} ; ajoutez-les dans RoPA Desk',
    formWithoutName:
      "la feuille a la forme d'une fiche de registre mais ne donne pas de nom au traitement (un modèle vide ?) ; elle n'est pas importée",
  },
  report: {
    columnIgnored: 'non importée',
    created: 'créé',
    updated: 'mis à jour',
    stillNeeded: 'encore nécessaire',
  },
  points: {
    '1a': 'le nom et les coordonnées du responsable du traitement',
    '1b': 'les finalités du traitement',
    '1c': 'les catégories de personnes concernées et de données',
    '1d': 'les catégories de destinataires',
    '1e': 'les transferts vers des pays tiers',
    '1f': "les délais prévus pour l'effacement",
    '1g': 'les mesures de sécurité',
    '2a': 'le sous-traitant et chaque responsable du traitement pour le compte duquel il agit',
    '2b': 'les catégories de traitements effectués pour le compte de chaque responsable',
    '2c': 'les transferts vers des pays tiers',
    '2d': 'les mesures de sécurité',
  },
};
