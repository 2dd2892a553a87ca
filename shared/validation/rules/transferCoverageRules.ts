/**
 * Every recipient or processor outside the EEA that an activity uses must appear in one of that activity's
 * transfers (Art. 30(1)(e), Art. 30(2)(c)). A country with an adequacy decision needs no transfer tool, but the
 * transfer must still be recorded, so it is a warning there and an error for other third countries.
 */
import { countryStatus, type CountryStatus } from '../../catalogue/countries';
import type { Transfer } from '../../model/transfer';
import type { Labels } from '../../i18n/languages';
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

function recipientRule(code: RuleCode, status: OutsideEea, description: Labels): Rule {
  return defineRule({
    code,
    severity: status === 'third-country' ? 'error' : 'warning',
    description,
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

function processorRule(code: RuleCode, status: OutsideEea, description: Labels): Rule {
  return defineRule({
    code,
    severity: status === 'third-country' ? 'error' : 'warning',
    description,
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
  recipientRule('ACT_RECIPIENT_NO_TRANSFER', 'third-country', {
    nl: 'Een ontvanger in een derde land zonder adequaatheidsbesluit is gedekt door een doorgifte van dezelfde verwerkingsactiviteit.',
    fr: "Un destinataire établi dans un pays tiers sans décision d'adéquation est couvert par un transfert du même traitement.",
    en: 'A recipient in a third country without adequacy decision is covered by a transfer of the same activity.',
  }),
  recipientRule('ACT_RECIPIENT_ADEQUATE_NO_TRANSFER', 'adequate', {
    nl: 'Een ontvanger in een land met adequaatheidsbesluit staat vermeld in een doorgifte van dezelfde verwerkingsactiviteit.',
    fr: "Un destinataire établi dans un pays bénéficiant d'une décision d'adéquation figure dans un transfert du même traitement.",
    en: 'A recipient in a country with an adequacy decision appears in a transfer of the same activity.',
  }),
  processorRule('ACT_PROCESSOR_NO_TRANSFER', 'third-country', {
    nl: 'Elk derde land zonder adequaatheidsbesluit waar een verwerker gegevens verwerkt, is gedekt door een doorgifte van dezelfde verwerkingsactiviteit.',
    fr: "Chaque pays tiers sans décision d'adéquation où un sous-traitant traite des données est couvert par un transfert du même traitement.",
    en: 'Every third country without adequacy decision where a processor processes data is covered by a transfer of the same activity.',
  }),
  processorRule('ACT_PROCESSOR_ADEQUATE_NO_TRANSFER', 'adequate', {
    nl: 'Elk land met adequaatheidsbesluit waar een verwerker gegevens verwerkt, staat vermeld in een doorgifte van dezelfde verwerkingsactiviteit.',
    fr: "Chaque pays bénéficiant d'une décision d'adéquation où un sous-traitant traite des données figure dans un transfert du même traitement.",
    en: 'Every country with an adequacy decision where a processor processes data appears in a transfer of the same activity.',
  }),
  defineRule({
    code: 'PACT_SUBPROCESSOR_NO_TRANSFER',
    severity: 'error',
    description: {
      nl: 'Elk derde land zonder adequaatheidsbesluit waar een subverwerker van een verwerkersactiviteit gegevens verwerkt, is gedekt door een doorgifte van die activiteit (Art. 30.2.c AVG).',
      fr: "Chaque pays tiers sans décision d'adéquation où un sous-traitant ultérieur d'une activité de sous-traitance traite des données est couvert par un transfert de cette activité (Art. 30.2.c RGPD).",
      en: 'Every third country without adequacy decision where a sub-processor of a processor activity processes data is covered by a transfer of that activity (Art. 30(2)(c) GDPR).',
    },
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
