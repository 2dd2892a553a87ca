/**
 * The one table of the workbook's columns, for both layouts: for each sheet its name, and for each column its key,
 * its header in Dutch, French and English, its group, whether the GDPR makes it mandatory, its width, how its cell
 * is computed from a record and how the cell is read back. The exporter writes exactly these columns in this order
 * (in the complete layout followed, only when a text is longer than a cell holds, by its continuation columns: see
 * sheetWriter); the importer finds them by header text in any of the three languages. Renaming or moving a column is
 * an edit here.
 *
 * The authority layout follows the GBA/APD register model (groups in the model's order, mandatory columns in red);
 * its later headers are not confirmed by the authority, which is one more reason to keep them in this one place.
 */
import { FIELD_LABELS, KIND_LABELS, type FieldKey } from '../catalogue/fieldLabels';
import { enumLabel } from '../catalogue/enumLabels';
import { countryName, isInEea } from '../catalogue/countries';
import { legalGroundLabel } from '../catalogue/legalGrounds';
import { transferMechanismLabel } from '../catalogue/transferMechanisms';
import { formatDuration } from '../i18n/formatDate';
import { TEXT_LANGUAGES, UI_LANGUAGES, type Labels, type TextLanguage, type UiLanguage } from '../i18n/languages';
import { localText } from '../i18n/localText';
import type { Activity } from '../model/activity';
import type { Organisation } from '../model/organisation';
import {
  RECORD_FIELDS,
  RECORD_KINDS,
  registerMetaFields,
  type RecordKind,
  type RecordOf,
  type RegisterMeta,
} from '../model/register';
import type { RetentionRule } from '../model/retention';
import { type CellOut, isoToUtcDate, writeList } from './cells';
import {
  type Codec,
  countryCodec,
  dateCodec,
  durationCodec,
  enumCodec,
  languageCodec,
  legalGroundCodec,
  listCodec,
  textCodec,
  transferMechanismCodec,
  yesNoCodec,
  yesNoLabel,
} from './codecs';
import type { RenderContext } from './context';
import { getPath } from './paths';
import { workbookLabels } from './words';
import type { FieldDescriptor, FieldTableOf, LinkTarget, Widget } from '../model/fieldDescriptor';
import { isFieldKey } from '../model/words';
import { editionShows, type Edition } from '../model/recordFields';

/** A workbook word (group, header, sheet name) in every language. */
const X = workbookLabels;
const F = (key: FieldKey): Labels => FIELD_LABELS[key];
const suffixed = (labels: Labels, s: Labels): Labels =>
  Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, labels[lang] + s[lang]])) as Record<UiLanguage, string>;
const IDS = X('idsSuffix');
const ONE_ID = X('idSuffix');

export type Layout = 'authority' | 'complete';

/** Column groups of the GBA/APD model (register and controller sheets). */
export const GROUPS = {
  process: X('businessProcess'),
  processing: X('processing'),
  purpose: X('purposes'),
  legal: X('legalBasis'),
  type: X('typeOfProcessing'),
  data: X('dataAndDataSubjects'),
  recipients: X('recipients'),
  transfers: X('transfers'),
  retention: X('retention'),
  security: X('security'),
  status: X('status'),
  technical: X('technical'),
  controller: X('controller'),
  dpo: X('dataProtectionOfficer'),
} as const satisfies Record<string, Labels>;
export type GroupId = keyof typeof GROUPS;

/** Drop-down lists of the authority layout, backed by the lists sheet. */
export type DropDownId = 'status' | 'yesNo';

/** Authority-layout fields: what an edited cell of the register sheet changes in the activity. */
export type AuthorityField =
  | 'businessProcess'
  | 'owner'
  | 'reference'
  | 'name'
  | 'description'
  | 'controllers'
  | 'purposes'
  | 'legalGrounds'
  | 'legalStatutes'
  | 'characteristics'
  | 'dataCategories'
  | 'dataCategoryKinds'
  | 'subjects'
  | 'recipients'
  | 'recipientInternal'
  | 'recipientLocation'
  | 'processors'
  | 'transfers'
  | 'transferCountry'
  | 'safeguards'
  | 'retention'
  | 'retentionIso'
  | 'securityMeasures'
  | 'securityNotes'
  | 'status'
  | 'startDate'
  | 'endDate'
  | 'replacedBy';

export type { LinkTarget };

