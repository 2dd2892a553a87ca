/**
 * The processor register (Art. 30(2)): where a group entity processes on behalf of another controller. Kept as a
 * part of its own, as the GDPR and the CNIL advise, with each controller it acts for and that controller's DPO, since
 * Art. 30(2)(a) asks for both.
 */
import { enumLabel } from '../catalogue/enumLabels';
import type { ProcessorActivity } from '../model/processorActivity';
import type { Organisation } from '../model/organisation';
import { detail, fieldTable, heading, shownRows, list, para, type FieldGroup } from './blocks';
import { INLINE, STYLES } from './styles';
import { anchorOf, type ExportContext } from './context';
import { organisationBlock } from './cover';
import { capitalised, join, processorLine, transferLines } from './describe';
import type { Content, InlineText, TextNode } from './docTypes';
import { art30, referencePrefix } from './activities';

function dposOf(ctx: ExportContext, org: Organisation): Organisation[] {
  return ctx.register.organisations.filter((o) => o.kind === 'dpo' && o.servesOrganisationIds.includes(org.id));
}

function dateValue(ctx: ExportContext, iso: string | undefined): Content | undefined {
  return iso === undefined ? undefined : para(ctx.date(iso) ?? iso);
}

export function processorActivityGroups(ctx: ExportContext, pa: ProcessorActivity): FieldGroup[] {
  const none = para({ text: capitalised(ctx.m('none')), ...INLINE.muted });
  const processorOrg = ctx.get('organisations', pa.processorOrganisationId);
  const controllers = ctx.all('organisations', pa.controllerOrganisationIds).map((org): TextNode => {
    const dpos = dposOf(ctx, org);
    const dpoLine =
      dpos.length === 0
        ? undefined
        : detail(
            `${ctx.labelled(ctx.m('controllerDpo'))}${dpos.map((d) => join([ctx.plainName(d), d.email], ', ')).join('; ')}`,
          );
    return organisationBlock(ctx, org, [], dpoLine);
  });

  const parties: FieldGroup = {
    title: ctx.m('groupProcessor'),
    citation: art30(ctx, '2', 'a'),
    rows: [
      { field: 'reference', label: ctx.label('reference'), value: pa.reference ? para(pa.reference) : undefined },
      {
        field: 'processorOrganisationId',
        label: ctx.label('processorOrganisationId'),
        value: processorOrg === undefined ? undefined : organisationBlock(ctx, processorOrg),
      },
      { field: 'controllerOrganisationIds', label: ctx.label('controllerOrganisationIds'), value: list(controllers) },
      { field: 'contractDate', label: ctx.label('contractDate'), value: dateValue(ctx, pa.contractDate) },
    ],
  };
  const processing: FieldGroup = {
    title: ctx.m('groupProcessing'),
    rows: [
      {
        field: 'processingCategories',
        label: ctx.label('processingCategories'),
        citation: art30(ctx, '2', 'b'),
        value: list(pa.processingCategories.map((c) => para(ctx.text(c, 'description')))),
      },
      {
        field: 'subProcessorIds',
        label: ctx.label('subProcessorIds'),
        value: list(ctx.all('processors', pa.subProcessorIds).map((p) => processorLine(ctx, p))) ?? none,
      },
      {
        field: 'transferIds',
        label: ctx.label('transferIds'),
        citation: art30(ctx, '2', 'c'),
        value: list(ctx.all('transfers', pa.transferIds).map((t) => transferLines(ctx, t))) ?? none,
      },
      {
        field: 'securityMeasureIds',
        label: ctx.label('securityMeasureIds'),
        citation: art30(ctx, '2', 'd'),
        value: list(ctx.all('securityMeasures', pa.securityMeasureIds).map((m) => para(ctx.name(m)))),
      },
    ],
  };
  if (pa.securityNotes)
    processing.rows.push({
      field: 'securityNotes',
      label: ctx.label('securityNotes'),
      value: para(ctx.text(pa, 'securityNotes')),
    });

  const lifecycle: FieldGroup = {
    title: ctx.m('groupAssessment'),
    rows: [
      { field: 'status', label: ctx.label('status'), value: para(enumLabel('activityStatus', pa.status, ctx.lang)) },
      { field: 'startDate', label: ctx.label('startDate'), value: dateValue(ctx, pa.startDate) },
    ],
  };
  if (pa.endDate || pa.status === 'retired')
    lifecycle.rows.push({ field: 'endDate', label: ctx.label('endDate'), value: dateValue(ctx, pa.endDate) });
  lifecycle.rows.push(
    { field: 'lastReviewDate', label: ctx.label('lastReviewDate'), value: dateValue(ctx, pa.lastReviewDate) },
    { field: 'nextReviewDate', label: ctx.label('nextReviewDate'), value: dateValue(ctx, pa.nextReviewDate) },
  );
  if (pa.notes && ctx.shows('processorActivities', 'notes'))
    lifecycle.rows.push({ field: 'notes', label: ctx.label('notes'), value: para(ctx.text(pa, 'notes')) });
  return shownRows(ctx, 'processorActivities', [parties, processing, lifecycle]);
}

export function processorActivitySection(ctx: ExportContext, pa: ProcessorActivity, first: boolean): Content[] {
  const status = enumLabel('activityStatus', pa.status, ctx.lang);
  const name = ctx.name(pa);
  const caption: InlineText[] = pa.reference ? [pa.reference] : name;
  return [
    {
      text: `${ctx.m('processorActivity')} · ${status}`.toUpperCase(),
      ...STYLES.eyebrow,
      ...(first ? {} : { pageBreak: 'before' as const }),
    },
    heading({
      text: [...referencePrefix(pa.reference), ...name],
      plain: join([pa.reference, ctx.plainName(pa)], '  '),
      level: 2,
      id: anchorOf('processorActivities', pa.id),
      outlineParent: 'processorActivities',
    }),
    fieldTable(ctx, caption, processorActivityGroups(ctx, pa)),
  ];
}
