/**
 * The summary an inspector reads before anything else: how big the register is, which controller does what, where
 * the sensitive processing is (Art. 9 and 10 data), where data leave the EEA and on which ground, and how many
 * validation findings are open.
 */
import { enumLabel } from '../catalogue/enumLabels';
import { kindHeading } from '../catalogue/fieldLabels';
import { legalGroundGroup, legalGroundLabel } from '../catalogue/legalGrounds';
import { transferMechanismLabel, type TransferMechanismCode } from '../catalogue/transferMechanisms';
import { RECORD_KINDS } from '../model/register';
import type { Activity } from '../model/activity';
import type { Severity } from '../validation/finding';
import { dataTable, heading, keepTogether, lines, withPage } from './blocks';
import { anchorOf, type ExportContext } from './context';
import type { Content, InlineText, TableCell } from './docTypes';
import { INLINE, STYLES } from './styles';
import type { PdfMessageKey } from './messages';

export const SEVERITY_KEYS: Record<Severity, PdfMessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

function activityRef(ctx: ExportContext, activity: Activity): Content {
  const ref: InlineText[] = activity.reference ? [{ text: `${activity.reference}  `, bold: true }] : [];
  return withPage(ctx, [...ref, ...ctx.name(activity)], anchorOf('activities', activity.id));
}

const right = (text: string) => ({ text, alignment: 'right' as const });

export function summarySection(
  ctx: ExportContext,
  findings: { counts: Record<Severity, number>; today: string; included: boolean },
): Content[] {
  const content: Content[] = [
    heading({ text: [ctx.m('summary')], plain: ctx.m('summary'), level: 1, id: 'summary', pageBreak: true }),
  ];

  // Counts per record kind.
  const counts = RECORD_KINDS.map((kind): TableCell[] => [
    kindHeading(kind, ctx.lang),
    { text: String(ctx.register[kind].length), alignment: 'right' },
  ]);
  content.push(
    keepTogether(dataTable([ctx.label('kind'), right(ctx.m('number'))], [4, 1], counts, ctx.m('summaryCounts'))),
  );

  // Activities per controller, by role.
  const controllers = ctx.register.organisations.filter(
    (o) => o.kind === 'controller' || o.kind === 'joint-controller',
  );
  const perController = controllers.map((org): TableCell[] => {
    let sole = 0;
    let joint = 0;
    for (const activity of ctx.register.activities) {
      for (const link of activity.controllers) {
        if (link.organisationId !== org.id) continue;
        if (link.role === 'controller') sole += 1;
        else joint += 1;
      }
    }
    return [
      { text: ctx.name(org) },
      { text: String(sole), alignment: 'right' },
      { text: String(joint), alignment: 'right' },
      { text: String(sole + joint), alignment: 'right', bold: true },
    ];
  });
  content.push(
    dataTable(
      [ctx.label('controllers.organisationId'), right(ctx.m('sole')), right(ctx.m('joint')), right(ctx.m('total'))],
      [5.4, 1.3, 1.3, 1.1],
      perController,
      ctx.m('perController'),
    ),
  );

  // Special-category and criminal-offence data.
  const sensitiveRows: TableCell[][] = [];
  for (const activity of ctx.sortedActivities()) {
    const categories = ctx.all('dataCategories', activity.dataCategoryIds);
    const special = categories.filter((c) => c.kind === 'special');
    const criminal = categories.filter((c) => c.kind === 'criminal');
    if (special.length === 0 && criminal.length === 0) continue;
    const conditions = activity.legalBases
      .filter((b) => legalGroundGroup(b.ground) === 'art9' || legalGroundGroup(b.ground) === 'art10')
      .map((b) => legalGroundLabel(b.ground, ctx.lang));
    const names = (list: typeof categories): Content =>
      list.length === 0 ? { text: '—', ...INLINE.muted } : lines(...list.map((c) => ctx.name(c)));
    sensitiveRows.push([
      activityRef(ctx, activity),
      names(special),
      conditions.length === 0 ? ctx.notRecorded() : lines(...conditions),
      names(criminal),
    ]);
  }
  if (sensitiveRows.length === 0) {
    content.push({ text: ctx.m('sensitive'), ...STYLES.h3 }, { text: ctx.m('sensitiveNone'), ...INLINE.muted });
  } else {
    content.push(
      dataTable(
        [
          ctx.label('name'),
          enumLabel('dataCategoryKind', 'special', ctx.lang),
          ctx.m('art9Condition'),
          enumLabel('dataCategoryKind', 'criminal', ctx.lang),
        ],
        [4.1, 2, 2.5, 1.5],
        sensitiveRows,
        ctx.m('sensitive'),
      ),
    );
  }

  // Transfers by country and mechanism.
  interface TransferGroup {
    country: string;
    mechanism: TransferMechanismCode | undefined;
    transfers: number;
    activities: Set<string>;
  }
  const groups = new Map<string, TransferGroup>();
  for (const transfer of ctx.register.transfers) {
    const key = `${transfer.country}|${transfer.mechanism ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { country: transfer.country, mechanism: transfer.mechanism, transfers: 0, activities: new Set() };
      groups.set(key, group);
    }
    group.transfers += 1;
    for (const user of ctx.usedBy('transfers', transfer.id)) {
      if (user.kind === 'activities' || user.kind === 'processorActivities') group.activities.add(user.id);
    }
  }
  const transferRows = [...groups.values()]
    .map((g) => ({ ...g, countryName: ctx.country(g.country) }))
    .sort((a, b) => ctx.compare(a.countryName, b.countryName) || ctx.compare(a.mechanism ?? '', b.mechanism ?? ''))
    .map((g): TableCell[] => [
      { text: ctx.countryWithStatus(g.country) },
      g.mechanism === undefined ? ctx.notRecorded() : { text: transferMechanismLabel(g.mechanism, ctx.lang) },
      { text: String(g.transfers), alignment: 'right' },
      { text: String(g.activities.size), alignment: 'right' },
    ]);
  if (transferRows.length === 0) {
    content.push(
      { text: ctx.m('transfersByCountry'), ...STYLES.h3 },
      { text: ctx.m('transfersNone'), ...INLINE.muted },
    );
  } else {
    content.push(
      dataTable(
        [
          ctx.label('country'),
          ctx.label('mechanism'),
          right(kindHeading('transfers', ctx.lang)),
          right(ctx.m('activitiesCount')),
        ],
        [2.4, 4.2, 1.2, 1.2],
        transferRows,
        ctx.m('transfersByCountry'),
      ),
    );
  }

  // Findings by severity.
  const severityRows = (['error', 'warning', 'info'] as const).map((s): TableCell[] => [
    ctx.m(SEVERITY_KEYS[s]),
    { text: String(findings.counts[s]), alignment: 'right' },
  ]);
  content.push(
    keepTogether(
      dataTable([ctx.m('severity'), right(ctx.m('number'))], [4, 1], severityRows, ctx.m('findingsSummary')),
    ),
  );
  content.push({
    text: `${ctx.m('findingsDate', { date: ctx.date(findings.today) ?? findings.today })} ${ctx.m(
      findings.included ? 'findingsIncluded' : 'findingsNotIncluded',
    )}`,
    ...INLINE.detail,
  });
  return content;
}
