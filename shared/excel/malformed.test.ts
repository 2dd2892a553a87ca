// Workbooks that cannot be read are refused with their own message, and nothing else is ever thrown; cells that
// cannot be read become problems with sheet, row and column.
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n/languages';
import { registerSchema } from '../model';
import { sampleRegister } from '../sample/sampleRegister';
import { exportWorkbook, planWorkbookImport, WorkbookImportError } from '.';
import type { ImportErrorKey } from './messages';
import { MAX_UNPACKED_BYTES, MB } from './zipGuard';

const options = { lang: 'nl' as const, exportedAt: new Date('2026-11-20T09:30:00Z'), today: '2026-11-20' };

async function refusal(bytes: Uint8Array, maxBytes?: number): Promise<WorkbookImportError> {
  try {
    await planWorkbookImport(bytes, sampleRegister(), maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookImportError);
    return error as WorkbookImportError;
  }
  throw new Error('the workbook was accepted');
}

interface Entry {
  name: string;
  data: Uint8Array;
  /** Uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

/** A zip file written by hand, so a test can make parts that are huge, or lie about their size. */
function zip(entries: readonly Entry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.byteLength;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed.byteLength, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.byteLength, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, compressed);
    central.push(header, name);
    offset += local.byteLength + name.byteLength + compressed.byteLength;
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

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const workbookParts: Entry[] = [
  { name: '[Content_Types].xml', data: text('<Types/>') },
  { name: 'xl/workbook.xml', data: text('<workbook/>') },
];

describe('a workbook that cannot be read is refused with its own message', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, ImportErrorKey, number?][] = [
    ['an empty file', () => new Uint8Array(0), 'emptyFile'],
    ['a text file renamed to .xlsx', () => text('Naam;Doeleinde\nLedenadministratie;Beheer van de leden\n'), 'notXlsx'],
    [
      'an encrypted workbook (OLE compound file)',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      'encrypted',
    ],
    [
      'a zip archive that holds no workbook',
      () => zip([{ name: 'word/document.xml', data: text('<w:document/>') }]),
      'notAWorkbook',
    ],
    [
      'a truncated workbook',
      async () => (await exportWorkbook(sampleRegister(), { ...options, layout: 'authority' })).slice(0, 9000),
      'truncated',
    ],
    [
      'a file over maxBytes',
      async () => exportWorkbook(sampleRegister(), { ...options, layout: 'authority' }),
      'tooLarge',
      10_000,
    ],
    [
      'a zip bomb: parts that unpack to more than the limit',
      () => {
        const zeros = new Uint8Array(64 * MB);
        return zip([
          ...workbookParts,
          ...[1, 2, 3, 4, 5].map((i) => ({ name: `xl/media/zeros${i}.bin`, data: zeros })),
        ]);
      },
      'zipTooBig',
    ],
    [
      'a zip bomb: one part that expands a thousandfold',
      () => zip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(40 * MB) }]),
      'zipRatio',
    ],
    [
      'a zip bomb that understates its sizes',
      () =>
        zip([
          ...workbookParts,
          { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(40 * MB), declaredSize: 1000 },
        ]),
      'zipSizeMismatch',
    ],
  ];

  it.each(cases)('%s', async (_label, make, key, maxBytes) => {
    const error = await refusal(await make(), maxBytes);
    expect(error.key).toBe(key);
    const messages = UI_LANGUAGES.map((lang) => error.localized(lang));
    expect(new Set(messages).size).toBe(UI_LANGUAGES.length);
    for (const message of messages) expect(message).not.toMatch(/\{\w+\}/);
    if (key === 'zipTooBig') expect(error.localized('en')).toContain(`${MAX_UNPACKED_BYTES / MB} MB`);
    if (key === 'tooLarge') expect(error.localized('en')).toContain('larger than 0.01 MB');
  });

  it('refuses a workbook without a register sheet, naming the sheets it found', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Begroting 2026');
    sheet.addRow(['Post', 'Bedrag']);
    sheet.addRow(['Huur', 1200]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const error = await refusal(bytes);
    expect(error.key).toBe('noRegisterSheet');
    expect(error.localized('nl')).toContain('"Begroting 2026"');
  });

  it('states the default size limit, 50 MB', async () => {
    const error = await refusal(new Uint8Array(50 * MB + 1));
    expect(error.key).toBe('tooLarge');
    expect(error.localized('fr')).toContain('50 Mo');
    expect(error.localized('de')).toContain('über 50 MB');
  });
});

describe('cells that cannot be read', () => {
  it('become problems with sheet, row and column, and the register stays valid', async () => {
    const bytes = await exportWorkbook(sampleRegister(), { ...options, layout: 'complete' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Verwerkingsactiviteiten') as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (header: string) => headers.indexOf(header);
    sheet.getCell(2, col('Begindatum')).value = '31/02/2026';
    sheet.getCell(3, col('Status')).value = 'Half af';
    sheet.getCell(4, col('Status')).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    sheet.getCell(5, col('Ontvangers')).value = 'Een ontvanger die niet bestaat';
    sheet.getCell(6, col('Naam')).value = '';
    const plan = await planWorkbookImport(new Uint8Array(await workbook.xlsx.writeBuffer()), sampleRegister(), {
      lang: 'en',
    });
    const where = plan.problems.map((p) => `${p.sheet}!${p.row} ${p.column}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'Verwerkingsactiviteiten!2 Begindatum',
        'Verwerkingsactiviteiten!3 Status',
        'Verwerkingsactiviteiten!4 Status',
        'Verwerkingsactiviteiten!5 Ontvangers',
      ]),
    );
    expect(plan.problems.find((p) => p.row === 2)?.reason).toContain('31/02/2026');
    expect(plan.problems.some((p) => p.row === 6)).toBe(true);
    expect(registerSchema.safeParse(plan.register).success).toBe(true);
    // The activity whose name was emptied is kept as it was, not lost.
    expect(plan.register.activities).toHaveLength(sampleRegister().activities.length);
  });
});
