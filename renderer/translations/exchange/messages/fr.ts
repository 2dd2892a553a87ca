/** Messages of the exchange with translators (translation workspace) in French. */
import type { TranslationOf } from '../../../../shared/i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  title: 'Échange avec les traducteurs',
  intro:
    'Envoyez à un traducteur, sous forme de fichier, les textes à traduire en {language}, puis importez le fichier traduit. Seules les traductions de textes restés inchangés entre-temps sont appliquées.',
  taskCount: {
    one: '1 texte est à traduire en {language} (manquant ou obsolète).',
    other: '{count} textes sont à traduire en {language} (manquants ou obsolètes).',
  },
  noTasks: 'Tous les textes sont traduits en {language} et à jour : il n’y a rien à envoyer.',
  format: 'Fichier pour le traducteur',
  formatXliff: 'XLIFF 2.0 (pour les outils de traduction)',
  formatXlsx: 'Classeur Excel',
  download: 'Télécharger pour les traducteurs',
  xliffFilter: 'Fichier XLIFF',
  saved: 'Enregistré sous {file}.',
  saveFailed: 'Le fichier n’a pas pu être enregistré : {reason}',
  importFile: 'Importer un fichier traduit…',
  fileFilter: 'Fichier traduit (XLIFF, Excel)',
  reading: 'Lecture du fichier…',
  refused: 'Ce fichier ne peut pas être importé : {reason}',
  previewTitle: 'Ce que l’import changerait',
  previewFile: '{file} : traductions en {language}',
  countApplied: 'À appliquer',
  countStale: 'Périmées (texte modifié entre-temps)',
  countUnknown: 'Inconnues',
  countUnchanged: 'Inchangées ou non traduites',
  appliedTitle: 'Traductions à appliquer',
  staleTitle: 'Non appliquées : le texte a changé depuis la préparation du fichier',
  unknownTitle: 'Non appliquées : textes que le registre n’a plus',
  problemsTitle: {
    one: '1 texte n’a pas pu être repris tel quel',
    other: '{count} textes n’ont pas pu être repris tels quels',
  },
  columnRecord: 'Fiche',
  columnField: 'Champ',
  columnSource: 'Texte en {language}',
  columnTranslation: 'Traduction',
  columnReason: 'Motif',
  columnWhere: 'Emplacement dans le fichier',
  replaces: 'Remplace : {text}',
  sourceThen: 'Traduit à partir de : {text}',
  sourceNow: 'Aujourd’hui : {text}',
  nothingToApply: 'Rien dans ce fichier ne peut être appliqué.',
  apply: 'Appliquer les traductions',
  cancel: 'Annuler',
  keptBefore: 'Avant les traductions de {file}',
  applied: {
    one: 'Traductions de {file} appliquées : 1 texte.',
    other: 'Traductions de {file} appliquées : {count} textes.',
  },
  applyFailed: 'Les traductions n’ont pas été appliquées : {reason}',
  registerChanged:
    'Le registre a changé après la préparation de l’aperçu ; l’aperçu a donc été refait à partir du registre tel qu’il est maintenant. Vérifiez-le, puis appliquez.',
};
