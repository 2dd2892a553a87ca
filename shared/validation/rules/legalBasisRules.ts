/**
 * Legal bases: the Art. 6 ground, the extra condition special, criminal and national-id data need, and the national
 * law behind grounds that the GDPR leaves to the Member State (Art. 6(3)). Belgian practice (the GBA/APD model)
 * names the statute for legal obligations and public tasks, so a bare "Art. 6.1.c" is flagged.
 */
import { legalGroundGroup, type LegalGroundGroup } from '../../catalogue/legalGrounds';
import type { Activity } from '../../model/activity';
import type { DataCategory, DataCategoryKind } from '../../model/dataCategory';
import type { Register } from '../../model/register';
import { defineRule, hasNationalReference, isBlank, isLive, resolveAll, type RuleContext, type Rule } from '../rule';

function hasGroundIn(activity: Activity, group: LegalGroundGroup): boolean {
  return activity.legalBases.some((basis) => legalGroundGroup(basis.ground) === group);
}

/** The activity's data categories of one kind; dangling ids are left to REF_DANGLING. */
function categoriesOfKind(ctx: RuleContext, activity: Activity, kind: DataCategoryKind): DataCategory[] {
  return resolveAll(ctx, 'dataCategories', activity.dataCategoryIds).filter((c) => c.kind === kind);
}

function* liveActivities(register: Register): Generator<Activity> {
  for (const activity of register.activities) if (isLive(activity)) yield activity;
}

const names = (categories: readonly DataCategory[]): string => categories.map((c) => c.name).join(', ');

export const LEGAL_BASIS_RULES: readonly Rule[] = [
  defineRule({
    code: 'ACT_NO_ART6_BASIS',
    severity: 'error',
    *find(register) {
      for (const activity of liveActivities(register)) {
        // With no basis at all ACT_NO_LEGAL_BASIS already speaks; one finding per gap is enough.
        if (activity.legalBases.length > 0 && !hasGroundIn(activity, 'art6')) {
          yield { kind: 'activities', record: activity, field: 'legalBases' };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_SPECIAL_NO_ART9',
    severity: 'error',
    *find(register, ctx) {
      for (const activity of liveActivities(register)) {
        const special = categoriesOfKind(ctx, activity, 'special');
        if (special.length > 0 && !hasGroundIn(activity, 'art9')) {
          yield { kind: 'activities', record: activity, field: 'legalBases', params: { categories: names(special) } };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_CRIMINAL_NO_ART10',
    severity: 'error',
    *find(register, ctx) {
      for (const activity of liveActivities(register)) {
        const criminal = categoriesOfKind(ctx, activity, 'criminal');
        if (criminal.length > 0 && !hasGroundIn(activity, 'art10')) {
          yield { kind: 'activities', record: activity, field: 'legalBases', params: { categories: names(criminal) } };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_NATIONAL_ID_NO_ART87',
    severity: 'warning',
    *find(register, ctx) {
      for (const activity of liveActivities(register)) {
        const ids = categoriesOfKind(ctx, activity, 'national-id');
        if (ids.length > 0 && !hasGroundIn(activity, 'art87')) {
          yield { kind: 'activities', record: activity, field: 'legalBases', params: { categories: names(ids) } };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_NATIONAL_ID_NO_LAW',
    severity: 'warning',
    *find(register, ctx) {
      for (const activity of liveActivities(register)) {
        const ids = categoriesOfKind(ctx, activity, 'national-id');
        const statute = activity.legalBases.some((basis) => hasNationalReference(ctx, basis, ['statute']));
        if (ids.length > 0 && !statute) {
          yield { kind: 'activities', record: activity, field: 'legalBases', params: { categories: names(ids) } };
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_BASIS_NO_LAW',
    severity: 'warning',
    *find(register, ctx) {
      for (const activity of liveActivities(register)) {
        for (const basis of activity.legalBases) {
          if ((basis.ground === 'art6-1-c' || basis.ground === 'art6-1-e') && !hasNationalReference(ctx, basis)) {
            yield { kind: 'activities', record: activity, field: 'legalBases', params: { ground: basis.ground } };
          }
        }
      }
    },
  }),
  defineRule({
    code: 'ACT_LEGITIMATE_INTEREST_UNEXPLAINED',
    severity: 'warning',
    *find(register) {
      for (const activity of liveActivities(register)) {
        if (activity.legalBases.some((basis) => basis.ground === 'art6-1-f' && isBlank(basis.explanation))) {
          yield { kind: 'activities', record: activity, field: 'legalBases' };
        }
      }
    },
  }),
];
