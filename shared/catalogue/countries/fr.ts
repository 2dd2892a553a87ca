/** The notes on adequacy decisions in French. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const fr: TranslationOf<typeof en> = {
  allRecipients: 'Tous les destinataires dans le pays ou territoire',
  adequacyScope: {
    BR: 'Traitements soumis à la LGPD brésilienne',
    CA: 'Organisations commerciales soumises à la PIPEDA',
    GB: "Décision RGPD du 28 juin 2021, renouvelée le 19 décembre 2025 jusqu'au 27 décembre 2031",
    IL: "Transferts automatisés, ou données faisant l'objet d'un traitement automatisé en Israël",
    JP: "Opérateurs privés soumis à l'APPI et aux règles complémentaires",
    KR: 'Traitements soumis à la PIPA, sauf notamment les informations de crédit sous contrôle de la FSC',
    US: 'Organisations certifiées au titre du cadre de protection des données UE-États-Unis (DPF)',
  },
};
