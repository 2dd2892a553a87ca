/**
 * One section per processing activity with every Art. 30(1) item, grouped and labelled by the item it answers, so an
 * inspector can tick the article off against the page. Each activity starts on a new page: sections can then be
 * printed, removed or annotated one by one, and a heading never ends up alone at the foot of a page.
 */
import { gdprCitation } from '../catalogue/citation';
import { enumLabel } from '../catalogue/enumLabels';
import { legalGroundLabel } from '../catalogue/legalGrounds';
import { formatDuration } from '../i18n/formatDate';
import type { Activity } from '../model/activity';
import type { RetentionRule } from '../model/retention';
import {
  detail,
  fieldTable,
  heading,
  shownRows,
  lines,
  list,
  para,
  withPage,
  type FieldGroup,
  type Line,
} from './blocks';
import { anchorOf, type ExportContext } from './context';
import type { Content, InlineText } from './docTypes';
import {
  capitalised,
  dataCategoryLine,
  join,
  legalReferenceDetail,
  processorLine,
  recipientLine,
  subjectCategoryLine,
  transferLines,
} from './describe';
import { COLOR, INLINE, STYLES } from './styles';

export function art30(ctx: ExportContext, paragraph: '1' | '2', ...points: string[]): string {
  return points.map((point) => gdprCitation('30', paragraph, point)[ctx.lang]).join(', ');
}

/** "CM-001  " in front of a name, in headings and the table of contents. */
export function referencePrefix(reference: string | undefined): InlineText[] {
  return reference ? [{ text: `${reference}  `, color: COLOR.muted }] : [];
}

function yesNo(ctx: ExportContext, value: boolean): string {
  return ctx.m(value ? 'yes' : 'no');
}

/**
 * A purpose or category name inside a sentence: "voor klachten", unless it starts with an acronym ("voor RIZIV") or is
 * German text shown untranslated (German nouns keep their capital).
 */
function inSentence(ctx: ExportContext, parts: InlineText[]): InlineText[] {
  const [first, ...rest] = parts;
  if (typeof first !== 'string' || !/^\p{Lu}\p{Ll}/u.test(first)) return parts;
  if (ctx.main === 'de' && rest.length > 0) return parts;
  return [first.charAt(0).toLowerCase() + first.slice(1), ...rest];
}

/**
 * "18 maanden, voor klachten": the period and the purposes and data categories it covers. A criterion is a sentence
 * of its own, so what it covers goes on a line under it.
 */
function retentionLine(ctx: ExportContext, activity: Activity, rule: RetentionRule): Content {
  const covered: InlineText[] = [];
  for (const id of rule.purposeIds) {
    const purpose = activity.purposes.find((p) => p.id === id);
    if (purpose === undefined) continue;
    if (covered.length > 0) covered.push('; ');
    covered.push(...inSentence(ctx, ctx.text(purpose, 'description')));
  }
  for (const category of ctx.all('dataCategories', rule.dataCategoryIds)) {
    if (covered.length > 0) covered.push('; ');
    covered.push(...inSentence(ctx, ctx.name(category)));
  }
  const [before = '', after = ''] = ctx.m('retentionFor', { what: '\u0000' }).split('\u0000');

  const main: InlineText[] = [];
  let coveredLine: Line | undefined;
  if (rule.period !== undefined) {
    main.push({ text: formatDuration(rule.period, ctx.lang), bold: true });
    if (rule.criterion) main.push(' (', ...ctx.text(rule, 'criterion'), ')');
    if (covered.length > 0) main.push(`, ${before}`, ...covered, after);
  } else {
    if (rule.criterion) main.push(...ctx.text(rule, 'criterion'));
    else main.push({ text: ctx.m('notRecorded'), ...INLINE.notRecorded });
    if (covered.length > 0) coveredLine = detail([ctx.labelled(ctx.m('appliesTo')), ...covered]);
  }
  const refs = ctx.all('legalReferences', rule.legalReferenceIds);
  return lines(
    main,
    coveredLine,
    rule.trigger ? detail([ctx.labelled(ctx.label('retention.trigger')), ...ctx.text(rule, 'trigger')]) : undefined,
    refs.length > 0
      ? detail(
          `${ctx.labelled(ctx.label('retention.legalReferenceIds'))}${refs.map((r) => ctx.plainName(r)).join('; ')}`,
        )
      : undefined,
  );
}

