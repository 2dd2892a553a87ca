/**
 * Processors (Art. 28) and the processor register (Art. 30(2)): the data processing agreement, and for each
 * processing a group entity performs on behalf of another controller, who acts for whom, what is done and how it
 * is secured. Retired processor activities are skipped, as retired activities are.
 */
import type { Labels } from '../../i18n/languages';
import type { ProcessorActivity } from '../../model/processorActivity';
import type { Severity } from '../finding';
import type { RuleCode } from '../messages';
import { defineRule, isBlank, isLive, type Rule } from '../rule';

function missingOnProcessorActivity(
  code: RuleCode,
  severity: Severity,
  field: string,
  description: Labels,
  missing: (activity: ProcessorActivity) => boolean,
): Rule {
  return defineRule({
    code,
    severity,
    description,
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
    description: {
      nl: 'Elke verwerker heeft een datum voor de verwerkersovereenkomst (Art. 28.3 AVG).',
      fr: 'Chaque sous-traitant a une date pour le contrat de sous-traitance (Art. 28.3 RGPD).',
      en: 'Every processor has a date for its data processing agreement (Art. 28(3) GDPR).',
    },
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
    {
      nl: 'Elke verwerkersactiviteit vermeldt de entiteit van de groep die als verwerker optreedt (Art. 30.2.a AVG).',
      fr: "Chaque activité de sous-traitance indique l'entité du groupe qui agit comme sous-traitant (Art. 30.2.a RGPD).",
      en: 'Every processor activity names the group entity acting as processor (Art. 30(2)(a) GDPR).',
    },
    (a) => a.processorOrganisationId === undefined,
  ),
  missingOnProcessorActivity(
    'PACT_NO_CONTROLLERS',
    'error',
    'controllerOrganisationIds',
    {
      nl: 'Elke verwerkersactiviteit vermeldt elke verwerkingsverantwoordelijke voor wiens rekening ze wordt uitgevoerd (Art. 30.2.a AVG).',
      fr: 'Chaque activité de sous-traitance indique chaque responsable du traitement pour le compte duquel elle est effectuée (Art. 30.2.a RGPD).',
      en: 'Every processor activity names each controller on whose behalf it is carried out (Art. 30(2)(a) GDPR).',
    },
    (a) => a.controllerOrganisationIds.length === 0,
  ),
  missingOnProcessorActivity(
    'PACT_NO_PROCESSING_CATEGORIES',
    'error',
    'processingCategories',
    {
      nl: 'Elke verwerkersactiviteit vermeldt de categorieën van verwerkingen (Art. 30.2.b AVG).',
      fr: 'Chaque activité de sous-traitance indique les catégories de traitements effectués (Art. 30.2.b RGPD).',
      en: 'Every processor activity lists the categories of processing carried out (Art. 30(2)(b) GDPR).',
    },
    (a) => a.processingCategories.every((c) => isBlank(c.description)),
  ),
  missingOnProcessorActivity(
    'PACT_NO_SECURITY',
    'warning',
    'securityMeasureIds',
    {
      nl: 'Elke verwerkersactiviteit beschrijft beveiligingsmaatregelen, als gekoppelde maatregelen of als vrije tekst (Art. 30.2.d AVG).',
      fr: 'Chaque activité de sous-traitance décrit des mesures de sécurité, liées ou en texte libre (Art. 30.2.d RGPD).',
      en: 'Every processor activity describes security measures, as linked measures or free text (Art. 30(2)(d) GDPR).',
    },
    (a) => a.securityMeasureIds.length === 0 && isBlank(a.securityNotes),
  ),
];
