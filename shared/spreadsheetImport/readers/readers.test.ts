// readSourceBook on real files written by other tools and on hand-written ones: what a user would check is that the
// cells come back as the spreadsheet shows them (texts with their line breaks and accents, numbers, dates, merged
// headers), and that every file that cannot be read is refused with a reason in each interface language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../i18n/languages';
import { delimited, exceljsBytes, handOds, windows1252, type HandCell } from '../../test/foreignSpreadsheets';
import type { SourceCell, SourceSheet } from '../types';
import { SheetCells } from './sheetCells';
import { readSourceBook, SpreadsheetReadError, type ReadErrorReason, type ReadSheet } from '.';

const PEERS = join(__dirname, '../../../../shared/fixtures/peers');
const peer = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PEERS, name)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** Uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
  /** Stored without compression (an OpenDocument's `mimetype`). */
  stored?: boolean;
}

/** A zip file written by hand, so a test can make parts that are huge or lie about their size. */
function handZip(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const body = entry.stored ? Buffer.from(entry.data) : deflateRawSync(entry.data);
    const method = entry.stored ? 0 : 8;
    const size = entry.declaredSize ?? entry.data.byteLength;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.byteLength, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.byteLength, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(header, name);
    offset += local.byteLength + name.byteLength + body.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

function cell(sheet: SourceSheet | undefined, row: number, col: number): SourceCell | undefined {
  return sheet?.rows.get(row)?.[col];
}
function sheetNamed<T extends SourceSheet>(sheets: readonly T[], name: string): T {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} among ${sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

describe('files written by other tools', () => {
  it("the CNIL's register template (.ods): sheets, merged header groups, dates, texts over several lines", async () => {
    const book = await readSourceBook(peer('cnil-registre-traitement-simplifie-2019.ods'), 'registre.ods');
    expect(book.format).toBe('ods');
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Tutoriel',
      '2_-_Liste_des_traitements',
      '3_-_Modèle_de_fiche_de_registre',
      '4_-_Exemple_de_fiche',
      '5_-_Listes',
    ]);
    const list = sheetNamed(book.sheets, '2_-_Liste_des_traitements');
    expect(cell(list, 7, 1)).toBe('Identification du traitement');
    expect(cell(list, 7, 5)).toBe('Finalité du traitement');
    expect(cell(list, 8, 1)).toBe('Nom du traitement');
    expect(cell(list, 8, 2)).toBe('N° / RÉF');
    // The group cells are merged over their columns; the cells under a merge hold nothing of their own.
    expect(list.merges).toContainEqual({ top: 7, left: 1, bottom: 7, right: 4 });
    expect(list.merges).toContainEqual({ top: 7, left: 5, bottom: 7, right: 7 });
    expect(cell(list, 7, 2)).toBeUndefined();
    // The example row: a text, and the dates as the calendar days the sheet shows.
    expect(cell(list, 9, 1)).toBe('(EXEMPLE) Gestion de la paie');
    expect(cell(list, 9, 3)).toEqual(new Date(Date.UTC(2018, 4, 26)));
    expect(cell(list, 9, 4)).toEqual(new Date(Date.UTC(2019, 4, 13)));
    // A text on two lines in the sheet is one cell with a line break.
    expect(cell(list, 1, 1)).toMatch(/^Coordonnées du responsable de l’organisme\n\(responsable de traitement/);
    // HYPERLINK formulas are not taken as values, and are listed.
    expect(list.unreadable.some((u) => u.reason === 'formula' && u.value?.startsWith('=HYPERLINK('))).toBe(true);
    // Repeated empty rows (a million of them in the file) cost nothing and leave no rows.
    const lists = sheetNamed(book.sheets, '5_-_Listes');
    expect(Math.max(...lists.rows.keys())).toBeLessThan(500);
    expect(cell(lists, 3, 1)).toBe('Clauses contractuelles types (CCT)');
  });

  it("CISO Assistant's processing template (.xlsx): the header row, and the =FALSE() formula listed, not read", async () => {
    const book = await readSourceBook(peer('peer-ciso-assistant-processings_template.xlsx'), 'processings.xlsx');
    expect(book.format).toBe('xlsx');
    const sheet = sheetNamed(book.sheets, 'Sheet1');
    expect(sheet.rows.get(1)?.slice(2)).toEqual([
      'ref_id',
      'name',
      'description',
      'status',
      'processing_nature',
      'folder',
      'assigned_to',
      'labels',
      'dpia_required',
      'dpia_reference',
    ]);
    expect(cell(sheet, 2, 3)).toBe('processing 2');
    expect(cell(sheet, 2, 4)).toBe('# hello');
    expect(cell(sheet, 2, 10)).toBeUndefined();
    expect(sheet.unreadable).toContainEqual({ row: 2, col: 10, reason: 'formula', value: '=FALSE()' });
  });

  it("CISO Assistant's full processing workbook (.xlsx): one sheet per kind, booleans kept", async () => {
    const book = await readSourceBook(peer('peer-ciso-assistant-sample_processing_workbook.xlsx'), 'sample.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Processing',
      'Purposes',
      'Personal data',
      'Data subjects',
      'Data recipients',
      'Contractors',
      'Transfers',
    ]);
    const processing = sheetNamed(book.sheets, 'Processing');
    expect(cell(processing, 2, 2)).toBe('HR Payroll');
    expect(cell(processing, 2, 9)).toBe(true);
    expect(cell(sheetNamed(book.sheets, 'Personal data'), 2, 4)).toBe('5 years');
  });

  it("the Dutch government register tool's JSON export (a zip): one sheet per register, controllers' first", async () => {
    const book = await readSourceBook(peer('peer-openvwr-avg-register-rijksoverheid-import.zip'), 'import.zip');
    expect(book.format).toBe('json');
    expect(book.sheets.map((s) => s.name)).toEqual([
      'AVG Verantwoordelijke Verwerkin',
      'WPG Verantwoordelijke Verwerkin',
      'AVG Verwerker Verwerkingen',
    ]);
    const avg = book.sheets[0] as SourceSheet;
    // Headed with the fields' own Dutch labels; one row per processing.
    expect(avg.rows.get(1)?.slice(1, 4)).toEqual(['Naam', 'Verwerkingsnummer', 'Status']);
    expect(avg.rows.get(2)?.slice(1, 4)).toEqual(['Jet Tours', 'M5071', 'Actief']);
    const processor = sheetNamed(book.sheets, 'AVG Verwerker Verwerkingen');
    expect(processor.rows.get(1)?.[4]).toBe('In opdracht van verwerkingsverantwoordelijken');
  });

  it('a zip of JSON files that are not such an export is refused, naming the file', async () => {
    const zip = handZip([{ name: 'export/x.json', data: utf8('{"not": "a list"}') }]);
    const error = await readSourceBook(zip, 'x.zip').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpreadsheetReadError);
    expect((error as SpreadsheetReadError).reason).toBe('unreadable');
    expect((error as Error).message).toContain('export/x.json: not a list of processings');
  });
});

