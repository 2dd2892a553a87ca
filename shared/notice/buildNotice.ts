/**
 * The privacy notice (Art. 13 and 14 GDPR) of one controller or a group of them, made from the register: the facts
 * of `noticeFacts.ts` laid out in the sections a data subject expects, in the order of the statements the product was
 * built from, with the fixed paragraphs from `templates.ts`. Purposes are grouped by the activity's business process
 * (its context); recipients by their kind; data categories by their kind, so special categories and the national
 * register number are named as such. Returns plain data (`NoticeDocument`) and the problems the DPO should fix.
 */
import { enumLabel } from '../catalogue/enumLabels';
import { countryStatus } from '../catalogue/countries';
import { LEGAL_GROUND_CODES, legalGroundLabel } from '../catalogue/legalGrounds';
import { transferMechanismLabel } from '../catalogue/transferMechanisms';
import { formatIsoDate } from '../i18n/formatDate';
import { capitalised, languageNameInText, type UiLanguage } from '../i18n/languages';
import { DATA_CATEGORY_KINDS } from '../model/dataCategory';
import type { Organisation } from '../model/organisation';
import { RECIPIENT_CATEGORIES } from '../model/recipient';
import type { Register } from '../model/register';
import { fingerprint } from '../register/canonical';
import { joinRuns, NoticeContext } from './noticeContext';
import type {
  NoticeBlock,
  NoticeDocument,
  NoticeInline,
  NoticeListItem,
  NoticeRun,
  NoticeSection,
  NoticeSectionId,
  NoticeSubsection,
} from './noticeDocument';
import { noticeFacts, plainText, type ActivityFact, type NoticeFacts } from './noticeFacts';
import {
  resolveTemplate,
  TEMPLATE_FIELDS,
  templateBlocks,
  type NoticeTemplateKey,
  type NoticeTemplates,
} from './templates';

export interface NoticeOptions {
  /** The controllers the notice is for: one, or a group that informs data subjects together. */
  readonly controllerIds: readonly string[];
  readonly lang: UiLanguage;
  /** Texts of the fixed paragraphs for this notice, before the register's own and the defaults. */
  readonly templates?: NoticeTemplates;
  /** The date the notice carries (ISO); today by default. */
  readonly date?: string;
  /**
   * The register's fingerprint when the caller has it already (the app keeps one per revision): hashing a large
   * register takes longer than building its notice, which a live preview does at every change.
   */
  readonly fingerprint?: string;
}

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const plain = (text: string): NoticeRun => ({ text });
const strong = (run: NoticeRun): NoticeRun => ({ ...run, strong: true });
const paragraph = (text: string | NoticeInline): NoticeBlock => ({
  type: 'paragraph',
  content: typeof text === 'string' ? [plain(text)] : text,
});

/**
 * A message whose placeholders are replaced by runs, so a register text keeps its language mark inside the sentence:
 * `fill("{names}, for: {activities}", { names, activities })`.
 */
