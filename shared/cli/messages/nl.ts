/** What the `ropa` command says in Dutch. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  unknownCommand: 'onbekend commando "{command}"; "ropa --help" toont de lijst van commando\'s.',
  unknownOption: 'onbekende optie {option} voor "{command}"; zie "{command} --help".',
  missingValue: 'optie {option} heeft een waarde nodig.',
  noValueExpected: 'optie {option} neemt geen waarde.',
  missingInput: 'het invoerbestand ontbreekt; gebruik: {usage}',
  missingOption: 'verplichte optie {option} ontbreekt; gebruik: {usage}',
  unexpectedArgument: 'onverwacht argument "{argument}"; gebruik: {usage}',
  badLanguage: 'onbekende taal "{value}" voor --lang; gebruik {languages}.',
  badFormat: 'onbekend formaat "{value}" voor --format; gebruik {formats}.',
  formatNotAvailable: 'formaat {format} is nog niet beschikbaar',
  badDate: 'ongeldige datum "{value}" voor --today; gebruik JJJJ-MM-DD.',
  fileNotFound: '{file}: bestand bestaat niet.',
  isDirectory: '{file}: is een map, geen bestand.',
  permissionDenied: '{file}: geen toegang.',
  cannotRead: '{file}: kan niet gelezen worden ({detail}).',
  notText: '{file}: geen tekstbestand (geen UTF-8); verwacht een registerbestand (*.ropa.json).',
  fileProblem: '{file}: {message}',
  outFolderMissing: 'kan {file} niet schrijven: de map bestaat niet.',
  outIsDirectory: 'kan {file} niet schrijven: het is een map.',
  outPermissionDenied: 'kan {file} niet schrijven: geen toegang.',
  cannotWrite: 'kan {file} niet schrijven ({detail}).',
  unknownController: 'geen organisatie met id "{id}" in {file}; verwerkingsverantwoordelijken: {controllers}.',
  notAController:
    'organisatie "{id}" ({name}) in {file} is geen verwerkingsverantwoordelijke; een privacyverklaring wordt voor verwerkingsverantwoordelijken gemaakt.',
  unknownOrganisation: 'geen organisatie met id "{id}" in het register.',
  none: 'geen',
  internalError: 'interne fout: {detail} (meld dit alstublieft).',
  cellProblem: '{sheet}!{column} rij {row}: {reason}',
  sheetProblem: '{sheet}!{column}: {reason}',
  fingerprintMismatch:
    'let op: {file} werd buiten RoPA Desk gewijzigd: de opgeslagen vingerafdruk past niet bij de inhoud.',
  written: '{file} geschreven (vingerafdruk {fingerprint}).',
  imported: '{input} (bestandsversie {from}) geïmporteerd in {file} (bestandsversie {to}, vingerafdruk {fingerprint}).',
  zipNotSpreadsheetOrRegister:
    '{file}: geen rekenblad of registerbestand (een zip-archief zonder werkmap of OpenDocument-rekenblad, misschien een export van een ander programma); ropa import leest registerbestanden (*.ropa.json), Excel-werkmappen (.xlsx), OpenDocument-rekenbladen (.ods) en CSV- of TSV-bestanden.',
  notSpreadsheetOrRegister:
    '{file}: geen rekenblad of registerbestand (geen rekenblad en geen tekst); ropa import leest registerbestanden (*.ropa.json), Excel-werkmappen (.xlsx), OpenDocument-rekenbladen (.ods) en CSV- of TSV-bestanden.',
  intoRegisterFile: '--into voegt een rekenblad of werkmap samen met een register; {file} is zelf een registerbestand.',
  badMapping: '{file}: geen bewaarde kolomkoppeling ({detail}).',
  mappingFit:
    'opmerking: de koppeling "{name}" kent {share}% van de kolommen van het blad "{sheet}"; de kolommen die ze niet kent, worden niet geïmporteerd.',
  importedSpreadsheet: '{input} (blad "{sheet}") geïmporteerd in {file} (vingerafdruk {fingerprint}).',
  importedRecords: '{records} — aangemaakt: {created}, bijgewerkt: {updated}; gekoppelde records aangemaakt: {linked}.',
  importedColumns:
    'Kolommen — gekoppeld: {mapped}, genegeerd: {ignored}; formulierbladen gelezen: {forms}; waarden niet begrepen: {problems}.',
  problemsNote: 'opmerking: waarden niet begrepen: {count}; --report BESTAND somt ze cel per cel op.',
  reportWritten: 'Importverslag geschreven naar {file}.',
  summary: '{errors}, {warnings}, {infos}.',
  errors: { one: '{count} fout', other: '{count} fouten' },
  warnings: { one: '{count} waarschuwing', other: '{count} waarschuwingen' },
  infos: { one: '{count} opmerking', other: '{count} opmerkingen' },
  noticeProblems: {
    one: 'let op: {count} punt te regelen voor de verklaring wordt gepubliceerd (de app toont het met een link naar het veld).',
    other:
      'let op: {count} punten te regelen voor de verklaring wordt gepubliceerd (de app toont ze met links naar de velden).',
  },
  translationMainLanguage: 'Het {language} is de hoofdtaal van het register: daarin valt niets te vertalen.',
  translationsWritten: {
    one: '{file} geschreven: {count} tekst om te vertalen uit het {source} in het {target}.',
    other: '{file} geschreven: {count} teksten om te vertalen uit het {source} in het {target}.',
  },
  translationCounts:
    'Vertalingen in het {language}: {applied} toegepast, {stale} verouderd, {unknown} onbekend, {unchanged} ongewijzigd.',
  translationStale: 'verouderd, niet toegepast: {record}, {field}: {reason}',
  translationUnknown: 'onbekend, niet toegepast: {record}, {field}: {reason}',
  translationProblem: '{at}: {record}, {field}: {reason}',
  translationsNotWritten: 'geen vertaling toegepast; {file} is niet geschreven.',
  outNotAFolder: 'kan de registermap {file} niet schrijven: het is een bestand.',
  outNotRegisterFolder:
    'kan de registermap {file} niet schrijven: ze bevat andere dingen en geen register.json; kies een nieuwe of lege map.',
  writtenFolder: 'Registermap {file} geschreven ({count} records, vingerafdruk {fingerprint}).',
  folderInto: '--into voegt een rekenblad of werkmap samen met een register; {file} is zelf een registermap.',
  merged: 'Zonder conflicten samengevoegd in {file}.',
  mergedRegister: 'Zonder conflicten samengevoegd in {file} (vingerafdruk {fingerprint}).',
  conflictLine: 'CONFLICT {record} {field}: wij {ours}; zij {theirs}; basis {base}',
  conflictWholeRecord: '(het record)',
  absent: '(afwezig)',
  conflictsFound: {
    one: '{count} conflict: hetzelfde veld op twee manieren gewijzigd; {file} is niet geschreven.',
    other: '{count} conflicten: dezelfde velden op twee manieren gewijzigd; {file} is niet geschreven.',
  },
  danglingLink: 'let op: {record} {field} verwijst naar {id}, een record dat het samenvoegen verwijderde.',
  differentRecords:
    'CONFLICT: de drie versies zijn niet één record (ids {ids}). Git koppelde een record dat aan één kant verwijderd is aan een ander record als hernoeming; er is niets samengevoegd. Zet git config merge.renames false in deze kloon en voeg opnieuw samen.',
  danglingPurposeLink:
    'let op: {record} {field} verwijst naar {id}, een doeleinde van het record dat het samenvoegen verwijderde.',
};
