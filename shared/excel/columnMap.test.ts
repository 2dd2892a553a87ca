// The column map is the contract between exporter and importer: headers must be findable in every language,
// sheet names valid, the authority groups in the model's order, and the complete layout must hold every field.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/languages';
import { RECORD_KINDS, RECORD_SCHEMAS } from '../model/register';
import { normaliseHeader } from './cells';
import { COLUMN_MAP, GROUPS, LAYOUT_TABLES, OTHER_SHEETS, type ColumnDef, type TableId } from './columnMap';

const tables = Object.entries(COLUMN_MAP) as [
  TableId,
  { sheet: Record<string, string>; columns: readonly ColumnDef<unknown>[] },
][];

describe('column map', () => {
  it.each(tables)(
    '%s: every header is written in Dutch, French and English and names one column only',
    (_id, table) => {
      const owner = new Map<string, string>();
      for (const column of table.columns) {
        for (const lang of UI_LANGUAGES) {
          expect(column.header[lang]?.trim(), `${column.key} ${lang}`).toBeTruthy();
          const key = normaliseHeader(column.header[lang]);
          expect(owner.get(key) ?? column.key, `"${column.header[lang]}"`).toBe(column.key);
          owner.set(key, column.key);
        }
      }
      expect(new Set(table.columns.map((c) => c.key)).size).toBe(table.columns.length);
    },
  );

  it('gives every sheet a valid name, different from the others, in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const names = [
        ...tables.map(([, t]) => t.sheet[lang] as string),
        ...Object.values(OTHER_SHEETS).map((l) => l[lang]),
      ];
      for (const name of names) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
      }
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    }
  });

  it('keeps the groups of the authority register in the order of the GBA/APD model', () => {
    const order = Object.keys(GROUPS);
    const groups = COLUMN_MAP.authorityRegister.columns.map((c) => order.indexOf(c.group as string));
    expect(groups.every((g) => g >= 0)).toBe(true);
    expect([...groups].sort((a, b) => a - b)).toEqual(groups);
    expect([...new Set(COLUMN_MAP.authorityRegister.columns.map((c) => c.group))]).toEqual([
      'process',
      'processing',
      'purpose',
      'legal',
      'type',
      'data',
      'recipients',
      'transfers',
      'retention',
      'security',
      'status',
      'technical',
    ]);
  });

  it('marks as mandatory what Art. 30(1) GDPR requires', () => {
    const mandatory = COLUMN_MAP.authorityRegister.columns.filter((c) => c.mandatory).map((c) => c.key);
    expect(mandatory).toEqual(
      expect.arrayContaining([
        'controllers',
        'purposes',
        'dataCategories',
        'subjects',
        'recipients',
        'transfers',
        'retention',
        'securityMeasures',
      ]),
    );
  });

  it.each(RECORD_KINDS)(
    'complete layout, %s: an ID column first and a column for every field of the record',
    (kind) => {
      const table = COLUMN_MAP[kind];
      expect(table.columns[0]?.key).toBe('id');
      const schema = RECORD_SCHEMAS[kind] as unknown as z.ZodObject | { options: z.ZodObject[] };
      const shapes = 'options' in schema ? schema.options.map((o) => o.shape) : [schema.shape];
      const fields = new Set(shapes.flatMap((shape) => Object.keys(shape)).filter((f) => f !== 'i18n' && f !== 'i18nSource'));
      const covered = new Set(
        (table.columns as readonly ColumnDef<unknown>[]).map((c) => {
          const read = c.read;
          if (!read) return '';
          if (read.type === 'id') return 'id';
          if (read.type === 'scalar' || read.type === 'link') return read.path.split('.')[0];
          if (read.type === 'item' || read.type === 'itemLink' || read.type === 'itemIds') return read.list;
          return '';
        }),
      );
      for (const field of fields) expect(covered.has(field), field).toBe(true);
    },
  );

  it('lists the tables of each layout', () => {
    expect(LAYOUT_TABLES.complete).toEqual(expect.arrayContaining([...RECORD_KINDS, 'meta', 'translations']));
    expect(LAYOUT_TABLES.authority).toEqual(['authorityControllers', 'authorityRegister']);
  });
});
