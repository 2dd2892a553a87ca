/**
 * Appendices: each recipient, processor, transfer and catalogue entry once, with the activities that use it and
 * the page they are on. The activity sections say what each activity does; the appendices answer the auditor's
 * reverse question ("who receives data from us, and for which processing?").
 */
import { enumLabel } from '../catalogue/enumLabels';
import { KIND_LABELS, kindHeading } from '../catalogue/fieldLabels';
import { transferMechanismLabel } from '../catalogue/transferMechanisms';
import type { RecordKind } from '../model/register';
import { dataTable, detail, heading, lines, withPage, type Line } from './blocks';
import { anchorOf, breakable, type ExportContext } from './context';
import { capitalised, contractText, countriesWithStatus, internalExternal, legalReferenceDetail } from './describe';
import type { Content, InlineText, TableCell } from './docTypes';
import { INLINE } from './styles';

/**
 * Above this many activities a "used by" cell lists their processing numbers only: an entry used by hundreds of
 * activities stays a paragraph instead of pages, and the numbers lead to the pages through the table of contents.
 */
const COMPACT_AFTER = 15;

type SectionKind = 'activities' | 'processorActivities';

function isSectionKind(kind: RecordKind): kind is SectionKind {
  return kind === 'activities' || kind === 'processorActivities';
}

