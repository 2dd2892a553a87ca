/**
 * Registers kept elsewhere, written by hand in the shapes a DPO brings (issue 15): the Belgian authority's model as
 * organisations change it (an identification sheet; a register sheet under a title, with a header over three rows —
 * column groups in merged cells, names with asterisks and line breaks, an instruction row — and a Status group at
 * the end; several values in a cell; a record over several rows, by a row without number or name under it or by its
 * number repeated further down), in Dutch and in French; and a price list that is no register at all. Each is a declarative `HandBook`, so
 * the same workbook can be written by ExcelJS here and by openpyxl in a test, and as CSV in Windows-1252.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export type HandCell = string | number | boolean | Date | null;
export interface HandSheet {
  name: string;
  /** Rows from row 1, cells from column A; null is an empty cell. */
  rows: HandCell[][];
  /** Merged ranges, "A1:Q1". */
  merges: string[];
}
export interface HandBook {
  sheets: HandSheet[];
}

type Lang = 'nl' | 'fr';

interface Column {
  group: string;
  name: string;
  instruction: string;
}

const COLUMNS: Record<Lang, Column[]> = {
  nl: [
    {
      group: 'Bedrijfsproces',
      name: 'Naam bedrijfsproces*',
      instruction: 'Vul hier de naam van het bedrijfsproces in',
    },
    { group: 'Bedrijfsproces', name: 'Eigenaar', instruction: 'Dienst of persoon die verantwoordelijk is' },
    { group: 'Verwerking', name: 'Verwerkings-\nnummer*', instruction: 'Uniek nummer, bijv. HR-001' },
    { group: 'Verwerking', name: 'Naam van de verwerking*', instruction: 'Korte naam van de verwerking' },
    { group: 'Verwerking', name: 'Functionele omschrijving*', instruction: 'Beschrijf wat er gebeurt' },
    { group: 'Doel', name: 'Doeleinde(n)*', instruction: 'Vul de doeleinden in, één per lijn' },
    { group: 'Rechtsgrond', name: 'Rechtsgrond\n(art. 6 AVG)*', instruction: 'Kies uit de lijst' },
    {
      group: 'Rechtsgrond',
      name: 'Wettelijke basis\n(wet en artikel)',
      instruction: 'Bijv. Wet van 14 juli 1994, art. 5',
    },
    { group: 'Gegevens en betrokkenen', name: 'Categorieën van\nbetrokkenen*', instruction: 'Bijv. leden, personeel' },
    {
      group: 'Gegevens en betrokkenen',
      name: 'Categorieën van persoonsgegevens *',
      instruction: 'Bijv. identificatiegegevens',
    },
    {
      group: 'Gegevens en betrokkenen',
      name: 'Bijzondere categorieën\n(art. 9 AVG)',
      instruction: 'Bijv. gezondheidsgegevens',
    },
    {
      group: 'Ontvangers',
      name: 'Categorieën van ontvangers*',
      instruction: 'Vermeld de ontvangers (intern of extern)',
    },
    { group: 'Doorgifte', name: 'Doorgifte buiten de EER', instruction: 'Land en waarborg, bijv. VS – SCC' },
    { group: 'Bewaring', name: 'Bewaartermijn*', instruction: 'Bijv. 10 jaar na einde aansluiting' },
    { group: 'Beveiliging', name: 'Beveiligingsmaatregelen*', instruction: 'Beschrijf de maatregelen' },
    { group: 'Status', name: 'Einddatum', instruction: 'Vul in als de verwerking beëindigd is' },
    { group: 'Status', name: 'Vervangende verwerking', instruction: 'Nummer van de verwerking die ze vervangt' },
  ],
  fr: [
    { group: 'Processus métier', name: 'Nom du processus*', instruction: 'À compléter : le nom du processus' },
    { group: 'Processus métier', name: 'Responsable', instruction: 'Service ou personne qui en répond' },
    { group: 'Traitement', name: 'N° du\ntraitement*', instruction: 'Numéro unique, ex. RH-001' },
    { group: 'Traitement', name: 'Nom du traitement*', instruction: 'Nom court du traitement' },
    { group: 'Traitement', name: 'Description fonctionnelle*', instruction: 'Décrivez ce qui est fait' },
    { group: 'Finalité', name: 'Finalité(s)*', instruction: 'Indiquez les finalités, une par ligne' },
    { group: 'Base légale', name: 'Base légale\n(art. 6 RGPD)*', instruction: 'Choisissez dans la liste' },
    {
      group: 'Base légale',
      name: 'Base juridique nationale\n(loi et article)',
      instruction: 'Ex. : loi du 14 juillet 1994, art. 5',
    },
    {
      group: 'Données et personnes concernées',
      name: 'Catégories de\npersonnes concernées*',
      instruction: 'Ex. : membres, personnel',
    },
    {
      group: 'Données et personnes concernées',
      name: 'Catégories de données *',
      instruction: "Ex. : données d'identification",
    },
    {
      group: 'Données et personnes concernées',
      name: 'Données sensibles\n(art. 9 RGPD)',
      instruction: 'Ex. : données de santé',
    },
    {
      group: 'Destinataires',
      name: 'Catégories de destinataires*',
      instruction: 'Précisez les destinataires (internes ou externes)',
    },
    { group: 'Transferts', name: 'Transferts hors UE', instruction: 'Pays et garanties, ex. États-Unis – CCT' },
    {
      group: 'Conservation',
      name: 'Durée de conservation*',
      instruction: "Ex. : 10 ans après la fin de l'affiliation",
    },
    { group: 'Sécurité', name: 'Mesures de sécurité*', instruction: 'Décrivez les mesures' },
    { group: 'Statut', name: 'Date de fin', instruction: 'À compléter si le traitement a pris fin' },
    { group: 'Statut', name: 'Traitement de remplacement', instruction: 'Numéro du traitement qui le remplace' },
  ],
};