function fill(template: string, parts: Readonly<Record<string, NoticeInline>>): NoticeInline {
  const out: NoticeRun[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const runs = parts[match[1] ?? ''];
    if (runs === undefined) continue;
    if (match.index > last) out.push(plain(template.slice(last, match.index)));
    out.push(...runs);
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(plain(template.slice(last)));
  return out;
}

export function buildNotice(register: Register, options: NoticeOptions): NoticeDocument {
  const ctx = new NoticeContext(register, options.lang);
  const facts = noticeFacts(ctx, options.controllerIds);
  const date = options.date ?? todayIso();
  const controllerNames = facts.controllers.map((o) => ctx.plainName('organisations', o));

  for (const controller of facts.controllers) {
    if (facts.activities.every((a) => !a.activity.controllers.some((c) => c.organisationId === controller.id)))
      ctx.problem('noActivities', ctx.ref('organisations', controller, 'kind'), {
        controller: ctx.plainName('organisations', controller),
      });
  }

  const params = {
    controllers: ctx.joined(controllerNames),
    contact: contactText(ctx, facts),
    dpo: facts.dpos.map((o) => ctx.plainName('organisations', o)).join('; '),
    authority: facts.authorities.map((o) => ctx.plainName('organisations', o)).join('; '),
  };
  const template = (key: NoticeTemplateKey): NoticeBlock[] => {
    const resolved = resolveTemplate(register, key, options.lang, options.templates);
    if (resolved.untranslated) {
      const field = TEMPLATE_FIELDS[key];
      ctx.problem(
        'templateNotTranslated',
        { kind: 'meta', field, path: field },
        { language: languageNameInText(options.lang, options.lang) },
      );
    }
    return templateBlocks(resolved.text, params);
  };

  const sections: NoticeSection[] = [];
  const section = (id: NoticeSectionId, heading: string, blocks: NoticeBlock[], subsections: NoticeSubsection[] = []) =>
    sections.push({ id, heading, blocks, subsections });

  section('introduction', ctx.m('headingIntroduction'), template('introduction'));
  section('controllers', ctx.m('headingControllers'), controllerBlocks(ctx, facts));
  section('purposes', ctx.m('headingPurposes'), [paragraph(ctx.m('purposesIntro'))], purposeSubsections(ctx, facts));
  section('legalBases', ctx.m('headingLegalBases'), legalBasisBlocks(ctx, facts));
  section(
    'dataCategories',
    ctx.m('headingDataCategories'),
    [paragraph(ctx.m('dataCategoriesIntro'))],
    dataCategorySubsections(ctx, facts),
  );
  section('sources', ctx.m('headingSources'), [paragraph(ctx.m('sourcesIntro'))], sourceSubsections(ctx, facts));
  section(
    'recipients',
    ctx.m('headingRecipients'),
    [paragraph(ctx.m('recipientsIntro'))],
    recipientSubsections(ctx, facts),
  );
  section('processors', ctx.m('headingProcessors'), processorBlocks(ctx, facts));
  section('transfers', ctx.m('headingTransfers'), transferBlocks(ctx, facts));
  section('retention', ctx.m('headingRetention'), retentionBlocks(ctx, facts));
  section('automated', ctx.m('headingAutomated'), automatedBlocks(ctx, facts));
  section('rights', ctx.m('headingRights'), template('rights'));
  section('exercise', ctx.m('headingExercise'), template('exercise'));
  section('contact', ctx.m('headingContact'), template('complaints'), contactSubsections(ctx, facts));

  return {
    lang: options.lang,
    mainLanguage: ctx.main,
    title: ctx.m('titleOf', { controllers: ctx.joined(controllerNames) }),
    controllers: facts.controllers.map((o) => ({ id: o.id, name: ctx.plainName('organisations', o) })),
    date,
    dateText: formatIsoDate(date, options.lang, 'long'),
    fingerprint: options.fingerprint ?? fingerprint(register),
    sections,
    hasFallbacks: ctx.hasFallbacks,
    missing: ctx.missing,
  };
}

/** Where to write to exercise one's rights: the DPO's e-mail, else the controllers', else the DPO's postal address. */
function contactText(ctx: NoticeContext, facts: NoticeFacts): string {
  const emails = (orgs: readonly Organisation[]) =>
    ctx.shows('organisations', 'email') ? orgs.map((o) => o.email).filter((e): e is string => e !== undefined) : [];
  const dpoEmails = emails(facts.dpos);
  if (dpoEmails.length > 0) return ctx.joined([...new Set(dpoEmails)]);
  const controllerEmails = emails(facts.controllers);
  if (controllerEmails.length > 0) return ctx.joined([...new Set(controllerEmails)]);
  const postal = facts.dpos.map((o) => addressLines(ctx, o).map(plainText).join(', ')).filter((t) => t !== '');
  if (postal.length > 0) return postal.join('; ');
  return ctx.joined(facts.controllers.map((o) => ctx.plainName('organisations', o)));
}

/** An organisation's postal and contact lines, name first; only fields that are not internal. */
function addressLines(ctx: NoticeContext, org: Organisation, withNumber = false): NoticeInline[] {
  const lines: NoticeInline[] = [[strong(ctx.name('organisations', org))]];
  const shows = (path: string) => ctx.shows('organisations', path);
  const address = shows('address') ? org.address : undefined;
  if (address?.street && shows('address.street')) lines.push([plain(address.street)]);
  const city = [
    shows('address.postalCode') ? address?.postalCode : undefined,
    shows('address.city') ? address?.city : undefined,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' ');
  if (city !== '') lines.push([plain(city)]);
  if (address?.country && shows('address.country')) lines.push([plain(ctx.pdf.country(address.country))]);
  if (withNumber && org.enterpriseNumber && shows('enterpriseNumber'))
    lines.push([plain(ctx.m('enterpriseNumber', { number: org.enterpriseNumber }))]);
  if (org.email && shows('email')) lines.push([plain(org.email)]);
  if (org.phone && shows('phone')) lines.push([plain(org.phone)]);
  if (org.website && shows('website')) lines.push([plain(org.website)]);
  return lines;
}

function hasAddress(org: Organisation): boolean {
  return org.address !== undefined && (org.address.street ?? org.address.city ?? '') !== '';
}

function controllerBlocks(ctx: NoticeContext, facts: NoticeFacts): NoticeBlock[] {
  const blocks: NoticeBlock[] = [paragraph(ctx.m('controllersIntro'))];
  for (const controller of facts.controllers) {
    if (!hasAddress(controller)) ctx.problem('controllerAddress', ctx.ref('organisations', controller, 'address'));
    blocks.push({ type: 'address', lines: addressLines(ctx, controller, true) });
  }
  // Joint controllers outside the selection, grouped by who they are: "Regionale ziekenfondsen CM, voor: ...".
  const groups = new Map<string, { orgs: readonly Organisation[]; activities: NoticeRun[] }>();
  for (const fact of facts.activities) {
    if (fact.jointWith.length === 0) continue;
    const key = fact.jointWith.map((o) => o.id).join('|');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { orgs: fact.jointWith, activities: [] }));
    group.activities.push(fact.name);
  }
  if (groups.size > 0) {
    blocks.push(paragraph(ctx.m('jointIntro')));
    const items: NoticeListItem[] = [...groups.values()].map((group) => {
      const names = joinRuns(
        group.orgs.map((o) => strong(ctx.name('organisations', o))),
        ', ',
      );
      return {
        content: fill(ctx.messageTemplate('jointWith'), { names, activities: joinRuns(group.activities, '; ') }),
      };
    });
    blocks.push({ type: 'list', items });
    const arrangements = new Set<string>();
    for (const org of [...facts.controllers, ...[...groups.values()].flatMap((g) => g.orgs)]) {
      if (!ctx.shows('organisations', 'jointArrangement')) break;
      const text = ctx.text(org, 'jointArrangement', ctx.ref('organisations', org, 'jointArrangement'));
      if (text === undefined || arrangements.has(text.text)) continue;
      arrangements.add(text.text);
      blocks.push(paragraph(fill(ctx.messageTemplate('arrangement'), { text: [text] })));
    }
  }
  return blocks;
}

