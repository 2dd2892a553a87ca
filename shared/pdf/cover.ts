/**
 * The cover: who keeps the register (Art. 30(1)(a): controllers, DPO), whom it is for (the supervisory authority),
 * and which version of it this is (export date, snapshot, fingerprint). An auditor checks these first.
 */
import { enumLabel } from '../catalogue/enumLabels';
import type { Address, Organisation } from '../model/organisation';
import { detail, lines, list, para, type Line } from './blocks';
import type { ExportContext } from './context';
import { keepShortLines } from './fit';
import type { Content, InlineText, TableCell, TextNode } from './docTypes';
import { COLOR, CONTENT_WIDTH, INLINE, PLAIN_LAYOUT, STYLES } from './styles';

export interface CoverFacts {
  fingerprint: string;
  /** The export moment in words, with its time zone. */
  exportedAt: string;
  exportedAtDate: Date;
  snapshotName?: string | undefined;
  /** The controller an extract was made for. */
  scopedTo?: Organisation | undefined;
}

export function formatAddress(ctx: ExportContext, address: Address | undefined): string | undefined {
  if (address === undefined) return undefined;
  const city = [address.postalCode, address.city].filter(Boolean).join(' ');
  const country = address.country === undefined ? undefined : ctx.country(address.country);
  const parts = [address.street, city, country].filter((p): p is string => p !== undefined && p !== '');
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** Name, then enterprise number, address and contact lines in small print. */
export function organisationBlock(
  ctx: ExportContext,
  org: Organisation,
  extra: InlineText[] = [],
  more?: Line,
): TextNode {
  const facts = [
    org.enterpriseNumber ? `${ctx.label('enterpriseNumber')} ${org.enterpriseNumber}` : undefined,
    formatAddress(ctx, org.address),
  ].filter((p): p is string => p !== undefined);
  const contact = [org.contactPerson, org.email, org.phone, org.website].filter(
    (p): p is string => p !== undefined && p !== '',
  );
  return lines(
    [...ctx.name(org), ...extra],
    facts.length > 0 ? detail(facts.join(' · ')) : undefined,
    contact.length > 0 ? detail(contact.join(' · ')) : undefined,
    more,
  );
}

export function coverPage(ctx: ExportContext, facts: CoverFacts): Content[] {
  const meta = ctx.register.meta;
  const orgs = ctx.register.organisations;
  const controllers = orgs.filter((o) => o.kind === 'controller' || o.kind === 'joint-controller');
  const dpos = orgs.filter((o) => o.kind === 'dpo');
  const authorities = orgs.filter((o) => o.kind === 'supervisory-authority');

  const dpoBlock = (dpo: Organisation): Content => {
    const serves = ctx.all('organisations', dpo.servesOrganisationIds);
    const extra: InlineText[] =
      serves.length === 0 ? [] : [{ text: ` (${serves.map((o) => ctx.plainName(o)).join('; ')})`, ...INLINE.muted }];
    return organisationBlock(ctx, dpo, extra);
  };

  const rows: [string, Content | undefined][] = [
    [ctx.label('controllers'), list(controllers.map((o) => organisationBlock(ctx, o)))],
    [ctx.m('dpo'), list(dpos.map(dpoBlock))],
    [
      enumLabel('organisationKind', 'supervisory-authority', ctx.lang),
      list(authorities.map((o) => organisationBlock(ctx, o))),
    ],
    [ctx.m('exportDate'), para(facts.exportedAt)],
    [
      ctx.m('source'),
      para(
        facts.snapshotName === undefined
          ? ctx.m('liveRegister')
          : `${ctx.labelled(ctx.m('snapshot'))}${facts.snapshotName}`,
      ),
    ],
    [ctx.m('fingerprint'), lines([{ text: facts.fingerprint, bold: true }], detail(ctx.m('fingerprintNote')))],
  ];
  if (ctx.lang !== ctx.main) {
    rows.push([ctx.label('mainLanguage'), para(detail(ctx.m('fallbackNote', { main: ctx.main })))]);
  }

  const valueWidth = CONTENT_WIDTH - 128;
  const body: TableCell[][] = rows.map(([label, value]) => {
    const cell = value ?? ctx.notRecorded();
    keepShortLines(cell, valueWidth);
    return [{ text: label, ...STYLES.coverLabel }, cell];
  });

  const content: Content[] = [
    { text: ctx.m('documentKind'), ...STYLES.coverKind },
    { text: ctx.text(meta, 'title'), ...STYLES.coverTitle },
  ];
  if (meta.organisationName) content.push({ text: ctx.text(meta, 'organisationName'), ...STYLES.coverOrganisation });
  if (facts.scopedTo !== undefined) {
    content.push({
      text: [ctx.labelled(ctx.m('scope')), ...ctx.name(facts.scopedTo)],
      ...STYLES.coverOrganisation,
      bold: true,
    });
  }
  if (meta.description) content.push({ text: ctx.text(meta, 'description'), ...STYLES.coverDescription });
  content.push({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1, lineColor: COLOR.accent }],
    margin: [0, 18, 0, 12],
  });
  content.push({ table: { widths: [120, valueWidth], body }, layout: PLAIN_LAYOUT });
  return content;
}
