/**
 * The figures of the dashboard, computed from a register and its findings: pure functions, no clock (`today` is a
 * parameter), no language (labels are the screen's business), so the same numbers can be tested, shown and exported.
 */
import { countryStatus, type CountryStatus } from '../catalogue/countries';
import { TRANSFER_MECHANISM_CODES, type TransferMechanismCode } from '../catalogue/transferMechanisms';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../model/activity';
import type { DataCategoryKind } from '../model/dataCategory';
import { RECORD_KINDS, type RecordKind, type Register } from '../model/register';
import { SEVERITIES, type Finding, type Severity } from '../validation/finding';
import { countBySeverity } from '../validation/validate';
import { translationCoverage, type TranslationCoverage } from './translationCoverage';

export { TRANSLATABLE_FIELDS, translationCoverage } from './translationCoverage';
export type { CoverageCount, LanguageCoverage, TranslationCoverage } from './translationCoverage';

/** How far ahead "due soon" looks, in days. */
export const REVIEW_HORIZON_DAYS = 30;

// A fixed locale keeps orders the same on every machine; numeric so "CM-2" sorts before "CM-10".
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

// ---------------------------------------------------------------------------------------------------------------
// Counts per record kind

export function recordCounts(register: Register): Record<RecordKind, number> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, register[kind].length])) as Record<RecordKind, number>;
}

// ---------------------------------------------------------------------------------------------------------------
// Activities per controller

export interface ControllerActivities {
  /** The controller's organisation id, or null for the activities that name no controller at all. */
  organisationId: string | null;
  /** The organisation's name; undefined when the id points at no organisation of the register (or for null). */
  name: string | undefined;
  byStatus: Record<ActivityStatus, number>;
  total: number;
}

function zeroStatuses(): Record<ActivityStatus, number> {
  return Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
}

/**
 * Processing activities (Art. 30(1)) per controller, split by status. An activity of joint controllers counts once
 * for each of them, so the totals may add up to more than the number of activities. Every organisation of kind
 * controller or joint controller gets a line, even with no activity (a controller without activities is worth
 * seeing); activities that name no controller are gathered on a line of their own (organisationId null). Largest
 * first, then by name.
 */
export function activitiesPerController(register: Register): ControllerActivities[] {
  const names = new Map(register.organisations.map((o) => [o.id, o.name]));
  const lines = new Map<string | null, ControllerActivities>();
  const line = (organisationId: string | null): ControllerActivities => {
    let found = lines.get(organisationId);
    if (!found) {
      const name = organisationId === null ? undefined : names.get(organisationId);
      found = { organisationId, name, byStatus: zeroStatuses(), total: 0 };
      lines.set(organisationId, found);
    }
    return found;
  };
  for (const organisation of register.organisations) {
    if (organisation.kind === 'controller' || organisation.kind === 'joint-controller') line(organisation.id);
  }
  for (const activity of register.activities) {
    const ids = [...new Set(activity.controllers.map((c) => c.organisationId))];
    for (const id of ids.length > 0 ? ids : [null]) {
      const entry = line(id);
      entry.byStatus[activity.status] += 1;
      entry.total += 1;
    }
  }
  return [...lines.values()].sort(
    (a, b) =>
      b.total - a.total ||
      Number(a.organisationId === null) - Number(b.organisationId === null) ||
      collator.compare(a.name ?? a.organisationId ?? '', b.name ?? b.organisationId ?? ''),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Findings

/** Findings per severity, every severity present (0 when none). */
export function findingsBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return countBySeverity(findings);
}

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

/** The findings most severe first; findings of equal severity keep the order they came in (validation's order). */
export function findingsMostSevereFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (SEVERITY_RANK.get(a.severity) ?? 0) - (SEVERITY_RANK.get(b.severity) ?? 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Reviews

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier), counted in UTC so no time zone shifts them. */
export function daysBetween(from: string, to: string): number {
  return Math.round(utcDay(to) - utcDay(from));
}

/** The ISO date `days` calendar days after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date((utcDay(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

export interface ReviewItem {
  kind: 'activities' | 'processorActivities';
  id: string;
  name: string;
  reference: string | undefined;
  /** The next review date. */
  date: string;
  /** Days from today to the review date: negative when overdue, 0 today. */
  days: number;
}

export interface ReviewSchedule {
  /** Review date before today; oldest first. */
  overdue: ReviewItem[];
  /** Review date from today up to and including `until`; soonest first. */
  dueSoon: ReviewItem[];
  horizonDays: number;
  until: string;
}

/**
 * Reviews of live processing (activities and processor activities whose status is not retired) that are overdue or
 * due within the horizon. Records without a next review date are left out (validation reports those).
 */
export function reviewSchedule(register: Register, today: string, horizonDays = REVIEW_HORIZON_DAYS): ReviewSchedule {
  const until = addDays(today, horizonDays);
  const overdue: ReviewItem[] = [];
  const dueSoon: ReviewItem[] = [];
  const records = [
    ...register.activities.map((record) => ({ kind: 'activities' as const, record })),
    ...register.processorActivities.map((record) => ({ kind: 'processorActivities' as const, record })),
  ];
  for (const { kind, record } of records) {
    const date = record.nextReviewDate;
    if (record.status === 'retired' || date === undefined || !ISO_DATE.test(date)) continue;
    const item: ReviewItem = {
      kind,
      id: record.id,
      name: record.name,
      reference: record.reference,
      date,
      days: daysBetween(today, date),
    };
    if (date < today) overdue.push(item);
    else if (date <= until) dueSoon.push(item);
  }
  const byDate = (a: ReviewItem, b: ReviewItem) => a.days - b.days || collator.compare(a.name, b.name);
  return { overdue: overdue.sort(byDate), dueSoon: dueSoon.sort(byDate), horizonDays, until };
}

