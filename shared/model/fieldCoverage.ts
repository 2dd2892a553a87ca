/**
 * Whether every field of the schemas reaches the views: the paths a zod schema really has (found by walking the
 * schema itself, not the descriptors), and the fields that no view shows without their descriptor saying why.
 */
import type { z } from 'zod';
import { flattenFields, type FieldDescriptor, type FieldTableOf } from './fieldDescriptor';

/** A schema node's definition, as zod 4 exposes it on every schema. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: readonly z.ZodType[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels optional, default and nullable wrappers and arrays off a schema, down to what holds the value. */
function core(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType && ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type))
      current = def.innerType;
    else if (def.type === 'array' && def.element) current = def.element;
    else return current;
  }
}

/** The dotted paths of every field a schema holds (translations aside): `retention`, `retention.period`, ... */
export function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const node = core(schema);
  const def = defOf(node);
  const shapes: Record<string, z.ZodType>[] =
    def.type === 'object' && def.shape
      ? [def.shape]
      : def.type === 'union' && def.options
        ? def.options.map((option) => defOf(core(option)).shape ?? {})
        : [];
  const out: string[] = [];
  for (const shape of shapes) {
    for (const [key, child] of Object.entries(shape)) {
      if (key === 'i18n' || key === 'i18nSource') continue;
      const path = prefix + key;
      if (!out.includes(path)) out.push(path);
      for (const sub of schemaPaths(child, `${path}.`)) if (!out.includes(sub)) out.push(sub);
    }
  }
  return out;
}

/** The fields each view shows, as dotted paths. */
export interface ViewPaths {
  editor: ReadonlySet<string>;
  workbook: ReadonlySet<string>;
  pdf: ReadonlySet<string>;
}

export interface CoverageGap {
  path: string;
  problem: 'no descriptor' | 'in no view' | 'not in the editor' | 'not in the complete workbook' | 'not in the PDF';
}

/**
 * What is wrong with one kind's coverage: a schema field without a descriptor; a field in no view at all; and,
 * stricter, a field missing from the editor or the complete workbook (both must round-trip every field) or from the
 * PDF (every field that is not internal), unless its descriptor says why.
 */
export function coverageGaps(
  schema: z.ZodType,
  table: FieldTableOf<string>,
  views: ViewPaths,
  pdfApplies: boolean,
): CoverageGap[] {
  const described = new Map<string, FieldDescriptor>(flattenFields(table).map((e) => [e.path, e.descriptor]));
  const gaps: CoverageGap[] = [];
  /** A list or object is in a view when the view shows it or any of its parts. */
  const has = (view: ReadonlySet<string>, path: string, container: boolean): boolean =>
    view.has(path) || (container && [...view].some((shown) => shown.startsWith(`${path}.`)));
  for (const path of schemaPaths(schema)) {
    const descriptor = described.get(path);
    if (!descriptor) {
      gaps.push({ path, problem: 'no descriptor' });
      continue;
    }
    const parentDescribed = [...described.keys()].some(
      (other) => path.startsWith(`${other}.`) && described.get(other)?.notInEditor !== undefined,
    );
    const container = descriptor.widget.type === 'list' || descriptor.widget.type === 'object';
    const editor = has(views.editor, path, container);
    const pdf = has(views.pdf, path, container);
    const inEditor = editor || descriptor.notInEditor !== undefined || parentDescribed;
    const inWorkbook = has(views.workbook, path, container);
    const inPdf = pdf || descriptor.notInPdf !== undefined || descriptor.internal === true || !pdfApplies;
    if (!editor && !inWorkbook && !pdf && descriptor.notInEditor === undefined)
      gaps.push({ path, problem: 'in no view' });
    else {
      if (!inEditor) gaps.push({ path, problem: 'not in the editor' });
      if (!inWorkbook) gaps.push({ path, problem: 'not in the complete workbook' });
      if (!inPdf) gaps.push({ path, problem: 'not in the PDF' });
    }
  }
  return gaps;
}
