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
};
