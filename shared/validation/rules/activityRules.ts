/**
 * The Art. 30(1) items every live processing activity must state: controller, purposes, legal basis, data
 * subjects, data categories and security measures. Retired activities are skipped: they are kept as history
 * for the authority, and asking to complete them would only push DPOs to invent data after the fact.
 */
import type { Activity } from '../../model/activity';
import type { Severity } from '../finding';
import type { RuleCode } from '../messages';
import { defineRule, isBlank, isLive, type Rule } from '../rule';

/** A rule that flags each live activity for which `missing` holds, on one field. */
function missingOnActivity(
  code: RuleCode,
  severity: Severity,
  field: string,
  missing: (activity: Activity) => boolean,
): Rule {
  return defineRule({
    code,
    severity,
    *find(register) {
      for (const activity of register.activities) {
        if (isLive(activity) && missing(activity)) yield { kind: 'activities', record: activity, field };
      }
    },
  });
}

export const ACTIVITY_RULES: readonly Rule[] = [
  missingOnActivity('ACT_NO_CONTROLLER', 'error', 'controllers', (a) => a.controllers.length === 0),
  missingOnActivity('ACT_NO_PURPOSE', 'error', 'purposes', (a) => a.purposes.every((p) => isBlank(p.description))),
  missingOnActivity('ACT_NO_LEGAL_BASIS', 'error', 'legalBases', (a) => a.legalBases.length === 0),
  missingOnActivity('ACT_NO_SUBJECTS', 'error', 'subjectCategoryIds', (a) => a.subjectCategoryIds.length === 0),
  missingOnActivity('ACT_NO_DATA_CATEGORIES', 'error', 'dataCategoryIds', (a) => a.dataCategoryIds.length === 0),
  // "Where possible" in Art. 30(1)(g), hence a warning; free-text notes count, as the GBA model allows a description.
  missingOnActivity(
    'ACT_NO_SECURITY',
    'warning',
    'securityMeasureIds',
    (a) => a.securityMeasureIds.length === 0 && isBlank(a.securityNotes),
  ),
];
