/**
 * The one table of the workbook's columns, for both layouts: for each sheet its name, and for each column its key,
 * its header in Dutch, French and English, its group, whether the GDPR makes it mandatory, its width, how its cell
 * is computed from a record and how the cell is read back. The exporter writes exactly these columns in this order;
 * the importer finds them by header text in any of the three languages. Renaming or moving a column is an edit here.
 *
 * The authority layout follows the GBA/APD register model (groups in the model's order, mandatory columns in red);
 * its later headers are not confirmed by the authority, which is one more reason to keep them in this one place.
 */
import { FIELD_LABELS, type FieldKey } from '../catalogue/fieldLabels';
import { enumLabel } from '../catalogue/enumLabels';
import { countryName, isInEea } from '../catalogue/countries';
import { legalGroundLabel } from '../catalogue/legalGrounds';
import { transferMechanismLabel } from '../catalogue/transferMechanisms';
import { formatDuration } from '../i18n/formatDate';
import { TEXT_LANGUAGES, type Labels, type TextLanguage } from '../i18n/languages';
import { localText } from '../i18n/localText';
import type { Activity } from '../model/activity';
import type { Organisation } from '../model/organisation';
import type { RecordKind, RecordOf, RegisterMeta } from '../model/register';
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

/** Labels are written English, Dutch, French, like FIELD_LABELS. */
const lab = (en: string, nl: string, fr: string): Labels => ({ en, nl, fr });
const F = (key: FieldKey): Labels => FIELD_LABELS[key];
const suffixed = (labels: Labels, s: Labels): Labels => ({
  en: labels.en + s.en,
  nl: labels.nl + s.nl,
  fr: labels.fr + s.fr,
});
const IDS = lab(' (IDs)', " (ID's)", ' (ID)');
const ONE_ID = lab(' (ID)', ' (ID)', ' (ID)');

export type Layout = 'authority' | 'complete';