function contextKey(fact: ActivityFact): string {
  return fact.context?.text ?? '';
}

function purposeSubsections(ctx: NoticeContext, facts: NoticeFacts): NoticeSubsection[] {
  const groups = new Map<string, { heading: NoticeInline; activities: ActivityFact[] }>();
  for (const fact of facts.activities) {
    const key = contextKey(fact);
    let group = groups.get(key);
    if (!group) {
      const heading: NoticeInline = fact.context
        ? [{ ...fact.context, text: capitalised(fact.context.text) }]
        : [plain(ctx.m('otherContext'))];
      groups.set(key, (group = { heading, activities: [] }));
    }
    group.activities.push(fact);
  }
  // The group without a context comes last.
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0));
  return ordered.map(([, group], index) => ({
    id: `purposes-${index + 1}`,
    heading: group.heading,
    blocks: [
      {
        type: 'list',
        items: group.activities.map((fact): NoticeListItem => ({
          content: [strong(fact.name)],
          ...(fact.summary ? { details: [[fact.summary]] } : {}),
          items: fact.purposes.map((p) => ({ content: [p.text] })),
        })),
      },
    ],
  }));
}

function legalBasisBlocks(ctx: NoticeContext, facts: NoticeFacts): NoticeBlock[] {
  interface Ground {
    statutes: Map<string, NoticeInline>;
    contexts: Map<string, NoticeRun>;
    explanations: Map<string, NoticeRun>;
  }
  const grounds = new Map<string, Ground>();
  for (const fact of facts.activities) {
    for (const ground of fact.grounds) {
      let entry = grounds.get(ground.code);
      if (!entry)
        grounds.set(ground.code, (entry = { statutes: new Map(), contexts: new Map(), explanations: new Map() }));
      const context = fact.context ?? plain(ctx.m('otherContext'));
      entry.contexts.set(context.text, context);
      for (const statute of ground.statutes) {
        const detail: NoticeRun[] = statute.detail === '' ? [] : [plain(` (${statute.detail})`)];
        entry.statutes.set(statute.id, [statute.name, ...detail]);
      }
      for (const explanation of ground.explanations) entry.explanations.set(explanation.text, explanation);
    }
  }
  // In the order of the GDPR: Art. 6 grounds, Art. 9 conditions, Art. 10, 87, 89.
  const codes = LEGAL_GROUND_CODES.filter((code) => grounds.has(code));
  const items = codes.map((code): NoticeListItem => {
    const entry = grounds.get(code) as Ground;
    const details: NoticeInline[] = [
      fill(ctx.messageTemplate('appliesTo'), { contexts: joinRuns([...entry.contexts.values()], ', ') }),
      // Art. 13(1)(d): for legitimate interests, the interest pursued; other grounds' explanations as they are.
      ...[...entry.explanations.values()].map((e): NoticeInline =>
        code === 'art6-1-f' ? [plain(ctx.pdf.labelled(ctx.m('interestLabel'))), e] : [e],
      ),
    ];
    return {
      content: [{ text: legalGroundLabel(code, ctx.lang), strong: true }],
      details,
      items: [...entry.statutes.values()].map((content) => ({ content })),
    };
  });
  return [paragraph(ctx.m('legalBasesIntro')), { type: 'list', items }];
}

