/**
 * Lifecycle and reviews of activities and processor activities. Ended processings stay in the register (the
 * authority may ask about them), so their dates must be coherent; live ones must be reviewed on schedule.
 * ISO dates compare correctly as strings, which keeps these rules free of time zones.
 */
import type { Register } from '../../model/register';
import { defineRule, isLive, type Rule } from '../rule';

interface Lifecycle {
  id: string;
  name: string;
  status: string;
  startDate?: string | undefined;
  endDate?: string | undefined;
  nextReviewDate?: string | undefined;
}

function* lifecycles(register: Register): Generator<{ kind: 'activities' | 'processorActivities'; record: Lifecycle }> {
  for (const record of register.activities) yield { kind: 'activities', record };
  for (const record of register.processorActivities) yield { kind: 'processorActivities', record };
}

export const LIFECYCLE_RULES: readonly Rule[] = [
  defineRule({
    code: 'REVIEW_OVERDUE',
    severity: 'warning',
    *find(register, ctx) {
      for (const { kind, record } of lifecycles(register)) {
        if (isLive(record) && record.nextReviewDate !== undefined && record.nextReviewDate < ctx.today) {
          yield { kind, record, field: 'nextReviewDate', params: { date: record.nextReviewDate } };
        }
      }
    },
  }),
  defineRule({
    code: 'REVIEW_DATE_MISSING',
    severity: 'info',
    *find(register) {
      for (const { kind, record } of lifecycles(register)) {
        if (isLive(record) && record.nextReviewDate === undefined) yield { kind, record, field: 'nextReviewDate' };
      }
    },
  }),
  defineRule({
    code: 'RETIRED_NO_END_DATE',
    severity: 'warning',
    *find(register) {
      for (const { kind, record } of lifecycles(register)) {
        if (record.status === 'retired' && record.endDate === undefined) yield { kind, record, field: 'endDate' };
      }
    },
  }),
  defineRule({
    code: 'END_BEFORE_START',
    severity: 'error',
    *find(register) {
      for (const { kind, record } of lifecycles(register)) {
        const { startDate, endDate } = record;
        if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
          yield { kind, record, field: 'endDate', params: { startDate, endDate } };
        }
      }
    },
  }),
  defineRule({
    code: 'ENDED_NOT_RETIRED',
    severity: 'warning',
    *find(register, ctx) {
      for (const { kind, record } of lifecycles(register)) {
        if (isLive(record) && record.endDate !== undefined && record.endDate < ctx.today) {
          yield { kind, record, field: 'status', params: { endDate: record.endDate } };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_REPLACED_BY_SELF',
    severity: 'error',
    *find(register) {
      for (const activity of register.activities) {
        if (activity.replacedByActivityId === activity.id) {
          yield { kind: 'activities', record: activity, field: 'replacedByActivityId' };
        }
      }
    },
  }),
];
