/**
 * Transfer records (Chapter V GDPR): each transfer to a third country names its ground, and the ground is one the
 * country can bear; safeguards name their instrument, and derogations are documented (Art. 49(6), Art. 30(1)(e)).
 * These rules look at the transfer itself, whatever activity uses it.
 */
import { countryStatus } from '../../catalogue/countries';
import { TRANSFER_MECHANISMS, transferMechanismFamily } from '../../catalogue/transferMechanisms';
import { defineRule, isBlank, type Rule } from '../rule';

export const TRANSFER_RULES: readonly Rule[] = [
  defineRule({
    code: 'TRF_NO_MECHANISM',
    severity: 'error',
    *find(register) {
      for (const transfer of register.transfers) {
        if (transfer.mechanism === undefined && countryStatus(transfer.country) === 'third-country') {
          yield { kind: 'transfers', record: transfer, field: 'mechanism', params: { country: transfer.country } };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_ADEQUACY_WITHOUT_DECISION',
    severity: 'error',
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.mechanism !== undefined &&
          transferMechanismFamily(transfer.mechanism) === 'adequacy' &&
          countryStatus(transfer.country) === 'third-country'
        ) {
          yield { kind: 'transfers', record: transfer, field: 'mechanism', params: { country: transfer.country } };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_ART49_SECOND_NO_DOCUMENTATION',
    severity: 'error',
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.mechanism !== undefined &&
          transferMechanismFamily(transfer.mechanism) === 'compelling-legitimate-interests' &&
          isBlank(transfer.documentation)
        ) {
          yield { kind: 'transfers', record: transfer, field: 'documentation' };
        }
      }
    },
  }),
  // The GDPR itself demands documentation only for the second subparagraph; for the other derogations the
  // EDPB guidelines 2/2018 expect the controller to be able to show why the derogation applies, hence a warning.
  defineRule({
    code: 'TRF_DEROGATION_NO_DOCUMENTATION',
    severity: 'warning',
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.mechanism !== undefined &&
          transferMechanismFamily(transfer.mechanism) === 'derogation' &&
          isBlank(transfer.documentation)
        ) {
          yield {
            kind: 'transfers',
            record: transfer,
            field: 'documentation',
            params: { mechanism: transfer.mechanism },
          };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_NO_INSTRUMENT',
    severity: 'warning',
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.mechanism !== undefined &&
          TRANSFER_MECHANISMS[transfer.mechanism].needsInstrument &&
          isBlank(transfer.instrument)
        ) {
          yield { kind: 'transfers', record: transfer, field: 'instrument', params: { mechanism: transfer.mechanism } };
        }
      }
    },
  }),
  // An international organisation is a Chapter V destination wherever it sits, so only plain country transfers count.
  defineRule({
    code: 'TRF_INSIDE_EEA',
    severity: 'info',
    *find(register) {
      for (const transfer of register.transfers) {
        if (countryStatus(transfer.country) === 'eea' && isBlank(transfer.internationalOrganisation)) {
          yield { kind: 'transfers', record: transfer, field: 'country', params: { country: transfer.country } };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_NO_PARTY',
    severity: 'warning',
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.recipientId === undefined &&
          transfer.processorId === undefined &&
          isBlank(transfer.internationalOrganisation)
        ) {
          yield { kind: 'transfers', record: transfer, field: 'recipientId' };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_COUNTRY_MISMATCH',
    severity: 'warning',
    *find(register, ctx) {
      for (const transfer of register.transfers) {
        const recipient = transfer.recipientId === undefined ? undefined : ctx.get('recipients', transfer.recipientId);
        const processor = transfer.processorId === undefined ? undefined : ctx.get('processors', transfer.processorId);
        const params = (party: string) => ({ party, country: transfer.country });
        if (recipient && recipient.country !== transfer.country) {
          yield { kind: 'transfers', record: transfer, field: 'country', params: params(recipient.name) };
        }
        // A processor without countries has simply not been described yet; that is not a contradiction.
        if (processor && processor.countries.length > 0 && !processor.countries.includes(transfer.country)) {
          yield { kind: 'transfers', record: transfer, field: 'country', params: params(processor.name) };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_UNUSED',
    severity: 'info',
    *find(register) {
      const used = new Set<string>();
      for (const activity of register.activities) for (const id of activity.transferIds) used.add(id);
      for (const activity of register.processorActivities) for (const id of activity.transferIds) used.add(id);
      for (const transfer of register.transfers) {
        if (!used.has(transfer.id)) yield { kind: 'transfers', record: transfer };
      }
    },
  }),
];