function dataCategorySubsections(ctx: NoticeContext, facts: NoticeFacts): NoticeSubsection[] {
  const categories = ctx.all('dataCategories', facts.dataCategoryIds);
  return DATA_CATEGORY_KINDS.flatMap((kind) => {
    const ofKind = categories.filter((c) => c.kind === kind);
    if (ofKind.length === 0) return [];
    const items = ofKind.map((category): NoticeListItem => {
      const details: NoticeInline[] = [];
      if (ctx.shows('dataCategories', 'specialTypes') && category.specialTypes.length > 0)
        details.push([plain(category.specialTypes.map((t) => enumLabel('specialDataType', t, ctx.lang)).join(', '))]);
      const description = ctx.shows('dataCategories', 'description')
        ? ctx.text(category, 'description', ctx.ref('dataCategories', category, 'description'))
        : undefined;
      if (description) details.push([description]);
      return { content: [strong(ctx.name('dataCategories', category))], ...(details.length > 0 ? { details } : {}) };
    });
    return [
      {
        id: `data-${kind}`,
        heading: [plain(enumLabel('dataCategoryKind', kind, ctx.lang))],
        blocks: [{ type: 'list', items }],
      },
    ];
  });
}

function sourceSubsections(ctx: NoticeContext, facts: NoticeFacts): NoticeSubsection[] {
  const out: NoticeSubsection[] = [];
  for (const fromDataSubject of [true, false]) {
    const sources = facts.sources.filter((s) => s.fromDataSubject === fromDataSubject);
    if (sources.length === 0) continue;
    out.push({
      id: fromDataSubject ? 'sources-data-subject' : 'sources-others',
      heading: [plain(ctx.m(fromDataSubject ? 'sourcesFromYou' : 'sourcesElsewhere'))],
      blocks: [{ type: 'list', items: sources.map((s) => ({ content: [s.text] })) }],
    });
  }
  return out;
}

