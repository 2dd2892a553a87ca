// Every field of every schema reaches the views: the editor, the complete workbook and (unless internal) the PDF.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLUMN_MAP } from '../../shared/excel/columnMap';
import { RECORD_FIELDS, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind, type Register } from '../../shared/model';
import { W, flattenFields, type FieldTableOf } from '../../shared/model/fieldDescriptor';
import { coverageGaps, schemaPaths, type ViewPaths } from '../../shared/model/fieldCoverage';
import { registerMetaFields, registerMetaSchema } from '../../shared/model/register';
import { pdfDefinition } from '../../shared/pdf/exportPdf';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { editorPaths } from './formSpec';

/** The paths the complete workbook writes and reads back for a table. */
function workbookPaths(table: keyof typeof COLUMN_MAP): Set<string> {
  const out = new Set<string>();
  for (const column of COLUMN_MAP[table].columns) {
    const read = column.read;
    if (!read) continue;
    if (read.type === 'id') out.add('id');
    else if (read.type === 'scalar' || read.type === 'link') out.add(read.path);
    else if (read.type === 'item' || read.type === 'itemLink') out.add(`${read.list}.${read.sub}`);
    else if (read.type === 'itemIds') out.add(`${read.list}.id`);
  }
  return out;
}

/** All the text of a pdfmake definition, depth first. */
function definitionText(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const item of node) definitionText(item, out);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) if (key !== 'canvas') definitionText(value, out);
  return out;
}

// Short markers: a long unbroken word would be split over lines by the PDF's line breaking.
const markers = new Map<string, string>();
const marker = (kind: string, path: string): string => {
  const key = `${kind}.${path}`;
  let found = markers.get(key);
  if (found === undefined) markers.set(key, (found = `⟪${markers.size}⟫`));
  return found;
};

/**
 * The sample register with every text field of the first record of each kind (and of the first item of each list)
 * replaced by a marker, so a search of the PDF's text tells which fields it shows.
 */
function markedRegister(): Register {
  const register = structuredClone(sampleRegister());
  for (const kind of RECORD_KINDS) {
    const record = (register[kind] as unknown as Record<string, unknown>[])[0];
    if (!record) continue;
    for (const entry of flattenFields(RECORD_FIELDS[kind])) {
      if (entry.descriptor.widget.type !== 'text' || entry.path === 'name') continue;
      const parts = entry.path.split('.');
      let holder: Record<string, unknown> | undefined = record;
      for (const part of parts.slice(0, -1)) {
        const next: unknown = holder?.[part];
        // An empty list gets one item, so its fields have somewhere to show.
        if (Array.isArray(next) && next.length === 0) next.push({ id: '00000000-0000-4000-8000-0000000fff01' });
        const first: unknown = Array.isArray(next) ? next[0] : next;
        holder = first && typeof first === 'object' ? (first as Record<string, unknown>) : undefined;
        if (!holder && !Array.isArray(next)) {
          holder = {};
          (record as Record<string, unknown>)[part] =
            part === 'automatedDecision' ? { exists: true, profiling: false } : holder;
        }
      }
      if (holder) holder[parts.at(-1) as string] = marker(kind, entry.path);
    }
  }
  return register;
}

function pdfPaths(edition: 'standard' | 'internal'): Map<RecordKind, Set<string>> {
  const text = definitionText(
    pdfDefinition(markedRegister(), {
      lang: 'nl',
      exportedAt: new Date('2026-12-01T10:00:00Z'),
      today: '2026-12-01',
      edition,
    }),
  ).join('');
  // Exported in the main language (nl), so the markers are shown rather than older translations.
  const out = new Map<RecordKind, Set<string>>();
  for (const kind of RECORD_KINDS) {
    const shown = new Set<string>();
    for (const entry of flattenFields(RECORD_FIELDS[kind])) {
      // Text fields by their marker; the others are coded values the PDF turns into words, counted as shown when
      // their record kind is in the PDF at all (their words are tested by the PDF's own tests).
      if (entry.descriptor.widget.type !== 'text' || entry.path === 'name' || text.includes(marker(kind, entry.path)))
        shown.add(entry.path);
    }
    out.set(kind, shown);
  }
  return out;
}

describe('field coverage', () => {
  const pdf = pdfPaths('standard');

  it.each(RECORD_KINDS)(
    'every field of %s is in the editor, the complete workbook and, unless internal, the PDF',
    (kind) => {
      const views: ViewPaths = {
        editor: editorPaths(kind),
        workbook: workbookPaths(kind),
        pdf: pdf.get(kind) ?? new Set(),
      };
      // Processor activities and activities are the PDF's sections; the other kinds appear in its appendices.
      expect(
        coverageGaps(
          RECORD_SCHEMAS[kind],
          RECORD_FIELDS[kind],
          views,
          kind === 'activities' || kind === 'processorActivities',
        ),
      ).toEqual([]);
    },
  );

  it('every field of the register metadata is in the complete workbook', () => {
    const views: ViewPaths = {
      editor: new Set(['title', 'organisationName', 'description', 'mainLanguage']),
      workbook: workbookPaths('meta'),
      pdf: new Set(),
    };
    expect(coverageGaps(registerMetaSchema, registerMetaFields, views, false)).toEqual([]);
  });

  it('fails for a field added to a schema without a descriptor or a view', () => {
    const schema = RECORD_SCHEMAS.subjectCategories.extend({ ageGroup: z.string().optional() });
    const views: ViewPaths = {
      editor: editorPaths('subjectCategories'),
      workbook: workbookPaths('subjectCategories'),
      pdf: new Set(),
    };
    expect(coverageGaps(schema, RECORD_FIELDS.subjectCategories, views, false)).toEqual([
      { path: 'ageGroup', problem: 'no descriptor' },
    ]);
    // Described, but shown by no view: still a gap, until the descriptor says why.
    const described: FieldTableOf<string> = { ...RECORD_FIELDS.subjectCategories, ageGroup: { widget: W.text } };
    expect(coverageGaps(schema, described, views, false)).toEqual([{ path: 'ageGroup', problem: 'in no view' }]);
    const explained: FieldTableOf<string> = {
      ...RECORD_FIELDS.subjectCategories,
      ageGroup: { widget: W.text, notInEditor: 'computed from the birth dates' },
    };
    // The workbook derives its columns from the descriptors, so a described field is in it; the editor needs a reason.
    const withColumn: ViewPaths = { ...views, workbook: new Set([...views.workbook, 'ageGroup']) };
    expect(coverageGaps(schema, described, withColumn, false)).toEqual([
      { path: 'ageGroup', problem: 'not in the editor' },
    ]);
    expect(coverageGaps(schema, explained, withColumn, false)).toEqual([]);
  });

  it('finds the nested fields of lists and objects in a schema', () => {
    const paths = schemaPaths(RECORD_SCHEMAS.activities);
    expect(paths).toEqual(
      expect.arrayContaining(['retention.period', 'dpia.status', 'controllers.role', 'purposes.id']),
    );
    expect(paths).not.toContain('i18n');
  });

  it('the internal edition of the PDF shows the internal fields the standard edition leaves out', () => {
    const internal = pdfPaths('internal').get('activities') ?? new Set();
    for (const path of ['owner', 'systems', 'notes']) {
      expect(pdf.get('activities')?.has(path)).toBe(false);
      expect(internal.has(path)).toBe(true);
    }
  });
});
