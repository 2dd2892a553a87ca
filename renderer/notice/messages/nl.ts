/** The privacy notice screen's words in Dutch. */
import type { TranslationOf } from '../../../shared/i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  title: 'Privacyverklaring',
  intro:
    'De informatie die art. 13 en 14 AVG aan betrokkenen voorschrijven, gemaakt uit het register: kies de verwerkingsverantwoordelijke (of meerdere die samen informeren) en de taal. Interne velden verschijnen nooit; vaste paragrafen komen uit de registergegevens en, waar u er geen schreef, uit de standaardtekst van het programma.',
  controllers: 'Verwerkingsverantwoordelijken',
  controllersHint: 'Meerdere verantwoordelijken maken één verklaring voor de groep.',
  noControllers:
    'Het register noemt nog geen verwerkingsverantwoordelijke: voeg eerst een organisatie van het soort “verwerkingsverantwoordelijke” toe.',
  language: 'Taal van de verklaring',
  date: 'Datum van de verklaring',
  exportHtml: 'Bewaren als webpagina (HTML)',
  exportPdf: 'Bewaren als pdf',
  saved: 'Bewaard als {file}.',
  saveFailed: 'Bewaren mislukt: {reason}',
  building: 'De verklaring wordt opgebouwd…',
  missingTitle: {
    one: '1 punt om op te lossen vóór publicatie',
    other: '{count} punten om op te lossen vóór publicatie',
  },
  missingNone:
    'Niets op te lossen: elk doeleinde heeft zijn formulering, elke ontvanger zijn soort, de DPO en de toezichthouder zijn bekend.',
  openField: 'Openen',
  editTexts: 'De vaste paragrafen bewerken',
  previewTitle: 'Voorbeeld',
  changesTitle: 'Wat veranderde sinds een momentopname',
  changesIntro:
    'Een wijziging van de verklaring moet onder de aandacht van de betrokkenen worden gebracht. Vergelijk de verklaring zoals ze in een momentopname was met die van vandaag, of met een latere momentopname.',
  changesSnapshot: 'Vanaf momentopname',
  changesChoose: '— kies een momentopname —',
  changesTo: 'Tot',
  changesToday: 'het register van vandaag',
  changesNone: 'De verklaring is dezelfde als in die momentopname.',
  changesCount: { one: '1 wijziging', other: '{count} wijzigingen' },
  noSnapshots: 'Er is nog geen momentopname: neem er een op het scherm Momentopnamen om later te vergelijken.',
  textsTitle: 'Vaste paragrafen',
  textsIntro:
    'Uw eigen tekst van de paragrafen die elke verklaring bevat, in de hoofdtaal van het register; een leeg vak behoudt de standaardtekst die erin staat. Regels die met “- ” beginnen vormen een lijst; {controllers}, {contact} en {authority} worden ingevuld. Vertaal ze op het scherm Vertalingen (registergegevens).',
  textsSave: 'De paragrafen bewaren',
  textsSaved: 'Paragrafen bewaard.',
  refused: 'De verklaring kan niet gemaakt worden: {reason}',
};