/** How a cell goes back into the register. Columns without one are shown only (derived, or for people). */
export type ReadSpec =
  | { type: 'id' }
  | { type: 'scalar'; path: string; codec: Codec<unknown>; translatable: boolean }
  | { type: 'link'; path: string; to: RecordKind; many: boolean; part: 'names' | 'ids' }
  | { type: 'itemIds'; list: string }
  | { type: 'item'; list: string; sub: string; codec: Codec<unknown>; translatable: boolean }
  | { type: 'itemLink'; list: string; sub: string; to: LinkTarget; many: boolean; part: 'names' | 'ids' }
  | { type: 'authority'; field: AuthorityField };

export interface ColumnDef<R> {
  key: string;
  header: Labels;
  /** The widest the column gets, in characters; narrower when its content is. */
  width: number;
  group?: GroupId;
  /** Required by Art. 30 GDPR: the header is red in the authority layout, as in the GBA/APD model. */
  mandatory?: boolean;
  hidden?: boolean;
  /** Written as a real date cell. */
  date?: boolean;
  dropDown?: DropDownId;
  value(record: R, ctx: RenderContext): CellOut;
  read?: ReadSpec;
}

/** A column that is read back: every column of the complete layout has a reader, by type. */
export type ReadableColumn<R> = ColumnDef<R> & { read: ReadSpec };

export interface TableDef<R> {
  sheet: Labels;
  /** The authority register has a row of group headers above the column headers. */
  groupRow: boolean;
  columns: readonly ColumnDef<R>[];
}

// ---------------------------------------------------------------------------------------------------------------
// Column builders for the complete layout: every field, read back exactly.
// ---------------------------------------------------------------------------------------------------------------

type Plainish = object;

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : value;
const flat = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

function idColumn<R extends Plainish>(hidden = false, group?: GroupId): ReadableColumn<R> {
  return {
    key: 'id',
    header: F('id'),
    width: 38,
    hidden,
    ...(group ? { group } : {}),
    value: (r) => getPath(r, 'id') as string,
    read: { type: 'id' },
  };
}

interface ScalarOptions {
  key?: string;
  header?: Labels;
  width?: number;
  translatable?: boolean;
}

/** A field of the record (or of a nested object such as `address.city`) in one cell. */
function scalar<R extends Plainish>(
  path: string,
  codec: Codec<unknown>,
  options: ScalarOptions = {},
): ReadableColumn<R> {
  const translatable = options.translatable ?? false;
  const date = codec === dateCodec;
  return {
    key: options.key ?? path,
    header: options.header ?? F(path as FieldKey),
    width: options.width ?? (date ? 12 : 30),
    ...(date ? { date } : {}),
    value: (record, ctx) => {
      const value = getPath(record, path);
      if (value === undefined) return undefined;
      if (Array.isArray(value) && value.length === 0) return undefined;
      if (translatable) return ctx.text(record, path);
      return codec.write(value, ctx.lang);
    },
    read: { type: 'scalar', path, codec, translatable },
  };
}

/** A link (or list of links) shown as names, with the ids in a hidden column next to it. */
function link<R extends Plainish>(
  path: string,
  to: RecordKind,
  many: boolean,
  width = 36,
  header = F(path as FieldKey),
): ReadableColumn<R>[] {
  const idsOf = (record: R): string[] => {
    const value = getPath(record, path);
    if (typeof value === 'string') return [value];
    return Array.isArray(value) ? (value as string[]) : [];
  };
  return [
    {
      key: path,
      header,
      width,
      value: (record, ctx) => {
        const ids = idsOf(record);
        if (ids.length === 0) return undefined;
        return many ? writeList(ids.map((id) => ctx.name(to, id))) : ctx.name(to, ids[0] as string);
      },
      read: { type: 'link', path, to, many, part: 'names' },
    },
    {
      key: `${path}#ids`,
      header: suffixed(header, many ? IDS : ONE_ID),
      width: 38,
      hidden: true,
      value: (record) => nonEmpty(idsOf(record).join('\n')),
      read: { type: 'link', path, to, many, part: 'ids' },
    },
  ];
}

type SubSpec =
  | { sub: string; codec: Codec<unknown>; translatable?: boolean; header?: Labels; width?: number }
  | { sub: string; to: LinkTarget; many: boolean; header?: Labels; width?: number };

/**
 * A nested list (purposes, legal bases, retention rules...) as one column per sub-field, the items lined up: item
 * n of the list is entry n of every column. The item ids go in a hidden column.
 */
