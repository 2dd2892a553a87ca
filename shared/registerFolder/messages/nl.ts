import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  missingRegisterJson: 'De map bevat geen register.json: het is geen registermap van RoPA Desk.',
  wrongFolderFormat:
    'register.json beschrijft geen registermap van RoPA Desk: "format" is {found}, verwacht "ropa-register-folder".',
  badFolderVersion: 'register.json heeft geen geldige "version" (gevonden: {found}).',
  newerFolderVersion:
    'Deze registermap is geschreven door een nieuwere versie van RoPA Desk (formaatversie {found}; deze versie leest tot {supported}). Werk de app bij om ze te openen.',
  malformedFile: '{file} is geen geldige JSON.',
  notAnObject: '{file} bevat geen JSON-object.',
  unknownFile:
    '{file} staat in de map van de records van soort {kind} maar is geen recordbestand (genoemd <id>.json, de id van het record): een overblijfsel van een merge-tool of een kopie? Verplaats het uit de registermap of verwijder het.',
  idMismatch:
    "{file} bevat het record met id {id}: een recordbestand draagt de id van het record als naam (id's worden niet met de hand bewerkt).",
  invalidContent: {
    one: '{file} is niet geldig. {field}: {detail}',
    other: 'De map is niet geldig: {count} problemen. Eerste: {file}, {field}: {detail}',
  },
  inputProblem: '{file}: {detail}',
  notMergeable: '{file} is geen registerbestand, geen register.json van een registermap en geen recordbestand daarvan.',
  notARecordFile: '{file} bevat geen geldig record van een soort die deze versie van RoPA Desk kent.',
  mixedFiles:
    '{file} en {other} zijn niet dezelfde soort bestand (een registerbestand, een register.json of een recordbestand).',
  versionsDiffer:
    'De samen te voegen register.json-bestanden hebben verschillende formaatversies ({versions}): open het register in RoPA Desk, dat beide kanten omzet voor het ze samenvoegt.',
  unreadable: 'De registermap kan niet gelezen worden: {detail}',
};
