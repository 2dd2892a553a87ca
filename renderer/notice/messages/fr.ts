/** The privacy notice screen's words in French. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  title: 'Déclaration de confidentialité',
  intro:
    'Les informations que les art. 13 et 14 du RGPD imposent de donner aux personnes concernées, tirées du registre : choisissez le responsable du traitement (ou plusieurs qui informent ensemble) et la langue. Les champs internes n’apparaissent jamais ; les paragraphes fixes viennent des données du registre et, là où vous n’en avez pas écrit, du texte par défaut du programme.',
  controllers: 'Responsables du traitement',
  controllersHint: 'Plusieurs responsables font une seule déclaration pour le groupe.',
  noControllers:
    'Le registre ne nomme encore aucun responsable du traitement : ajoutez d’abord une organisation de type « responsable du traitement ».',
  language: 'Langue de la déclaration',
  date: 'Date de la déclaration',
  exportHtml: 'Enregistrer comme page web (HTML)',
  exportPdf: 'Enregistrer en PDF',
  saved: 'Enregistré sous {file}.',
  saveFailed: 'Enregistrement impossible : {reason}',
  building: 'Construction de la déclaration…',
  missingTitle: { one: '1 point à régler avant publication', other: '{count} points à régler avant publication' },
  missingNone:
    'Rien à régler : chaque finalité a sa formulation, chaque destinataire son type, le DPO et l’autorité sont connus.',
  openField: 'Ouvrir',
  editTexts: 'Modifier les paragraphes fixes',
  previewTitle: 'Aperçu',
  changesTitle: 'Ce qui a changé depuis un instantané',
  changesIntro:
    'Une modification de la déclaration doit être portée à l’attention des personnes concernées. Comparez la déclaration telle qu’elle était dans un instantané avec celle d’aujourd’hui, ou avec un instantané plus récent.',
  changesSnapshot: 'Depuis l’instantané',
  changesChoose: '— choisir un instantané —',
  changesTo: 'Jusqu’à',
  changesToday: 'le registre d’aujourd’hui',
  changesNone: 'La déclaration est la même que dans cet instantané.',
  changesCount: { one: '1 modification', other: '{count} modifications' },
  noSnapshots: 'Il n’y a pas encore d’instantané : prenez-en un sur l’écran Instantanés pour comparer plus tard.',
  textsTitle: 'Paragraphes fixes',
  textsIntro:
    'Votre propre texte des paragraphes que toute déclaration contient, dans la langue principale du registre ; une case vide garde le texte par défaut qu’elle affiche. Les lignes qui commencent par « - » forment une liste ; {controllers}, {contact} et {authority} sont remplis. Traduisez-les sur l’écran Traductions (données du registre).',
  textsSave: 'Enregistrer les paragraphes',
  textsSaved: 'Paragraphes enregistrés.',
  refused: 'La déclaration ne peut pas être établie : {reason}',
};