function nested<R extends Plainish>(list: string, subs: readonly SubSpec[], withIds = true): ReadableColumn<R>[] {
  const itemsOf = (record: R): Plainish[] => (getPath(record, list) as Plainish[] | undefined) ?? [];
  const columns: ReadableColumn<R>[] = [];
  subs.forEach((spec, position) => {
    // The first column lists every item, blank ones as "•", so that the number of items reads back exactly.
    const primary = position === 0;
    const header = spec.header ?? F(`${list}.${spec.sub}` as FieldKey);
    if ('codec' in spec) {
      const translatable = spec.translatable ?? false;
      columns.push({
        key: `${list}.${spec.sub}`,
        header,
        width: spec.width ?? 40,
        value: (record, ctx) => {
          const items = itemsOf(record);
          const texts = items.map((item) => {
            const value = getPath(item, spec.sub);
            if (value === undefined) return '';
            if (translatable) return ctx.text(item, spec.sub);
            return String(spec.codec.write(value, ctx.lang));
          });
          return texts.every((t) => t === '') && !primary ? undefined : writeList(texts);
        },
        read: { type: 'item', list, sub: spec.sub, codec: spec.codec, translatable },
      });
    } else {
      const idsOf = (item: Plainish): string[] => {
        const value = getPath(item, spec.sub);
        if (typeof value === 'string') return [value];
        return Array.isArray(value) ? (value as string[]) : [];
      };
      const nameOf = (record: R, id: string, ctx: RenderContext): string => {
        if (spec.to !== 'ownPurposes') return ctx.name(spec.to, id);
        const purpose = (record as { purposes?: Activity['purposes'] }).purposes?.find((p) => p.id === id);
        return purpose ? ctx.text(purpose, 'description') : id;
      };
      columns.push(
        {
          key: `${list}.${spec.sub}`,
          header,
          width: spec.width ?? 40,
          value: (record, ctx) => {
            const items = itemsOf(record).map((item) =>
              idsOf(item)
                .map((id) => nameOf(record, id, ctx))
                .join('\n'),
            );
            return items.every((t) => t === '') && !primary ? undefined : writeList(items);
          },
          read: { type: 'itemLink', list, sub: spec.sub, to: spec.to, many: spec.many, part: 'names' },
        },
        {
          key: `${list}.${spec.sub}#ids`,
          header: suffixed(header, IDS),
          width: 38,
          hidden: true,
          value: (record) => {
            const lines = itemsOf(record).map((item) => idsOf(item).join(' '));
            return lines.every((l) => l === '') ? undefined : lines.join('\n');
          },
          read: { type: 'itemLink', list, sub: spec.sub, to: spec.to, many: spec.many, part: 'ids' },
        },
      );
    }
  });
  if (withIds) {
    columns.push({
      key: `${list}#ids`,
      header: suffixed(F(list as FieldKey), IDS),
      width: 38,
      hidden: true,
      value: (record) =>
        nonEmpty(
          itemsOf(record)
            .map((item) => (item as { id: string }).id)
            .join('\n'),
        ),
      read: { type: 'itemIds', list },
    });
  }
  return columns;
}

function table<R>(sheet: Labels, columns: ColumnDef<R>[], groupRow = false): TableDef<R> {
  return { sheet, columns, groupRow };
}

/** The codec of a scalar widget: how its value is written to a cell in the export language and read back. */
function codecOf(widget: Widget): Codec<unknown> {
  switch (widget.type) {
    case 'text':
      return textCodec as Codec<unknown>;
    case 'date':
      return dateCodec as Codec<unknown>;
    case 'boolean':
      return yesNoCodec as Codec<unknown>;
    case 'duration':
      return durationCodec as Codec<unknown>;
    case 'language':
      return languageCodec as Codec<unknown>;
    case 'fieldKeys':
      return listCodec(textCodec) as Codec<unknown>;
    case 'enum':
      return enumCodec(widget.enumName) as Codec<unknown>;
    case 'enumMulti':
      return listCodec(enumCodec(widget.enumName)) as Codec<unknown>;
    case 'code':
      return (widget.catalogue === 'legalGround' ? legalGroundCodec : transferMechanismCodec) as Codec<unknown>;
    case 'country':
      return countryCodec as Codec<unknown>;
    case 'countries':
      return listCodec(countryCodec) as Codec<unknown>;
    case 'id':
    case 'link':
    case 'links':
    case 'object':
    case 'list':
      throw new Error(`a ${widget.type} field has no single-cell codec`);
  }
}

const widthOf = (descriptor: FieldDescriptor, fallback: number): number => descriptor.width ?? fallback;

/** The column of one scalar field (or sub-field of an object such as `address.city`). */
function scalarColumn<R extends Plainish>(path: string, descriptor: FieldDescriptor): ReadableColumn<R> {
  const codec = codecOf(descriptor.widget);
  const translatable = descriptor.translatable === true;
  return scalar<R>(path, codec, { width: widthOf(descriptor, translatable ? 40 : 30), translatable });
}