/** Column groups of the GBA/APD model (register and controller sheets). */
export const GROUPS = {
  process: lab('Business process', 'Bedrijfsproces', 'Processus métier'),
  processing: lab('Processing', 'Verwerking', 'Traitement'),
  purpose: lab('Purposes', 'Doeleinden', 'Finalités'),
  legal: lab('Legal basis', 'Rechtsgrond', 'Base juridique'),
  type: lab('Type of processing', 'Soort verwerking', 'Type de traitement'),
  data: lab('Data and data subjects', 'Gegevens en betrokkenen', 'Données et personnes concernées'),
  recipients: lab('Recipients', 'Ontvangers', 'Destinataires'),
  transfers: lab('Transfers', 'Doorgiften', 'Transferts'),
  retention: lab('Retention', 'Bewaring', 'Conservation'),
  security: lab('Security', 'Beveiliging', 'Sécurité'),
  status: lab('Status', 'Status', 'Statut'),
  technical: lab('Technical', 'Technisch', 'Technique'),
  controller: lab('Controller', 'Verwerkingsverantwoordelijke', 'Responsable du traitement'),
  dpo: lab('Data protection officer', 'Functionaris voor gegevensbescherming', 'Délégué à la protection des données'),
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

/** A link target: a record kind, or the purposes of the same activity (retention rules point at those). */
export type LinkTarget = RecordKind | 'ownPurposes';

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

function idColumn<R extends { id: string }>(hidden = false, group?: GroupId): ColumnDef<R> {
  return {
    key: 'id',
    header: F('id'),
    width: 38,
    hidden,
    ...(group ? { group } : {}),
    value: (r) => r.id,
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
function scalar<R extends Plainish>(path: string, codec: Codec<unknown>, options: ScalarOptions = {}): ColumnDef<R> {
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

const text = <R extends Plainish>(path: string, width = 40, translatable = true, header?: Labels): ColumnDef<R> =>
  scalar<R>(path, textCodec, { width, translatable, ...(header ? { header } : {}) });

/** A link (or list of links) shown as names, with the ids in a hidden column next to it. */
function link<R extends Plainish>(
  path: string,
  to: RecordKind,
  many: boolean,
  width = 36,
  header = F(path as FieldKey),
): ColumnDef<R>[] {
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
function nested<R extends Plainish>(list: string, subs: readonly SubSpec[], withIds = true): ColumnDef<R>[] {
  const itemsOf = (record: R): Plainish[] => (getPath(record, list) as Plainish[] | undefined) ?? [];
  const columns: ColumnDef<R>[] = [];
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

const enumOf = enumCodec;
const notes = <R extends Plainish>(): ColumnDef<R> => text<R>('notes', 40);
const addressColumns = <R extends Plainish>(): ColumnDef<R>[] => [
  scalar<R>('address.street', textCodec, { width: 30 }),
  scalar<R>('address.postalCode', textCodec, { width: 10 }),
  scalar<R>('address.city', textCodec, { width: 20 }),
  scalar<R>('address.country', countryCodec, { width: 18 }),
];
const lifecycle = <R extends Plainish>(): ColumnDef<R>[] => [
  scalar<R>('status', enumOf('activityStatus'), { width: 12 }),
  scalar<R>('startDate', dateCodec),
  scalar<R>('endDate', dateCodec),
];
const reviews = <R extends Plainish>(): ColumnDef<R>[] => [
  scalar<R>('lastReviewDate', dateCodec),
  scalar<R>('nextReviewDate', dateCodec),
];

type Cols<K extends RecordKind> = ColumnDef<RecordOf<K>>[];

const ORGANISATION_COLUMNS: Cols<'organisations'> = [
  idColumn(),
  text('name', 40),
  scalar('kind', enumOf('organisationKind'), { width: 24 }),
  scalar('enterpriseNumber', textCodec, { width: 16 }),
  ...addressColumns(),
  scalar('email', textCodec, { width: 26 }),
  scalar('phone', textCodec, { width: 16 }),
  scalar('website', textCodec, { width: 22 }),
  scalar('contactPerson', textCodec, { width: 22 }),
  scalar('dpoIsStaff', yesNoCodec, { width: 12 }),
  ...link('servesOrganisationIds', 'organisations', true),
  text('jointArrangement', 40),
  notes(),
];

/** Activities in the order of the authority's template: process, processing, purposes, basis, data, recipients... */
const ACTIVITY_COLUMNS: Cols<'activities'> = [
  idColumn(),
  text('businessProcess', 24),
  text('owner', 20),
  scalar('reference', textCodec, { width: 12 }),
  text('name', 36),
  text('description', 50),
  ...nested(
    'controllers',
    [
      { sub: 'organisationId', to: 'organisations', many: false, header: F('controllers') },
      { sub: 'role', codec: enumOf('controllerRole'), width: 24 },
    ],
    false,
  ),
  ...nested('purposes', [
    { sub: 'description', codec: textCodec, translatable: true, header: F('purposes'), width: 50 },
  ]),
  ...nested('legalBases', [
    { sub: 'ground', codec: legalGroundCodec, width: 40 },
    { sub: 'legalReferenceIds', to: 'legalReferences', many: true },
    { sub: 'explanation', codec: textCodec, translatable: true },
  ]),
  scalar('characteristics', listCodec(enumOf('processingCharacteristic')), { width: 36 }),
  ...link('subjectCategoryIds', 'subjectCategories', true),
  ...link('dataCategoryIds', 'dataCategories', true),
  ...nested('sources', [
    { sub: 'description', codec: textCodec, translatable: true, header: F('sources') },
    { sub: 'fromDataSubject', codec: yesNoCodec, width: 14 },
  ]),
  ...link('recipientIds', 'recipients', true),
  ...link('processorIds', 'processors', true),
  ...link('transferIds', 'transfers', true),
  ...nested('retention', [
    { sub: 'period', codec: durationCodec, width: 14 },
    { sub: 'criterion', codec: textCodec, translatable: true },
    { sub: 'trigger', codec: textCodec, translatable: true, width: 24 },
    { sub: 'purposeIds', to: 'ownPurposes', many: true },
    { sub: 'dataCategoryIds', to: 'dataCategories', many: true },
    { sub: 'legalReferenceIds', to: 'legalReferences', many: true },
  ]),
  ...link('securityMeasureIds', 'securityMeasures', true),
  text('securityNotes', 40),
  scalar('automatedDecision.exists', yesNoCodec, { width: 14 }),
  scalar('automatedDecision.profiling', yesNoCodec, { width: 12 }),
  scalar('automatedDecision.logic', textCodec, { width: 36 }),
  scalar('dpia.status', enumOf('dpiaStatus'), { width: 16 }),
  scalar('dpia.reference', textCodec, { width: 16 }),
  scalar('dpia.date', dateCodec),
  text('systems', 30),
  ...lifecycle(),
  ...link('replacedByActivityId', 'activities', false, 30),
  ...reviews(),
  notes(),
];

const PROCESSOR_ACTIVITY_COLUMNS: Cols<'processorActivities'> = [
  idColumn(),
  scalar('reference', textCodec, { width: 12 }),
  text('name', 40),
  ...link('processorOrganisationId', 'organisations', false, 30),
  ...link('controllerOrganisationIds', 'organisations', true, 30),
  ...nested('processingCategories', [
    { sub: 'description', codec: textCodec, translatable: true, header: F('processingCategories'), width: 50 },
  ]),
  ...link('subProcessorIds', 'processors', true),
  ...link('transferIds', 'transfers', true),
  ...link('securityMeasureIds', 'securityMeasures', true),
  text('securityNotes', 40),
  scalar('contractDate', dateCodec),
  ...lifecycle(),
  ...reviews(),
  notes(),
];

const RECIPIENT_COLUMNS: Cols<'recipients'> = [
  idColumn(),
  text('name', 40),
  scalar('internal', yesNoCodec, { width: 10 }),
  scalar('category', enumOf('recipientCategory'), { width: 26 }),
  scalar('country', countryCodec, { width: 20 }),
  text('description', 40),
  ...link('legalReferenceIds', 'legalReferences', true),
  notes(),
];

const PROCESSOR_COLUMNS: Cols<'processors'> = [
  idColumn(),
  text('name', 36),
  scalar('enterpriseNumber', textCodec, { width: 16 }),
  ...addressColumns(),
  scalar('email', textCodec, { width: 26 }),
  text('description', 40),
  scalar('contractDate', dateCodec),
  scalar('contractReference', textCodec, { width: 20 }),
  scalar('countries', listCodec(countryCodec), { width: 20 }),
  ...link('subProcessorIds', 'processors', true),
  text('securityCommitments', 40),
  notes(),
];

const TRANSFER_COLUMNS: Cols<'transfers'> = [
  idColumn(),
  text('name', 36),
  ...link('recipientId', 'recipients', false, 30),
  ...link('processorId', 'processors', false, 30),
  scalar('country', countryCodec, { width: 20 }),
  scalar('internationalOrganisation', textCodec, { width: 24 }),
  scalar('mechanism', transferMechanismCodec, { width: 40 }),
  text('instrument', 36),
  text('documentation', 40),
  scalar('occasional', yesNoCodec, { width: 12 }),
  text('description', 40),
  notes(),
];

const DATA_CATEGORY_COLUMNS: Cols<'dataCategories'> = [
  idColumn(),
  text('name', 36),
  scalar('kind', enumOf('dataCategoryKind'), { width: 36 }),
  scalar('specialTypes', listCodec(enumOf('specialDataType')), { width: 30 }),
  scalar('family', enumOf('dataCategoryFamily'), { width: 30 }),
  text('description', 40),
  notes(),
];

const SUBJECT_CATEGORY_COLUMNS: Cols<'subjectCategories'> = [
  idColumn(),
  text('name', 36),
  text('description', 40),
  scalar('vulnerable', yesNoCodec, { width: 14 }),
  notes(),
];

const SECURITY_MEASURE_COLUMNS: Cols<'securityMeasures'> = [
  idColumn(),
  text('name', 36),
  scalar('type', enumOf('securityMeasureType'), { width: 16 }),
  scalar('family', enumOf('securityMeasureFamily'), { width: 30 }),
  text('description', 50),
  notes(),
];

const LEGAL_REFERENCE_COLUMNS: Cols<'legalReferences'> = [
  idColumn(),
  text('name', 40),
  scalar('kind', enumOf('legalReferenceKind'), { width: 30 }),
  scalar('provision', legalGroundCodec, { width: 30 }),
  scalar('date', dateCodec),
  scalar('article', textCodec, { width: 14 }),
  scalar('number', textCodec, { width: 12 }),
  scalar('chamber', enumOf('iscChamber'), { width: 26 }),
  scalar('parties', textCodec, { width: 26 }),
  text('description', 40),
  scalar('url', textCodec, { width: 30 }),
  notes(),
];

const META_COLUMNS: ColumnDef<RegisterMeta>[] = [
  text('title', 40),
  scalar('mainLanguage', languageCodec, { width: 16 }),
  text('organisationName', 36),
  text('description', 60),
  scalar('createdOn', dateCodec, { width: 14, header: lab('Created on', 'Aangemaakt op', 'Créé le') }),
];

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
  /** Where the row was read from (import only). */
  sourceRow?: number;
}

export const KIND_KEY_LABELS: Readonly<Record<RecordKind | 'meta', Labels>> = {
  meta: lab('Register', 'Register', 'Registre'),
  organisations: lab('Organisations', 'Organisaties', 'Organisations'),
  activities: lab('Processing activities', 'Verwerkingsactiviteiten', 'Activités de traitement'),
  processorActivities: lab('Processor activities', 'Verwerkersactiviteiten', 'Activités de sous-traitance'),
  recipients: lab('Recipients', 'Ontvangers', 'Destinataires'),
  processors: lab('Processors', 'Verwerkers', 'Sous-traitants'),
  transfers: lab('Transfers', 'Doorgiften', 'Transferts'),
  dataCategories: lab('Data categories', 'Gegevenscategorieën', 'Catégories de données'),
  subjectCategories: lab('Data subject categories', 'Categorieën betrokkenen', 'Catégories de personnes'),
  securityMeasures: lab('Security measures', 'Beveiligingsmaatregelen', 'Mesures de sécurité'),
  legalReferences: lab('Legal references', 'Juridische grondslagen', 'Références juridiques'),
};

const LANGUAGE_HEADERS: Readonly<Record<TextLanguage, Labels>> = {
  nl: lab('Dutch (nl)', 'Nederlands (nl)', 'Néerlandais (nl)'),
  fr: lab('French (fr)', 'Frans (fr)', 'Français (fr)'),
  en: lab('English (en)', 'Engels (en)', 'Anglais (en)'),
  de: lab('German (de)', 'Duits (de)', 'Allemand (de)'),
};

const TRANSLATION_COLUMNS: ColumnDef<TranslationRow>[] = [
  {
    key: 'kind',
    header: lab('Record kind', 'Soort record', "Type d'enregistrement"),
    width: 24,
    value: (r, ctx) => KIND_KEY_LABELS[r.kind][ctx.lang],
  },
  { key: 'id', header: F('id'), width: 38, value: (r) => r.id },
  { key: 'field', header: lab('Field', 'Veld', 'Champ'), width: 30, value: (r) => r.field },
  {
    key: 'original',
    header: lab('Original text (main language)', 'Originele tekst (hoofdtaal)', 'Texte original (langue principale)'),
    width: 50,
    value: (r) => r.original,
  },
  ...TEXT_LANGUAGES.map((language): ColumnDef<TranslationRow> => ({
    key: `text.${language}`,
    header: LANGUAGE_HEADERS[language],
    width: 50,
    value: (r) => r.texts[language],
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// The authority layout: what the GBA/APD model asks, for people to read; derived columns are display-only.
// ---------------------------------------------------------------------------------------------------------------

export const NORMAL_PROCESSING = lab('Normal', 'Normaal', 'Normale');
export const ALL_DATA = lab('All data', 'Alle gegevens', 'Toutes les données');
export const INTERNAL_EXTERNAL = {
  internal: lab('Internal', 'Intern', 'Interne'),
  external: lab('External', 'Extern', 'Externe'),
};
export const EEA_MARK = {
  inside: lab('EEA', 'EER', 'EEE'),
  outside: lab('outside the EEA', 'buiten de EER', "hors de l'EEE"),
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
  authority(
    'description',
    'processing',
    lab('Functional description', 'Functionele beschrijving', 'Description fonctionnelle'),
    30,
    (a, ctx) => nonEmpty(ctx.text(a, 'description')),
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
    lab('Functional data category', 'Functionele gegevenscategorie', 'Catégorie fonctionnelle de données'),
    22,
    (a, ctx) => lines(names(ctx, 'dataCategories', a.dataCategoryIds)),
    mandatory,
  ),
  authority(
    'dataCategoryKinds',
    'data',
    lab('GDPR data category', 'AVG-gegevenscategorie', 'Catégorie de données RGPD'),
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
  display(
    'art9',
    'data',
    lab('Special category data (Art. 9 GDPR)', 'Bijzondere gegevens (art. 9 AVG)', 'Données sensibles (art. 9 RGPD)'),
    20,
    (a, ctx) => {
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
    },
  ),
  display(
    'art10',
    'data',
    lab(
      'Criminal offence data (Art. 10 GDPR)',
      'Gerechtelijke gegevens (art. 10 AVG)',
      'Données judiciaires (art. 10 RGPD)',
    ),
    16,
    (a, ctx) => {
      const criminal = records(ctx, 'dataCategories', a.dataCategoryIds).filter((c) => c.kind === 'criminal');
      return criminal.length === 0 ? yesNoLabel(false, ctx.lang) : lines(criminal.map((c) => ctx.text(c, 'name')));
    },
  ),
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
    lab('Internal / external', 'Intern / extern', 'Interne / externe'),
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
    lab('Country (inside / outside the EEA)', 'Land (binnen / buiten de EER)', "Pays (dans / hors de l'EEE)"),
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
    lab('Destination country', 'Land van bestemming', 'Pays de destination'),
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
    lab('Safeguards', 'Passende waarborgen', 'Garanties appropriées'),
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
    lab(
      'Retention period per data category',
      'Bewaartermijn per gegevenscategorie',
      'Durée de conservation par catégorie de données',
    ),
    32,
    (a, ctx) => lines(a.retention.map((rule) => retentionLine(rule, a, ctx))),
    mandatory,
  ),
  authority(
    'retentionIso',
    'retention',
    lab('Retention period (ISO 8601)', 'Bewaartermijn (ISO 8601)', 'Durée de conservation (ISO 8601)'),
    10,
    (a) => alignedLines(a.retention.map((rule) => rule.period ?? '')),
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
    header: lab('Name (Dutch)', 'Naam (Nederlands)', 'Nom (néerlandais)'),
    width: 36,
    mandatory: true,
    value: (r, ctx) => nameIn(r.organisation, 'nl', ctx),
  },
  {
    key: 'nameFr',
    group: 'controller',
    header: lab('Name (French)', 'Naam (Frans)', 'Nom (français)'),
    width: 36,
    mandatory: true,
    value: (r, ctx) => nameIn(r.organisation, 'fr', ctx),
  },
  {
    key: 'role',
    group: 'controller',
    header: lab('Role', 'Rol', 'Rôle'),
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
    header: lab('General phone', 'Algemeen telefoonnummer', 'Téléphone général'),
    width: 16,
    mandatory: true,
    value: (r) => r.organisation.phone,
  },
  {
    key: 'email',
    group: 'controller',
    header: lab('General e-mail', 'Algemeen e-mailadres', 'E-mail général'),
    width: 26,
    mandatory: true,
    value: (r) => r.organisation.email,
  },
  {
    key: 'dpoName',
    group: 'dpo',
    header: lab('DPO name', 'Naam DPO', 'Nom du DPO'),
    width: 30,
    mandatory: true,
    value: (r, ctx) => dpoLines(r, (d) => d.contactPerson ?? ctx.text(d, 'name')),
  },
  {
    key: 'dpoPhone',
    group: 'dpo',
    header: lab('DPO phone', 'Telefoon DPO', 'Téléphone du DPO'),
    width: 16,
    mandatory: true,
    value: (r) => dpoLines(r, (d) => d.phone),
  },
  {
    key: 'dpoEmail',
    group: 'dpo',
    header: lab('DPO e-mail', 'E-mail DPO', 'E-mail du DPO'),
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

const table = <R>(sheet: Labels, columns: ColumnDef<R>[], groupRow = false): TableDef<R> => ({
  sheet,
  columns,
  groupRow,
});

export const COLUMN_MAP = {
  authorityControllers: table<ControllerRow>(
    lab('Identification', 'Identificatie', 'Identification'),
    AUTHORITY_CONTROLLER_COLUMNS,
    true,
  ),
  authorityRegister: table<Activity>(lab('Register', 'Register', 'Registre'), AUTHORITY_REGISTER_COLUMNS, true),
  meta: table<RegisterMeta>(lab('Register details', 'Registergegevens', 'Données du registre'), META_COLUMNS),
  organisations: table(KIND_KEY_LABELS.organisations, ORGANISATION_COLUMNS),
  activities: table(KIND_KEY_LABELS.activities, ACTIVITY_COLUMNS),
  processorActivities: table(KIND_KEY_LABELS.processorActivities, PROCESSOR_ACTIVITY_COLUMNS),
  recipients: table(KIND_KEY_LABELS.recipients, RECIPIENT_COLUMNS),
  processors: table(KIND_KEY_LABELS.processors, PROCESSOR_COLUMNS),
  transfers: table(KIND_KEY_LABELS.transfers, TRANSFER_COLUMNS),
  dataCategories: table(KIND_KEY_LABELS.dataCategories, DATA_CATEGORY_COLUMNS),
  subjectCategories: table(KIND_KEY_LABELS.subjectCategories, SUBJECT_CATEGORY_COLUMNS),
  securityMeasures: table(KIND_KEY_LABELS.securityMeasures, SECURITY_MEASURE_COLUMNS),
  legalReferences: table(KIND_KEY_LABELS.legalReferences, LEGAL_REFERENCE_COLUMNS),
  translations: table<TranslationRow>(lab('Translations', 'Vertalingen', 'Traductions'), TRANSLATION_COLUMNS),
} as const;
export type TableId = keyof typeof COLUMN_MAP;

/** The tables of each layout, in sheet order. */
export const LAYOUT_TABLES: Readonly<Record<Layout, readonly TableId[]>> = {
  authority: ['authorityControllers', 'authorityRegister'],
  complete: [
    'meta',
    'organisations',
    'activities',
    'processorActivities',
    'recipients',
    'processors',
    'transfers',
    'dataCategories',
    'subjectCategories',
    'securityMeasures',
    'legalReferences',
    'translations',
  ],
};

/** Sheets that are not tables: for people only, never read back. */
export const OTHER_SHEETS = {
  cover: lab('Cover', 'Overzicht', 'Synthèse'),
  lists: lab('Lists', 'Lijsten', 'Listes'),
  instructions: lab('Instructions', 'Instructies', 'Instructions'),
} as const satisfies Record<string, Labels>;

/** A hidden sheet with what the importer needs to know about the export (layout, language, scope, fingerprint). */
export const INFO_SHEET = 'ropa-desk';
