/**
 * The PDF export: the register (or one controller's extract of it) as the document the authority or an auditor
 * reads and prints. It assembles the sections into one pdfmake definition and renders it; nothing here reads the
 * clock, so the same register, options and dates give the same document.
 */
import type { UiLanguage } from '../i18n/languages';
import { LOCALE_OF } from '../i18n/languages';
import type { Register } from '../model/register';
import type { Edition } from '../model/recordFields';
import { fingerprint, shortFingerprint } from '../register/canonical';
import { scopeToController } from '../register/controllerScope';
import { countBySeverity, validateRegister } from '../validation/validate';
import type { Finding } from '../validation/finding';
import { activitySection } from './activities';
import { appendicesSection } from './appendices';
import { heading } from './blocks';
import { ExportContext } from './context';
import { coverPage, type CoverFacts } from './cover';
import type { Alignment, Content, DocDefinition, TextNode } from './docTypes';
import { renderPdf } from './engine';
import { findingsSection } from './findings';
import { keepShortLines } from './fit';
import { processorActivitySection } from './processorActivities';
import { COLOR, CONTENT_WIDTH, DEFAULT_STYLE, INLINE, MARGIN, STYLES } from './styles';
import { summarySection } from './summary';

export interface ExportPdfOptions {
  /** Language of labels and headings; register texts use their translation into it when there is one. */
  lang: UiLanguage;
  /** Limit the export to one controller (see scopeToController); throws UnknownOrganisationError if unknown. */
  controllerId?: string;
  /** Name of the snapshot exported, printed on the cover; absent for the live register. */
  snapshotName?: string;
  /** When the export is made: printed on the cover and every page, and the PDF's creation date. */
  exportedAt: Date;
  /** YYYY-MM-DD: the day findings are computed for (overdue reviews). */
  today: string;
  /** List the findings in a last part; their counts are always in the summary. */
  includeFindings?: boolean;
  /** Called as the export advances; `done` reaches `total` when the bytes are ready. */
  onProgress?: (done: number, total: number) => void;
  /** `internal` keeps the internal fields (owner, systems, notes, what the DPO marked) and says so on every page. */
  edition?: Edition;
}

/** The export's time zone: the register is kept for the Belgian authority, so dates are Belgian dates. */
const TIME_ZONE = 'Europe/Brussels';

function exportMoment(date: Date, lang: UiLanguage): { long: string; day: string } {
  const locale = LOCALE_OF[lang];
  const long = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }).format(date);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
  return { long, day };
}

/**
 * Progress is reported in thousandths, by phase, each weighted by its share of the time on a 1,000-activity register:
 * building the definition (sections built), measuring the text (pdfmake reports nothing: the bar moves on when the
 * first page is laid out), laying out pages (pages started, against an estimate of the page count), page headers and
 * footers (exact), writing the PDF (pdfmake's share of page items written).
 */
const PROGRESS_TOTAL = 1000;
const PHASE = { built: 30, measured: 330, laidOut: 450, framed: 500 } as const;
/** Pages per activity section, measured on the sample register (its activities take one to four pages). */
const PAGES_PER_ACTIVITY = 2.4;

interface DocumentInput {
  ctx: ExportContext;
  facts: CoverFacts;
  findings: readonly Finding[];
  today: string;
  includeFindings: boolean;
  shortFingerprint: string;
  exportDay: string;
  onSection?: () => void;
  /** Called as pdfmake starts each page during layout. */
  onPageStarted?: (page: number) => void;
  /** Called as pdfmake lays out each page's header, after the layout of the content. */
  onPageFramed?: (page: number, pages: number) => void;
}

/** A piece of the page header or footer, in one unwrapped run when it fits its column (it nearly always does). */
function chrome(text: string, width: number, alignment: Alignment = 'left'): TextNode & { width: number } {
  const node: TextNode & { width: number } = { text, ...STYLES.pageChrome, alignment, width };
  keepShortLines(node, width);
  return node;
}