/** The register's records, column by column as in COLUMNS. */
const DATA: Record<Lang, HandCell[][]> = {
  nl: [
    [
      'Ledenadministratie',
      'Dienst Leden',
      'LA-001',
      'Ledenbeheer',
      'Inschrijving en beheer van de leden',
      'Beheer van het ledenbestand\nInning van bijdragen',
      'Wettelijke verplichting (art. 6.1.c AVG)',
      'Wet van 6 augustus 1990, art. 3',
      'Leden\nPersonen ten laste',
      'Identificatiegegevens\nRijksregisternummer',
      null,
      'RIZIV (extern)\nMutas (verwerker)',
      null,
      '10 jaar na einde aansluiting',
      'Toegangsbeheer\nVersleuteling',
      null,
      null,
    ],
    [
      'Personeel',
      'HR',
      'HR-001',
      'Loonadministratie (oud)',
      'Berekening en betaling van het loon',
      'Loonberekening',
      'Uitvoering van een overeenkomst (art. 6.1.b AVG)',
      null,
      'Personeel',
      'Identificatiegegevens\nFinanciële gegevens',
      null,
      'Sociaal secretariaat (verwerker)',
      null,
      '5 jaar',
      'Toegangsbeheer',
      new Date(Date.UTC(2023, 11, 31)),
      'HR-002',
    ],
    [
      'Personeel',
      'HR',
      'HR-002',
      'Loonadministratie',
      'Berekening en betaling van het loon',
      'Loonberekening',
      'Uitvoering van een overeenkomst (art. 6.1.b AVG)',
      null,
      'Personeel',
      'Identificatiegegevens\nFinanciële gegevens',
      null,
      'Sociaal secretariaat (verwerker)',
      'Verenigde Staten – SCC',
      '5 jaar',
      'Toegangsbeheer\nLogging',
      null,
      null,
    ],
    // HR-002 goes on in a row without number or name, as a record over several rows often does.
    [
      null,
      null,
      null,
      null,
      null,
      'Fiscale aangifte',
      'Wettelijke verplichting (art. 6.1.c AVG)',
      'WIB 1992, art. 57',
      null,
      null,
      null,
      'FOD Financiën (extern)',
      null,
      '7 jaar',
      null,
      null,
      null,
    ],
    // LA-001 again further down, by its number: a later addition to the same record.
    [
      'Ledenadministratie',
      null,
      'LA-001',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'Gezondheidsgegevens',
      'Ziekenhuizen (extern)',
      null,
      null,
      null,
      null,
      null,
    ],
  ],
  fr: [
    [
      'Gestion des membres',
      'Service Membres',
      'GM-001',
      'Gestion des membres',
      'Inscription et suivi des membres',
      'Gestion du fichier des membres\nPerception des cotisations',
      'Obligation légale (art. 6.1.c RGPD)',
      'Loi du 6 août 1990, art. 3',
      'Membres\nPersonnes à charge',
      "Données d'identification\nNuméro de registre national",
      null,
      'INAMI (externe)\nMutas (sous-traitant)',
      null,
      "10 ans après la fin de l'affiliation",
      'Gestion des accès\nChiffrement',
      null,
      null,
    ],
    [
      'Personnel',
      'RH',
      'RH-001',
      'Gestion de la paie (ancien)',
      'Calcul et paiement des salaires',
      'Calcul de la paie',
      "Exécution d'un contrat (art. 6.1.b RGPD)",
      null,
      'Salariés',
      "Données d'identification\nDonnées financières",
      null,
      'Secrétariat social (sous-traitant)',
      null,
      '5 ans',
      'Gestion des accès',
      new Date(Date.UTC(2023, 11, 31)),
      'RH-002',
    ],
    // GM-001 again further down, by its number: a second purpose and legal basis, more data, another processor.
    [
      null,
      null,
      'GM-001',
      null,
      null,
      'Envoi du journal des membres',
      'Consentement',
      null,
      null,
      'Adresse e-mail',
      'Données de santé',
      'Imprimerie Dupont (sous-traitant, Belgique)',
      'Suisse – décision d’adéquation',
      '3 ans',
      null,
      null,
      null,
    ],
  ],
};