// ---------------------------------------------------------------------------------------------------------------
// Sensitive data

export interface SensitiveActivity {
  id: string;
  name: string;
  reference: string | undefined;
  status: ActivityStatus;
  /** The activity's data categories of the kind concerned, by name. */
  categories: string[];
}

export interface SensitiveActivities {
  /** Special categories of personal data (Art. 9). */
  special: SensitiveActivity[];
  /** Personal data relating to criminal convictions and offences (Art. 10). */
  criminal: SensitiveActivity[];
  /** The national identification number (Art. 87). */
  nationalId: SensitiveActivity[];
}

const SENSITIVE_KINDS: Readonly<Record<keyof SensitiveActivities, DataCategoryKind>> = {
  special: 'special',
  criminal: 'criminal',
  nationalId: 'national-id',
};

/**
 * Live (not retired) activities that link a data category of kind special, criminal or national id, in reference
 * order. An activity may appear in several lists.
 */
export function sensitiveActivities(register: Register): SensitiveActivities {
  const categories = new Map(register.dataCategories.map((c) => [c.id, c]));
  const live = register.activities
    .filter((a) => a.status !== 'retired')
    .sort((a, b) => collator.compare(a.reference ?? '', b.reference ?? '') || collator.compare(a.name, b.name));
  const listFor = (kind: DataCategoryKind): SensitiveActivity[] =>
    live.flatMap((activity) => {
      const names = [...new Set(activity.dataCategoryIds)]
        .map((id) => categories.get(id))
        .filter((c) => c !== undefined && c.kind === kind)
        .map((c) => c?.name ?? '');
      if (names.length === 0) return [];
      return [
        {
          id: activity.id,
          name: activity.name,
          reference: activity.reference,
          status: activity.status,
          categories: names,
        },
      ];
    });
  return {
    special: listFor(SENSITIVE_KINDS.special),
    criminal: listFor(SENSITIVE_KINDS.criminal),
    nationalId: listFor(SENSITIVE_KINDS.nationalId),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Transfers

export interface MechanismCount {
  /** The Chapter V ground, or null for transfers that name none yet. */
  mechanism: TransferMechanismCode | null;
  count: number;
}

export interface CountryCount {
  /** ISO 3166-1 alpha-2, as stored. */
  country: string;
  status: CountryStatus;
  count: number;
}

const MECHANISM_RANK = new Map<TransferMechanismCode | null, number>([
  ...TRANSFER_MECHANISM_CODES.map((code, i) => [code, i] as const),
  [null, TRANSFER_MECHANISM_CODES.length],
]);

/** Transfer records per mechanism: most used first, then in the order of the GDPR; "none" last among equals. */
export function transfersByMechanism(register: Register): MechanismCount[] {
  const counts = new Map<TransferMechanismCode | null, number>();
  for (const transfer of register.transfers) {
    const key = transfer.mechanism ?? null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([mechanism, count]) => ({ mechanism, count }))
    .sort(
      (a, b) => b.count - a.count || (MECHANISM_RANK.get(a.mechanism) ?? 0) - (MECHANISM_RANK.get(b.mechanism) ?? 0),
    );
}

/** Transfer records per destination country with its Chapter V status: most used first, then by code. */
export function transfersByCountry(register: Register): CountryCount[] {
  const counts = new Map<string, number>();
  for (const transfer of register.transfers) counts.set(transfer.country, (counts.get(transfer.country) ?? 0) + 1);
  return [...counts]
    .map(([country, count]) => ({ country, status: countryStatus(country), count }))
    .sort((a, b) => b.count - a.count || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Everything at once

export interface StatisticsOptions {
  /** ISO date YYYY-MM-DD: what "today" means for reviews. Injected, never read from the clock. */
  today: string;
  /** How far ahead "due soon" looks; 30 days unless told. */
  reviewHorizonDays?: number;
}

export interface RegisterStatistics {
  counts: Record<RecordKind, number>;
  activitiesByController: ControllerActivities[];
  /** Of the findings passed in. */
  findingsBySeverity: Record<Severity, number>;
  findingsTotal: number;
  reviews: ReviewSchedule;
  sensitive: SensitiveActivities;
  transfersByMechanism: MechanismCount[];
  transfersByCountry: CountryCount[];
  translation: TranslationCoverage;
}

/** All the dashboard's figures for a register and the findings validation gave for it. */
export function registerStatistics(
  register: Register,
  findings: readonly Finding[],
  options: StatisticsOptions,
): RegisterStatistics {
  if (!ISO_DATE.test(options.today)) {
    throw new RangeError(`registerStatistics: today must be an ISO date (YYYY-MM-DD), got "${options.today}"`);
  }
  return {
    counts: recordCounts(register),
    activitiesByController: activitiesPerController(register),
    findingsBySeverity: findingsBySeverity(findings),
    findingsTotal: findings.length,
    reviews: reviewSchedule(register, options.today, options.reviewHorizonDays ?? REVIEW_HORIZON_DAYS),
    sensitive: sensitiveActivities(register),
    transfersByMechanism: transfersByMechanism(register),
    transfersByCountry: transfersByCountry(register),
    translation: translationCoverage(register),
  };
}
