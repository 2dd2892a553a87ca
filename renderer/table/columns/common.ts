/** Column builders shared by the record kinds: name, dates, enums, links, countries, findings and "used by". */
import { countryName, countryStatus } from '../../../shared/catalogue/countries';
import { enumLabel, ENUM_LABELS, type EnumName, type EnumValue } from '../../../shared/catalogue/enumLabels';
import { fieldLabel, type FieldKey } from '../../../shared/catalogue/fieldLabels';
import { LOCALE_OF, type UiLanguage } from '../../../shared/i18n/languages';
import { TABLE_MESSAGES, type TableMessageKey } from '../messages';
import { translate, type MessageParams } from '../../../shared/i18n/translate';
import type { AnyRecord, RecordKind } from '../../../shared/model';
import type { Severity } from '../../../shared/validation/finding';
import { EMPTY_CELL, listCell, textCell, type CellValue, type ChoiceOption, type ColumnSpec } from '../columnTypes';
import type { TableContext } from '../tableContext';
import { sortKey } from '../text';

export const tableText = (lang: UiLanguage, key: TableMessageKey, params?: MessageParams): string =>
  translate(TABLE_MESSAGES, lang, key, params);

const numberFormats = new Map<UiLanguage, Intl.NumberFormat>();
export function formatCount(n: number, lang: UiLanguage): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(LOCALE_OF[lang])));
  return format.format(n);
}

const dateFormats = new Map<UiLanguage, Intl.DateTimeFormat>();
const formattedDates = new Map<string, string>();
/**
 * An ISO date as the interface shows it ("12 Feb 2025"), like formatIsoDate but with one formatter per language:
 * creating an Intl.DateTimeFormat per cell costs over a second for 10,000 rows.
 */