const TITLE: Record<Lang, string> = {
  nl: 'Register van de verwerkingsactiviteiten – Zorgfonds Voorbeeld',
  fr: 'Registre des activités de traitement – Fonds de soins Exemple',
};
const SUBTITLE: Record<Lang, string> = {
  nl: 'Versie 3, bijgewerkt op 12/03/2024',
  fr: 'Version 3, mise à jour le 12/03/2024',
};
const SHEETS: Record<Lang, { identification: string; register: string; lists: string }> = {
  nl: { identification: 'Identificatie', register: 'Register', lists: 'Lijsten' },
  fr: { identification: 'Identification', register: 'Registre', lists: 'Listes' },
};
const IDENTIFICATION: Record<Lang, HandCell[][]> = {
  nl: [
    ['Identificatie van de verwerkingsverantwoordelijke'],
    [],
    ['Naam (Nederlands)', 'Zorgfonds Voorbeeld'],
    ['Naam (Frans)', 'Fonds de soins Exemple'],
    ['Ondernemingsnummer', '0123.456.789'],
    ['Algemeen telefoonnummer', '02 123 45 67'],
    ['Algemeen e-mailadres', 'info@voorbeeld.be'],
    ['Naam DPO', 'An Peeters'],
    ['DPO is personeelslid', 'Ja'],
  ],
  fr: [
    ['Identification du responsable du traitement'],
    [],
    ['Nom (néerlandais)', 'Zorgfonds Voorbeeld'],
    ['Nom (français)', 'Fonds de soins Exemple'],
    ["Numéro d'entreprise", '0123.456.789'],
    ['Téléphone général', '02 123 45 67'],
    ['E-mail général', 'info@exemple.be'],
    ['Nom du DPO', 'Anne Lambert'],
    ['Le DPO est membre du personnel', 'Oui'],
  ],
};
const LISTS: Record<Lang, HandCell[][]> = {
  nl: [
    ['Rechtsgronden', 'Categorieën van betrokkenen'],
    ['Toestemming (art. 6.1.a AVG)', 'Leden'],
    ['Uitvoering van een overeenkomst (art. 6.1.b AVG)', 'Personeel'],
    ['Wettelijke verplichting (art. 6.1.c AVG)', 'Leveranciers'],
  ],
  fr: [
    ['Bases légales', 'Catégories de personnes concernées'],
    ['Consentement (art. 6.1.a RGPD)', 'Membres'],
    ["Exécution d'un contrat (art. 6.1.b RGPD)", 'Salariés'],
    ['Obligation légale (art. 6.1.c RGPD)', 'Fournisseurs'],
  ],
};

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The register sheet's header: where each column and group is, as a test expects to find them. */
export function registerColumns(lang: Lang): readonly Column[] {
  return COLUMNS[lang];
}
export function registerData(lang: Lang): readonly HandCell[][] {
  return DATA[lang];
}
export function registerSheetNames(lang: Lang): { identification: string; register: string; lists: string } {
  return SHEETS[lang];
}

