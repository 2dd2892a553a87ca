/** Settings screen messages in Dutch. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  conflict:
    'Niet bewaard. Nadat u deze instellingen opende, wijzigde een ander venster of tabblad {fields} (een herstel, een import of een ander instellingenscherm). Die wijziging blijft behouden. Laad de instellingen opnieuw om ze te zien en breng uw wijziging dan opnieuw aan.',
  changedElsewhere:
    'Sinds u deze instellingen opende, wijzigde een ander venster of tabblad {fields}. Laad ze opnieuw voordat u bewaart: bewaren vanuit deze kopie zou geweigerd worden.',
  internalFieldsTitle: 'Interne velden',
  internalFieldsIntro:
    'Aangevinkte velden blijven uit de werkmap voor de toezichthouder en uit de pdf, tenzij u een interne editie exporteert. De eigenaar, de systemen en de opmerkingen zijn altijd intern.',
  internalAlways: 'Altijd intern',
  mainLanguageLocked:
    'De hoofdtaal is niet gewijzigd: het register bevat {count} teksten in het {from}, die dan voor {to} zouden doorgaan (en hun vertalingen in het {to} zouden genegeerd worden). Vertalingen in het {to} maakt u in het scherm Vertalingen; de hoofdtaal kan wijzigen zolang het register geen teksten bevat.',
  reload: 'Instellingen opnieuw laden',
  fieldUserName: 'uw naam',
  fieldTitle: 'de titel van het register',
  fieldOrganisation: 'de organisatie',
  fieldMainLanguage: 'de hoofdtaal',
  fieldOther: 'andere gegevens van het register',
};
