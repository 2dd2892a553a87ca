/** Settings screen messages in French. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  conflict:
    "Non enregistré. Après l'ouverture de ces paramètres, une autre fenêtre ou un autre onglet a modifié {fields} (une restauration, une importation ou un autre écran de paramètres). Cette modification est conservée. Rechargez les paramètres pour la voir, puis refaites votre modification.",
  changedElsewhere:
    "Depuis l'ouverture de ces paramètres, une autre fenêtre ou un autre onglet a modifié {fields}. Rechargez-les avant d'enregistrer : un enregistrement depuis cette copie serait refusé.",
  internalFieldsTitle: 'Champs internes',
  internalFieldsIntro:
    "Les champs cochés ici restent hors du classeur pour l'autorité et du PDF, sauf si vous exportez une édition interne. Le responsable, les systèmes et les remarques sont toujours internes.",
  internalAlways: 'Toujours interne',
  mainLanguageLocked:
    "La langue principale n'a pas été modifiée : le registre contient {count} textes rédigés en {from}, qui passeraient alors pour des textes en {to} (et leurs traductions en {to} seraient ignorées). Les traductions en {to} se font dans l'écran Traductions ; la langue principale peut changer tant que le registre ne contient aucun texte.",
  reload: 'Recharger les paramètres',
  fieldUserName: 'votre nom',
  fieldTitle: 'le titre du registre',
  fieldOrganisation: "l'organisation",
  fieldMainLanguage: 'la langue principale',
  fieldOther: "d'autres données du registre",
};
