/** The legal grounds in German, worded after the German text of the GDPR (DSGVO). */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  'art6-1-a': 'Einwilligung',
  'art6-1-b': 'Erfüllung eines Vertrags',
  'art6-1-c': 'Erfüllung einer rechtlichen Verpflichtung',
  'art6-1-d': 'Schutz lebenswichtiger Interessen',
  'art6-1-e': 'Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt',
  'art6-1-f': 'Berechtigte Interessen',
  'art9-2-a': 'Ausdrückliche Einwilligung',
  'art9-2-b': 'Arbeitsrecht und Recht der sozialen Sicherheit und des Sozialschutzes',
  'art9-2-c': 'Schutz lebenswichtiger Interessen, betroffene Person außerstande, ihre Einwilligung zu geben',
  'art9-2-d': 'Tätigkeiten einer Stiftung, Vereinigung oder sonstigen Organisation ohne Gewinnerzielungsabsicht',
  'art9-2-e': 'Von der betroffenen Person offensichtlich öffentlich gemachte Daten',
  'art9-2-f': 'Rechtsansprüche oder Handlungen der Gerichte im Rahmen ihrer justiziellen Tätigkeit',
  'art9-2-g': 'Erhebliches öffentliches Interesse',
  'art9-2-h': 'Gesundheitsvorsorge oder Arbeitsmedizin, Versorgung oder Behandlung im Gesundheits- oder Sozialbereich',
  'art9-2-i': 'Öffentliches Interesse im Bereich der öffentlichen Gesundheit',
  'art9-2-j':
    'Im öffentlichen Interesse liegende Archivzwecke, wissenschaftliche oder historische Forschungszwecke oder statistische Zwecke',
  art10: 'Personenbezogene Daten über strafrechtliche Verurteilungen und Straftaten',
  art87: 'Nationale Kennziffer',
  art89:
    'Garantien für im öffentlichen Interesse liegende Archivzwecke, wissenschaftliche oder historische Forschungszwecke und statistische Zwecke',
};