export function usedByCell(ctx: ExportContext, kind: RecordKind, id: string): Content {
  const seen = new Set<string>();
  const users = ctx.usedBy(kind, id).filter((ref) => {
    const key = `${ref.kind}:${ref.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (users.length === 0) return { text: ctx.m('notUsed'), ...INLINE.notRecorded, ...INLINE.small };

  const sections: { kind: SectionKind; id: string; reference: string | undefined; name: string }[] = [];
  const others: Line[] = [];
  for (const user of users) {
    if (isSectionKind(user.kind)) {
      const record = ctx.get(user.kind, user.id);
      if (record !== undefined) {
        sections.push({ kind: user.kind, id: record.id, reference: record.reference, name: ctx.plainName(record) });
      }
    } else {
      const record = ctx.get(user.kind, user.id);
      others.push([
        { text: ctx.labelled(capitalised(KIND_LABELS[user.kind].one[ctx.lang])), ...INLINE.muted },
        ...(record === undefined ? [user.name] : ctx.name(record)),
      ]);
    }
  }
  sections.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'activities' ? -1 : 1) ||
      ctx.compare(a.reference ?? '\uffff', b.reference ?? '\uffff') ||
      ctx.compare(a.name, b.name),
  );

  const out: Content[] = [];
  if (sections.length > COMPACT_AFTER && sections.every((s) => s.reference)) {
    out.push({ text: sections.map((s) => s.reference).join(', '), ...INLINE.small });
  } else {
    for (const s of sections) {
      const record = ctx.get(s.kind, s.id);
      if (record === undefined) continue;
      const ref: InlineText[] = s.reference ? [{ text: `${s.reference} `, bold: true }] : [];
      out.push(withPage(ctx, [...ref, ...ctx.name(record)], anchorOf(s.kind, s.id), INLINE.small));
    }
  }
  if (others.length > 0) out.push({ ...lines(...others), ...INLINE.small });
  return out.length === 1 ? (out[0] as Content) : { stack: out };
}

/** The name in bold, then small grey lines. */
function nameCell(name: InlineText[], ...details: (readonly InlineText[] | string | undefined)[]): Content {
  return lines(
    name.map((part) => (typeof part === 'string' ? { text: part, bold: true } : part)),
    ...details.map((d) => (d === undefined || d.length === 0 ? undefined : detail(d))),
  );
}

function appendix(ctx: ExportContext, letter: string, kind: RecordKind, table: () => Content): Content[] {
  const title = ctx.m('appendix', { letter, title: kindHeading(kind, ctx.lang) });
  return [
    heading({ text: [title], plain: title, level: 1, id: `appendix-${kind}`, pageBreak: true }),
    ctx.register[kind].length === 0 ? { text: '—', ...INLINE.muted } : table(),
  ];
}

export function appendicesSection(ctx: ExportContext): Content[] {
  const used = ctx.m('usedBy');

  const recipients = (): Content =>
    dataTable(
      [ctx.label('name'), ctx.m('location'), used],
      [3.7, 2.1, 4.2],
      ctx.sortedByName('recipients').map((r): TableCell[] => {
        const refs = ctx.all('legalReferences', r.legalReferenceIds).map((ref) => ctx.plainName(ref));
        return [
          nameCell(
            ctx.name(r),
            enumLabel('recipientCategory', r.category, ctx.lang),
            r.description ? ctx.text(r, 'description') : undefined,
            refs.length > 0 ? `${ctx.labelled(ctx.label('legalReferenceIds'))}${refs.join('; ')}` : undefined,
          ),
          lines(internalExternal(ctx, r), detail(ctx.countryWithStatus(r.country))),
          usedByCell(ctx, 'recipients', r.id),
        ];
      }),
    );

  const processors = (): Content =>
    dataTable(
      [ctx.label('name'), ctx.m('contract'), used],
      [3.7, 2.5, 3.8],
      ctx.sortedByName('processors').map((p): TableCell[] => {
        const subProcessors = ctx.all('processors', p.subProcessorIds).map((s) => ctx.plainName(s));
        return [
          nameCell(
            ctx.name(p),
            p.enterpriseNumber ? `${ctx.label('enterpriseNumber')} ${p.enterpriseNumber}` : undefined,
            p.description ? ctx.text(p, 'description') : undefined,
            p.securityCommitments
              ? [ctx.labelled(ctx.label('securityCommitments')), ...ctx.text(p, 'securityCommitments')]
              : undefined,
          ),
          lines(
            p.contractDate || p.contractReference
              ? contractText(ctx, p)
              : [{ text: ctx.m('notRecorded'), ...INLINE.notRecorded }],
            detail(
              `${ctx.labelled(ctx.label('countries'))}${
                p.countries.length === 0 ? ctx.m('notRecorded') : countriesWithStatus(ctx, p.countries)
              }`,
            ),
            subProcessors.length > 0
              ? detail(`${ctx.labelled(ctx.label('subProcessorIds'))}${subProcessors.join('; ')}`)
              : undefined,
          ),
          usedByCell(ctx, 'processors', p.id),
        ];
      }),
    );

  const transfers = (): Content =>
    dataTable(
      [ctx.label('name'), ctx.m('location'), ctx.label('mechanism'), used],
      [2.6, 2.2, 2.6, 2.6],
      ctx.sortedByName('transfers').map((t): TableCell[] => {
        const to = ctx.get('recipients', t.recipientId) ?? ctx.get('processors', t.processorId);
        return [
          nameCell(ctx.name(t), t.description ? ctx.text(t, 'description') : undefined),
          lines(
            ctx.countryWithStatus(t.country),
            t.internationalOrganisation ? detail(t.internationalOrganisation) : undefined,
            to ? detail(ctx.m('via', { name: ctx.plainName(to) })) : undefined,
            t.occasional === true ? detail(ctx.label('occasional')) : undefined,
          ),
          lines(
            t.mechanism === undefined
              ? [{ text: ctx.m('notRecorded'), ...INLINE.notRecorded }]
              : transferMechanismLabel(t.mechanism, ctx.lang),
            t.instrument ? detail([ctx.labelled(ctx.label('instrument')), ...ctx.text(t, 'instrument')]) : undefined,
            t.documentation
              ? detail([ctx.labelled(ctx.label('documentation')), ...ctx.text(t, 'documentation')])
              : undefined,
          ),
          usedByCell(ctx, 'transfers', t.id),
        ];
      }),
    );

  const dataCategories = (): Content =>
    dataTable(
      [ctx.label('name'), ctx.label('kind'), used],
      [3.4, 3, 3.6],
      ctx.sortedByName('dataCategories').map((c): TableCell[] => {
        const types = c.specialTypes.map((t) => enumLabel('specialDataType', t, ctx.lang)).join(', ');
        return [
          nameCell(ctx.name(c), c.description ? ctx.text(c, 'description') : undefined),
          lines(
            enumLabel('dataCategoryKind', c.kind, ctx.lang),
            types === '' ? undefined : [{ text: types, ...INLINE.tag }],
            c.family ? detail(enumLabel('dataCategoryFamily', c.family, ctx.lang)) : undefined,
          ),
          usedByCell(ctx, 'dataCategories', c.id),
        ];
      }),
    );

  const subjectCategories = (): Content =>
    dataTable(
      [ctx.label('name'), ctx.label('vulnerable'), used],
      [4.4, 1.6, 4],
      ctx
        .sortedByName('subjectCategories')
        .map((c): TableCell[] => [
          nameCell(ctx.name(c), c.description ? ctx.text(c, 'description') : undefined),
          { text: ctx.m(c.vulnerable ? 'yes' : 'no') },
          usedByCell(ctx, 'subjectCategories', c.id),
        ]),
    );

  const securityMeasures = (): Content =>
    dataTable(
      [ctx.label('name'), ctx.label('type'), used],
      [4.2, 2, 3.8],
      ctx
        .sortedByName('securityMeasures')
        .map((m): TableCell[] => [
          nameCell(ctx.name(m), m.description ? ctx.text(m, 'description') : undefined),
          lines(
            enumLabel('securityMeasureType', m.type, ctx.lang),
            detail(enumLabel('securityMeasureFamily', m.family, ctx.lang)),
          ),
          usedByCell(ctx, 'securityMeasures', m.id),
        ]),
    );

  const legalReferences = (): Content =>
    dataTable(
      [ctx.label('name'), ctx.label('kind'), used],
      [4.2, 2.4, 3.4],
      ctx.sortedByName('legalReferences').map((r): TableCell[] => {
        const more = legalReferenceDetail(ctx, r);
        return [
          nameCell(
            ctx.name(r),
            r.description ? ctx.text(r, 'description') : undefined,
            r.url ? `${ctx.labelled(ctx.label('url'))}${breakable(r.url)}` : undefined,
          ),
          lines(enumLabel('legalReferenceKind', r.kind, ctx.lang), more === '' ? undefined : detail(more)),
          usedByCell(ctx, 'legalReferences', r.id),
        ];
      }),
    );

  const parts: [RecordKind, () => Content][] = [
    ['recipients', recipients],
    ['processors', processors],
    ['transfers', transfers],
    ['dataCategories', dataCategories],
    ['subjectCategories', subjectCategories],
    ['securityMeasures', securityMeasures],
    ['legalReferences', legalReferences],
  ];
  return parts.flatMap(([kind, table], i) => appendix(ctx, String.fromCharCode(65 + i), kind, table));
}
