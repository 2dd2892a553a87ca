/**
 * The Art. 30(1) items every live processing activity must state: controller, purposes, legal basis, data
 * subjects, data categories and security measures. Retired activities are skipped: they are kept as history
 * for the authority, and asking to complete them would only push DPOs to invent data after the fact.
 */
import type { Labels } from '../../i18n/languages';
import type { Activity } from '../../model/activity';
import type { Severity } from '../finding';
import type { RuleCode } from '../messages';
import { defineRule, isBlank, isLive, type Rule } from '../rule';

/** A rule that flags each live activity for which `missing` holds, on one field. */
function missingOnActivity(
  code: RuleCode,
  severity: Severity,
  field: string,
  description: Labels,
  missing: (activity: Activity) => boolean,
): Rule {
  return defineRule({
    code,
    severity,
    description,
    *find(register) {
      for (const activity of register.activities) {
        if (isLive(activity) && missing(activity)) yield { kind: 'activities', record: activity, field };
      }
    },
  });
}

export const ACTIVITY_RULES: readonly Rule[] = [
  missingOnActivity(
    'ACT_NO_CONTROLLER',
    'error',
    'controllers',
    {
      nl: 'Elke verwerkingsactiviteit vermeldt minstens één verwerkingsverantwoordelijke (Art. 30.1.a AVG).',
      fr: 'Chaque traitement indique au moins un responsable du traitement (Art. 30.1.a RGPD).',
      en: 'Every processing activity names at least one controller (Art. 30(1)(a) GDPR).',
    },
    (a) => a.controllers.length === 0,
  ),
  missingOnActivity(
    'ACT_NO_PURPOSE',
    'error',
    'purposes',
    {
      nl: 'Elke verwerkingsactiviteit vermeldt haar doeleinden (Art. 30.1.b AVG).',
      fr: 'Chaque traitement indique ses finalités (Art. 30.1.b RGPD).',
      en: 'Every processing activity states its purposes (Art. 30(1)(b) GDPR).',
    },
    (a) => a.purposes.every((p) => isBlank(p.description)),
  ),
  missingOnActivity(
    'ACT_NO_LEGAL_BASIS',
    'error',
    'legalBases',
    {
      nl: 'Elke verwerkingsactiviteit heeft minstens één rechtsgrond (Art. 6 AVG).',
      fr: 'Chaque traitement a au moins une base juridique (Art. 6 RGPD).',
      en: 'Every processing activity has at least one legal basis (Art. 6 GDPR).',
    },
    (a) => a.legalBases.length === 0,
  ),
  missingOnActivity(
    'ACT_NO_SUBJECTS',
    'error',
    'subjectCategoryIds',
    {
      nl: 'Elke verwerkingsactiviteit vermeldt de categorieën van betrokkenen (Art. 30.1.c AVG).',
      fr: 'Chaque traitement indique les catégories de personnes concernées (Art. 30.1.c RGPD).',
      en: 'Every processing activity names its categories of data subjects (Art. 30(1)(c) GDPR).',
    },
    (a) => a.subjectCategoryIds.length === 0,
  ),
  missingOnActivity(
    'ACT_NO_DATA_CATEGORIES',
    'error',
    'dataCategoryIds',
    {
      nl: 'Elke verwerkingsactiviteit vermeldt de categorieën van persoonsgegevens (Art. 30.1.c AVG).',
      fr: 'Chaque traitement indique les catégories de données à caractère personnel (Art. 30.1.c RGPD).',
      en: 'Every processing activity names its categories of personal data (Art. 30(1)(c) GDPR).',
    },
    (a) => a.dataCategoryIds.length === 0,
  ),
  // "Where possible" in Art. 30(1)(g), hence a warning; free-text notes count, as the GBA model allows a description.
  missingOnActivity(
    'ACT_NO_SECURITY',
    'warning',
    'securityMeasureIds',
    {
      nl: 'Elke verwerkingsactiviteit beschrijft beveiligingsmaatregelen, als gekoppelde maatregelen of als vrije tekst (Art. 30.1.g AVG).',
      fr: 'Chaque traitement décrit des mesures de sécurité, liées ou en texte libre (Art. 30.1.g RGPD).',
      en: 'Every processing activity describes security measures, as linked measures or free text (Art. 30(1)(g) GDPR).',
    },
    (a) => a.securityMeasureIds.length === 0 && isBlank(a.securityNotes),
  ),
];