/** Rows 1–2 title, 3 groups, 4 names, 5 instructions, 6… records (the hand-written ones, or `data`). */
export function authorityStyleBook(lang: Lang, data: readonly HandCell[][] = DATA[lang]): HandBook {
  const columns = COLUMNS[lang];
  const width = columns.length;
  const merges = [`A1:${columnLetter(width)}1`];
  // One merged cell over each run of columns with the same group.
  for (let start = 0; start < width;) {
    let end = start;
    while (end + 1 < width && columns[end + 1]?.group === columns[start]?.group) end += 1;
    if (end > start) merges.push(`${columnLetter(start + 1)}3:${columnLetter(end + 1)}3`);
    start = end + 1;
  }
  const groupRow = columns.map((c, i) => (i === 0 || columns[i - 1]?.group !== c.group ? c.group : null));
  return {
    sheets: [
      { name: SHEETS[lang].identification, rows: IDENTIFICATION[lang], merges: [] },
      {
        name: SHEETS[lang].register,
        rows: [
          [TITLE[lang]],
          [SUBTITLE[lang]],
          groupRow,
          columns.map((c) => c.name),
          columns.map((c) => c.instruction),
          ...data,
        ],
        merges,
      },
      { name: SHEETS[lang].lists, rows: LISTS[lang], merges: [] },
    ],
  };
}

/** A price list: a table, but of nothing a register holds. */
export function priceListBook(): HandBook {
  return {
    sheets: [
      {
        name: 'Prijslijst 2024',
        rows: [
          ['Prijslijst kantoorbenodigdheden'],
          [],
          ['Artikelnummer', 'Omschrijving', 'Eenheidsprijs (EUR)', 'BTW', 'Voorraad', 'Leverancier', 'Status'],
          ['A-100', 'Balpen blauw', 0.45, 0.21, 1200, 'Kantoor NV', 'Actief'],
          ['A-101', 'Notitieblok A5', 1.9, 0.21, 300, 'Kantoor NV', 'Actief'],
          ['B-200', 'Nietmachine', 12.5, 0.21, 25, 'Bureau BV', 'Uitlopend'],
        ],
        merges: [],
      },
    ],
  };
}

export async function exceljsBytes(book: HandBook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const range of sheet.merges) ws.mergeCells(range);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The book as JSON for a Python writer: dates as {"date": "YYYY-MM-DD"}. */
export function bookJson(book: HandBook): string {
  return JSON.stringify(book).replace(/"(\d{4}-\d{2}-\d{2})T00:00:00\.000Z"/g, '{"date":"$1"}');
}

/** Writes a HandBook with openpyxl: argv[1] the JSON, argv[2] the output. */
export const OPENPYXL_WRITER = `
import json, sys, datetime, openpyxl
book = json.load(open(sys.argv[1], encoding='utf-8'))
wb = openpyxl.Workbook()
wb.remove(wb.active)
for sheet in book['sheets']:
    ws = wb.create_sheet(sheet['name'])
    for r, row in enumerate(sheet['rows'], start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            if isinstance(value, dict):
                value = datetime.datetime.strptime(value['date'], '%Y-%m-%d')
            ws.cell(row=r, column=c, value=value)
    for rng in sheet['merges']:
        ws.merge_cells(rng)
wb.save(sys.argv[2])
`;

/** One sheet as delimited text, quoting what needs it, rows ended by CRLF as Excel writes them. */
export function delimited(rows: readonly HandCell[][], separator: string, rowEnd = '\r\n'): string {
  const quote = (cell: HandCell): string => {
    if (cell === null) return '';
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
    return /[";,\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(quote).join(separator)).join(rowEnd) + rowEnd;
}

const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Text in Windows-1252, as Excel's "CSV (separated by semicolons)" writes it on a Belgian Windows. */
export function windows1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const high = CP1252_HIGH[ch];
    if (high !== undefined) out.push(high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else throw new Error(`not in Windows-1252: ${ch}`);
  }
  return new Uint8Array(out);
}

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** An OpenDocument spreadsheet around the given `office:spreadsheet` content, with an optional manifest. */
export async function handOds(spreadsheet: string, manifest?: string): Promise<Uint8Array> {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODS_NS} office:version="1.2"><office:body><office:spreadsheet>${spreadsheet}</office:spreadsheet></office:body></office:document-content>`;
  const zip = new JSZip();
  // The mimetype comes first and uncompressed, as the OpenDocument package format asks.
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file('content.xml', content);
  zip.file(
    'META-INF/manifest.xml',
    manifest ??
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
