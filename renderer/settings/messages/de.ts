/** Settings screen messages in German. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  conflict:
    'Nicht gespeichert. Nachdem Sie diese Einstellungen geöffnet haben, hat ein anderes Fenster oder ein anderer Tab {fields} geändert (durch eine Wiederherstellung, einen Import oder eine andere Einstellungsseite). Diese Änderung bleibt erhalten. Laden Sie die Einstellungen neu, um sie zu sehen, und nehmen Sie Ihre Änderung dann erneut vor.',
  changedElsewhere:
    'Seit Sie diese Einstellungen geöffnet haben, hat ein anderes Fenster oder ein anderer Tab {fields} geändert. Laden Sie sie vor dem Speichern neu: Speichern aus dieser Kopie würde abgelehnt.',
  internalFieldsTitle: 'Interne Felder',
  internalFieldsIntro:
    'Hier angekreuzte Felder bleiben aus der Arbeitsmappe für die Aufsichtsbehörde und aus dem PDF heraus, außer Sie exportieren eine interne Ausgabe. Prozessverantwortliche, Systeme und Anmerkungen sind immer intern.',
  internalAlways: 'Immer intern',
  mainLanguageLocked:
    'Die Hauptsprache wurde nicht geändert: Das Verzeichnis enthält {count} Texte auf {from}, die dann als Texte auf {to} gelten würden (und ihre Übersetzungen auf {to} würden ignoriert). Übersetzungen auf {to} entstehen im Bildschirm Übersetzungen; die Hauptsprache kann sich ändern, solange das Verzeichnis keine Texte enthält.',
  reload: 'Einstellungen neu laden',
  fieldUserName: 'Ihren Namen',
  fieldTitle: 'den Titel des Verzeichnisses',
  fieldOrganisation: 'die Organisation',
  fieldMainLanguage: 'die Hauptsprache',
  fieldOther: 'weitere Angaben zum Verzeichnis',
};
