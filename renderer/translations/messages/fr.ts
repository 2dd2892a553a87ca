/** The translation workspace's words in French. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  title: 'Traductions',
  intro:
    "Tous les textes du registre dont la traduction manque ou n'est plus à jour, avec, en regard, l'original en {main}. Les textes sont rédigés dans la langue principale ; une traduction suit ce texte.",
  keyboardHelp:
    'Tapez la traduction et appuyez sur Entrée : elle est enregistrée et le curseur passe au texte suivant. Maj+Entrée commence une nouvelle ligne, Échap annule ce que vous avez tapé dans le texte.',
  loading: 'Chargement…',
  filtersLabel: 'Que traduire',
  language: 'Langue cible',
  languageOption: { one: '{language} — {count} texte à faire', other: '{language} — {count} textes à faire' },
  languageOptionDone: '{language} — tout est traduit',
  kind: 'Partie du registre',
  kindAll: 'Toutes les parties',
  kindMeta: 'Données du registre (titre, description)',
  controller: 'Responsable du traitement',
  controllerAll: 'Tous les responsables du traitement',
  controllerHidesOthers:
    "Seules les activités de traitement et les activités de sous-traitant ont un responsable du traitement : tant qu'un responsable est choisi, les autres textes ne sont pas affichés.",
  controllerNotApplicable:
    "{kind} : ces fiches sont communes à tous les responsables du traitement, le filtre par responsable ne s'y applique donc pas.",
  state: 'Afficher',
  stateTodo: 'Manquantes et à revoir',
  stateMissing: 'Manquantes uniquement',
  stateOutdated: 'À revoir uniquement',
  // French takes the singular for 0 as well: the count is always written out.
  missingCount: { one: '{count} manquante', other: '{count} manquantes' },
  outdatedCount: { one: '{count} à revoir', other: '{count} à revoir' },
  countsLanguage: '{language} : {missing}, {outdated}.',
  countsFiltered: 'Avec ces filtres : {missing}, {outdated}.',
  allDone: "Tout est traduit en {language} : aucun texte ne manque ni n'est à revoir.",
  noneMatch: 'Aucun texte à traduire ne correspond à ces filtres.',
  tableCaption: 'Textes à traduire en {language}',
  columnText: 'Texte',
  columnSource: 'Original ({language})',
  columnTranslation: 'Traduction ({language})',
  metaName: 'Données du registre',
  itemPurposes: 'Finalité {n}',
  itemLegalBases: 'Base juridique {n}',
  itemSources: 'Source {n}',
  itemRetention: 'Règle de conservation {n}',
  itemProcessingCategories: 'Catégorie de traitement {n}',
  itemOther: '{label} {n}',
  openInEditor: "Ouvrir dans l'éditeur, à ce champ",
  translationOf: 'Traduction en {language} : {text}',
  badgeMissing: 'manquante',
  badgeOutdated: 'à revoir',
  badgeSaved: 'fait',
  badgeConfirmed: 'confirmée',
  outdatedHint:
    "Cette traduction a été faite d'après une version antérieure de l'original. Corrigez-la, ou confirmez-la si elle dit toujours la même chose.",
  save: 'Enregistrer',
  stillCorrect: 'Toujours correcte',
  undo: 'Annuler la saisie',
  saving: 'Enregistrement…',
  savedStatus: 'Enregistré : {text}.',
  confirmedStatus: 'Confirmée comme toujours correcte : {text}.',
  lastText: 'C’était le dernier texte de la liste.',
  conflict:
    "Ce texte a été modifié ailleurs entre-temps ({fields}). La ligne affiche maintenant ce qui est enregistré ; ce que vous avez tapé est toujours dans la case : comparez-le à l'original et enregistrez à nouveau.",
  gone: "Ce texte n'existe plus : sa fiche ou son élément a été supprimé ailleurs entre-temps.",
  saveFailed: "La traduction n'a pas pu être enregistrée : {reason}",
  shown: '{shown} textes affichés sur {total}.',
  showMore: 'En afficher {count} de plus',
  finishedNote:
    'Les textes enregistrés restent dans la liste, marqués comme faits, pour que les lignes ne bougent pas pendant votre travail ; ils disparaissent quand vous changez un filtre.',
  clearFinished: {
    one: 'Retirer de la liste le texte terminé',
    other: 'Retirer de la liste les {count} textes terminés',
  },
  leaveUnsaved:
    'Certaines traductions que vous avez tapées ne sont pas encore enregistrées. Quitter quand même et les perdre ?',
};