export function formatDate(iso: string, lang: UiLanguage): string {
  const key = `${lang}:${iso}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  let format = dateFormats.get(lang);
  if (!format)
    dateFormats.set(
      lang,
      (format = new Intl.DateTimeFormat(LOCALE_OF[lang], { dateStyle: 'medium', timeZone: 'UTC' })),
    );
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
  const text = date && !Number.isNaN(date.getTime()) ? format.format(date) : iso;
  if (formattedDates.size > 50_000) formattedDates.clear();
  formattedDates.set(key, text);
  return text;
}

/** Choice value for "the field is empty", so a filter can ask for the records that still lack something. */
export const NONE = '';

/** Options sorted by label in the interface language. */
export function sortedOptions(options: ChoiceOption[]): ChoiceOption[] {
  return options.sort((a, b) => (sortKey(a.label) ?? '').localeCompare(sortKey(b.label) ?? ''));
}

export function nameColumn<R extends AnyRecord>(width = 240): ColumnSpec<R> {
  return {
    id: 'name',
    header: (lang) => fieldLabel('name', lang),
    value: (r) => textCell(r.name),
    filter: { kind: 'text' },
    defaultVisible: true,
    width,
    isName: true,
  };
}

export function textColumn<R>(
  field: FieldKey,
  get: (record: R) => string | undefined,
  options: { visible?: boolean; width?: number; id?: string } = {},
): ColumnSpec<R> {
  return {
    id: options.id ?? field,
    header: (lang) => fieldLabel(field, lang),
    value: (r) => textCell(get(r)?.trim()),
    filter: { kind: 'text' },
    defaultVisible: options.visible ?? false,
    width: options.width ?? 160,
  };
}

export function dateColumn<R>(
  field: FieldKey,
  get: (record: R) => string | undefined,
  options: { visible?: boolean; width?: number; id?: string } = {},
): ColumnSpec<R> {
  return {
    id: options.id ?? field,
    header: (lang) => fieldLabel(field, lang),
    value: (r, ctx) => {
      const iso = get(r);
      return iso ? { text: formatDate(iso, ctx.lang) } : EMPTY_CELL;
    },
    sortValue: (r) => get(r),
    filter: { kind: 'date', value: get },
    defaultVisible: options.visible ?? false,
    width: options.width ?? 120,
  };
}

export function enumColumn<R, E extends EnumName>(
  field: FieldKey,
  enumName: E,
  get: (record: R) => EnumValue<E> | readonly EnumValue<E>[] | undefined,
  options: { visible?: boolean; width?: number; id?: string; withNone?: boolean } = {},
): ColumnSpec<R> {
  const values = (r: R): EnumValue<E>[] => {
    const v = get(r);
    return v === undefined ? [] : Array.isArray(v) ? [...(v as readonly EnumValue<E>[])] : [v as EnumValue<E>];
  };
  return {
    id: options.id ?? field,
    header: (lang) => fieldLabel(field, lang),
    value: (r, ctx) => listCell(values(r).map((v) => ({ text: enumLabel(enumName, v, ctx.lang) }))),
    filter: {
      kind: 'choice',
      options: (ctx) => [
        ...Object.keys(ENUM_LABELS[enumName]).map((value) => ({
          value,
          label: enumLabel(enumName, value as EnumValue<E>, ctx.lang),
        })),
        ...(options.withNone ? [{ value: NONE, label: tableText(ctx.lang, 'groupEmpty') }] : []),
      ],
      values: (r) => {
        const list = values(r).map(String);
        return list.length === 0 && options.withNone ? [NONE] : list;
      },
    },
    defaultVisible: options.visible ?? false,
    width: options.width ?? 150,
  };
}

export function booleanColumn<R>(
  field: FieldKey,
  get: (record: R) => boolean | undefined,
  options: { visible?: boolean; width?: number } = {},
): ColumnSpec<R> {
  const code = (r: R) => {
    const v = get(r);
    return v === undefined ? undefined : v ? 'yes' : 'no';
  };
  return {
    id: field,
    header: (lang) => fieldLabel(field, lang),
    value: (r, ctx) => {
      const c = code(r);
      return c ? { text: tableText(ctx.lang, c) } : EMPTY_CELL;
    },
    filter: {
      kind: 'choice',
      options: (ctx) => [
        { value: 'yes', label: tableText(ctx.lang, 'yes') },
        { value: 'no', label: tableText(ctx.lang, 'no') },
      ],
      values: (r) => {
        const c = code(r);
        return c ? [c] : [];
      },
    },
    defaultVisible: options.visible ?? false,
    width: options.width ?? 110,
  };
}

/** Linked records shown by name. `choice` offers the records of the target kind as a multi-select filter. */
export function linksColumn<R>(
  field: FieldKey,
  to: RecordKind,
  getIds: (record: R) => readonly string[],
  options: { visible?: boolean; width?: number; id?: string; choice?: boolean } = {},
): ColumnSpec<R> {
  return {
    id: options.id ?? field,
    header: (lang) => fieldLabel(field, lang),
    value: (r, ctx) => listCell(getIds(r).map((id) => ({ text: ctx.nameOf(to, id) }))),
    filter: options.choice
      ? {
          kind: 'choice',
          options: (ctx) => [
            ...sortedOptions((ctx.register[to] as AnyRecord[]).map((rec) => ({ value: rec.id, label: rec.name }))),
            { value: NONE, label: tableText(ctx.lang, 'groupEmpty') },
          ],
          values: (r) => {
            const ids = getIds(r);
            return ids.length === 0 ? [NONE] : ids;
          },
        }
      : { kind: 'text' },
    defaultVisible: options.visible ?? false,
    width: options.width ?? 200,
  };
}

/** Country options: the countries the records of this kind use, by name. */
function countryOptions(countriesOf: (ctx: TableContext) => Iterable<string>) {
  return (ctx: TableContext): ChoiceOption[] => {
    const codes = new Set(countriesOf(ctx));
    return sortedOptions([...codes].map((code) => ({ value: code, label: countryName(code, ctx.lang) })));
  };
}

export function countriesColumn<R>(
  field: FieldKey,
  kind: RecordKind,
  get: (record: R, ctx: TableContext) => readonly string[],
  options: { visible?: boolean; width?: number; id?: string } = {},
): ColumnSpec<R> {
  return {
    id: options.id ?? field,
    header: (lang) => fieldLabel(field, lang),
    value: (r, ctx) => listCell(get(r, ctx).map((code) => ({ text: countryName(code, ctx.lang) }))),
    filter: {
      kind: 'choice',
      options: countryOptions(function* (ctx) {
        for (const r of ctx.register[kind] as unknown as R[]) yield* get(r, ctx);
      }),
      values: (r, ctx) => get(r, ctx),
    },
    defaultVisible: options.visible ?? false,
    width: options.width ?? 150,
  };
}

const STATUS_KEY = { eea: 'statusEea', adequate: 'statusAdequate', 'third-country': 'statusThirdCountry' } as const;

/** Whether a country is in the EEA, has an adequacy decision, or is a third country without one. */
export function countryStatusColumn<R>(
  get: (record: R) => string | undefined,
  options: { visible?: boolean } = {},
): ColumnSpec<R> {
  return {
    id: 'countryStatus',
    header: (lang) => tableText(lang, 'countryStatus'),
    value: (r, ctx) => {
      const code = get(r);
      return code ? { text: tableText(ctx.lang, STATUS_KEY[countryStatus(code)]) } : EMPTY_CELL;
    },
    filter: {
      kind: 'choice',
      options: (ctx) =>
        (['eea', 'adequate', 'third-country'] as const).map((value) => ({
          value,
          label: tableText(ctx.lang, STATUS_KEY[value]),
        })),
      values: (r) => {
        const code = get(r);
        return code ? [countryStatus(code)] : [];
      },
    },
    defaultVisible: options.visible ?? true,
    width: 130,
  };
}

export function usedByColumn<R extends AnyRecord>(kind: RecordKind): ColumnSpec<R> {
  return {
    id: 'usedBy',
    header: (lang) => tableText(lang, 'usedBy'),
    value: (r, ctx) => ({ text: formatCount(ctx.usedByCount(kind, r.id), ctx.lang) }),
    sortValue: (r, ctx) => ctx.usedByCount(kind, r.id),
    filter: { kind: 'text' },
    defaultVisible: true,
    width: 120,
    numeric: true,
  };
}

/** Per record: how many findings of each severity. */
export function severityCounts(ctx: TableContext, id: string): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of ctx.findingsOf(id)) counts[finding.severity] += 1;
  return counts;
}

const SEVERITY_WORDS: Record<Severity, [TableMessageKey, TableMessageKey]> = {
  error: ['errorsOne', 'errorsMany'],
  warning: ['warningsOne', 'warningsMany'],
  info: ['infosOne', 'infosMany'],
};
/** Symbols beside the words, so severity never rests on colour. */
export const SEVERITY_ICON: Record<Severity | 'none', string> = { error: '✖', warning: '▲', info: 'ℹ', none: '✓' };

export const FINDINGS_FILTER_VALUES = ['errors', 'warnings', 'none'] as const;

export function findingsCell(counts: Record<Severity, number>, lang: UiLanguage): CellValue {
  const severities = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0);
  const highest = severities[0];
  if (!highest) return { text: tableText(lang, 'findingsNone'), icon: SEVERITY_ICON.none, tone: 'none' };
  const text = severities
    .map((s) => {
      const [one, many] = SEVERITY_WORDS[s];
      return counts[s] === 1 ? tableText(lang, one) : tableText(lang, many, { count: formatCount(counts[s], lang) });
    })
    .join(', ');
  return { text, icon: SEVERITY_ICON[highest], tone: highest };
}

export function findingsColumn<R extends AnyRecord>(): ColumnSpec<R> {
  return {
    id: 'findings',
    header: (lang) => tableText(lang, 'findings'),
    value: (r, ctx) => findingsCell(severityCounts(ctx, r.id), ctx.lang),
    // Errors weigh more than any number of warnings, warnings more than notes.
    sortValue: (r, ctx) => {
      const c = severityCounts(ctx, r.id);
      return c.error * 1_000_000 + c.warning * 1_000 + c.info;
    },
    filter: {
      kind: 'choice',
      options: (ctx) => [
        { value: 'errors', label: tableText(ctx.lang, 'hasErrors') },
        { value: 'warnings', label: tableText(ctx.lang, 'hasWarnings') },
        { value: 'none', label: tableText(ctx.lang, 'hasNoFindings') },
      ],
      values: (r, ctx) => {
        const findings = ctx.findingsOf(r.id);
        if (findings.length === 0) return ['none'];
        const out: string[] = [];
        if (findings.some((f) => f.severity === 'error')) out.push('errors');
        if (findings.some((f) => f.severity === 'warning')) out.push('warnings');
        return out;
      },
    },
    defaultVisible: true,
    width: 170,
  };
}

/** Every translation a record holds, for the search text: a record is found by its French or English name too. */
export const i18nTexts = (
  i18n: Partial<Record<string, Partial<Record<string, string>>>> | undefined,
): (string | undefined)[] => Object.values(i18n ?? {}).flatMap((t) => Object.values(t ?? {}));