function countryDetail(ctx: NoticeContext, code: string): NoticeInline | undefined {
  return countryStatus(code) === 'eea' ? undefined : [plain(ctx.pdf.countryWithStatus(code))];
}

function recipientSubsections(ctx: NoticeContext, facts: NoticeFacts): NoticeSubsection[] {
  const recipients = ctx.all('recipients', facts.recipientIds);
  return RECIPIENT_CATEGORIES.flatMap((category) => {
    const ofCategory = recipients.filter((r) => r.category === category);
    if (ofCategory.length === 0) return [];
    const items = ofCategory.map((recipient): NoticeListItem => {
      if (category === 'other') ctx.problem('recipientKind', ctx.ref('recipients', recipient, 'category'));
      const details: NoticeInline[] = [];
      const description = ctx.shows('recipients', 'description')
        ? ctx.text(recipient, 'description', ctx.ref('recipients', recipient, 'description'))
        : undefined;
      if (description) details.push([description]);
      const country = ctx.shows('recipients', 'country') ? countryDetail(ctx, recipient.country) : undefined;
      if (country) details.push(country);
      return { content: [ctx.name('recipients', recipient)], ...(details.length > 0 ? { details } : {}) };
    });
    return [
      {
        id: `recipients-${category}`,
        heading: [plain(enumLabel('recipientCategory', category, ctx.lang))],
        blocks: [{ type: 'list', items }],
      },
    ];
  });
}

function processorBlocks(ctx: NoticeContext, facts: NoticeFacts): NoticeBlock[] {
  const processors = ctx.all('processors', facts.processorIds);
  const items = processors.map((processor): NoticeListItem => {
    const details: NoticeInline[] = [];
    const description = ctx.shows('processors', 'description')
      ? ctx.text(processor, 'description', ctx.ref('processors', processor, 'description'))
      : undefined;
    if (description) details.push([description]);
    const outside = ctx.shows('processors', 'countries')
      ? processor.countries.filter((c) => countryStatus(c) !== 'eea')
      : [];
    if (outside.length > 0)
      details.push([
        plain(ctx.m('processorCountries', { countries: outside.map((c) => ctx.pdf.countryWithStatus(c)).join('; ') })),
      ]);
    return { content: [strong(ctx.name('processors', processor))], ...(details.length > 0 ? { details } : {}) };
  });
  return [paragraph(ctx.m('processorsIntro')), ...(items.length > 0 ? [{ type: 'list' as const, items }] : [])];
}

function transferBlocks(ctx: NoticeContext, facts: NoticeFacts): NoticeBlock[] {
  const transfers = ctx.all('transfers', facts.transferIds);
  if (transfers.length === 0) return [paragraph(ctx.m('transfersNone'))];
  const items = transfers.map((transfer): NoticeListItem => {
    const details: NoticeInline[] = [];
    if (ctx.shows('transfers', 'country'))
      details.push([plain(ctx.m('transferTo', { country: ctx.pdf.countryWithStatus(transfer.country) }))]);
    const mechanism = ctx.shows('transfers', 'mechanism') ? transfer.mechanism : undefined;
    if (mechanism === undefined) ctx.problem('transferMechanism', ctx.ref('transfers', transfer, 'mechanism'));
    else details.push([plain(ctx.m('transferCondition', { mechanism: transferMechanismLabel(mechanism, ctx.lang) }))]);
    const instrument = ctx.shows('transfers', 'instrument')
      ? ctx.text(transfer, 'instrument', ctx.ref('transfers', transfer, 'instrument'))
      : undefined;
    if (instrument) details.push(fill(ctx.messageTemplate('transferInstrument'), { text: [instrument] }));
    return { content: [strong(ctx.name('transfers', transfer))], details };
  });
  // Art. 13(1)(f) and 14(1)(f): how to obtain a copy of the safeguards.
  return [paragraph(ctx.m('transfersIntro')), { type: 'list', items }, paragraph(ctx.m('transfersCopy'))];
}

/**
 * The retention table: one row per rule, naming the purposes it covers. A rule that covers every purpose of its
 * activity says so, and such rules with the same period (the statutory criterion of most activities) share one row
 * that names their activities, so the period a reader looks for is not lost among repeats.
 */
