/**
 * Data protection impact assessment (Art. 35). The register cannot decide whether a DPIA is required, but it can
 * see the signals the EDPB (WP248) and the GBA/APD list point to, and ask the DPO to record a decision.
 */
import type { Activity } from '../../model/activity';
import { defineRule, isLive, resolveAll, type Rule, type RuleContext } from '../rule';

/** True when the activity shows the WP248 signals that usually call for a DPIA. */
export function dpiaLikely(activity: Activity, ctx: RuleContext): boolean {
  const traits = new Set(activity.characteristics);
  const sensitive = resolveAll(ctx, 'dataCategories', activity.dataCategoryIds).some(
    (c) => c.kind === 'special' || c.kind === 'national-id',
  );
  return (
    (sensitive && traits.has('large-scale')) ||
    traits.has('automated-decision-legal-effect') ||
    traits.has('evaluation-scoring') ||
    activity.automatedDecision?.profiling === true ||
    // WP248: "in most cases, ... meeting two criteria would require a DPIA".
    traits.size >= 2
  );
}

export const DPIA_RULES: readonly Rule[] = [
  defineRule({
    code: 'ACT_DPIA_LIKELY',
    severity: 'warning',
    *find(register, ctx) {
      for (const activity of register.activities) {
        if (!isLive(activity)) continue;
        const assessed = activity.dpia !== undefined && activity.dpia.status !== 'not-assessed';
        if (!assessed && dpiaLikely(activity, ctx)) yield { kind: 'activities', record: activity, field: 'dpia' };
      }
    },
  }),
  defineRule({
    code: 'ACT_DPIA_NOT_DONE',
    severity: 'warning',
    *find(register) {
      for (const activity of register.activities) {
        const status = activity.dpia?.status;
        if (activity.status === 'active' && (status === 'required' || status === 'in-progress')) {
          yield { kind: 'activities', record: activity, field: 'dpia' };
        }
      }
    },
  }),
];