describe('a workbook written by ExcelJS', () => {
  it('reads rich text, dates, numbers, booleans and merges; cleans unsafe text and lists the cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Register');
    ws.getCell('A1').value = 'Groep';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = { richText: [{ text: 'Naam ' }, { text: 'verwerking*', font: { bold: true } }] };
    ws.getCell('B2').value = 'Bewaar-\ntermijn';
    ws.getCell('C2').value = 'Einddatum';
    // ExcelJS drops a NUL when it writes; another tool may write it as OOXML's escape, put in below.
    ws.getCell('A3').value = 'LedenNULbeheer';
    ws.getCell('B3').value = 10;
    ws.getCell('C3').value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell('D3').value = true;
    ws.getCell('E3').value = { formula: 'B3*2', result: 20 };
    ws.getCell('F3').value = { error: '#N/A' };
    ws.getCell('A5').value = { text: 'website', hyperlink: 'https://example.org' };
    const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) as string;
    zip.file('xl/sharedStrings.xml', strings.replace('LedenNULbeheer', 'Leden_x0000_beheer'));
    const book = await readSourceBook(await zip.generateAsync({ type: 'uint8array' }), 'register.xlsx');
    const sheet = sheetNamed(book.sheets, 'Register');
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(cell(sheet, 1, 2)).toBeUndefined();
    expect(sheet.rows.get(2)?.slice(1)).toEqual(['Naam verwerking*', 'Bewaar-\ntermijn', 'Einddatum']);
    expect(sheet.rows.get(3)?.slice(1, 5)).toEqual(['Ledenbeheer', 10, new Date(Date.UTC(2024, 0, 31)), true]);
    expect(sheet.cleaned).toEqual([{ row: 3, col: 1 }]);
    expect(sheet.unreadable).toEqual([
      { row: 3, col: 5, reason: 'formula', value: '=B3*2' },
      { row: 3, col: 6, reason: 'errorValue', value: '#N/A' },
    ]);
    expect(cell(sheet, 5, 1)).toBe('website');
    expect(sheet.rows.has(4)).toBe(false);
  });

  it('a merge over a whole sheet costs nothing: the range is kept as a rectangle, no cell is spelled out', async () => {
    const bytes = await exceljsBytes({
      sheets: [
        {
          name: 'S',
          rows: [
            ['a', 'b'],
            ['c', 'd'],
          ],
          merges: [],
        },
      ],
    });
    const zip = await JSZip.loadAsync(bytes);
    const path = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(path)?.async('string')) as string;
    zip.file(
      path,
      xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    );
    const hostile = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const started = performance.now();
    const book = await readSourceBook(hostile, 'hostile.xlsx');
    expect(performance.now() - started).toBeLessThan(5_000);
    const sheet = book.sheets[0] as SourceSheet;
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }]);
    expect(cell(sheet, 1, 1)).toBe('a');
    expect(sheet.rows.size).toBe(1);
  });
});

