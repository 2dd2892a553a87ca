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
    description: {
      nl: 'Elke verwerkingsactiviteit heeft minstens één bewaarregel (Art. 30.1.f AVG: "indien mogelijk").',
      fr: 'Chaque traitement a au moins une règle de conservation (Art. 30.1.f RGPD : « dans la mesure du possible »).',
      en: 'Every processing activity has at least one retention rule (Art. 30(1)(f) GDPR: "where possible").',
    },
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
    description: {
      nl: 'Een bewaarregel die enkel een criterium in vrije tekst geeft, zonder termijn, wordt gemeld.',
      fr: 'Une règle de conservation donnée seulement par un critère en texte libre, sans durée, est signalée.',
      en: 'A retention rule given only as a free-text criterion, without a period, is reported.',
    },
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
    description: {
      nl: 'Een bewaarregel heeft een termijn of een criterium.',
      fr: 'Une règle de conservation a une durée ou un critère.',
      en: 'A retention rule has a period or a criterion.',
    },
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
    description: {
      nl: 'Een bewaarregel verwijst enkel naar doeleinden van haar eigen verwerkingsactiviteit.',
      fr: "Une règle de conservation ne renvoie qu'à des finalités de son propre traitement.",
      en: 'A retention rule refers only to purposes of its own processing activity.',
    },
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
    description: {
      nl: 'Een bewaarregel geldt enkel voor gegevenscategorieën die de verwerkingsactiviteit verwerkt.',
      fr: 'Une règle de conservation ne vise que des catégories de données que le traitement traite.',
      en: 'A retention rule covers only data categories the processing activity processes.',
    },
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
