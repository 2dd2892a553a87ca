import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

/** De woorden voor delen in het Nederlands. */
export const nl: TranslationOf<typeof en> = {
  fetchFailed:
    'Het gedeelde register kon niet worden opgehaald ({detail}). Er is niets gewijzigd: het register is zoals het was.',
  pushFailed:
    'Uw wijzigingen konden niet naar het gedeelde register worden verzonden ({detail}). Hier is niets gewijzigd: synchroniseer later opnieuw.',
  authFailed:
    'De server weigerde de gebruikersnaam of het token. Controleer ze onder "Verbinding". Er is niets gewijzigd.',
  remoteNewer:
    'Het gedeelde register is geschreven door een nieuwere versie van RoPA Desk. Werk RoPA Desk bij voordat u synchroniseert. Er is niets gewijzigd.',
  remoteUnreadable: 'Het gedeelde register kan niet worden gelezen: {detail} Er is niets gewijzigd.',
  remoteKeepsMoving:
    'Anderen bleven wijzigingen verzenden terwijl u synchroniseerde. Hier is niets gewijzigd: synchroniseer opnieuw.',
  changedDuringSync:
    'Het register is bewerkt tijdens het synchroniseren. Hier is niets vervangen: synchroniseer opnieuw.',
  notConnected: 'Dit register is niet verbonden met een gedeelde repository.',
  badUrl: 'Het adres moet beginnen met https:// (of http:// voor een server op deze computer).',
  noToken: 'Vul het token in dat u van de server kreeg.',
  title: 'Delen',
  intro:
    'Deel dit register met uw team via een Git-repository (GitLab, Gitea, Azure DevOps, Bitbucket). Er wordt niets verzonden of opgehaald tot u op Synchroniseren drukt: tussendoor werkt u gewoon offline.',
  connectionHeading: 'Verbinding',
  urlLabel: 'Adres van de repository (https://…/register.git)',
  userLabel: 'Gebruikersnaam op de server',
  tokenLabel: 'Toegangstoken',
  tokenDesktop: 'Het token wordt versleuteld bewaard door uw besturingssysteem en nooit in het register geschreven.',
  tokenBrowser:
    'In de browser wordt het token alleen voor deze sessie bewaard: vul het opnieuw in nadat u de browser hebt gesloten.',
  connect: 'Verbinden',
  saveToken: 'Dit token gebruiken',
  replaceTokenLabel: 'Nieuw toegangstoken (als de server het hier bewaarde weigert)',
  replaceToken: 'Token vervangen',
  tokenReplaced: 'Het nieuwe token is bewaard. Druk op Synchroniseren om het te gebruiken.',
  noCommonBase:
    'Het gedeelde register en dit register hebben geen gemeenschappelijke synchronisatie (deze computer kent zijn laatste synchronisatie niet), dus alles aan beide kanten telde als toegevoegd: records die het team verwijderde, kunnen terug zijn. Controleer het register.',
  changedBeforeCompleting:
    'Het register is gewijzigd nadat de synchronisatie begon. Er is niets verzonden en niets vervangen: synchroniseer opnieuw om ook uw wijzigingen samen te voegen.',
  disconnect: 'Verbinding verbreken',
  connectedTo: 'Verbonden met {url} als {user}.',
  connectedNotice: 'Verbonden. Druk op Synchroniseren om het register te verzenden of op te halen.',
  disconnectedNotice: 'Verbinding verbroken. Het register blijft zoals het is op deze computer.',
  tokenNeeded: 'Vul het toegangstoken voor deze sessie in voordat u synchroniseert.',
  syncHeading: 'Synchroniseren',
  messageLabel: 'Wat hebt u gewijzigd? (een bericht voor het team)',
  defaultMessage: 'Wijzigingen door {name}',
  defaultMessageAnonymous: 'Wijzigingen in het register',
  mergeMessage: 'Samengevoegd met de wijzigingen van het team',
  snapshotName: 'Voor synchronisatie {date}',
  sync: 'Synchroniseren',
  syncing: 'Bezig met synchroniseren: vastleggen, ophalen, samenvoegen, verzenden…',
  phaseCommit: 'Uw wijzigingen vastleggen…',
  phaseFetch: 'Het gedeelde register ophalen…',
  phaseMerge: 'Uw wijzigingen samenvoegen met die van het team…',
  phasePush: 'Verzenden naar het gedeelde register…',
  phaseSave: 'Het register op deze computer opslaan…',
  connectionChanged:
    'De verbinding is in een ander venster gewijzigd. Er is niets opgeslagen: het scherm toont nu de verbinding zoals ze is.',
  doneNone: 'Bijgewerkt: er was niets te verzenden of op te halen.',
  doneSent: 'Uw wijzigingen zijn naar het gedeelde register verzonden.',
  doneReceived:
    'De wijzigingen van het team zijn in dit register opgehaald. De vorige toestand is bewaard als momentopname.',
  doneMerged:
    'Uw wijzigingen en die van het team zijn samengevoegd en verzonden. De vorige toestand is bewaard als momentopname.',
  danglingAfterSync: {
    one: 'Eén koppeling verwijst nu naar een record dat aan de andere kant is verwijderd. De controles tonen ze bij het record dat ze bevat.',
    other:
      '{count} koppelingen verwijzen nu naar records die aan de andere kant zijn verwijderd. De controles tonen ze bij de records die ze bevatten.',
  },
  conflictsTitle: 'Tegenstrijdige wijzigingen',
  conflictsIntro: {
    one: 'Eén veld is hier en, anders, in het gedeelde register gewijzigd. Kies de waarde die u behoudt, of bewerk ze, en voltooi dan de synchronisatie. Er is nog niets gewijzigd.',
    other:
      '{count} velden zijn hier en, anders, in het gedeelde register gewijzigd. Kies voor elk de waarde die u behoudt, of bewerk ze, en voltooi dan de synchronisatie. Er is nog niets gewijzigd.',
  },
  columnRecord: 'Record',
  columnField: 'Veld',
  columnBase: 'Vóór beide wijzigingen',
  columnOurs: 'Van u',
  columnTheirs: 'In het gedeelde register',
  columnChoice: 'Behouden',
  keepOurs: 'Die van u',
  keepTheirs: 'De gedeelde',
  keepEdited: 'Bewerkt:',
  editLabel: 'Te behouden waarde voor {field}',
  completeSync: 'Synchronisatie voltooien',
  cancelSync: 'Annuleren (niets wijzigen)',
  chooseEach: 'Kies eerst een waarde voor elk conflict.',
  badEditedValue: 'De bewerkte waarde van {field} is ongeldig: {detail}',
  emptyValue: '(leeg)',
  wholeRecord: 'het hele record',
  registerSettings: 'Gegevens van het register',
  gitHistoryTitle: 'Gedeelde geschiedenis (Git)',
  gitHistoryIntro: 'Wat het team in het gedeelde register vastlegde, tot de laatste synchronisatie van deze computer.',
  columnMessage: 'Bericht',
  mergeCommit: '(samenvoeging)',
  moreChanges: 'en nog {count}',
  gitHistoryUnavailable: 'De gedeelde geschiedenis kan op deze computer niet worden gelezen: {detail}',
};