function retentionBlocks(ctx: NoticeContext, facts: NoticeFacts): NoticeBlock[] {
  interface Row {
    activities: NoticeRun[];
    covered: NoticeInline;
    period: NoticeInline;
  }
  const rows: Row[] = [];
  const whole = new Map<string, Row>();
  for (const fact of facts.activities) {
    for (const rule of fact.retention) {
      const purposes = rule.purposeIds
        .map((id) => fact.purposes.find((p) => p.id === id)?.text)
        .filter((p): p is NoticeRun => p !== undefined);
      const all = rule.purposeIds.length === 0 || fact.purposes.every((p) => rule.purposeIds.includes(p.id));
      const categories =
        rule.dataCategories.length > 0 ? [plain(' ('), ...joinRuns(rule.dataCategories, ', '), plain(')')] : [];
      if (all && categories.length === 0 && fact.purposes.length !== 1) {
        const key = plainText(rule.period);
        const shared = whole.get(key);
        if (shared) {
          shared.activities.push(fact.name);
          continue;
        }
        const row: Row = { activities: [fact.name], covered: [plain(ctx.m('retentionAll'))], period: rule.period };
        whole.set(key, row);
        rows.push(row);
        continue;
      }
      const covered: NoticeInline = purposes.length > 0 ? joinRuns(purposes, '; ') : [plain(ctx.m('retentionAll'))];
      rows.push({ activities: [fact.name], covered: [...covered, ...categories], period: rule.period });
    }
  }
  const blocks: NoticeBlock[] = [paragraph(ctx.m('retentionIntro'))];
  if (rows.length > 0)
    blocks.push({
      type: 'table',
      header: [ctx.m('retentionProcessing'), ctx.m('retentionPurpose'), ctx.m('retentionPeriod')],
      rows: rows.map((row) => [joinRuns(row.activities, '; '), row.covered, row.period]),
    });
  return blocks;
}

function automatedBlocks(ctx: NoticeContext, facts: NoticeFacts): NoticeBlock[] {
  const items = facts.activities.flatMap((fact): NoticeListItem[] => {
    if (!fact.automated) return [];
    const details: NoticeInline[] = [];
    if (fact.automated.logic) details.push([fact.automated.logic]);
    if (fact.automated.profiling) details.push([plain(ctx.m('automatedProfiling'))]);
    return [{ content: [strong(fact.name)], ...(details.length > 0 ? { details } : {}) }];
  });
  if (items.length === 0) return [paragraph(ctx.m('automatedNone'))];
  return [paragraph(ctx.m('automatedIntro')), { type: 'list', items }];
}

function contactSubsections(ctx: NoticeContext, facts: NoticeFacts): NoticeSubsection[] {
  const first = facts.controllers[0];
  if (facts.dpos.length === 0 && first !== undefined) ctx.problem('noDpo', ctx.ref('organisations', first, 'kind'));
  for (const dpo of facts.dpos) {
    if (!hasAddress(dpo) && dpo.email === undefined) ctx.problem('dpoContact', ctx.ref('organisations', dpo, 'email'));
  }
  if (facts.authorities.length === 0 && first !== undefined)
    ctx.problem('noAuthority', ctx.ref('organisations', first, 'kind'));
  for (const authority of facts.authorities) {
    if (!hasAddress(authority)) ctx.problem('authorityAddress', ctx.ref('organisations', authority, 'address'));
  }
  return [
    {
      id: 'contact-dpo',
      heading: [plain(ctx.m('dpoHeading'))],
      blocks:
        facts.dpos.length > 0
          ? facts.dpos.map((o): NoticeBlock => ({ type: 'address', lines: addressLines(ctx, o) }))
          : [paragraph(ctx.m('dpoNone'))],
    },
    ...(facts.authorities.length > 0
      ? [
          {
            id: 'contact-authority',
            heading: [plain(ctx.m('authorityHeading'))],
            blocks: facts.authorities.map((o): NoticeBlock => ({ type: 'address', lines: addressLines(ctx, o) })),
          },
        ]
      : []),
  ];
}