describe('a workbook written by hand in the XML other programs write', () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const part = (name: string, xml: string): ZipEntry => ({ name, data: utf8(xml) });
  const book = (workbookPr: string, sheetXml: string, strings: string, styles: string): Uint8Array =>
    handZip([
      part(
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      part(
        'xl/workbook.xml',
        `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}">${workbookPr}` +
          '<x:sheets><x:sheet name="Second" sheetId="1" r:id="rId2"/><x:sheet name="Register" sheetId="2" r:id="rId1"/></x:sheets></x:workbook>',
      ),
      part(
        'xl/_rels/workbook.xml.rels',
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/register.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/../worksheets/second.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="strings.xml"/>` +
          `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
      part(
        'xl/worksheets/register.xml',
        `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}">${sheetXml}</x:worksheet>`,
      ),
      part(
        'xl/worksheets/second.xml',
        `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>B</t></is></c></row></sheetData></worksheet>`,
      ),
      part('xl/strings.xml', `<?xml version="1.0"?><sst xmlns="${MAIN}">${strings}</sst>`),
      part('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${styles}</styleSheet>`),
    ]);
  const STYLES =
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>' +
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs>';
  const STRINGS =
    '<si><t>Naam</t></si>' +
    '<si><r><rPr><b/></rPr><t xml:space="preserve">Ledenbeheer </t></r><r><t>&amp; premies</t></r>' +
    '<rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>' +
    '<si><t>Lijn 1_x000D_\nLijn 2 en _x005F_x0041_</t></si>';
  const SHEET =
    '<x:sheetData>' +
    '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>' +
    // Cells without a reference follow the one before; a row without a number follows the row before.
    '<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c s="1"><x:v>43466</x:v></x:c><x:c s="2"><x:v>43497.5</x:v></x:c>' +
    '<x:c s="3"><x:v>1234.5</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="d"><x:v>2024-02-29T00:00:00Z</x:v></x:c></x:row>' +
    '<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:r><x:t>Inline </x:t></x:r><x:r><x:t>rich</x:t></x:r></x:is></x:c>' +
    '<x:c r="B5"><x:f t="shared" ref="B5:B6" si="0">A5&amp;"!"</x:f><x:v>9</x:v></x:c>' +
    '<x:c r="C5" t="e"><x:v>#N/A</x:v></x:c><x:c r="D5" t="str"><x:v>plain</x:v></x:c><x:c r="E5" t="s"><x:v>99</x:v></x:c></x:row>' +
    '<x:row r="6"><x:c r="B6"><x:f t="shared" si="0"/><x:v>10</x:v></x:c><x:c r="C6" s="9"><x:v>7</x:v></x:c></x:row>' +
    '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:A1"/><x:mergeCell ref="C1:B1"/></x:mergeCells>';

  it('reads prefixed XML, cells without references, rich and phonetic runs, escapes, styles, dates and formulas', async () => {
    const read = await readSourceBook(book('', SHEET, STRINGS, STYLES), 'hand.xlsx');
    // Sheets in the workbook's tab order, each by its relationship (absolute and relative targets).
    expect(read.sheets.map((s) => s.name)).toEqual(['Second', 'Register']);
    expect(cell(sheetNamed(read.sheets, 'Second'), 1, 1)).toBe('B');
    const sheet = sheetNamed(read.sheets, 'Register');
    expect(cell(sheet, 1, 1)).toBe('Naam');
    // The merge B1:C1 (written backwards) keeps B1's value; a one-cell "merge" is no merge.
    expect(sheet.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 3 }]);
    expect(cell(sheet, 1, 2)).toBe('Ledenbeheer & premies');
    expect(cell(sheet, 2, 1)).toBe('Lijn 1\r\nLijn 2 en _x0041_');
    expect(cell(sheet, 2, 2)).toEqual(new Date(Date.UTC(2019, 0, 1)));
    expect(cell(sheet, 2, 3)).toEqual(new Date(Date.UTC(2019, 1, 1, 12)));
    expect(cell(sheet, 2, 4)).toBe(1234.5);
    expect(cell(sheet, 2, 5)).toBe(true);
    expect(cell(sheet, 2, 6)).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(cell(sheet, 5, 1)).toBe('Inline rich');
    expect(cell(sheet, 5, 4)).toBe('plain');
    // A style the workbook does not define is no date format: the number stays a number.
    expect(cell(sheet, 6, 3)).toBe(7);
    expect((sheet as ReadSheet).unreadable).toEqual([
      { row: 5, col: 2, reason: 'formula', value: '=A5&"!"' },
      { row: 5, col: 3, reason: 'errorValue', value: '#N/A' },
      { row: 5, col: 5, reason: 'notText', value: '99' },
      { row: 6, col: 2, reason: 'formula', value: '=…' },
    ]);
  });

  it('counts days from 1904 when the workbook says so', async () => {
    const sheet = '<x:sheetData><x:row r="1"><x:c r="A1" s="1"><x:v>0</x:v></x:c></x:row></x:sheetData>';
    const read = await readSourceBook(book('<x:workbookPr date1904="1"/>', sheet, '', STYLES), 'mac.xlsx');
    expect(cell(sheetNamed(read.sheets, 'Register'), 1, 1)).toEqual(new Date(Date.UTC(1904, 0, 1)));
  });

  it('refuses a sheet that is not well-formed XML, naming the sheet', async () => {
    const broken = book('', '<x:sheetData><x:row r="1"><x:c r="A1"></x:row></x:sheetData>', STRINGS, STYLES);
    const error = await readSourceBook(broken, 'broken.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpreadsheetReadError);
    expect((error as SpreadsheetReadError).reason).toBe('unreadable');
    expect((error as Error).message).toContain('Register');
  });
});

describe('an OpenDocument spreadsheet written by hand', () => {
  const row = (cells: string, repeat?: number): string =>
    `<table:table-row${repeat ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells}</table:table-row>`;
  const text = (inner: string, attributes = ''): string =>
    `<table:table-cell office:value-type="string"${attributes}>${inner}</table:table-cell>`;

  it('reads paragraphs, spaces, line breaks, spans, value types, repeats, spans and covered cells', async () => {
    const ods = await handOds(
      `<table:table table:name="Registre">` +
        `<table:table-column table:number-columns-repeated="1024"/>` +
        `<table:table-header-rows>` +
        row(
          text('<text:p>Identification</text:p>', ' table:number-columns-spanned="2" table:number-rows-spanned="1"') +
            '<table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell>' +
            text('<text:p>Durée de</text:p><text:p>conservation<text:s/>*</text:p>'),
        ) +
        `</table:table-header-rows>` +
        row(
          text('<text:p>Gestion  des <text:span text:style-name="T1">membres</text:span></text:p>') +
            text('<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p>') +
            '<table:table-cell office:value-type="float" office:value="18"><text:p>18</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="12.5"><text:p>12,50 €</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="date" office:date-value="2024-02-29"><text:p>29/02/24</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p></table:table-cell>' +
            '<table:table-cell office:value-type="string"><office:annotation><text:p>a comment</text:p></office:annotation><text:p>with a note</text:p></table:table-cell>' +
            '<table:table-cell table:formula="of:=[.C2]*2" office:value-type="float" office:value="36"><text:p>36</text:p></table:table-cell>',
        ) +
        row('<table:table-cell table:number-columns-repeated="1024"/>', 1_048_000) +
        row(text('<text:p>after the gap</text:p>')) +
        row(text('<text:p>x</text:p>', ' table:number-columns-repeated="3"'), 2) +
        `</table:table>` +
        `<table:table table:name="Vide"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`,
    );
    const book = await readSourceBook(ods, 'registre.ods');
    expect(book.format).toBe('ods');
    const sheet = sheetNamed(book.sheets, 'Registre');
    expect(sheet.rows.get(1)?.slice(1)).toEqual(['Identification', undefined, 'Durée de\nconservation *']);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(sheet.rows.get(2)?.slice(1)).toEqual([
      'Gestion des membres',
      'a   b\tc\nd',
      18,
      0.25,
      12.5,
      new Date(Date.UTC(2024, 1, 29)),
      true,
      'with a note',
    ]);
    expect(sheet.unreadable).toEqual([{ row: 2, col: 9, reason: 'formula', value: '=[.C2]*2' }]);
    expect(cell(sheet, 1_048_003, 1)).toBe('after the gap');
    expect(sheet.rows.get(1_048_004)?.slice(1)).toEqual(['x', 'x', 'x']);
    expect(sheet.rows.get(1_048_005)?.slice(1)).toEqual(['x', 'x', 'x']);
    expect(sheetNamed(book.sheets, 'Vide').rows.size).toBe(0);
  });

  it('refuses a sheet whose repeated non-empty cells would spell out millions of cells', async () => {
    const ods = await handOds(
      `<table:table table:name="Bombe">${row(text('<text:p>x</text:p>', ' table:number-columns-repeated="16384"'), 1_000_000)}</table:table>`,
    );
    await expect(refusal(ods, 'bombe.ods')).resolves.toBe('tooManyCells');
  });

  it('refuses an encrypted document (encryption data in the manifest)', async () => {
    const manifest =
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1234"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>';
    await expect(refusal(await handOds('', manifest), 'geheim.ods')).resolves.toBe('encrypted');
  });

  it('refuses another kind of OpenDocument (a text document)', async () => {
    const odt = handZip([
      { name: 'mimetype', data: utf8('application/vnd.oasis.opendocument.text'), stored: true },
      { name: 'content.xml', data: utf8('<office:document-content/>') },
    ]);
    await expect(refusal(odt, 'brief.odt')).resolves.toBe('zipNotSpreadsheet');
  });
});

describe('CSV and TSV', () => {
  const rowsNl: HandCell[][] = [
    ['Verwerking', 'Doeleinden', 'Rechtsgrond', 'Categorieën van betrokkenen', 'Bewaartermijn'],
    [
      'Ledenbeheer',
      'Beheer van het ledenbestand\nInning van bijdragen',
      'Wettelijke verplichting (art. 6.1.c AVG)',
      'Leden; personen ten laste',
      '10 jaar na einde aansluiting',
    ],
    ['Coëfficiëntenberekening', 'Berekening "remgeld"', 'Taak van algemeen belang', 'Leden', '3 maanden'],
  ];

  it('Windows-1252 with semicolons (Excel on a Belgian Windows): é and ë, a quoted cell over two lines, CRLF', async () => {
    const book = await readSourceBook(windows1252(delimited(rowsNl, ';')), 'register.csv');
    expect(book).toMatchObject({ format: 'csv', encoding: 'windows-1252', separator: ';' });
    const sheet = book.sheets[0] as SourceSheet;
    expect(sheet.name).toBe('register');
    expect(sheet.rows.get(1)?.slice(1)).toEqual(rowsNl[0]);
    expect(cell(sheet, 2, 2)).toBe('Beheer van het ledenbestand\nInning van bijdragen');
    expect(cell(sheet, 2, 4)).toBe('Leden; personen ten laste');
    expect(cell(sheet, 3, 1)).toBe('Coëfficiëntenberekening');
    expect(cell(sheet, 3, 2)).toBe('Berekening "remgeld"');
    expect([...sheet.rows.keys()]).toEqual([1, 2, 3]);
  });

  it('French, in Windows-1252 with semicolons: accents, the euro sign and typographic apostrophes survive', async () => {
    const rows: HandCell[][] = [
      ['Traitement', 'Finalités', 'Base légale', 'Durée de conservation', 'Destinataires'],
      [
        'Gestion de la paie',
        'Calcul des rémunérations\nDéclarations à l’URSSAF',
        'Obligation légale',
        '5 ans',
        'Expert-comptable (sous-traitant) – 1 200 €',
      ],
    ];
    const book = await readSourceBook(windows1252(delimited(rows, ';')), 'registre.csv');
    expect(book).toMatchObject({ encoding: 'windows-1252', separator: ';' });
    const sheet = book.sheets[0] as SourceSheet;
    expect(sheet.rows.get(1)?.slice(1)).toEqual(rows[0]);
    expect(sheet.rows.get(2)?.slice(1)).toEqual(rows[1]);
  });

  it('UTF-8 with a byte-order mark, tab-separated (.tsv)', async () => {
    const rows: HandCell[][] = [
      ['Name', 'Purpose', 'Legal basis', 'Retention period'],
      ['Payroll', 'Paying salaries, bonuses and expenses', 'Contract (Art. 6(1)(b))', '7 years'],
    ];
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(delimited(rows, '\t', '\n'))]);
    const book = await readSourceBook(bytes, 'register.tsv');
    expect(book).toMatchObject({ format: 'tsv', encoding: 'utf-8-bom', separator: '\t' });
    expect((book.sheets[0] as SourceSheet).rows.get(2)?.slice(1)).toEqual(rows[1]);
    expect((book.sheets[0] as SourceSheet).rows.get(1)?.[1]).toBe('Name');
  });

  it('UTF-8 without a mark, commas, commas inside quoted cells; the separator is found whatever the extension', async () => {
    const rows: HandCell[][] = [
      ['name', 'purposes', 'recipients'],
      ['Newsletter', 'Marketing, events', 'Mailchimp (processor), "Print Co"'],
      ['CCTV', 'Security', ''],
    ];
    const book = await readSourceBook(utf8(delimited(rows, ',', '\n')), 'export.txt');
    expect(book).toMatchObject({ format: 'csv', encoding: 'utf-8', separator: ',' });
    expect((book.sheets[0] as SourceSheet).rows.get(2)?.slice(1)).toEqual(rows[1]);
    expect((book.sheets[0] as SourceSheet).rows.get(3)?.slice(1)).toEqual(['CCTV', 'Security']);
  });

  it("Excel's sep= hint on the first line names the separator", async () => {
    const book = await readSourceBook(utf8('sep=,\r\na;b,c\r\nd;e,f\r\n'), 'x.csv');
    expect(book.separator).toBe(',');
    expect((book.sheets[0] as SourceSheet).rows.get(2)?.slice(1)).toEqual(['a;b', 'c']);
  });

  it('a quotation mark that is never closed is refused, naming its row, rather than swallowing the rest', async () => {
    const error = await readSourceBook(utf8('Naam;Doel\r\nA;"open\r\nB;C\r\n'), 'x.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpreadsheetReadError);
    expect((error as SpreadsheetReadError).reason).toBe('unclosedQuote');
    expect((error as SpreadsheetReadError).localized('nl')).toContain('rij 2');
  });
});

