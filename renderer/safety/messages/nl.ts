/** Messages of the safety screens in Dutch. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  newerTitle: 'Dit register werd geschreven door een nieuwere versie van RoPA Desk',
  newerWrittenBy: 'RoPA Desk {appVersion} schreef het laatst (opslagformaat {found}) op {date}.',
  newerWrittenByVersion: 'RoPA Desk {appVersion} schreef het laatst (opslagformaat {found}).',
  newerWrittenByUnknown: 'Een nieuwere versie van RoPA Desk schreef het (opslagformaat {found}).',
  newerThisVersion: 'Dit is RoPA Desk {appVersion}, dat opslagformaat {supported} en ouder leest.',
  newerProtected:
    'Om het register intact te houden, heeft deze versie niets geopend en niets gewijzigd. Werk RoPA Desk bij om er verder aan te werken.',
  newerExportIntro: 'U kunt wat opgeslagen is nu als bestand bewaren, zonder het te wijzigen:',
  exportRegister: 'Het register als registerbestand bewaren',
  exportEverything: 'Alles als databasebestand bewaren (JSON)',
  exportNotRegister:
    'Het register is opgeslagen in een vorm die deze versie niet kent, dus het kan niet als registerbestand bewaard worden. Het databasebestand bevat alles.',
  exported: 'Bewaard als {file}.',
  exportFailed: 'Kon het bestand niet bewaren: {reason}',
  reload: 'Opnieuw laden',
  openFailedTitle: 'Het register kon niet geopend worden',
  openFailedText:
    'De browser weigerde het opgeslagen register te openen ({reason}). Er werd niets gewijzigd. Maak schijfruimte vrij of sluit andere vensters van RoPA Desk en laad dan opnieuw.',
  closedTitle: 'Dit venster werkt niet meer aan het register',
  closedNewer:
    'Een nieuwere versie van RoPA Desk opende het register in een ander venster. Dit venster is gestopt zodat het het register niet kan wijzigen. Laad opnieuw om te zien wat u kunt doen.',
  closedDeleted: 'Het opgeslagen register werd in een ander venster of door de browser verwijderd. Laad opnieuw om verder te gaan.',
  errorTitle: 'Er ging iets mis op dit scherm',
  errorText: 'RoPA Desk stuitte op een onverwachte fout. Uw register is veilig: een wijziging wordt volledig of helemaal niet opgeslagen.',
  errorDetail: 'Technisch detail: {reason}',
  errorTypedIntro: 'Wat u op dit scherm typte, is misschien niet bewaard. Kopieer het voordat u het scherm verlaat:',
  copyTyped: 'Kopieer wat u typte',
  copied: 'Gekopieerd naar het klembord.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hierboven en kopieer hem zelf.',
  goBack: 'Terug',
  goDashboard: 'Naar het dashboard',
  reloadApp: 'De app opnieuw laden',
  confirmLoseTyped: 'Wat u op dit scherm typte, gaat verloren. Toch verdergaan?',
  recoveryTitle: 'Uw register is leeg, maar er zijn back-ups',
  recoveryText:
    'Dit profiel bevat geen register, hoewel er wel een was: de browser heeft misschien zijn gegevens gewist, het profiel werd misschien opnieuw ingesteld, of de schijf was vol. Herstel de nieuwste back-up in plaats van opnieuw te beginnen.',
  recoveryNewestFile: {
    one: 'Nieuwste back-up: {file}, bewaard op {date}. Hij staat in {folder}.',
    other: 'Nieuwste van {count} back-ups: {file}, bewaard op {date}. Ze staan in {folder}.',
  },
  recoveryNewestDownload:
    'U downloadde het laatst een back-up op {date}: een bestand met een naam als register-backup-JJJJ-MM-DD.ropa.json, meestal in uw map Downloads.',
  chooseBackupFile: 'Het back-upbestand kiezen…',
  openBackupFolder: 'De map met back-ups openen',
  recoveryPreview: {
    one: '{file} bevat “{title}” met {count} verwerkingsactiviteit, bewaard op {date}.',
    other: '{file} bevat “{title}” met {count} verwerkingsactiviteiten, bewaard op {date}.',
  },
  restoreThis: 'Dit register herstellen',
  restoreRefused: 'Dit bestand kan niet worden hersteld: {reason}',
  restoredFrom: 'Het register werd hersteld uit {file}.',
  startAnew: 'Toch met een nieuw register beginnen',
  confirmStartAnew: 'Met een nieuw register beginnen? De back-ups blijven waar ze zijn; u kunt er later nog een herstellen onder Back-up en herstel.',
};
