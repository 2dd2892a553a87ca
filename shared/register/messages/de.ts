/** Register file messages in German. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  malformedJson: 'Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}): {detail}',
  emptyFile: 'Die Datei ist leer.',
  notAnObject: 'Die Datei enthält kein Verzeichnis: ihr Inhalt ist kein JSON-Objekt.',
  wrongFormat: 'Dies ist keine RoPA-Verzeichnisdatei: "format" ist {found}, erwartet wird "ropa-register".',
  badVersion: 'Die Datei hat keine gültige "version" (gefunden: {found}).',
  newerVersion:
    'Dieses Verzeichnis wurde von einer neueren Version von RoPA Desk geschrieben (Dateiversion {found}; diese Version liest bis {supported}). Aktualisieren Sie die Anwendung, um es zu öffnen.',
  olderVersion: 'Die Dateiversion {found} ist älter als jede, die diese Anwendung lesen kann.',
  invalidContent: {
    one: 'Die Verzeichnisdatei ist ungültig: {count} Problem. {path}: {detail}',
    other: 'Die Verzeichnisdatei ist ungültig: {count} Probleme. Erstes: {path}: {detail}',
  },
};
