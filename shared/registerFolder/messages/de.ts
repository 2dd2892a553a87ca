import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  missingRegisterJson: 'Der Ordner enthält keine register.json: Er ist kein Verzeichnisordner von RoPA Desk.',
  wrongFolderFormat:
    'register.json beschreibt keinen Verzeichnisordner von RoPA Desk: „format“ ist {found}, erwartet „ropa-register-folder“.',
  badFolderVersion: 'register.json hat keine gültige „version“ (gefunden: {found}).',
  newerFolderVersion:
    'Dieser Verzeichnisordner wurde von einer neueren Version von RoPA Desk geschrieben (Formatversion {found}; diese Version liest bis {supported}). Aktualisieren Sie die App, um ihn zu öffnen.',
  malformedFile: '{file} ist kein gültiges JSON.',
  notAnObject: '{file} enthält kein JSON-Objekt.',
  unknownFile:
    '{file} liegt im Ordner der Einträge der Art {kind}, ist aber keine Eintragsdatei (benannt <id>.json, die ID des Eintrags): ein Überbleibsel eines Merge-Werkzeugs oder eine Kopie? Verschieben Sie sie aus dem Verzeichnisordner oder löschen Sie sie.',
  idMismatch:
    '{file} enthält den Eintrag mit der ID {id}: Eine Eintragsdatei trägt die ID des Eintrags als Namen (IDs werden nicht von Hand bearbeitet).',
  invalidContent: {
    one: '{file} ist nicht gültig. {field}: {detail}',
    other: 'Der Ordner ist nicht gültig: {count} Probleme. Erstes: {file}, {field}: {detail}',
  },
  inputProblem: '{file}: {detail}',
  notMergeable:
    '{file} ist weder eine Verzeichnisdatei noch die register.json eines Verzeichnisordners noch eine Eintragsdatei daraus.',
  notARecordFile: '{file} enthält keinen gültigen Eintrag einer Art, die diese Version von RoPA Desk kennt.',
  mixedFiles:
    '{file} und {other} sind nicht dieselbe Art von Datei (eine Verzeichnisdatei, eine register.json oder eine Eintragsdatei).',
  versionsDiffer:
    'Die zusammenzuführenden register.json-Dateien haben verschiedene Formatversionen ({versions}): Öffnen Sie das Verzeichnis in RoPA Desk, das beide Seiten vor dem Zusammenführen umstellt.',
  unreadable: 'Der Verzeichnisordner kann nicht gelesen werden: {detail}',
};