function controllersValue(ctx: ExportContext, activity: Activity): Content | undefined {
  return list(
    activity.controllers.map((link): Content => {
      const org = ctx.get('organisations', link.organisationId);
      const role = enumLabel('controllerRole', link.role, ctx.lang);
      if (org === undefined) return para(role);
      return lines(
        [...ctx.name(org), { text: ` – ${role}`, ...INLINE.muted }],
        org.enterpriseNumber ? detail(`${ctx.label('enterpriseNumber')} ${org.enterpriseNumber}`) : undefined,
        link.role === 'joint-controller' && org.jointArrangement
          ? detail([ctx.labelled(ctx.label('jointArrangement')), ...ctx.text(org, 'jointArrangement')])
          : undefined,
      );
    }),
  );
}

function legalBasesValue(ctx: ExportContext, activity: Activity): Content | undefined {
  return list(
    activity.legalBases.map((basis): Content => {
      const refs: Line[] = ctx.all('legalReferences', basis.legalReferenceIds).map((ref) => {
        // A GDPR provision's name already says which provision it is.
        const more = ref.kind === 'gdpr' ? '' : legalReferenceDetail(ctx, ref);
        return [...ctx.name(ref), ...(more === '' ? [] : [{ text: ` (${more})`, ...INLINE.muted }])];
      });
      return lines(
        [{ text: legalGroundLabel(basis.ground, ctx.lang), bold: true }],
        ...refs,
        basis.explanation ? detail(ctx.text(basis, 'explanation')) : undefined,
      );
    }),
  );
}

/** "Art. 9 AVG: Ja · Art. 10 AVG: Nee · Art. 87 AVG: Ja": the categories themselves are tagged in the list above. */
function sensitiveValue(ctx: ExportContext, activity: Activity): Content {
  const kinds = new Set(ctx.all('dataCategories', activity.dataCategoryIds).map((c) => c.kind));
  const parts: InlineText[] = [];
  for (const [kind, article] of [
    ['special', '9'],
    ['criminal', '10'],
    ['national-id', '87'],
  ] as const) {
    if (parts.length > 0) parts.push({ text: '   ·   ', ...INLINE.muted });
    parts.push(ctx.labelled(gdprCitation(article)[ctx.lang]));
    parts.push(kinds.has(kind) ? { text: ctx.m('yes'), bold: true, color: COLOR.sensitive } : ctx.m('no'));
  }
  return para(parts);
}

function optionalText(
  ctx: ExportContext,
  activity: Activity,
  field: 'description' | 'businessProcess' | 'owner' | 'systems' | 'securityNotes' | 'notes',
): Content | undefined {
  return activity[field] ? para(ctx.text(activity, field)) : undefined;
}

