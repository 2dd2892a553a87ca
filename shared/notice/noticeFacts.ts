/**
 * What a notice says, before it is laid out: the activities of the chosen controllers (not retired) with their
 * context, purposes (public wording first), legal grounds and the laws behind them, retention per purpose and
 * automated decisions; and, over all of them, the data categories, sources, recipients, processors and transfers.
 * Every text is read through NoticeContext, so internal fields stay out and fallbacks are noted. `buildNotice` lays
 * these facts out; `noticeChanges` compares the facts of two registers.
 */
import { LEGAL_GROUND_CODES, type LegalGroundCode } from '../catalogue/legalGrounds';
import { formatDuration } from '../i18n/formatDate';
import type { Activity } from '../model/activity';
import type { Organisation } from '../model/organisation';
import type { RetentionRule } from '../model/retention';
import { legalReferenceDetail } from '../pdf/describe';
import type { NoticeContext } from './noticeContext';
import type { NoticeInline, NoticeRun } from './noticeDocument';

export interface PurposeFact {
  readonly id: string;
  readonly text: NoticeRun;
  /** Whether the text is the public wording (else the register's purpose). */
  readonly public: boolean;
}

export interface StatuteFact {
  readonly id: string;
  readonly name: NoticeRun;
  /** Article, number, date: how the register PDF identifies it. */
  readonly detail: string;
}

export interface GroundFact {
  readonly code: LegalGroundCode;
  readonly statutes: readonly StatuteFact[];
  readonly explanations: readonly NoticeRun[];
}

export interface RetentionFact {
  /** Ids of the purposes the rule covers; empty: every purpose of the activity. */
  readonly purposeIds: readonly string[];
  readonly dataCategories: readonly NoticeRun[];
  /** The period in words ("18 maanden"), or the criterion, with what starts it. */
  readonly period: NoticeInline;
}

export interface ActivityFact {
  readonly activity: Activity;
  readonly name: NoticeRun;
  /** The business process as the notice's context heading; absent (or internal): "Other processing". */
  readonly context: NoticeRun | undefined;
  readonly summary: NoticeRun | undefined;
  readonly purposes: readonly PurposeFact[];
  readonly grounds: readonly GroundFact[];
  readonly retention: readonly RetentionFact[];
  readonly automated: { readonly profiling: boolean; readonly logic: NoticeRun | undefined } | undefined;
  /** Joint controllers outside the notice's selection. */
  readonly jointWith: readonly Organisation[];
}

export interface SourceFact {
  readonly text: NoticeRun;
  readonly fromDataSubject: boolean;
}

export interface NoticeFacts {
  readonly controllers: readonly Organisation[];
  readonly activities: readonly ActivityFact[];
  /** Ids in the order the activities first name them. */
  readonly dataCategoryIds: readonly string[];
  readonly sources: readonly SourceFact[];
  readonly recipientIds: readonly string[];
  readonly processorIds: readonly string[];
  readonly transferIds: readonly string[];
  readonly dpos: readonly Organisation[];
  readonly authorities: readonly Organisation[];
}

/** Thrown when a controller id names no organisation of the register. */
export class UnknownNoticeControllerError extends Error {
  constructor(readonly organisationId: string) {
    super(`no organisation with id ${organisationId}`);
    this.name = 'UnknownNoticeControllerError';
  }
}

function addAll(target: string[], seen: Set<string>, ids: readonly string[]): void {
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    target.push(id);
  }
}

/** An organisation serving the selection: it names one of the controllers, or none (it serves them all). */
function serves(org: Organisation, controllerIds: ReadonlySet<string>): boolean {
  return org.servesOrganisationIds.length === 0 || org.servesOrganisationIds.some((id) => controllerIds.has(id));
}

