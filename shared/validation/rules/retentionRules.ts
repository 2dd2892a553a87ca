/**
 * Retention (Art. 30(1)(f)): per data category or purpose, as an ISO 8601 period or, where no figure exists, a
 * criterion. A criterion alone is allowed by the GBA/APD but cannot be checked or compared, hence only an info.
 * Rule numbers in messages are 1-based, the way the editor lists them.
 */
import type { Activity } from '../../model/activity';
import { defineRule, isBlank, isLive, resolveAll, type Rule } from '../rule';

function* retentionRules(activities: readonly Activity[], liveOnly: boolean) {
  for (const activity of activities) {
    if (liveOnly && !isLive(activity)) continue;
    for (const [index, rule] of activity.retention.entries()) yield { activity, rule, number: index + 1 };
  }
}

export const RETENTION_RULES: readonly Rule[] = [
  defineRule({
    code: 'ACT_NO_RETENTION',
    severity: 'warning',
    *find(register) {
      for (const activity of register.activities) {
        if (isLive(activity) && activity.retention.length === 0) {
          yield { kind: 'activities', record: activity, field: 'retention' };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_RETENTION_CRITERION_ONLY',
    severity: 'info',
    *find(register) {
      for (const { activity, rule, number } of retentionRules(register.activities, true)) {
        if (rule.period === undefined && !isBlank(rule.criterion)) {
          yield {
            kind: 'activities',
            record: activity,
            field: 'retention',
            params: { rule: number, criterion: rule.criterion?.trim() ?? '' },
          };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_RETENTION_EMPTY',
    severity: 'error',
    *find(register) {
      for (const { activity, rule, number } of retentionRules(register.activities, true)) {
        if (rule.period === undefined && isBlank(rule.criterion)) {
          yield { kind: 'activities', record: activity, field: 'retention', params: { rule: number } };
        }
      }
    },
  }),
  // Purpose ids point inside the activity, outside the link table, so this is the dangling check for them;
  // like REF_DANGLING it runs on retired activities too.
  defineRule({
    code: 'ACT_RETENTION_UNKNOWN_PURPOSE',
    severity: 'error',
    *find(register) {
      for (const { activity, rule, number } of retentionRules(register.activities, false)) {
        const purposeIds = new Set(activity.purposes.map((p) => p.id));
        if (rule.purposeIds.some((id) => !purposeIds.has(id))) {
          yield { kind: 'activities', record: activity, field: 'retention', params: { rule: number } };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_RETENTION_CATEGORY_NOT_PROCESSED',
    severity: 'warning',
    *find(register, ctx) {
      for (const { activity, rule, number } of retentionRules(register.activities, true)) {
        const processed = new Set(activity.dataCategoryIds);
        const foreign = resolveAll(ctx, 'dataCategories', rule.dataCategoryIds).filter((c) => !processed.has(c.id));
        if (foreign.length > 0) {
          yield {
            kind: 'activities',
            record: activity,
            field: 'retention',
            params: { rule: number, categories: foreign.map((c) => c.name).join(', ') },
          };
        }
      }
    },
  }),
];
