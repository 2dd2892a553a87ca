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
    description: {
      nl: 'De datum van de volgende herziening van een lopende verwerking ligt niet in het verleden.',
      fr: "La date de prochaine révision d'un traitement en cours n'est pas dépassée.",
      en: 'The next review date of a live processing is not in the past.',
    },
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
    description: {
      nl: 'Een lopende verwerking heeft een datum voor de volgende herziening.',
      fr: 'Un traitement en cours a une date de prochaine révision.',
      en: 'A live processing has a next review date.',
    },
    *find(register) {
      for (const { kind, record } of lifecycles(register)) {
        if (isLive(record) && record.nextReviewDate === undefined) yield { kind, record, field: 'nextReviewDate' };
      }
    },
  }),
  defineRule({
    code: 'RETIRED_NO_END_DATE',
    severity: 'warning',
    description: {
      nl: 'Een beëindigde verwerking heeft een einddatum (de GBA raadt aan beëindigde verwerkingen nog vijf jaar te bewaren).',
      fr: "Un traitement terminé a une date de fin (l'APD conseille de conserver les traitements terminés encore cinq ans).",
      en: 'A retired processing has an end date (the Belgian authority suggests keeping ended processings for five years).',
    },
    *find(register) {
      for (const { kind, record } of lifecycles(register)) {
        if (record.status === 'retired' && record.endDate === undefined) yield { kind, record, field: 'endDate' };
      }
    },
  }),
  defineRule({
    code: 'END_BEFORE_START',
    severity: 'error',
    description: {
      nl: 'De einddatum van een verwerking ligt niet vóór haar begindatum.',
      fr: "La date de fin d'un traitement n'est pas antérieure à sa date de début.",
      en: 'The end date of a processing is not before its start date.',
    },
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
    description: {
      nl: 'Een verwerking waarvan de einddatum voorbij is, heeft de status "Beëindigd".',
      fr: 'Un traitement dont la date de fin est passée a le statut « Terminé ».',
      en: 'A processing whose end date has passed has the status "Retired".',
    },
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
    description: {
      nl: 'Een verwerkingsactiviteit wordt niet vervangen door zichzelf.',
      fr: "Un traitement n'est pas remplacé par lui-même.",
      en: 'A processing activity is not replaced by itself.',
    },
    *find(register) {
      for (const activity of register.activities) {
        if (activity.replacedByActivityId === activity.id) {
          yield { kind: 'activities', record: activity, field: 'replacedByActivityId' };
        }
      }
    },
  }),
];
