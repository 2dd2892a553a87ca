/** Spreadsheet import messages in French. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  readErrors: {
    emptyFile: 'Le fichier est vide.',
    tooLarge: 'Le fichier fait {size} Mo ; les tableurs de plus de {limit} Mo ne sont pas importés.',
    encrypted:
      'Ce fichier est protégé par mot de passe (chiffré), ou c’est un ancien fichier Excel 97–2003 (.xls). Retirez le mot de passe ou enregistrez-le comme classeur Excel (.xlsx), feuille de calcul OpenDocument (.ods) ou fichier CSV, puis importez celui-ci.',
    notASpreadsheet:
      "Ce fichier n'est ni un tableur ni un fichier texte (CSV, TSV). Importez un classeur Excel (.xlsx), une feuille de calcul OpenDocument (.ods) ou un fichier texte CSV ou TSV.",
    zipNotSpreadsheet:
      "Ce fichier est une archive zip qui ne contient aucun tableur (ni classeur Excel, ni feuille de calcul OpenDocument) : peut-être un export d'un autre programme ou un document d'un autre type. Importez un classeur Excel (.xlsx), une feuille de calcul OpenDocument (.ods) ou un fichier texte CSV ou TSV.",
    truncated: 'Le fichier est incomplet ou endommagé (tronqué) : {detail}. Enregistrez-le ou copiez-le à nouveau.',
    zipTooBig:
      'Le fichier ferait {size} Mo une fois décompressé, plus que la limite de {limit} Mo. Il est refusé comme bombe zip possible.',
    zipRatio:
      'La partie {entry} du fichier serait {ratio} fois plus grande une fois décompressée, plus que la limite de {limit} fois pour les parties de plus de {min} Mo. Le fichier est refusé comme bombe zip possible.',
    zipEntries:
      'Le fichier contient {count} parties, plus que la limite de {limit}. Il est refusé comme bombe zip possible.',
    zipSizeMismatch:
      'La partie {entry} du fichier est plus grande une fois décompressée que la taille annoncée. Le fichier est refusé comme endommagé ou comme bombe zip possible.',
    unreadable: 'Le tableur ne peut pas être lu : {detail}',
    tooManyCells:
      'La feuille « {sheet} » contiendrait plus de {limit} cellules une fois ses lignes et colonnes répétées développées. Elle est refusée comme attaque possible ; supprimez les lignes et colonnes vides à la fin et réessayez.',
    unsupportedEncoding:
      "Ce fichier texte est écrit en {encoding}, qui n'est pas lu ici. Enregistrez-le en « CSV UTF-8 » (ou comme classeur Excel) et importez celui-ci.",
    unclosedQuote:
      'Le fichier texte contient un guillemet ouvert à la ligne {row} et jamais fermé : tout ce qui suit se retrouverait dans une seule cellule. Corrigez le fichier et importez-le à nouveau.',
  },
};
