/**
 * Processors (Art. 28) and the processor register (Art. 30(2)): the data processing agreement, and for each
 * processing a group entity performs on behalf of another controller, who acts for whom, what is done and how it
 * is secured. Retired processor activities are skipped, as retired activities are.
 */
import type { ProcessorActivity } from '../../model/processorActivity';
import type { Severity } from '../finding';
import type { RuleCode } from '../messages';
import { defineRule, isBlank, isLive, type Rule } from '../rule';

function missingOnProcessorActivity(
  code: RuleCode,
  severity: Severity,
  field: string,
  missing: (activity: ProcessorActivity) => boolean,
): Rule {
  return defineRule({
    code,
    severity,
    *find(register) {
      for (const activity of register.processorActivities) {
        if (isLive(activity) && missing(activity)) yield { kind: 'processorActivities', record: activity, field };
      }
    },
  });
}

export const PROCESSOR_RULES: readonly Rule[] = [
  defineRule({
    code: 'PROC_NO_CONTRACT_DATE',
    severity: 'warning',
    *find(register) {
      for (const processor of register.processors) {
        if (processor.contractDate === undefined)
          yield { kind: 'processors', record: processor, field: 'contractDate' };
      }
    },
  }),
  missingOnProcessorActivity(
    'PACT_NO_PROCESSOR_ORGANISATION',
    'error',
    'processorOrganisationId',
    (a) => a.processorOrganisationId === undefined,
  ),
  missingOnProcessorActivity(
    'PACT_NO_CONTROLLERS',
    'error',
    'controllerOrganisationIds',
    (a) => a.controllerOrganisationIds.length === 0,
  ),
  missingOnProcessorActivity('PACT_NO_PROCESSING_CATEGORIES', 'error', 'processingCategories', (a) =>
    a.processingCategories.every((c) => isBlank(c.description)),
  ),
  missingOnProcessorActivity(
    'PACT_NO_SECURITY',
    'warning',
    'securityMeasureIds',
    (a) => a.securityMeasureIds.length === 0 && isBlank(a.securityNotes),
  ),
];