/** The sub-columns of a list (purposes, legal bases, retention rules...): every sub-field but the item id. */
function listColumns<R extends Plainish>(list: string, fields: FieldTableOf<string>): ReadableColumn<R>[] {
  const subs: SubSpec[] = [];
  Object.entries(fields).forEach(([sub, descriptor], position) => {
    const widget = descriptor.widget;
    if (widget.type === 'id') return;
    const width = descriptor.width;
    if (widget.type === 'link' || widget.type === 'links') {
      // A list led by a link (the controllers) reads "Controllers" over the names, as it always has.
      const header = position === 0 && isFieldKey(list) ? { header: F(list) } : {};
      subs.push({ sub, to: widget.to, many: widget.type === 'links', ...header, ...(width ? { width } : {}) });
    } else {
      subs.push({
        sub,
        codec: codecOf(widget),
        ...(descriptor.translatable ? { translatable: true } : {}),
        ...(width ? { width } : {}),
      });
    }
  });
  return nested<R>(list, subs, fields['id'] !== undefined);
}

/**
 * The complete layout's columns of a kind, derived from its field descriptors in their order: a field of the schema
 * is a column that is written and read back, so a new field travels through the workbook without an edit here.
 */
export function completeColumns<R extends Plainish>(table: FieldTableOf<string>): ReadableColumn<R>[] {
  const columns: ReadableColumn<R>[] = [];
  for (const [key, descriptor] of Object.entries(table)) {
    const widget = descriptor.widget;
    switch (widget.type) {
      case 'id':
        columns.push(idColumn<R>());
        break;
      case 'link':
      case 'links':
        if (widget.to === 'ownPurposes') throw new Error(`${key}: links to purposes exist only inside a list`);
        columns.push(
          ...link<R>(key, widget.to, widget.type === 'links', widthOf(descriptor, widget.type === 'link' ? 30 : 36)),
        );
        break;
      case 'object':
        for (const [sub, subDescriptor] of Object.entries(widget.fields))
          columns.push(scalarColumn<R>(`${key}.${sub}`, subDescriptor));
        break;
      case 'list':
        columns.push(...listColumns<R>(key, widget.fields));
        break;
      default:
        columns.push(scalarColumn<R>(key, descriptor));
    }
  }
  return columns;
}

const completeTable = <K extends RecordKind>(kind: K): TableDef<RecordOf<K>> =>
  table(KIND_KEY_LABELS[kind], completeColumns<RecordOf<K>>(RECORD_FIELDS[kind]));

const META_COLUMNS = completeColumns<RegisterMeta>(registerMetaFields);

/**
 * One row of the translations sheet: the translations of one field of one record (or of one nested item), the
 * languages side by side, and the main-language original when the record's sheet shows the translation instead.
 */
export interface TranslationRow {
  kind: RecordKind | 'meta';
  id?: string;
  /** `name`, or for a nested item `purposes[<item id>].description`; `{}` marks translations holding no text. */
  field: string;
  /** The main-language text of a field whose cell in the record's sheet shows the export-language translation. */
  original?: string;
  texts: Partial<Record<TextLanguage, string>>;
  /** Per language, the source stamp of the translation (`i18nSource`): what tells a current translation from an outdated one. */
  sources: Partial<Record<TextLanguage, string>>;
  /** Where the row was read from (import only). */
  sourceRow?: number;
}

/** Sheet names and record-kind words of the workbook, from the register's words. */
export const KIND_KEY_LABELS: Readonly<Record<RecordKind | 'meta', Labels>> = Object.fromEntries(
  (['meta', ...RECORD_KINDS] as const).map((kind) => [kind, KIND_LABELS[kind].sheet]),
) as Record<RecordKind | 'meta', Labels>;

const LANGUAGE_HEADERS: Readonly<Record<TextLanguage, Labels>> = {
  nl: X('dutchNl'),
  fr: X('frenchFr'),
  en: X('englishEn'),
  de: X('germanDe'),
};

