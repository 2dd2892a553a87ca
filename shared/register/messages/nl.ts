/** Register file messages in Dutch. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  malformedJson: 'Het bestand is geen geldige JSON (regel {line}, kolom {column}): {detail}',
  emptyFile: 'Het bestand is leeg.',
  notAnObject: 'Het bestand bevat geen register: de inhoud is geen JSON-object.',
  wrongFormat: 'Dit is geen RoPA-registerbestand: "format" is {found}, verwacht "ropa-register".',
  badVersion: 'Het bestand heeft geen geldige "version" (gevonden: {found}).',
  newerVersion:
    'Dit register werd geschreven door een nieuwere versie van RoPA Desk (bestandsversie {found}; deze versie leest tot {supported}). Werk de app bij om het te openen.',
  olderVersion: 'Bestandsversie {found} is ouder dan deze app kan lezen.',
  invalidContent: {
    one: 'Het registerbestand is ongeldig: {count} probleem. {path}: {detail}',
    other: 'Het registerbestand is ongeldig: {count} problemen. Eerste: {path}: {detail}',
  },
};
