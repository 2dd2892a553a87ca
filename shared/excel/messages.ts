/**
 * Every sentence the Excel export writes and the Excel import says, in Dutch, French and English: the refusals of a
 * workbook, the problems found in its cells, and the texts of the cover and instructions sheets. Typed tables, so a
 * missing translation is a compile error.
 */
import { defineMessages } from '../i18n/translate';

export const IMPORT_ERRORS = defineMessages({
  en: {
    emptyFile: 'The file is empty.',
    tooLarge: 'The file is {size} MB; workbooks larger than {limit} MB are not imported.',
    encrypted:
      'This file is a password-protected (encrypted) workbook or an old Excel 97–2003 (.xls) file. Remove the password or save it as an Excel workbook (.xlsx), then import that.',
    notXlsx:
      'This is not an Excel workbook (.xlsx): the file is not a zip archive (is it a renamed text or CSV file?).',
    notAWorkbook: 'This zip archive is not an Excel workbook (.xlsx): it holds no xl/workbook.xml.',
    truncated: 'The workbook is incomplete or damaged (truncated): {detail}. Export or copy it again.',
    zipTooBig:
      'The workbook would unpack to {size} MB, more than the limit of {limit} MB. It is refused as a possible zip bomb.',
    zipRatio:
      'The part {entry} of the workbook would expand {ratio} times, more than the limit of {limit} times for parts above {min} MB. It is refused as a possible zip bomb.',
    zipEntries:
      'The workbook holds {count} parts, more than the limit of {limit}. It is refused as a possible zip bomb.',
    zipSizeMismatch:
      'The part {entry} of the workbook unpacks to more than its declared size. It is refused as damaged or as a possible zip bomb.',
    unreadable: 'The workbook cannot be read: {detail}',
    noRegisterSheet:
      'The workbook holds no register sheet. Expected a RoPA Desk export (sheets such as "{complete}") or the GBA/APD register model (a sheet "{authority}"). Sheets found: {found}.',
    invalidResult: 'The imported register is not valid: {path}: {detail}',
  },
  nl: {
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
  fr: {
    emptyFile: 'Le fichier est vide.',
    tooLarge: 'Le fichier fait {size} Mo ; les classeurs de plus de {limit} Mo ne sont pas importés.',
    encrypted:
      'Ce fichier est un classeur protégé par mot de passe (chiffré) ou un ancien fichier Excel 97–2003 (.xls). Retirez le mot de passe ou enregistrez-le comme classeur Excel (.xlsx), puis importez celui-ci.',
    notXlsx:
      "Ce n'est pas un classeur Excel (.xlsx) : le fichier n'est pas une archive zip (est-ce un fichier texte ou CSV renommé ?).",
    notAWorkbook: "Cette archive zip n'est pas un classeur Excel (.xlsx) : elle ne contient pas de xl/workbook.xml.",
    truncated: 'Le classeur est incomplet ou endommagé (tronqué) : {detail}. Exportez-le ou copiez-le à nouveau.',
    zipTooBig:
      'Le classeur ferait {size} Mo une fois décompressé, plus que la limite de {limit} Mo. Il est refusé comme bombe zip possible.',
    zipRatio:
      'La partie {entry} du classeur serait {ratio} fois plus grande une fois décompressée, plus que la limite de {limit} fois pour les parties de plus de {min} Mo. Le classeur est refusé comme bombe zip possible.',
    zipEntries:
      'Le classeur contient {count} parties, plus que la limite de {limit}. Il est refusé comme bombe zip possible.',
    zipSizeMismatch:
      'La partie {entry} du classeur est plus grande une fois décompressée que la taille annoncée. Le classeur est refusé comme endommagé ou comme bombe zip possible.',
    unreadable: 'Le classeur ne peut pas être lu : {detail}',
    noRegisterSheet:
      "Le classeur ne contient pas de feuille de registre. Attendu : un export de RoPA Desk (des feuilles comme « {complete} ») ou le modèle de registre de l'APD (une feuille « {authority} »). Feuilles trouvées : {found}.",
    invalidResult: 'Le registre importé est invalide : {path} : {detail}',
  },
});
export type ImportErrorKey = keyof (typeof IMPORT_ERRORS)['en'];

/** Why a cell or a row was not taken over as it is; shown with the sheet, row and column. */
export const PROBLEM_REASONS = defineMessages({
  en: {
    badDate: 'not a date: "{value}"; the cell is ignored',
    badBoolean: 'not yes or no: "{value}"; the cell is ignored',
    badEnum: 'unknown value "{value}"; the cell is ignored',
    badCountry: 'unknown country "{value}"; the cell is ignored',
    badDuration: 'not an ISO 8601 period such as P18M: "{value}"; the cell is ignored',
    badLanguage: 'unknown language "{value}"; the cell is ignored',
    badId: 'not a valid ID: "{value}"; the row is matched by name',
    errorValue: 'the cell holds an error value ({value}); it is ignored',
    notText: 'the cell cannot be read as text; it is ignored',
    duplicateId: 'the ID {value} appears on an earlier row too; this row is skipped',
    duplicateName: 'the name "{value}" matches a record already taken by an earlier row; this row is a new record',
    missingName: 'the name is empty; the row is skipped',
    invalidRecord: 'the row is not a valid record ({detail}); it is skipped',
    invalidRecordKept: 'the row is not a valid record ({detail}); the record is kept as it was',
    invalidField: '{detail}; the value is left out',
    unknownName: 'no {kind} named "{value}"; the link is left out',
    ambiguousName: 'several records ({kind}) are named "{value}"; the link is left out',
    createdRecord: 'no {kind} named "{value}": a new one is created; complete it in the register',
    danglingLink: 'a link points at a record ({kind}) that is not in the register ({value}); the link is left out',
    missingSheet: 'the sheet is missing: the {kind} are kept as they are',
    missingTranslations: 'the translations sheet is missing: translations are kept as they are',
    fingerprintDiffers:
      'the workbook was exported from another version of the register ({value}); cells that differ from the current register replace it',
    badTranslation: 'translation of an unknown record, item or field; the row is ignored',
    cannotCreate: 'no {kind} named "{value}" and not enough information to create one; the link is left out',
    unknownColumn: 'unknown column; it is ignored',
  },
  nl: {
    badDate: 'geen datum: "{value}"; de cel wordt genegeerd',
    badBoolean: 'geen ja of nee: "{value}"; de cel wordt genegeerd',
    badEnum: 'onbekende waarde "{value}"; de cel wordt genegeerd',
    badCountry: 'onbekend land "{value}"; de cel wordt genegeerd',
    badDuration: 'geen ISO 8601-termijn zoals P18M: "{value}"; de cel wordt genegeerd',
    badLanguage: 'onbekende taal "{value}"; de cel wordt genegeerd',
    badId: 'geen geldige ID: "{value}"; de rij wordt op naam gekoppeld',
    errorValue: 'de cel bevat een foutwaarde ({value}); ze wordt genegeerd',
    notText: 'de cel kan niet als tekst gelezen worden; ze wordt genegeerd',
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
  fr: {
    badDate: 'pas une date : « {value} » ; la cellule est ignorée',
    badBoolean: 'ni oui ni non : « {value} » ; la cellule est ignorée',
    badEnum: 'valeur inconnue « {value} » ; la cellule est ignorée',
    badCountry: 'pays inconnu « {value} » ; la cellule est ignorée',
    badDuration: 'pas une durée ISO 8601 comme P18M : « {value} » ; la cellule est ignorée',
    badLanguage: 'langue inconnue « {value} » ; la cellule est ignorée',
    badId: 'pas un ID valide : « {value} » ; la ligne est rapprochée par son nom',
    errorValue: "la cellule contient une valeur d'erreur ({value}) ; elle est ignorée",
    notText: 'la cellule ne peut pas être lue comme du texte ; elle est ignorée',
    duplicateId: "l'ID {value} figure aussi sur une ligne précédente ; cette ligne est ignorée",
    duplicateName:
      'le nom « {value} » correspond à un enregistrement déjà repris par une ligne précédente ; cette ligne devient un nouvel enregistrement',
    missingName: 'le nom est vide ; la ligne est ignorée',
    invalidRecord: "la ligne n'est pas un enregistrement valide ({detail}) ; elle est ignorée",
    invalidRecordKept: "la ligne n'est pas un enregistrement valide ({detail}) ; l'enregistrement reste tel quel",
    invalidField: '{detail} ; la valeur est omise',
    unknownName: 'aucun(e) {kind} nommé(e) « {value} » ; le lien est omis',
    ambiguousName: 'plusieurs enregistrements ({kind}) se nomment « {value} » ; le lien est omis',
    createdRecord:
      'aucun(e) {kind} nommé(e) « {value} » : un nouvel enregistrement est créé ; complétez-le dans le registre',
    danglingLink: 'un lien pointe vers un enregistrement ({kind}) absent du registre ({value}) ; le lien est omis',
    missingSheet: 'la feuille manque : les {kind} restent tels quels',
    missingTranslations: 'la feuille des traductions manque : les traductions restent telles quelles',
    fingerprintDiffers:
      "le classeur a été exporté d'une autre version du registre ({value}) ; les cellules qui diffèrent du registre actuel le remplacent",
    badTranslation: "traduction d'un enregistrement, élément ou champ inconnu ; la ligne est ignorée",
    cannotCreate: 'aucun(e) {kind} nommé(e) « {value} » et trop peu de données pour en créer ; le lien est omis',
    unknownColumn: 'colonne inconnue ; elle est ignorée',
  },
});
export type ProblemReasonKey = keyof (typeof PROBLEM_REASONS)['en'];

/** Texts of the cover, lists and instructions sheets. */
export const SHEET_TEXTS = defineMessages({
  en: {
    coverTitle: 'Register of processing activities (Art. 30 GDPR)',
    organisation: 'Organisation',
    controllers: 'Controllers',
    dpo: 'Data protection officer',
    exportedAt: 'Exported on (UTC)',
    fingerprint: 'Register fingerprint (SHA-256)',
    snapshot: 'Snapshot',
    liveRegister: 'Live register (no snapshot)',
    scope: 'Scope',
    scopeAll: 'All controllers of the register',
    scopeOne: 'Limited to the controller {name}',
    exportLanguage: 'Language of this export',
    mainLanguage: 'Main language of the register',
    counts: 'Records',
    count: 'Number',
    findings: 'Findings of the validation on {today}',
    severity: 'Severity',
    error: 'Errors',
    warning: 'Warnings',
    info: 'Information',
    coverNote:
      'This workbook is a dated copy of the register kept in RoPA Desk; the register itself is the authoritative version. Every sheet can be read back into RoPA Desk. Hidden columns "(IDs)" hold the links between records: leave them as they are.',
    listsIntro: 'Values of the drop-down lists.',
    instructionsTitle: 'How to read and edit this register',
    instructions1:
      'This workbook follows the register model of the Belgian Data Protection Authority (GBA/APD): the sheet "{controllers}" identifies the controller(s) and their data protection officer, the sheet "{register}" holds one row per processing activity.',
    instructions2:
      'Columns with a red header hold what Article 30(1) GDPR makes mandatory; the other columns are optional additions.',
    instructions3:
      'Cells with several values hold one value per line. Columns that line up (a recipient with its internal/external mark and its country; a transfer with its country and safeguards; a legal ground with its statute; a retention period with its ISO 8601 period) must keep their lines in the same order.',
    instructions4:
      'Type of processing: "{normal}" when none of the listed characteristics applies. The columns on Art. 9 and Art. 10 data are derived from the data categories.',
    instructions5:
      'To change a retention period, change the ISO 8601 column (P18M = 18 months, P1Y6M = 1 year and 6 months); a retention that cannot be expressed in figures is written as a criterion in the retention column, with an empty ISO cell.',
    instructions6:
      'Ended processing activities stay in the register with their end date and the processing that replaces them; the authority may ask about them.',
    instructions7:
      'The workbook can be read back into RoPA Desk: changed cells, added rows and deleted rows are shown for confirmation before anything changes. Do not change the hidden ID column. Names of recipients, data categories and other records are matched to the register by name. Only the register sheet is read back; the other sheets are for information.',
    instructions8: 'Exported on {date} (UTC) from the register with fingerprint {fingerprint}.',
    mandatoryLegend: 'Mandatory under Article 30(1) GDPR',
  },
  nl: {
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
  },
  fr: {
    coverTitle: 'Registre des activités de traitement (art. 30 RGPD)',
    organisation: 'Organisation',
    controllers: 'Responsables du traitement',
    dpo: 'Délégué à la protection des données',
    exportedAt: 'Exporté le (UTC)',
    fingerprint: 'Empreinte du registre (SHA-256)',
    snapshot: 'Instantané',
    liveRegister: 'Registre actuel (pas un instantané)',
    scope: 'Portée',
    scopeAll: 'Tous les responsables du traitement du registre',
    scopeOne: 'Limité au responsable du traitement {name}',
    exportLanguage: 'Langue de cet export',
    mainLanguage: 'Langue principale du registre',
    counts: 'Enregistrements',
    count: 'Nombre',
    findings: 'Constats de la vérification du {today}',
    severity: 'Gravité',
    error: 'Erreurs',
    warning: 'Avertissements',
    info: 'Informations',
    coverNote:
      'Ce classeur est une copie datée du registre tenu dans RoPA Desk ; le registre lui-même est la version qui fait foi. Chaque feuille peut être réimportée dans RoPA Desk. Les colonnes masquées « (ID) » contiennent les liens entre enregistrements : ne les modifiez pas.',
    listsIntro: 'Valeurs des listes déroulantes.',
    instructionsTitle: 'Comment lire et modifier ce registre',
    instructions1:
      "Ce classeur suit le modèle de registre de l'Autorité de protection des données (APD) : la feuille « {controllers} » identifie le ou les responsables du traitement et leur délégué à la protection des données, la feuille « {register} » contient une ligne par activité de traitement.",
    instructions2:
      "Les colonnes à en-tête rouge contiennent ce que l'article 30.1 RGPD rend obligatoire ; les autres colonnes sont des compléments facultatifs.",
    instructions3:
      'Les cellules à plusieurs valeurs contiennent une valeur par ligne. Les colonnes qui vont ensemble (un destinataire avec sa mention interne/externe et son pays ; un transfert avec son pays et ses garanties ; une base juridique avec sa loi ; une durée de conservation avec la durée ISO 8601) doivent garder leurs lignes dans le même ordre.',
    instructions4:
      "Type de traitement : « {normal} » quand aucune des caractéristiques de la liste ne s'applique. Les colonnes sur les données de l'art. 9 et de l'art. 10 sont déduites des catégories de données.",
    instructions5:
      "Pour modifier une durée de conservation, modifiez la colonne ISO 8601 (P18M = 18 mois, P1Y6M = 1 an et 6 mois) ; une conservation qui ne s'exprime pas en chiffres figure comme critère dans la colonne de conservation, avec une cellule ISO vide.",
    instructions6:
      "Les traitements terminés restent dans le registre avec leur date de fin et le traitement qui les remplace ; l'APD peut poser des questions à leur sujet.",
    instructions7:
      "Le classeur peut être réimporté dans RoPA Desk : les cellules modifiées, les lignes ajoutées et supprimées sont d'abord présentées pour confirmation. Ne modifiez pas la colonne ID masquée. Les noms des destinataires, catégories de données et autres enregistrements sont rapprochés du registre par leur nom. Seule la feuille du registre est réimportée ; les autres feuilles sont données à titre d'information.",
    instructions8: "Exporté le {date} (UTC) à partir du registre d'empreinte {fingerprint}.",
    mandatoryLegend: "Obligatoire selon l'article 30.1 RGPD",
  },
});
export type SheetTextKey = keyof (typeof SHEET_TEXTS)['en'];