export function noticeFacts(ctx: NoticeContext, controllerIds: readonly string[]): NoticeFacts {
  const register = ctx.register;
  const controllers = controllerIds.map((id) => {
    const org = ctx.get('organisations', id);
    if (org === undefined) throw new UnknownNoticeControllerError(id);
    return org;
  });
  const selected = new Set(controllerIds);
  const activities = ctx.pdf
    .sortedActivities()
    .filter((a) => a.status !== 'retired' && a.controllers.some((c) => selected.has(c.organisationId)));

  const dataCategoryIds: string[] = [];
  const recipientIds: string[] = [];
  const processorIds: string[] = [];
  const transferIds: string[] = [];
  const seen = { dc: new Set<string>(), rec: new Set<string>(), proc: new Set<string>(), trf: new Set<string>() };
  const sources: SourceFact[] = [];
  const sourceTexts = new Set<string>();

  const facts = activities.map((activity): ActivityFact => {
    if (activity.status === 'draft') ctx.problem('draft', ctx.ref('activities', activity, 'status'));
    if (ctx.shows('activities', 'dataCategoryIds')) addAll(dataCategoryIds, seen.dc, activity.dataCategoryIds);
    if (ctx.shows('activities', 'recipientIds')) addAll(recipientIds, seen.rec, activity.recipientIds);
    if (ctx.shows('activities', 'processorIds')) addAll(processorIds, seen.proc, activity.processorIds);
    if (ctx.shows('activities', 'transferIds')) addAll(transferIds, seen.trf, activity.transferIds);
    if (ctx.shows('activities', 'sources.description')) {
      for (const source of activity.sources) {
        const text = ctx.text(source, 'description', ctx.ref('activities', activity, 'sources.description', source.id));
        const fromDataSubject = ctx.shows('activities', 'sources.fromDataSubject') && source.fromDataSubject;
        const key = `${fromDataSubject ? 1 : 0}|${text?.text ?? ''}`;
        if (text === undefined || sourceTexts.has(key)) continue;
        sourceTexts.add(key);
        sources.push({ text, fromDataSubject });
      }
    }
    return activityFact(ctx, activity, selected);
  });

  const organisations = register.organisations;
  return {
    controllers,
    activities: facts,
    dataCategoryIds,
    sources,
    recipientIds,
    processorIds,
    transferIds,
    dpos: organisations.filter((o) => o.kind === 'dpo' && serves(o, selected)),
    authorities: organisations.filter((o) => o.kind === 'supervisory-authority' && serves(o, selected)),
  };
}