const TRANSLATION_COLUMNS: ColumnDef<TranslationRow>[] = [
  {
    key: 'kind',
    header: X('recordKind'),
    width: 24,
    value: (r, ctx) => KIND_KEY_LABELS[r.kind][ctx.lang],
  },
  { key: 'id', header: F('id'), width: 38, value: (r) => r.id },
  { key: 'field', header: X('field'), width: 30, value: (r) => r.field },
  {
    key: 'original',
    header: X('originalTextMainLanguage'),
    width: 50,
    value: (r) => r.original,
  },
  ...TEXT_LANGUAGES.map((language): ColumnDef<TranslationRow> => ({
    key: `text.${language}`,
    header: LANGUAGE_HEADERS[language],
    width: 50,
    value: (r) => r.texts[language],
  })),
  ...TEXT_LANGUAGES.map((language): ColumnDef<TranslationRow> => ({
    key: `source.${language}`,
    header: Object.fromEntries(
      UI_LANGUAGES.map((lang) => [lang, `${X('translatedFrom')[lang]} (${language})`]),
    ) as Labels,
    width: 20,
    value: (r) => r.sources[language],
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// The authority layout: what the GBA/APD model asks, for people to read; derived columns are display-only.
// ---------------------------------------------------------------------------------------------------------------

export const NORMAL_PROCESSING = X('normal');
export const ALL_DATA = X('allData');
export const INTERNAL_EXTERNAL = {
  internal: X('internal'),
  external: X('external'),
};
export const EEA_MARK = {
  inside: X('eea'),
  outside: X('outsideTheEea'),
};

const lines = (items: readonly string[]): string | undefined =>
  items.length === 0 ? undefined : items.map(flat).join('\n');
/** Lines that line up with another column's: blank lines keep their place, a column of blanks is empty. */
const alignedLines = (items: readonly string[]): string | undefined =>
  items.every((item) => item.trim() === '') ? undefined : items.map(flat).join('\n');
const names = (ctx: RenderContext, kind: RecordKind, ids: readonly string[]): string[] =>
  ids.map((id) => ctx.name(kind, id));
const records = <K extends RecordKind>(ctx: RenderContext, kind: K, ids: readonly string[]): RecordOf<K>[] =>
  ids.map((id) => ctx.record(kind, id)).filter((r): r is RecordOf<K> => r !== undefined);

/** How a retention rule reads in the authority layout: "Health data: 18 months (starts at: end of the call)". */
export function retentionScope(rule: RetentionRule, activity: Activity, ctx: RenderContext): string {
  const categories = names(ctx, 'dataCategories', rule.dataCategoryIds);
  if (categories.length > 0) return categories.map(flat).join(', ');
  const purposes = rule.purposeIds
    .map((id) => activity.purposes.find((p) => p.id === id))
    .filter((p): p is Activity['purposes'][number] => p !== undefined)
    .map((p) => flat(ctx.text(p, 'description')));
  return purposes.length > 0 ? purposes.join(', ') : ALL_DATA[ctx.lang];
}
export function retentionTriggerSuffix(rule: RetentionRule, ctx: RenderContext): string {
  return rule.trigger ? ` (${F('retention.trigger')[ctx.lang].toLowerCase()}: ${flat(ctx.text(rule, 'trigger'))})` : '';
}
export function retentionLine(rule: RetentionRule, activity: Activity, ctx: RenderContext): string {
  const criterion = rule.criterion ? flat(ctx.text(rule, 'criterion')) : '';
  const what = rule.period
    ? formatDuration(rule.period, ctx.lang) + (criterion ? ` (${criterion})` : '')
    : criterion || '—';
  return `${retentionScope(rule, activity, ctx)}: ${what}${retentionTriggerSuffix(rule, ctx)}`;
}

function authority(
  key: AuthorityField,
  group: GroupId,
  header: Labels,
  width: number,
  value: (activity: Activity, ctx: RenderContext) => CellOut,
  extra: Partial<ColumnDef<Activity>> = {},
): ColumnDef<Activity> {
  return { key, group, header, width, value, read: { type: 'authority', field: key }, ...extra };
}
const mandatory = { mandatory: true } as const;
const display = (
  key: string,
  group: GroupId,
  header: Labels,
  width: number,
  value: (a: Activity, ctx: RenderContext) => CellOut,
  extra: Partial<ColumnDef<Activity>> = {},
): ColumnDef<Activity> => ({
  key,
  group,
  header,
  width,
  value,
  ...extra,
});

const AUTHORITY_REGISTER_COLUMNS: ColumnDef<Activity>[] = [
  authority('businessProcess', 'process', F('businessProcess'), 16, (a, ctx) =>
    nonEmpty(ctx.text(a, 'businessProcess')),
  ),
  authority('owner', 'process', F('owner'), 14, (a, ctx) => nonEmpty(ctx.text(a, 'owner'))),
  authority('reference', 'processing', F('reference'), 10, (a) => nonEmpty(a.reference)),
  authority('name', 'processing', F('name'), 22, (a, ctx) => ctx.text(a, 'name'), mandatory),
  authority('description', 'processing', X('functionalDescription'), 30, (a, ctx) =>
    nonEmpty(ctx.text(a, 'description')),
  ),
  authority(
    'controllers',
    'processing',
    F('controllers'),
    22,
    (a, ctx) =>
      lines(
        a.controllers.map(
          (c) =>
            ctx.name('organisations', c.organisationId) +
            (c.role === 'joint-controller' ? ` (${enumLabel('controllerRole', c.role, ctx.lang)})` : ''),
        ),
      ),
    mandatory,
  ),
  authority(
    'purposes',
    'purpose',
    F('purposes'),
    30,
    (a, ctx) => lines(a.purposes.map((p) => ctx.text(p, 'description'))),
    mandatory,
  ),
  authority('legalGrounds', 'legal', F('legalBases.ground'), 24, (a, ctx) =>
    lines(a.legalBases.map((b) => legalGroundLabel(b.ground, ctx.lang))),
  ),
  authority('legalStatutes', 'legal', F('legalBases.legalReferenceIds'), 26, (a, ctx) =>
    alignedLines(a.legalBases.map((b) => names(ctx, 'legalReferences', b.legalReferenceIds).map(flat).join('; '))),
  ),
  authority('characteristics', 'type', F('characteristics'), 20, (a, ctx) =>
    a.characteristics.length === 0
      ? NORMAL_PROCESSING[ctx.lang]
      : lines(a.characteristics.map((c) => enumLabel('processingCharacteristic', c, ctx.lang))),
  ),
  authority(
    'dataCategories',
    'data',
    X('functionalDataCategory'),
    22,
    (a, ctx) => lines(names(ctx, 'dataCategories', a.dataCategoryIds)),
    mandatory,
  ),
  authority(
    'dataCategoryKinds',
    'data',
    X('gdprDataCategory'),
    22,
    (a, ctx) =>
      lines(
        a.dataCategoryIds.map((id) => {
          const c = ctx.record('dataCategories', id);
          return c ? enumLabel('dataCategoryKind', c.kind, ctx.lang) : '';
        }),
      ),
    mandatory,
  ),
  display('art9', 'data', X('specialCategoryDataArt9Gdpr'), 20, (a, ctx) => {
    const special = records(ctx, 'dataCategories', a.dataCategoryIds).filter((c) => c.kind === 'special');
    if (special.length === 0) return yesNoLabel(false, ctx.lang);
    return lines(
      special.map(
        (c) =>
          ctx.text(c, 'name') +
          (c.specialTypes.length
            ? ` (${c.specialTypes.map((t) => enumLabel('specialDataType', t, ctx.lang)).join(', ')})`
            : ''),
      ),
    );
  }),
  display('art10', 'data', X('criminalOffenceDataArt10Gdpr'), 16, (a, ctx) => {
    const criminal = records(ctx, 'dataCategories', a.dataCategoryIds).filter((c) => c.kind === 'criminal');
    return criminal.length === 0 ? yesNoLabel(false, ctx.lang) : lines(criminal.map((c) => ctx.text(c, 'name')));
  }),
  authority(
    'subjects',
    'data',
    F('subjectCategoryIds'),
    20,
    (a, ctx) => lines(names(ctx, 'subjectCategories', a.subjectCategoryIds)),
    mandatory,
  ),
  authority(
    'recipients',
    'recipients',
    F('recipientIds'),
    22,
    (a, ctx) => lines(names(ctx, 'recipients', a.recipientIds)),
    mandatory,
  ),
  authority(
    'recipientInternal',
    'recipients',
    X('internalExternal'),
    9,
    (a, ctx) =>
      lines(
        a.recipientIds.map((id) => {
          const r = ctx.record('recipients', id);
          return r ? INTERNAL_EXTERNAL[r.internal ? 'internal' : 'external'][ctx.lang] : '';
        }),
      ),
    mandatory,
  ),
  authority(
    'recipientLocation',
    'recipients',
    X('countryInsideOutsideTheEea'),
    16,
    (a, ctx) =>
      lines(
        a.recipientIds.map((id) => {
          const r = ctx.record('recipients', id);
          return r
            ? `${countryName(r.country, ctx.lang)} (${EEA_MARK[isInEea(r.country) ? 'inside' : 'outside'][ctx.lang]})`
            : '';
        }),
      ),
    mandatory,
  ),
  authority('processors', 'recipients', F('processorIds'), 20, (a, ctx) =>
    lines(names(ctx, 'processors', a.processorIds)),
  ),
  authority(
    'transfers',
    'transfers',
    F('transferIds'),
    20,
    (a, ctx) => lines(names(ctx, 'transfers', a.transferIds)),
    mandatory,
  ),
  authority(
    'transferCountry',
    'transfers',
    X('destinationCountry'),
    14,
    (a, ctx) =>
      lines(
        a.transferIds.map((id) => {
          const t = ctx.record('transfers', id);
          return t
            ? countryName(t.country, ctx.lang) +
                (t.internationalOrganisation ? ` – ${t.internationalOrganisation}` : '')
            : '';
        }),
      ),
    mandatory,
  ),
  authority(
    'safeguards',
    'transfers',
    X('safeguards'),
    26,
    (a, ctx) =>
      alignedLines(
        a.transferIds.map((id) => {
          const t = ctx.record('transfers', id);
          if (!t) return '';
          const parts = [
            t.mechanism ? transferMechanismLabel(t.mechanism, ctx.lang) : '',
            t.instrument ? ctx.text(t, 'instrument') : '',
            t.documentation ? ctx.text(t, 'documentation') : '',
          ];
          return parts.filter((p) => p !== '').join(' – ');
        }),
      ),
    mandatory,
  ),
  authority(
    'retention',
    'retention',
    X('retentionPeriodPerDataCategory'),
    32,
    (a, ctx) => lines(a.retention.map((rule) => retentionLine(rule, a, ctx))),
    mandatory,
  ),
  authority('retentionIso', 'retention', X('retentionPeriodIso8601'), 10, (a) =>
    alignedLines(a.retention.map((rule) => rule.period ?? '')),
  ),
  authority(
    'securityMeasures',
    'security',
    F('securityMeasureIds'),
    24,
    (a, ctx) => lines(names(ctx, 'securityMeasures', a.securityMeasureIds)),
    mandatory,
  ),
  authority('securityNotes', 'security', F('securityNotes'), 22, (a, ctx) => nonEmpty(ctx.text(a, 'securityNotes'))),
  authority('status', 'status', F('status'), 10, (a, ctx) => enumLabel('activityStatus', a.status, ctx.lang), {
    dropDown: 'status',
  }),
  authority('startDate', 'status', F('startDate'), 11, (a) => (a.startDate ? isoToUtcDate(a.startDate) : undefined), {
    date: true,
  }),
  authority('endDate', 'status', F('endDate'), 11, (a) => (a.endDate ? isoToUtcDate(a.endDate) : undefined), {
    date: true,
  }),
  authority('replacedBy', 'status', F('replacedByActivityId'), 18, (a, ctx) =>
    a.replacedByActivityId ? ctx.name('activities', a.replacedByActivityId) : undefined,
  ),
  idColumn<Activity>(true, 'technical'),
];

/** A row of the controller sheet: a controller of the register with the DPO(s) that serve it. */
export interface ControllerRow {
  organisation: Organisation;
  dpos: Organisation[];
}

const nameIn = (org: Organisation, lang: TextLanguage, ctx: RenderContext): string =>
  localText(org, 'name', lang, ctx.main).text;
const dpoLines = (row: ControllerRow, get: (dpo: Organisation) => string | undefined): string | undefined =>
  alignedLines(row.dpos.map((d) => get(d) ?? ''));

const AUTHORITY_CONTROLLER_COLUMNS: ColumnDef<ControllerRow>[] = [
  {
    key: 'nameNl',
    group: 'controller',
    header: X('nameDutch'),
    width: 36,
    mandatory: true,
    value: (r, ctx) => nameIn(r.organisation, 'nl', ctx),
  },
  {
    key: 'nameFr',
    group: 'controller',
    header: X('nameFrench'),
    width: 36,
    mandatory: true,
    value: (r, ctx) => nameIn(r.organisation, 'fr', ctx),
  },
  {
    key: 'role',
    group: 'controller',
    header: X('role'),
    width: 22,
    value: (r, ctx) => enumLabel('organisationKind', r.organisation.kind, ctx.lang),
  },
  {
    key: 'enterpriseNumber',
    group: 'controller',
    header: F('enterpriseNumber'),
    width: 16,
    value: (r) => r.organisation.enterpriseNumber,
  },
  {
    key: 'address',
    group: 'controller',
    header: F('address'),
    width: 30,
    value: (r, ctx) => {
      const a = r.organisation.address;
      if (!a) return undefined;
      const city = [a.postalCode, a.city].filter(Boolean).join(' ');
      return nonEmpty(
        [a.street, city, a.country ? countryName(a.country, ctx.lang) : undefined].filter(Boolean).join(', '),
      );
    },
  },
  {
    key: 'phone',
    group: 'controller',
    header: X('generalPhone'),
    width: 16,
    mandatory: true,
    value: (r) => r.organisation.phone,
  },
  {
    key: 'email',
    group: 'controller',
    header: X('generalEMail'),
    width: 26,
    mandatory: true,
    value: (r) => r.organisation.email,
  },
  {
    key: 'dpoName',
    group: 'dpo',
    header: X('dpoName'),
    width: 30,
    mandatory: true,
    value: (r, ctx) => dpoLines(r, (d) => d.contactPerson ?? ctx.text(d, 'name')),
  },
  {
    key: 'dpoPhone',
    group: 'dpo',
    header: X('dpoPhone'),
    width: 16,
    mandatory: true,
    value: (r) => dpoLines(r, (d) => d.phone),
  },
  {
    key: 'dpoEmail',
    group: 'dpo',
    header: X('dpoEMail'),
    width: 26,
    mandatory: true,
    value: (r) => dpoLines(r, (d) => d.email),
  },
  {
    key: 'dpoIsStaff',
    group: 'dpo',
    header: F('dpoIsStaff'),
    width: 16,
    dropDown: 'yesNo',
    value: (r, ctx) =>
      dpoLines(r, (d) => (d.dpoIsStaff === undefined ? undefined : yesNoLabel(d.dpoIsStaff, ctx.lang))),
  },
  { key: 'id', group: 'technical', header: F('id'), width: 38, hidden: true, value: (r) => r.organisation.id },
];

// ---------------------------------------------------------------------------------------------------------------
// The tables and the other sheets, by id.
// ---------------------------------------------------------------------------------------------------------------

export const COLUMN_MAP = {
  authorityControllers: table<ControllerRow>(X('identification'), AUTHORITY_CONTROLLER_COLUMNS, true),
  authorityRegister: table<Activity>(X('register'), AUTHORITY_REGISTER_COLUMNS, true),
  meta: table<RegisterMeta>(X('registerDetails'), META_COLUMNS),
  ...(Object.fromEntries(RECORD_KINDS.map((kind) => [kind, completeTable(kind)])) as {
    readonly [K in RecordKind]: TableDef<RecordOf<K>>;
  }),
  translations: table<TranslationRow>(X('translations'), TRANSLATION_COLUMNS),
} as const;
export type TableId = keyof typeof COLUMN_MAP;

/**
 * The authority register's columns in an edition: internal fields (the owner, and what the DPO marked) stay out of
 * the authority's copy unless the internal edition is asked for.
 */
export function authorityRegisterColumns(edition: Edition, internal: ReadonlySet<string>): ColumnDef<Activity>[] {
  return AUTHORITY_REGISTER_COLUMNS.filter((c) =>
    authorityColumnSources(c.key).every((path) => editionShows(edition, internal, 'activities', path)),
  );
}

/** The activity fields each authority column shows (a column not listed shows the field of its own name). */
const AUTHORITY_SOURCES: Readonly<Record<string, readonly string[]>> = {
  legalGrounds: ['legalBases'],
  legalStatutes: ['legalBases'],
  dataCategories: ['dataCategoryIds'],
  dataCategoryKinds: ['dataCategoryIds'],
  art9: ['dataCategoryIds'],
  art10: ['dataCategoryIds'],
  subjects: ['subjectCategoryIds'],
  recipients: ['recipientIds'],
  recipientInternal: ['recipientIds'],
  recipientLocation: ['recipientIds'],
  processors: ['processorIds'],
  transfers: ['transferIds'],
  transferCountry: ['transferIds'],
  safeguards: ['transferIds'],
  retention: ['retention'],
  retentionIso: ['retention'],
  securityMeasures: ['securityMeasureIds'],
  replacedBy: ['replacedByActivityId'],
};

/** The activity fields an authority column shows: what marking a field internal takes out of the authority's copy. */
export function authorityColumnSources(key: string): readonly string[] {
  return AUTHORITY_SOURCES[key] ?? [key];
}

/** The tables of each layout, in sheet order. */
export const LAYOUT_TABLES: Readonly<Record<Layout, readonly TableId[]>> = {
  authority: ['authorityControllers', 'authorityRegister'],
  complete: ['meta', ...RECORD_KINDS, 'translations'],
};

/** Sheets that are not tables: for people only, never read back. */
export const OTHER_SHEETS = {
  cover: X('cover'),
  lists: X('lists'),
  instructions: X('instructions'),
} as const satisfies Record<string, Labels>;

/** A hidden sheet with what the importer needs to know about the export (layout, language, scope, fingerprint). */
export const INFO_SHEET = 'ropa-desk';
