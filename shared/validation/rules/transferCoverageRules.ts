/**
 * Every recipient or processor outside the EEA that an activity uses must appear in one of that activity's
 * transfers (Art. 30(1)(e), Art. 30(2)(c)). A country with an adequacy decision needs no transfer tool, but the
 * transfer must still be recorded, so it is a warning there and an error for other third countries.
 */
import { countryStatus, type CountryStatus } from '../../catalogue/countries';
import type { Transfer } from '../../model/transfer';
import type { RuleCode } from '../messages';
import { defineRule, isLive, resolveAll, type Rule, type RuleContext } from '../rule';

type OutsideEea = Exclude<CountryStatus, 'eea'>;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Pairs (processor, country) of processors outside the EEA that none of `transfers` covers. */
function* uncoveredProcessors(
  ctx: RuleContext,
  processorIds: readonly string[],
  transfers: readonly Transfer[],
  status: OutsideEea,
): Generator<{ processor: string; country: string }> {
  for (const processor of resolveAll(ctx, 'processors', unique(processorIds))) {
    for (const country of unique(processor.countries)) {
      if (countryStatus(country) !== status) continue;
      const covered = transfers.some((t) => t.processorId === processor.id && t.country === country);
      if (!covered) yield { processor: processor.name, country };
    }
  }
}

function recipientRule(code: RuleCode, status: OutsideEea): Rule {
  return defineRule({
    code,
    severity: status === 'third-country' ? 'error' : 'warning',
    *find(register, ctx) {
      for (const activity of register.activities) {
        if (!isLive(activity)) continue;
        const transfers = resolveAll(ctx, 'transfers', activity.transferIds);
        for (const recipient of resolveAll(ctx, 'recipients', unique(activity.recipientIds))) {
          if (countryStatus(recipient.country) !== status) continue;
          if (transfers.some((t) => t.recipientId === recipient.id)) continue;
          yield {
            kind: 'activities',
            record: activity,
            field: 'recipientIds',
            params: { recipient: recipient.name, country: recipient.country },
          };
        }
      }
    },
  });
}

function processorRule(code: RuleCode, status: OutsideEea): Rule {
  return defineRule({
    code,
    severity: status === 'third-country' ? 'error' : 'warning',
    *find(register, ctx) {
      for (const activity of register.activities) {
        if (!isLive(activity)) continue;
        const transfers = resolveAll(ctx, 'transfers', activity.transferIds);
        for (const params of uncoveredProcessors(ctx, activity.processorIds, transfers, status)) {
          yield { kind: 'activities', record: activity, field: 'processorIds', params };
        }
      }
    },
  });
}

export const TRANSFER_COVERAGE_RULES: readonly Rule[] = [
  recipientRule('ACT_RECIPIENT_NO_TRANSFER', 'third-country'),
  recipientRule('ACT_RECIPIENT_ADEQUATE_NO_TRANSFER', 'adequate'),
  processorRule('ACT_PROCESSOR_NO_TRANSFER', 'third-country'),
  processorRule('ACT_PROCESSOR_ADEQUATE_NO_TRANSFER', 'adequate'),
  defineRule({
    code: 'PACT_SUBPROCESSOR_NO_TRANSFER',
    severity: 'error',
    *find(register, ctx) {
      for (const activity of register.processorActivities) {
        if (!isLive(activity)) continue;
        const transfers = resolveAll(ctx, 'transfers', activity.transferIds);
        for (const params of uncoveredProcessors(ctx, activity.subProcessorIds, transfers, 'third-country')) {
          yield { kind: 'processorActivities', record: activity, field: 'subProcessorIds', params };
        }
      }
    },
  }),
];