function activityFact(ctx: NoticeContext, activity: Activity, selected: ReadonlySet<string>): ActivityFact {
  const ref = (path: string, itemId?: string) => ctx.ref('activities', activity, path, itemId);
  const purposes: PurposeFact[] = [];
  if (ctx.shows('activities', 'purposes')) {
    for (const purpose of activity.purposes) {
      const wording = ctx.shows('activities', 'purposes.publicDescription')
        ? ctx.text(purpose, 'publicDescription', ref('purposes.publicDescription', purpose.id))
        : undefined;
      if (wording !== undefined) {
        purposes.push({ id: purpose.id, text: wording, public: true });
        continue;
      }
      ctx.problem('purposeWording', ref('purposes.publicDescription', purpose.id));
      const description = ctx.shows('activities', 'purposes.description')
        ? ctx.text(purpose, 'description', ref('purposes.description', purpose.id))
        : undefined;
      if (description !== undefined) purposes.push({ id: purpose.id, text: description, public: false });
    }
    if (activity.purposes.length === 0) ctx.problem('noPurpose', ref('purposes'));
  }

  const grounds: GroundFact[] = [];
  if (ctx.shows('activities', 'legalBases')) {
    if (activity.legalBases.length === 0) ctx.problem('noLegalBasis', ref('legalBases'));
    for (const code of LEGAL_GROUND_CODES) {
      const bases = activity.legalBases.filter((b) => b.ground === code);
      if (bases.length === 0) continue;
      const statutes: StatuteFact[] = [];
      const explanations: NoticeRun[] = [];
      for (const basis of bases) {
        if (ctx.shows('activities', 'legalBases.legalReferenceIds')) {
          for (const reference of ctx.all('legalReferences', basis.legalReferenceIds)) {
            // A GDPR provision is the ground itself, already named; the laws behind it are what the notice adds.
            if (reference.kind === 'gdpr' || statutes.some((s) => s.id === reference.id)) continue;
            statutes.push({
              id: reference.id,
              name: ctx.name('legalReferences', reference),
              detail: legalReferenceDetail(ctx.pdf, reference),
            });
          }
        }
        const explanation = ctx.shows('activities', 'legalBases.explanation')
          ? ctx.text(basis, 'explanation', ref('legalBases.explanation', basis.id))
          : undefined;
        if (explanation !== undefined) explanations.push(explanation);
      }
      grounds.push({ code, statutes, explanations });
    }
  }

  const retention = ctx.shows('activities', 'retention')
    ? activity.retention.map((rule) => retentionFact(ctx, activity, rule))
    : [];
  if (ctx.shows('activities', 'retention')) {
    const covered = new Set(retention.flatMap((r) => r.purposeIds));
    const coversAll = retention.some((r) => r.purposeIds.length === 0);
    for (const purpose of activity.purposes) {
      if (!coversAll && !covered.has(purpose.id)) ctx.problem('noRetention', ref('retention', purpose.id));
    }
  }

  const decision = ctx.shows('activities', 'automatedDecision') ? activity.automatedDecision : undefined;
  const automated =
    decision?.exists === true
      ? {
          profiling: ctx.shows('activities', 'automatedDecision.profiling') && decision.profiling,
          logic: ctx.shows('activities', 'automatedDecision.logic')
            ? ctx.untranslated(decision.logic, ref('automatedDecision.logic'))
            : undefined,
        }
      : undefined;

  const jointWith = activity.controllers
    .filter((c) => c.role === 'joint-controller' && !selected.has(c.organisationId))
    .map((c) => ctx.get('organisations', c.organisationId))
    .filter((o): o is Organisation => o !== undefined);
  const isJoint = activity.controllers.some((c) => c.role === 'joint-controller' && selected.has(c.organisationId));

  return {
    activity,
    name: ctx.name('activities', activity),
    context: ctx.shows('activities', 'businessProcess')
      ? ctx.text(activity, 'businessProcess', ref('businessProcess'))
      : undefined,
    summary: ctx.shows('activities', 'publicSummary')
      ? ctx.text(activity, 'publicSummary', ref('publicSummary'))
      : undefined,
    purposes,
    grounds,
    retention,
    automated,
    // Who else controls an activity is shown only when its controllers are (a register may keep them internal).
    jointWith: isJoint && ctx.shows('activities', 'controllers') ? jointWith : [],
  };
}

function retentionFact(ctx: NoticeContext, activity: Activity, rule: RetentionRule): RetentionFact {
  const ref = (path: string) => ctx.ref('activities', activity, path, rule.id);
  const period: NoticeRun[] = [];
  const criterion = ctx.shows('activities', 'retention.criterion')
    ? ctx.text(rule, 'criterion', ref('retention.criterion'))
    : undefined;
  if (rule.period !== undefined && ctx.shows('activities', 'retention.period')) {
    period.push({ text: formatDuration(rule.period, ctx.lang), strong: true });
    if (criterion !== undefined) period.push({ text: ' (' }, criterion, { text: ')' });
  } else if (criterion !== undefined) period.push(criterion);
  else period.push({ text: ctx.m('retentionNotRecorded') });
  const trigger = ctx.shows('activities', 'retention.trigger')
    ? ctx.text(rule, 'trigger', ref('retention.trigger'))
    : undefined;
  if (trigger !== undefined) {
    const [before = '', after = ''] = ctx.m('retentionStarts', { trigger: '\u0000' }).split('\u0000');
    period.push({ text: `, ${before}` }, trigger, ...(after === '' ? [] : [{ text: after }]));
  }
  const dataCategories = ctx.shows('activities', 'retention.dataCategoryIds')
    ? ctx.all('dataCategories', rule.dataCategoryIds).map((c) => ctx.name('dataCategories', c))
    : [];
  const purposeIds = ctx.shows('activities', 'retention.purposeIds')
    ? rule.purposeIds.filter((id) => activity.purposes.some((p) => p.id === id))
    : [];
  return { purposeIds, dataCategories, period };
}

/** The plain text of runs, for comparisons and change sentences. */
export function plainText(runs: NoticeInline): string {
  return runs.map((r) => r.text).join('');
}
