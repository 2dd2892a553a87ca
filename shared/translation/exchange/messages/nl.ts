/** Messages of the exchange with translators in Dutch. */
import type { TranslationOf } from '../../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  fileErrors: {
    emptyFile: 'Het bestand is leeg.',
    tooLarge: 'Het bestand is {size} MB; bestanden van vertalers groter dan {limit} MB worden niet geïmporteerd.',
    unknownFormat:
      'Dit is geen XLIFF-bestand en geen Excel-werkmap (.xlsx). Importeer het bestand dat RoPA Desk voor vertalers heeft gemaakt, zodra het vertaald is.',
    notUtf8: 'Het bestand is geen UTF-8-tekst en kan dus geen XLIFF-bestand zijn.',
    notXml:
      'Het bestand is geen correcte XML (regel {line}, kolom {column}: {detail}). Is het afgebroken of met de hand bewerkt?',
    doctype:
      'Het bestand declareert een documenttype (<!DOCTYPE …>). XLIFF-bestanden hebben er nooit een nodig, en zo’n declaratie kan een bestand andere bestanden laten lezen of onbeperkt laten aanzwellen; daarom wordt het geweigerd.',
    notXliff: 'Het bestand is XML, maar geen XLIFF-document (het hoofdelement is <{root}>).',
    xliffVersion:
      'Dit is een XLIFF {version}-bestand; RoPA Desk leest XLIFF 2.0 en 2.1. Vraag het bestand terug in de versie waarin het verstuurd is.',
    notOurs:
      'Dit bestand is niet door RoPA Desk voor vertalers gemaakt: geen enkele tekst draagt de stempel die RoPA Desk schrijft. Exporteer een bestand voor vertalers uit RoPA Desk en laat dat vertalen.',
    noTargetLanguage: 'Het bestand zegt niet in welke taal het vertaald is.',
    badLanguage: 'Het bestand is vertaald in "{found}", geen taal van het register ({languages}).',
    wrongLanguage:
      'Het bestand is vertaald in het {found}, niet in het {expected}. Importeer het bij de teksten in het {found}.',
    sameAsMain: 'Het bestand is vertaald in het {found}, de hoofdtaal van het register: daarin valt niets te vertalen.',
    sourceLanguage:
      'Het bestand is gemaakt van teksten in het {found}, maar de hoofdtaal van het register is het {expected}: het hoort bij een ander register, of de hoofdtaal is intussen gewijzigd.',
    workbook: '{reason}',
    noTextSheet:
      'De werkmap bevat geen blad met te vertalen teksten, of het informatieblad "{info}" ontbreekt of is gewijzigd. Is ze naar een andere werkmap gekopieerd?',
    invalidResult: 'Het register met deze vertalingen zou niet geldig zijn: {detail}',
  },
  problems: {
    unsafeTextCleaned:
      'de vertaling bevatte tekens die een register niet kan bewaren (een NUL-teken of de helft van een tekenpaar); ze zijn verwijderd of vervangen door \uFFFD',
    formula: 'de vertaalcel bevat een formule ({value}); de tekst wordt niet geïmporteerd. Typ de vertaling als tekst.',
    errorValue: 'de vertaalcel bevat een foutwaarde ({value}); de tekst wordt niet geïmporteerd',
    notText: 'de vertaalcel kan niet als tekst gelezen worden; de tekst wordt niet geïmporteerd',
    markup:
      'de vertaling bevat inline codes (<{element}>) die een registertekst niet kan bewaren; de tekst wordt niet geïmporteerd',
    partial:
      'de tekst is maar voor een deel vertaald (een segment heeft geen vertaling); de tekst wordt niet geïmporteerd',
    duplicateKey: 'dezelfde tekst staat eerder in het bestand; deze wordt genegeerd',
    noStamp:
      'de tekst draagt geen bronstempel (hij is buiten RoPA Desk toegevoegd of gewijzigd); hij wordt niet geïmporteerd',
    noKey: 'de tekst heeft geen sleutel (hij is buiten RoPA Desk toegevoegd); hij wordt genegeerd',
  },
  reasons: {
    sourceChanged: 'de tekst in de hoofdtaal is gewijzigd sinds het bestand gemaakt is',
    recordGone: 'het record of onderdeel waartoe hij behoort, staat niet meer in het register',
    textGone: 'de tekst in de hoofdtaal is nu leeg',
    badKey: 'hij verwijst naar geen enkele tekst van een register',
    empty: 'niet vertaald',
    same: 'gelijk aan de huidige vertaling',
    unreviewed: 'de vroegere vertaling kwam ongewijzigd terug en is niet als vertaald gemarkeerd',
    copiedSource: 'de tekst kwam terug als kopie van het origineel, niet als vertaald gemarkeerd',
  },
  fileTexts: {
    sheetName: 'Vertaling',
    key: 'Sleutel',
    record: 'Record',
    field: 'Veld',
    source: 'Tekst in het {language}',
    translation: 'Vertaling in het {language}',
    previous: 'Vroegere vertaling (verouderd)',
    stamp: 'Bronstempel',
    atUnit: 'eenheid {id}',
    atRow: 'rij {row}',
    recordOf: '{kind}: {name}',
    fileNote:
      'Teksten van het register "{title}" om te vertalen uit het {source} in het {target}. Schrijf elke vertaling als doeltekst; laat identificaties en notities zoals ze zijn.',
    previousNote:
      'De doeltekst bevat een vroegere vertaling, gemaakt van een oudere versie van de tekst: herzie ze en markeer ze dan als vertaald.',
  },
};