/** The whole document definition; exported for the layout-free baseline measurement and tests. */
export function buildDocument(input: DocumentInput): DocDefinition {
  const { ctx } = input;
  const meta = ctx.register.meta;
  const tick = input.onSection ?? (() => undefined);

  const content: Content[] = [...coverPage(ctx, input.facts)];
  content.push({
    toc: {
      title: {
        text: ctx.m('contents'),
        ...STYLES.tocTitle,
        outline: true,
        outlineText: ctx.m('contents'),
        id: 'contents',
      },
    },
    pageBreak: 'before',
  });
  content.push(
    ...summarySection(ctx, {
      counts: countBySeverity(input.findings),
      today: input.today,
      included: input.includeFindings,
    }),
  );

  const activitiesTitle = ctx.m('activitiesSection');
  content.push(
    heading({ text: [activitiesTitle], plain: activitiesTitle, level: 1, id: 'activities', pageBreak: true }),
  );
  const activities = ctx.sortedActivities();
  if (activities.length === 0) content.push({ text: ctx.m('activitiesNone'), ...INLINE.muted });
  activities.forEach((activity, i) => {
    content.push(...activitySection(ctx, activity, i === 0));
    tick();
  });

  const processorTitle = ctx.m('processorSection');
  content.push(
    heading({ text: [processorTitle], plain: processorTitle, level: 1, id: 'processorActivities', pageBreak: true }),
  );
  const processorActivities = [...ctx.register.processorActivities].sort(
    (a, b) =>
      ctx.compare(a.reference ?? '\uffff', b.reference ?? '\uffff') || ctx.compare(ctx.plainName(a), ctx.plainName(b)),
  );
  if (processorActivities.length === 0) content.push({ text: ctx.m('processorNone'), ...INLINE.muted });
  processorActivities.forEach((pa, i) => {
    content.push(...processorActivitySection(ctx, pa, i === 0));
    tick();
  });

  content.push(...appendicesSection(ctx));
  if (input.includeFindings) content.push(...findingsSection(ctx, input.findings));

  const organisation = meta.organisationName ? ctx.plain(meta, 'organisationName') : '';
  const title = ctx.plain(meta, 'title');
  const half = CONTENT_WIDTH / 2;
  const footerLeft = ctx.m('footerExported', { date: input.exportDay });
  const footerMiddle = ctx.m('footerFingerprint', { fingerprint: input.shortFingerprint });

  return {
    pageSize: 'A4',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: {
      title,
      author: organisation || title,
      subject: input.facts.scopedTo
        ? `${ctx.m('documentKind')} – ${ctx.labelled(ctx.m('scope'))}${ctx.plainName(input.facts.scopedTo)}`
        : ctx.m('documentKind'),
      keywords: `GDPR Art. 30; SHA-256 ${input.facts.fingerprint}`,
      creator: 'RoPA Desk',
      producer: 'RoPA Desk (pdfmake)',
      creationDate: new Date(input.facts.exportedAtDate.getTime()),
      modDate: new Date(input.facts.exportedAtDate.getTime()),
    },
    language: LOCALE_OF[ctx.lang],
    displayTitle: true,
    // Draws nothing: the hook tells how far the layout has come.
    background: (page: number) => {
      input.onPageStarted?.(page);
      return null;
    },
    header: (page: number, pages: number) => {
      input.onPageFramed?.(page, pages);
      return {
        stack: [
          {
            columns: [chrome(organisation, half), chrome(title, half, 'right')],
          },
          { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: COLOR.rule }] },
          ...(ctx.edition === 'internal'
            ? [
                {
                  text: ctx.m('internalEdition'),
                  fontSize: 7.5,
                  bold: true,
                  color: COLOR.sensitive,
                  margin: [0, 3, 0, 0],
                },
              ]
            : []),
        ],
        margin: [MARGIN.left, 26, MARGIN.right, 0],
      };
    },
    footer: (page: number, pages: number) => ({
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLOR.rule }] },
        {
          columns: [
            chrome(footerLeft, CONTENT_WIDTH * 0.36),
            chrome(footerMiddle, CONTENT_WIDTH * 0.32, 'center'),
            chrome(ctx.m('pageXofY', { page, pages }), CONTENT_WIDTH * 0.32, 'right'),
          ],
          margin: [0, 5, 0, 0],
        },
      ],
      margin: [MARGIN.left, 18, MARGIN.right, 0],
    }),
    defaultStyle: DEFAULT_STYLE,
    content,
  };
}

/** The document definition of an export, before pdfmake lays it out: what tests of the content look at. */
export function pdfDefinition(register: Register, options: ExportPdfOptions): DocDefinition {
  return prepare(register, options).doc;
}

export async function exportPdf(register: Register, options: ExportPdfOptions): Promise<Uint8Array> {
  const { doc, report } = prepare(register, options);
  const bytes = await renderPdf(doc, (fraction) => report(PHASE.framed + (PROGRESS_TOTAL - PHASE.framed) * fraction));
  report(PROGRESS_TOTAL);
  return bytes;
}

function prepare(
  register: Register,
  options: ExportPdfOptions,
): { doc: DocDefinition; report: (value: number) => void } {
  const scoped = options.controllerId === undefined ? register : scopeToController(register, options.controllerId);
  const ctx = new ExportContext(scoped, options.lang, options.edition ?? 'standard');
  const findings = validateRegister(scoped, { today: options.today });
  const fp = fingerprint(scoped);
  const moment = exportMoment(options.exportedAt, options.lang);

  const sections = Math.max(1, scoped.activities.length + scoped.processorActivities.length);
  const estimatedPages = 12 + PAGES_PER_ACTIVITY * scoped.activities.length + scoped.processorActivities.length;
  let done = 0;
  let reported = -1;
  const report = (value: number): void => {
    const next = Math.min(PROGRESS_TOTAL, Math.max(reported, Math.floor(value)));
    if (next === reported) return;
    reported = next;
    options.onProgress?.(next, PROGRESS_TOTAL);
  };
  report(0);

  const doc = buildDocument({
    ctx,
    facts: {
      fingerprint: fp,
      exportedAt: moment.long,
      exportedAtDate: options.exportedAt,
      snapshotName: options.snapshotName,
      scopedTo: options.controllerId === undefined ? undefined : ctx.get('organisations', options.controllerId),
    },
    findings,
    today: options.today,
    includeFindings: options.includeFindings ?? false,
    shortFingerprint: shortFingerprint(fp),
    exportDay: moment.day,
    onSection: () => report((PHASE.built * ++done) / sections),
    onPageStarted: (page) =>
      report(PHASE.measured + (PHASE.laidOut - PHASE.measured) * Math.min(0.99, page / estimatedPages)),
    onPageFramed: (page, pages) => report(PHASE.laidOut + ((PHASE.framed - PHASE.laidOut) * page) / pages),
  });
  return { doc, report };
}
