/** Excel export and import messages in Dutch. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  importErrors: {
    emptyFile: 'Het bestand is leeg.',
    tooLarge: 'Het bestand is {size} MB; werkmappen groter dan {limit} MB worden niet ingelezen.',
    encrypted:
      'Dit bestand is een met een wachtwoord beveiligde (versleutelde) werkmap of een oud Excel 97–2003-bestand (.xls). Verwijder het wachtwoord of bewaar het als Excel-werkmap (.xlsx) en lees die in.',
    notXlsx:
      'Dit is geen Excel-werkmap (.xlsx): het bestand is geen zip-archief (is het een hernoemd tekst- of CSV-bestand?).',
    notAWorkbook: 'Dit zip-archief is geen Excel-werkmap (.xlsx): het bevat geen xl/workbook.xml.',
    truncated: 'De werkmap is onvolledig of beschadigd (afgebroken): {detail}. Exporteer of kopieer ze opnieuw.',
    zipTooBig:
      'De werkmap zou uitgepakt {size} MB groot zijn, meer dan de grens van {limit} MB. Ze wordt geweigerd als mogelijke zipbom.',
    zipRatio:
      'Het onderdeel {entry} van de werkmap zou {ratio} keer groter worden, meer dan de grens van {limit} keer voor onderdelen boven {min} MB. De werkmap wordt geweigerd als mogelijke zipbom.',
    zipEntries:
      'De werkmap bevat {count} onderdelen, meer dan de grens van {limit}. Ze wordt geweigerd als mogelijke zipbom.',
    zipSizeMismatch:
      'Het onderdeel {entry} van de werkmap is uitgepakt groter dan opgegeven. De werkmap wordt geweigerd als beschadigd of als mogelijke zipbom.',
    unreadable: 'De werkmap kan niet gelezen worden: {detail}',
    noRegisterSheet:
      'De werkmap bevat geen registerblad. Verwacht: een export van RoPA Desk (bladen zoals "{complete}") of het registermodel van de GBA (een blad "{authority}"). Gevonden bladen: {found}.',
    invalidResult: 'Het ingelezen register is ongeldig: {path}: {detail}',
  },
  problemReasons: {
    unsafeTextCleaned:
      'bevatte tekens die een register niet kan bewaren (een NUL-teken of een half tekenpaar); ze werden verwijderd of vervangen door \uFFFD',
    badDate: 'geen datum: "{value}"; de cel wordt genegeerd',
    badBoolean: 'geen ja of nee: "{value}"; de cel wordt genegeerd',
    badEnum: 'onbekende waarde "{value}"; de cel wordt genegeerd',
    badCountry: 'onbekend land "{value}"; de cel wordt genegeerd',
    badDuration: 'geen ISO 8601-termijn zoals P18M: "{value}"; de cel wordt genegeerd',
    badLanguage: 'onbekende taal "{value}"; de cel wordt genegeerd',
    badId: 'geen geldige ID: "{value}"; de rij wordt op naam gekoppeld',
    errorValue: 'de cel bevat een foutwaarde ({value}); ze wordt genegeerd',
    notText: 'de cel kan niet als tekst gelezen worden; ze wordt genegeerd',
    formula: 'formule, waarde niet gebruikt ({value}): de cel wordt als leeg gelezen',
    formulaKept: 'formule, waarde niet gebruikt ({value}): het veld behoudt zijn huidige waarde',
    shortenedEdited:
      'de tekst is in deze werkmap ingekort (hij is langer dan een Excel-cel bevat) en kan hier niet bewerkt worden; bewerk hem in RoPA Desk. Het veld behoudt zijn huidige waarde',
    duplicateId: 'de ID {value} komt ook op een eerdere rij voor; deze rij wordt overgeslagen',
    duplicateName:
      'de naam "{value}" hoort bij een record dat al door een eerdere rij gebruikt wordt; deze rij wordt een nieuw record',
    missingName: 'de naam is leeg; de rij wordt overgeslagen',
    invalidRecord: 'de rij is geen geldig record ({detail}); ze wordt overgeslagen',
    invalidRecordKept: 'de rij is geen geldig record ({detail}); het record blijft zoals het was',
    invalidField: '{detail}; de waarde wordt weggelaten',
    unknownName: 'geen {kind} met de naam "{value}"; de koppeling wordt weggelaten',
    ambiguousName: 'meerdere records ({kind}) heten "{value}"; de koppeling wordt weggelaten',
    createdRecord: 'geen {kind} met de naam "{value}": er wordt een nieuwe aangemaakt; vul die aan in het register',
    danglingLink:
      'een koppeling verwijst naar een record ({kind}) dat niet in het register staat ({value}); de koppeling wordt weggelaten',
    missingSheet: 'het blad ontbreekt: de {kind} blijven zoals ze zijn',
    missingTranslations: 'het blad met vertalingen ontbreekt: de vertalingen blijven zoals ze zijn',
    fingerprintDiffers:
      'de werkmap werd geëxporteerd uit een andere versie van het register ({value}); cellen die verschillen van het huidige register vervangen het',
    badTranslation: 'vertaling van een onbekend record, item of veld; de rij wordt genegeerd',
    cannotCreate:
      'geen {kind} met de naam "{value}" en te weinig gegevens om er een aan te maken; de koppeling wordt weggelaten',
    unknownColumn: 'onbekende kolom; ze wordt genegeerd',
  },
  sheetTexts: {
    internalEdition: 'Interne editie: bevat interne velden',
    edition: 'Editie',
    coverTitle: 'Register van de verwerkingsactiviteiten (art. 30 AVG)',
    organisation: 'Organisatie',
    controllers: 'Verwerkingsverantwoordelijken',
    dpo: 'Functionaris voor gegevensbescherming',
    exportedAt: 'Geëxporteerd op (UTC)',
    fingerprint: 'Vingerafdruk van het register (SHA-256)',
    snapshot: 'Momentopname',
    liveRegister: 'Actueel register (geen momentopname)',
    scope: 'Reikwijdte',
    scopeAll: 'Alle verwerkingsverantwoordelijken van het register',
    scopeOne: 'Beperkt tot de verwerkingsverantwoordelijke {name}',
    exportLanguage: 'Taal van deze export',
    mainLanguage: 'Hoofdtaal van het register',
    counts: 'Records',
    count: 'Aantal',
    findings: 'Bevindingen van de controle op {today}',
    severity: 'Ernst',
    error: 'Fouten',
    warning: 'Waarschuwingen',
    info: 'Informatie',
    coverNote:
      'Deze werkmap is een gedateerde kopie van het register dat in RoPA Desk wordt bijgehouden; het register zelf is de geldende versie. Elk blad kan terug ingelezen worden in RoPA Desk. Verborgen kolommen "(ID\'s)" bevatten de koppelingen tussen records: laat ze ongewijzigd.',
    listsIntro: 'Waarden van de keuzelijsten.',
    instructionsTitle: 'Hoe dit register lezen en aanpassen',
    instructions1:
      'Deze werkmap volgt het registermodel van de Gegevensbeschermingsautoriteit (GBA): het blad "{controllers}" identificeert de verwerkingsverantwoordelijke(n) en hun functionaris voor gegevensbescherming, het blad "{register}" bevat één rij per verwerkingsactiviteit.',
    instructions2:
      'Kolommen met een rode kop bevatten wat artikel 30.1 AVG verplicht stelt; de andere kolommen zijn facultatieve aanvullingen.',
    instructions3:
      'Cellen met meerdere waarden bevatten één waarde per regel. Kolommen die bij elkaar horen (een ontvanger met zijn vermelding intern/extern en zijn land; een doorgifte met haar land en waarborgen; een rechtsgrond met zijn wet; een bewaartermijn met de ISO 8601-termijn) moeten hun regels in dezelfde volgorde houden.',
    instructions4:
      'Soort verwerking: "{normal}" als geen van de vermelde kenmerken van toepassing is. De kolommen over gegevens van art. 9 en art. 10 worden afgeleid uit de gegevenscategorieën.',
    instructions5:
      'Om een bewaartermijn te wijzigen, pas de ISO 8601-kolom aan (P18M = 18 maanden, P1Y6M = 1 jaar en 6 maanden); een bewaring die niet in cijfers uit te drukken is, staat als criterium in de bewaarkolom, met een lege ISO-cel.',
    instructions6:
      'Beëindigde verwerkingen blijven in het register met hun einddatum en de verwerking die ze vervangt; de GBA kan ernaar vragen.',
    instructions7:
      'De werkmap kan terug ingelezen worden in RoPA Desk: gewijzigde cellen, toegevoegde en verwijderde rijen worden eerst ter bevestiging getoond. Wijzig de verborgen ID-kolom niet. Namen van ontvangers, gegevenscategorieën en andere records worden op naam gekoppeld aan het register. Alleen het registerblad wordt terug ingelezen; de andere bladen zijn ter informatie.',
    instructions8: 'Geëxporteerd op {date} (UTC) uit het register met vingerafdruk {fingerprint}.',
    mandatoryLegend: 'Verplicht volgens artikel 30.1 AVG',
    untranslatedLegend: {
      one: '1 tekst heeft geen actuele vertaling voor deze export ({language}): de vertaling ontbreekt of is gemaakt van een eerdere versie van de tekst. Hij staat in de hoofdtaal ({main}), cursief op een oranje achtergrond, zoals deze cel.',
      other:
        '{count} teksten hebben geen actuele vertaling voor deze export ({language}): de vertaling ontbreekt of is gemaakt van een eerdere versie van de tekst. Ze staan in de hoofdtaal ({main}), cursief op een oranje achtergrond, zoals deze cel.',
    },
    textShortened: { other: '… [tekst ingekort: {count} tekens; de volledige tekst staat in het registerbestand]' },
  },
};