export function activityGroups(ctx: ExportContext, activity: Activity): FieldGroup[] {
  const none = para({ text: capitalised(ctx.m('none')), ...INLINE.muted });
  const dpia = activity.dpia;
  const automated = activity.automatedDecision;
  const replacedBy = ctx.get('activities', activity.replacedByActivityId);

  const identification: FieldGroup = {
    title: ctx.m('groupIdentification'),
    citation: art30(ctx, '1', 'a'),
    rows: [
      {
        field: 'reference',
        label: ctx.label('reference'),
        value: activity.reference ? para(activity.reference) : undefined,
      },
      { field: 'controllers', label: ctx.label('controllers'), value: controllersValue(ctx, activity) },
      { field: 'description', label: ctx.label('description'), value: optionalText(ctx, activity, 'description') },
    ],
  };
  // Internal fields (the owner, systems, notes, and what the DPO marked) only appear in the internal edition.
  for (const field of ['businessProcess', 'owner'] as const)
    if (ctx.shows('activities', field))
      identification.rows.push({ field, label: ctx.label(field), value: optionalText(ctx, activity, field) });
  if (activity.systems && ctx.shows('activities', 'systems'))
    identification.rows.push({
      field: 'systems',
      label: ctx.label('systems'),
      value: optionalText(ctx, activity, 'systems'),
    });
  identification.rows.push({
    field: 'characteristics',
    label: ctx.label('characteristics'),
    value:
      activity.characteristics.length === 0
        ? para(ctx.m('normalProcessing'))
        : list(activity.characteristics.map((c) => para(enumLabel('processingCharacteristic', c, ctx.lang)))),
  });

  const purposes: FieldGroup = {
    title: ctx.m('groupPurposes'),
    citation: art30(ctx, '1', 'b'),
    rows: [
      {
        field: 'purposes',
        label: ctx.label('purposes'),
        value: list(activity.purposes.map((p) => para(ctx.text(p, 'description')))),
      },
      {
        field: 'legalBases',
        label: ctx.label('legalBases'),
        citation: join([gdprCitation('6')[ctx.lang], gdprCitation('9')[ctx.lang], gdprCitation('10')[ctx.lang]], ', '),
        value: legalBasesValue(ctx, activity),
      },
    ],
  };

  const data: FieldGroup = {
    title: ctx.m('groupData'),
    citation: art30(ctx, '1', 'c'),
    rows: [
      {
        field: 'subjectCategoryIds',
        label: ctx.label('subjectCategoryIds'),
        value: list(ctx.all('subjectCategories', activity.subjectCategoryIds).map((c) => subjectCategoryLine(ctx, c))),
      },
      {
        field: 'dataCategoryIds',
        label: ctx.label('dataCategoryIds'),
        value: list(ctx.all('dataCategories', activity.dataCategoryIds).map((c) => dataCategoryLine(ctx, c))),
      },
      { label: ctx.m('sensitiveData'), value: sensitiveValue(ctx, activity) },
      {
        field: 'sources',
        label: ctx.label('sources'),
        value: list(
          activity.sources.map((s) =>
            para(ctx.text(s, 'description'), {
              text: `  ${ctx.m(s.fromDataSubject ? 'fromDataSubject' : 'otherSource')}`,
              ...INLINE.detail,
            }),
          ),
        ),
      },
    ],
  };

  const recipients: FieldGroup = {
    title: ctx.m('groupRecipients'),
    citation: art30(ctx, '1', 'd', 'e'),
    rows: [
      {
        field: 'recipientIds',
        label: ctx.label('recipientIds'),
        citation: art30(ctx, '1', 'd'),
        value: list(ctx.all('recipients', activity.recipientIds).map((r) => recipientLine(ctx, r))),
      },
      {
        field: 'processorIds',
        label: ctx.label('processorIds'),
        value: list(ctx.all('processors', activity.processorIds).map((p) => processorLine(ctx, p))) ?? none,
      },
      {
        field: 'transferIds',
        label: ctx.label('transferIds'),
        citation: art30(ctx, '1', 'e'),
        value: list(ctx.all('transfers', activity.transferIds).map((t) => transferLines(ctx, t))) ?? none,
      },
    ],
  };

  const retention: FieldGroup = {
    title: ctx.m('groupRetention'),
    citation: art30(ctx, '1', 'f'),
    rows: [
      {
        field: 'retention',
        label: ctx.label('retention'),
        value: list(activity.retention.map((r) => retentionLine(ctx, activity, r))),
      },
    ],
  };

  const security: FieldGroup = {
    title: ctx.m('groupSecurity'),
    citation: art30(ctx, '1', 'g'),
    rows: [
      {
        field: 'securityMeasureIds',
        label: ctx.label('securityMeasureIds'),
        citation: gdprCitation('32', '1')[ctx.lang],
        value: list(ctx.all('securityMeasures', activity.securityMeasureIds).map((m) => para(ctx.name(m)))),
      },
    ],
  };
  if (activity.securityNotes) {
    security.rows.push({
      field: 'securityNotes',
      label: ctx.label('securityNotes'),
      value: optionalText(ctx, activity, 'securityNotes'),
    });
  }

  const dpiaValue: Content | undefined =
    dpia === undefined
      ? undefined
      : lines(
          enumLabel('dpiaStatus', dpia.status, ctx.lang),
          dpia.reference || dpia.date ? detail(join([dpia.reference, ctx.date(dpia.date)])) : undefined,
        );
  const automatedValue: Content | undefined =
    automated === undefined
      ? undefined
      : lines(
          join([
            yesNo(ctx, automated.exists),
            automated.exists &&
              `${ctx.labelled(ctx.label('automatedDecision.profiling'))}${yesNo(ctx, automated.profiling)}`,
          ]),
          automated.logic
            ? detail([ctx.labelled(ctx.label('automatedDecision.logic')), ...ctx.untranslated(automated.logic)])
            : undefined,
        );

  const assessment: FieldGroup = {
    title: ctx.m('groupAssessment'),
    rows: [
      { field: 'dpia', label: ctx.label('dpia'), citation: gdprCitation('35')[ctx.lang], value: dpiaValue },
      {
        field: 'automatedDecision',
        label: ctx.label('automatedDecision'),
        citation: gdprCitation('22')[ctx.lang],
        value: automatedValue,
      },
      {
        field: 'status',
        label: ctx.label('status'),
        value: para(enumLabel('activityStatus', activity.status, ctx.lang)),
      },
      {
        field: 'startDate',
        label: ctx.label('startDate'),
        value: activity.startDate ? para(ctx.date(activity.startDate) ?? '') : undefined,
      },
    ],
  };
  if (activity.endDate || activity.status === 'retired') {
    assessment.rows.push({
      field: 'endDate',
      label: ctx.label('endDate'),
      value: activity.endDate ? para(ctx.date(activity.endDate) ?? '') : undefined,
    });
  }
  if (replacedBy !== undefined) {
    assessment.rows.push({
      field: 'replacedByActivityId',
      label: ctx.label('replacedByActivityId'),
      value: withPage(
        ctx,
        [...referencePrefix(replacedBy.reference), ...ctx.name(replacedBy)],
        anchorOf('activities', replacedBy.id),
      ),
    });
  }
  assessment.rows.push(
    {
      field: 'lastReviewDate',
      label: ctx.label('lastReviewDate'),
      value: activity.lastReviewDate ? para(ctx.date(activity.lastReviewDate) ?? '') : undefined,
    },
    {
      field: 'nextReviewDate',
      label: ctx.label('nextReviewDate'),
      value: activity.nextReviewDate ? para(ctx.date(activity.nextReviewDate) ?? '') : undefined,
    },
  );

  if (activity.notes && ctx.shows('activities', 'notes'))
    assessment.rows.push({ field: 'notes', label: ctx.label('notes'), value: para(ctx.text(activity, 'notes')) });

  return shownRows(ctx, 'activities', [identification, purposes, data, recipients, retention, security, assessment]);
}

export function activitySection(ctx: ExportContext, activity: Activity, first: boolean): Content[] {
  const status = enumLabel('activityStatus', activity.status, ctx.lang);
  const name = ctx.name(activity);
  // The caption is repeated on every page the activity covers: its number is enough to tell which one it is.
  const caption: InlineText[] = activity.reference ? [activity.reference] : name;
  return [
    {
      text: `${ctx.m('activity')} · ${status}`.toUpperCase(),
      ...STYLES.eyebrow,
      ...(first ? {} : { pageBreak: 'before' as const }),
    },
    heading({
      text: [...referencePrefix(activity.reference), ...name],
      plain: join([activity.reference, ctx.plainName(activity)], '  '),
      level: 2,
      id: anchorOf('activities', activity.id),
      outlineParent: 'activities',
    }),
    fieldTable(ctx, caption, activityGroups(ctx, activity)),
  ];
}
