/**
 * The mapping screen's pure parts: where a chosen file goes first, how the fields are grouped in the select, the
 * sample values of a column, the row runs shown beside a record, and the saved-mapping list's replace-by-name.
 */
import { describe, expect, it } from 'vitest';
import { importTargets } from '../../../shared/spreadsheetImport/mapping';
import { bookOf } from '../../../shared/test/sourceTables';
import { withMapping } from '../../storage/registerSettings';
import { columnSamples } from './columnSamples';
import { firstRoute } from './importRoute';
import { rowList } from './RecordPreview';
import { targetGroups } from './targetGroups';
import type { SavedMapping } from '../../../shared/spreadsheetImport/types';

const bytes = (text: string) => new TextEncoder().encode(text);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);

describe('where a file goes first', () => {
  it('keeps register files and workbooks on their paths and sends other spreadsheets to the mapping screen', () => {
    expect(firstRoute({ name: 'register.ropa.json', bytes: bytes('{}') })).toBe('registerFile');
    expect(firstRoute({ name: 'backup', bytes: bytes('\uFEFF  {"format":1}') })).toBe('registerFile');
    expect(firstRoute({ name: 'register.xlsx', bytes: ZIP })).toBe('workbook');
    expect(firstRoute({ name: 'register.zip', bytes: ZIP })).toBe('workbook');
    expect(firstRoute({ name: 'registre.ods', bytes: ZIP })).toBe('spreadsheet');
    expect(firstRoute({ name: 'register.csv', bytes: bytes('Naam;Doel\n') })).toBe('spreadsheet');
    expect(firstRoute({ name: 'register.tsv', bytes: bytes('Naam\tDoel\n') })).toBe('spreadsheet');
    // A text file named .xlsx keeps the workbook import's own refusal.
    expect(firstRoute({ name: 'register.xlsx', bytes: bytes('Naam;Doel\n') })).toBe('workbook');
  });
});

describe('the fields offered for a column', () => {
  it('offers every import target once, grouped as the editor, each sub-field after its field', () => {
    for (const kind of ['activities', 'processorActivities'] as const) {
      const groups = targetGroups(kind, 'en');
      const paths = groups.flatMap((g) => g.options.map((o) => o.path));
      expect([...paths].sort()).toEqual(
        importTargets(kind)
          .map((t) => t.path)
          .sort(),
      );
    }
    const groups = targetGroups('activities', 'nl');
    expect(groups.map((g) => g.section)).toEqual([
      'main',
      'purposes',
      'data',
      'recipients',
      'retention',
      'security',
      'risk',
      'lifecycle',
    ]);
    const recipients = groups.find((g) => g.section === 'recipients')?.options.map((o) => o.path) ?? [];
    expect(recipients.slice(0, 5)).toEqual([
      'recipientIds',
      'recipientIds.internal',
      'recipientIds.country',
      'recipientIds.category',
      'processorIds',
    ]);
    expect(groups.find((g) => g.section === 'recipients')?.options[0]?.label).toBe('Ontvangers');
  });
});

describe('sample values', () => {
  it('takes the first distinct values under the header, several values of a cell on one line', () => {
    const { book, table } = bookOf('Register', { headers: ['Naam', 'Doeleinden', 'Einddatum'] }, [
      ['Ledenbeheer', 'Beheer\nInning', new Date(Date.UTC(2023, 11, 31))],
      ['Ledenbeheer', '', undefined],
      ['Loon', 'Loonberekening', undefined],
      ['Klachten', 'Opvolging', undefined],
    ]);
    const samples = columnSamples(book, table);
    expect(samples.get(1)).toEqual(['Ledenbeheer', 'Loon', 'Klachten']);
    expect(samples.get(2)).toEqual(['Beheer ⏎ Inning', 'Loonberekening', 'Opvolging']);
    expect(samples.get(3)).toEqual(['2023-12-31']);
  });
});

describe('small helpers', () => {
  it('says row runs as a DPO reads them', () => {
    expect(rowList([6])).toBe('6');
    expect(rowList([3, 4, 5])).toBe('3–5');
    expect(rowList([9, 6, 7])).toBe('6–7, 9');
  });

  it('replaces a saved mapping of the same name and adds a new one', () => {
    const mapping = (name: string, language: SavedMapping['language']): SavedMapping => ({
      format: 'ropa-import-mapping',
      version: 1,
      name,
      headers: [],
      columns: [],
      language,
    });
    const list = [mapping('A', 'nl'), mapping('B', 'nl')];
    expect(withMapping(list, mapping(' B ', 'fr')).map((m) => [m.name, m.language])).toEqual([
      ['A', 'nl'],
      [' B ', 'fr'],
    ]);
    expect(withMapping(list, mapping('C', 'en'))).toHaveLength(3);
  });
});
