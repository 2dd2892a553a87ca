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
    description: {
      nl: 'Een verwerkingsactiviteit met tekenen van hoog risico (bijzondere gegevens of rijksregisternummer op grote schaal, scoring, geautomatiseerde besluitvorming, profilering, of twee criteria van WP248) vermeldt of een GEB vereist is.',
      fr: 'Un traitement présentant des signes de risque élevé (données sensibles ou numéro de registre national à grande échelle, notation, décision automatisée, profilage, ou deux critères du WP248) indique si une AIPD est requise.',
      en: 'An activity with high-risk signals (special data or national id on a large scale, scoring, automated decisions, profiling, or two WP248 criteria) records whether a DPIA is required.',
    },
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
    description: {
      nl: 'Een actieve verwerkingsactiviteit waarvoor een GEB vereist is, heeft die GEB afgerond (Art. 35.1 AVG: voorafgaand aan de verwerking).',
      fr: 'Un traitement actif pour lequel une AIPD est requise a terminé cette AIPD (Art. 35.1 RGPD : préalablement au traitement).',
      en: 'An active processing activity that requires a DPIA has completed it (Art. 35(1) GDPR: prior to the processing).',
    },
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