async function refusal(bytes: Uint8Array, fileName: string, maxBytes?: number): Promise<ReadErrorReason> {
  try {
    await readSourceBook(bytes, fileName, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    expect(error).toBeInstanceOf(SpreadsheetReadError);
    const refused = error as SpreadsheetReadError;
    const messages = UI_LANGUAGES.map((lang) => refused.localized(lang));
    expect(new Set(messages).size).toBe(UI_LANGUAGES.length);
    for (const message of messages) expect(message).not.toMatch(/\{\w+\}/);
    return refused.reason;
  }
  throw new Error('the file was read');
}

describe('files that cannot be read are refused with their reason, in every language', () => {
  const MB = 1024 * 1024;
  const workbookParts = [
    { name: '[Content_Types].xml', data: utf8('<Types/>') },
    { name: 'xl/workbook.xml', data: utf8('<workbook/>') },
  ];
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string, ReadErrorReason, number?][] = [
    ['an empty file', () => new Uint8Array(0), 'x.csv', 'emptyFile'],
    ['a file over maxBytes', () => utf8('a;b\n'.repeat(100)), 'x.csv', 'tooLarge', 100],
    [
      'an encrypted workbook (an OLE compound file, as Excel saves a password-protected .xlsx)',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      'geheim.xlsx',
      'encrypted',
    ],
    [
      'a binary file',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
      'photo.csv',
      'notASpreadsheet',
    ],
    [
      'a UTF-16 text file (Excel\'s "Unicode text")',
      () => new Uint8Array([0xff, 0xfe, 0x41, 0, 0x09, 0, 0x42, 0]),
      'x.txt',
      'unsupportedEncoding',
    ],
    [
      'a zip that holds something else',
      () => handZip([{ name: 'word/document.xml', data: utf8('<w:document/>') }]),
      'x.xlsx',
      'zipNotSpreadsheet',
    ],
    [
      'a truncated workbook',
      async () =>
        (await exceljsBytes({ sheets: [{ name: 'S', rows: [['a'.repeat(5000)]], merges: [] }] })).slice(0, 2000),
      'x.xlsx',
      'truncated',
    ],
    [
      'a zip bomb: parts that unpack to more than the limit',
      () =>
        handZip([
          ...workbookParts,
          ...[1, 2, 3, 4, 5].map((i) => ({ name: `xl/media/zeros${i}.bin`, data: new Uint8Array(64 * MB) })),
        ]),
      'bomb.xlsx',
      'zipTooBig',
    ],
    [
      'a zip bomb: one part that expands a thousandfold (an .ods)',
      () =>
        handZip([
          { name: 'mimetype', data: utf8('application/vnd.oasis.opendocument.spreadsheet'), stored: true },
          { name: 'content.xml', data: new Uint8Array(40 * MB) },
        ]),
      'bomb.ods',
      'zipRatio',
    ],
    [
      'a zip bomb that understates its sizes',
      () =>
        handZip([
          ...workbookParts,
          { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(40 * MB), declaredSize: 1000 },
        ]),
      'bomb.xlsx',
      'zipSizeMismatch',
    ],
  ];

  it.each(cases)('%s', async (_label, make, fileName, reason, maxBytes) => {
    await expect(refusal(await make(), fileName, maxBytes)).resolves.toBe(reason);
  });
});

describe('the cells of a sheet, whatever the format', () => {
  it('clean unsafe text and list the cell; keep a merge value in its top-left cell only; leave empty rows out', () => {
    const sheet = new SheetCells('S');
    sheet.set(1, 1, 'Groep');
    sheet.set(1, 2, 'stale text under the merge');
    sheet.merge({ top: 1, left: 1, bottom: 1, right: 3 });
    sheet.set(2, 1, 'Half \uD800 pair');
    sheet.set(2, 2, 'Leden\u0000beheer');
    sheet.set(3, 1, '');
    sheet.set(4, 1, '\u0000');
    const read = sheet.finish();
    expect([...read.rows.keys()]).toEqual([1, 2]);
    expect(read.rows.get(1)?.slice(1)).toEqual(['Groep', undefined]);
    expect(read.rows.get(2)?.slice(1)).toEqual(['Half \uFFFD pair', 'Ledenbeheer']);
    expect(read.cleaned).toEqual([
      { row: 2, col: 1 },
      { row: 2, col: 2 },
      { row: 4, col: 1 },
    ]);
  });
});
