/**
 * Why a spreadsheet cannot be imported as a register at all (as opposed to a cell that was not understood, which the
 * report lists): no table of processing activities, no record in it, or a result the register cannot hold. The
 * message says what was looked for, in the user's language.
 */
import type { UiLanguage } from '../i18n/languages';
import { defineMessages, translate, type MessageParams } from '../i18n/translate';

const en = {
  noRegisterTable:
    'No register of processing activities was found in this file: no sheet ({sheets}) has a header naming register fields such as the processing, its purposes, legal basis, data categories or retention.',
  noRecords: 'The sheet "{sheet}" has a register header but no processing activity under it.',
  invalidResult: 'The imported register would not be valid ({path}: {detail}); nothing was imported.',
};
type Key = keyof typeof en;

const PLAN_ERRORS = defineMessages({
  en,
  nl: {
    noRegisterTable:
      'In dit bestand is geen register van verwerkingsactiviteiten gevonden: geen enkel blad ({sheets}) heeft een kop met velden van een register, zoals de verwerking, de doeleinden, de rechtsgrond, de gegevenscategorieën of de bewaartermijn.',
    noRecords: 'Het blad "{sheet}" heeft de kop van een register, maar er staat geen verwerkingsactiviteit onder.',
    invalidResult: 'Het geïmporteerde register zou niet geldig zijn ({path}: {detail}); er is niets geïmporteerd.',
  },
  fr: {
    noRegisterTable:
      "Aucun registre des activités de traitement n'a été trouvé dans ce fichier : aucune feuille ({sheets}) n'a d'en-tête nommant des champs d'un registre, comme le traitement, ses finalités, sa base légale, les catégories de données ou la durée de conservation.",
    noRecords: "La feuille « {sheet} » a l'en-tête d'un registre, mais aucune activité de traitement en dessous.",
    invalidResult: "Le registre importé ne serait pas valide ({path} : {detail}) ; rien n'a été importé.",
  },
  de: {
    noRegisterTable:
      'In dieser Datei wurde kein Verzeichnis von Verarbeitungstätigkeiten gefunden: Kein Blatt ({sheets}) hat eine Kopfzeile mit Feldern eines Verzeichnisses wie Verarbeitung, Zwecke, Rechtsgrundlage, Datenkategorien oder Speicherfrist.',
    noRecords:
      'Das Blatt „{sheet}“ hat die Kopfzeile eines Verzeichnisses, aber keine Verarbeitungstätigkeit darunter.',
    invalidResult: 'Das importierte Verzeichnis wäre nicht gültig ({path}: {detail}); es wurde nichts importiert.',
  },
});

export class SpreadsheetImportError extends Error {
  readonly reason: Key;
  readonly params: MessageParams;
  constructor(reason: Key, params: MessageParams = {}) {
    super(translate(PLAN_ERRORS, 'en', reason, params));
    this.name = 'SpreadsheetImportError';
    this.reason = reason;
    this.params = params;
  }
  localized(lang: UiLanguage): string {
    return translate(PLAN_ERRORS, lang, this.reason, this.params);
  }
}
