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
    description: {
      nl: 'Een verwerkingsactiviteit met rechtsgronden heeft er minstens één uit Art. 6.1 AVG; een uitzondering van Art. 9.2 volstaat niet alleen.',
      fr: "Un traitement doté de bases juridiques en a au moins une de l'Art. 6.1 RGPD ; une exception de l'Art. 9.2 ne suffit pas seule.",
      en: 'An activity with legal bases has at least one under Art. 6(1) GDPR; an Art. 9(2) condition alone is not enough.',
    },
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
    description: {
      nl: 'Een verwerkingsactiviteit met bijzondere categorieën van persoonsgegevens heeft een uitzonderingsgrond van Art. 9.2 AVG.',
      fr: "Un traitement de catégories particulières de données a une exception de l'Art. 9.2 RGPD.",
      en: 'An activity processing special categories of personal data has an Art. 9(2) GDPR condition.',
    },
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
    description: {
      nl: 'Een verwerkingsactiviteit met gerechtelijke gegevens (strafrechtelijke veroordelingen en strafbare feiten) steunt op Art. 10 AVG.',
      fr: "Un traitement de données judiciaires (condamnations pénales et infractions) repose sur l'Art. 10 RGPD.",
      en: 'An activity processing criminal-offence data relies on Art. 10 GDPR.',
    },
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
    description: {
      nl: 'Een verwerkingsactiviteit die een nationaal identificatienummer gebruikt, verwijst naar Art. 87 AVG.',
      fr: "Un traitement qui utilise un numéro d'identification national renvoie à l'Art. 87 RGPD.",
      en: 'An activity that uses a national identification number refers to Art. 87 GDPR.',
    },
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
    description: {
      nl: 'Een verwerkingsactiviteit die een nationaal identificatienummer gebruikt, koppelt aan haar rechtsgronden de wet die dat gebruik toestaat (in België is het gebruik van het rijksregisternummer wettelijk geregeld).',
      fr: "Un traitement qui utilise un numéro d'identification national lie à ses bases juridiques la loi qui en autorise l'usage (en Belgique, l'usage du numéro de registre national est réglé par la loi).",
      en: 'An activity that uses a national identification number links the statute authorising that use to its legal bases (in Belgium the use of the National Register number is regulated by law).',
    },
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
    description: {
      nl: 'Een rechtsgrond Art. 6.1.c (wettelijke verplichting) of 6.1.e (taak van algemeen belang) is gekoppeld aan de wet, beraadslaging of overeenkomst waarop ze steunt (Art. 6.3 AVG).',
      fr: "Une base juridique Art. 6.1.c (obligation légale) ou 6.1.e (mission d'intérêt public) est liée à la loi, la délibération ou le protocole qui la fonde (Art. 6.3 RGPD).",
      en: 'A legal basis under Art. 6(1)(c) (legal obligation) or 6(1)(e) (public task) is linked to the statute, deliberation or agreement it rests on (Art. 6(3) GDPR).',
    },
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
    description: {
      nl: 'Een rechtsgrond Art. 6.1.f (gerechtvaardigd belang) vermeldt het belang en waar de belangenafweging bewaard wordt.',
      fr: "Une base juridique Art. 6.1.f (intérêt légitime) précise l'intérêt poursuivi et où se trouve la mise en balance.",
      en: 'A legal basis under Art. 6(1)(f) (legitimate interests) states the interest and where the balancing test is kept.',
    },
    *find(register) {
      for (const activity of liveActivities(register)) {
        if (activity.legalBases.some((basis) => basis.ground === 'art6-1-f' && isBlank(basis.explanation))) {
          yield { kind: 'activities', record: activity, field: 'legalBases' };
        }
      }
    },
  }),
];
