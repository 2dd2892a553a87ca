/** Columns of the processing activities (Art. 30(1)) table. */
import { gdprCitation } from '../../../shared/catalogue/citation';
import { enumLabel } from '../../../shared/catalogue/enumLabels';
import { fieldLabel } from '../../../shared/catalogue/fieldLabels';
import { LEGAL_GROUND_CODES, LEGAL_GROUNDS, legalGroundLabel } from '../../../shared/catalogue/legalGrounds';
import { formatDuration, parseDuration } from '../../../shared/i18n/formatDate';
import { DATA_CATEGORY_KINDS, type Activity, type DataCategoryKind } from '../../../shared/model';
import {
  EMPTY_CELL,
  listCell,
  listOf,
  type CellPart,
  type CellTone,
  type ColumnSpec,
  type KindTableSpec,
} from '../columnTypes';
import type { TableContext } from '../tableContext';
import { countriesColumn, dateColumn, enumColumn, findingsColumn, linksColumn, nameColumn, textColumn } from './common';

const CATEGORY_MARK: Partial<Record<DataCategoryKind, { article: string; tone: CellTone }>> = {
  special: { article: '9', tone: 'special' },
  criminal: { article: '10', tone: 'criminal' },
  'national-id': { article: '87', tone: 'national-id' },
};

/** Data categories by name; special (Art. 9), criminal (Art. 10) and national-id (Art. 87) data carry a tag. */
function dataCategoryParts(a: Activity, ctx: TableContext): CellPart[] {
  return a.dataCategoryIds.map((id) => {
    const category = ctx.get('dataCategories', id);
    const mark = category ? CATEGORY_MARK[category.kind] : undefined;
    return mark
      ? { text: category?.name ?? id, tag: gdprCitation(mark.article)[ctx.lang], tone: mark.tone }
      : { text: category?.name ?? id };
  });
}

/** Distinct countries of the activity's transfers outside the EEA. */
function transferCountries(a: Activity, ctx: TableContext): string[] {
  const codes = new Set<string>();
  for (const id of a.transferIds) {
    const transfer = ctx.get('transfers', id);
    if (transfer) codes.add(transfer.country);
  }
  return [...codes];
}

/** Approximate length in days, only to sort retention periods by how long they keep data. */
function durationDays(iso: string): number | undefined {
  const p = parseDuration(iso);
  return p ? (p.Y ?? 0) * 365 + (p.M ?? 0) * 30 + (p.W ?? 0) * 7 + (p.D ?? 0) : undefined;
}

const retentionColumn: ColumnSpec<Activity> = {
  id: 'retention',
  header: (lang) => fieldLabel('retention', lang),
  value: (a, ctx) =>
    listOf(
      a.retention.map((rule) => (rule.period ? formatDuration(rule.period, ctx.lang) : rule.criterion?.trim())),
      '; ',
    ),
  // The longest period first when sorted descending; rules that only give a criterion sort after the figures.
  sortValue: (a) => {
    const days = a.retention.map((r) => (r.period ? durationDays(r.period) : undefined)).filter((d) => d !== undefined);
    return days.length > 0 ? Math.max(...days) : undefined;
  },
  filter: { kind: 'text' },
  defaultVisible: true,
  width: 150,
};

/** Legal grounds grouped by citation only (short group headers), e.g. "Art. 6.1.c AVG + Art. 9.2.h AVG". */
export function legalGroundsKey(a: Activity, ctx: TableContext): string {
  return a.legalBases.map((b) => LEGAL_GROUNDS[b.ground].citation[ctx.lang]).join(' + ');
}

const legalBasesColumn: ColumnSpec<Activity> = {
  id: 'legalBases',
  header: (lang) => fieldLabel('legalBases', lang),
  value: (a, ctx) => {
    if (a.legalBases.length === 0) return EMPTY_CELL;
    return listCell(
      a.legalBases.map((b) => ({ text: legalGroundLabel(b.ground, ctx.lang) })),
      '; ',
    );
  },
  filter: {
    kind: 'choice',
    options: (ctx) => LEGAL_GROUND_CODES.map((code) => ({ value: code, label: legalGroundLabel(code, ctx.lang) })),
    values: (a) => a.legalBases.map((b) => b.ground),
  },
  groupValue: (a, ctx) => legalGroundsKey(a, ctx),
  defaultVisible: true,
  width: 260,
};

const dataCategoriesColumn: ColumnSpec<Activity> = {
  id: 'dataCategoryIds',
  header: (lang) => fieldLabel('dataCategoryIds', lang),
  value: (a, ctx) => listCell(dataCategoryParts(a, ctx)),
  filter: {
    kind: 'choice',
    options: (ctx) =>
      DATA_CATEGORY_KINDS.map((kind) => ({ value: kind, label: enumLabel('dataCategoryKind', kind, ctx.lang) })),
    values: (a, ctx) => {
      const kinds = new Set<string>();
      for (const id of a.dataCategoryIds) {
        const category = ctx.get('dataCategories', id);
        if (category) kinds.add(category.kind);
      }
      return [...kinds];
    },
  },
  defaultVisible: true,
  width: 240,
};

export const ACTIVITY_TABLE: KindTableSpec<Activity> = {
  kind: 'activities',
  columns: [
    textColumn('reference', (a) => a.reference, { visible: true, width: 130 }),
    nameColumn(240),
    linksColumn('controllers', 'organisations', (a) => a.controllers.map((c) => c.organisationId), {
      visible: true,
      width: 210,
      choice: true,
    }),
    enumColumn('status', 'activityStatus', (a) => a.status, { visible: true, width: 110 }),
    textColumn('owner', (a) => a.owner, { width: 150 }),
    textColumn('businessProcess', (a) => a.businessProcess, { width: 170 }),
    {
      id: 'purposes',
      header: (lang) => fieldLabel('purposes', lang),
      value: (a) =>
        listOf(
          a.purposes.map((p) => p.description),
          '; ',
        ),
      filter: { kind: 'text' },
      defaultVisible: true,
      width: 280,
    },
    legalBasesColumn,
    linksColumn('subjectCategoryIds', 'subjectCategories', (a) => a.subjectCategoryIds, { width: 200 }),
    dataCategoriesColumn,
    linksColumn('recipientIds', 'recipients', (a) => a.recipientIds, { width: 220 }),
    linksColumn('processorIds', 'processors', (a) => a.processorIds, { width: 200 }),
    countriesColumn('transferIds', 'activities', (a, ctx) => transferCountries(a as Activity, ctx), { width: 170 }),
    retentionColumn,
    linksColumn('securityMeasureIds', 'securityMeasures', (a) => a.securityMeasureIds, { width: 220 }),
    enumColumn('dpia.status', 'dpiaStatus', (a) => a.dpia?.status, { id: 'dpia', width: 140, withNone: true }),
    dateColumn('startDate', (a) => a.startDate),
    dateColumn('endDate', (a) => a.endDate),
    dateColumn('lastReviewDate', (a) => a.lastReviewDate),
    dateColumn('nextReviewDate', (a) => a.nextReviewDate, { visible: true }),
    findingsColumn(),
  ],
  groupBy: ['controllers', 'status', 'legalBases', 'businessProcess', 'owner'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (a) => [
    a.description,
    ...Object.values(a.i18n ?? {}).flatMap((t) => [t?.name, t?.description]),
    ...a.purposes.flatMap((p) => Object.values(p.i18n ?? {}).map((t) => t?.description)),
  ],
};
