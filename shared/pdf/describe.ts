/**
 * How one linked record reads in a line or two: a recipient with where it is, a processor with its contract,
 * a transfer with its ground, a data category with its Art. 9/10 mark. Activity sections and appendices both say
 * it this way, so an auditor who compares the two reads the same words.
 */
import { gdprCitation } from '../catalogue/citation';
import { enumLabel } from '../catalogue/enumLabels';
import { legalGroundLabel } from '../catalogue/legalGrounds';
import { transferMechanismLabel } from '../catalogue/transferMechanisms';
import type { DataCategory } from '../model/dataCategory';
import type { LegalReference } from '../model/legalReference';
import type { Processor } from '../model/processor';
import type { Recipient } from '../model/recipient';
import type { SubjectCategory } from '../model/subjectCategory';
import type { Transfer } from '../model/transfer';
import { detail, lines, para, type Line } from './blocks';
import type { ExportContext } from './context';
import type { InlineText, TextNode } from './docTypes';
import { INLINE } from './styles';

export function join(parts: readonly (string | false | undefined)[], separator = ' · '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(separator);
}

export { capitalised } from '../i18n/languages';

/** "Art. 9 AVG: Gezondheidsgegevens" after a category name, in the colour that marks sensitive data. */
export function dataCategoryTag(ctx: ExportContext, category: DataCategory): InlineText | undefined {
  if (category.kind === 'ordinary') return undefined;
  const article = category.kind === 'special' ? '9' : category.kind === 'criminal' ? '10' : '87';
  const types = category.specialTypes.map((t) => enumLabel('specialDataType', t, ctx.lang));
  const citation = gdprCitation(article)[ctx.lang];
  return { text: `  ${types.length > 0 ? `${ctx.labelled(citation)}${types.join(', ')}` : citation}`, ...INLINE.tag };
}

export function dataCategoryLine(ctx: ExportContext, category: DataCategory): TextNode {
  return para(ctx.name(category), dataCategoryTag(ctx, category));
}

export function subjectCategoryLine(ctx: ExportContext, category: SubjectCategory): TextNode {
  return para(
    ctx.name(category),
    category.vulnerable ? { text: `  (${ctx.label('vulnerable').toLowerCase()})`, ...INLINE.muted } : undefined,
  );
}

export function internalExternal(ctx: ExportContext, recipient: Recipient): string {
  return recipient.internal ? ctx.label('internal') : ctx.m('external');
}

/** A recipient as Art. 30(1)(d) and the GBA ask: internal or external, and where (country, inside the EEA or not). */
export function recipientLine(ctx: ExportContext, recipient: Recipient): TextNode {
  return para(
    ctx.name(recipient),
    detail(`  ${join([internalExternal(ctx, recipient), ctx.countryWithStatus(recipient.country)])}`),
  );
}

export function countriesWithStatus(ctx: ExportContext, countries: readonly string[]): string {
  return countries.map((c) => ctx.countryWithStatus(c)).join('; ');
}

/** The processing agreement's date and reference, or "not recorded". */
export function contractText(ctx: ExportContext, processor: Processor): string {
  const contract = join([ctx.date(processor.contractDate), processor.contractReference], ', ');
  return contract === '' ? ctx.m('notRecorded') : contract;
}

export function processorLine(ctx: ExportContext, processor: Processor): TextNode {
  const countries = processor.countries.length === 0 ? undefined : countriesWithStatus(ctx, processor.countries);
  return para(
    ctx.name(processor),
    detail(`  ${join([countries, `${ctx.labelled(ctx.m('contract'))}${contractText(ctx, processor)}`])}`),
  );
}

/** The transfer's destination, ground, instrument and documentation: Art. 30(1)(e) in full. */
export function transferLines(ctx: ExportContext, transfer: Transfer): TextNode {
  const to = ctx.get('recipients', transfer.recipientId) ?? ctx.get('processors', transfer.processorId);
  const destination = join([
    ctx.countryWithStatus(transfer.country),
    transfer.internationalOrganisation,
    to === undefined ? undefined : ctx.m('via', { name: ctx.plainName(to) }),
    transfer.occasional === true && ctx.label('occasional').toLowerCase(),
  ]);
  const ground: Line =
    transfer.mechanism === undefined
      ? [ctx.labelled(ctx.label('mechanism')), { text: ctx.m('notRecorded'), italics: true }]
      : [`${ctx.labelled(ctx.label('mechanism'))}${transferMechanismLabel(transfer.mechanism, ctx.lang)}`];
  return lines(
    ctx.name(transfer),
    detail(destination),
    detail(ground),
    transfer.instrument
      ? detail([ctx.labelled(ctx.label('instrument')), ...ctx.text(transfer, 'instrument')])
      : undefined,
    transfer.documentation
      ? detail([ctx.labelled(ctx.label('documentation')), ...ctx.text(transfer, 'documentation')])
      : undefined,
  );
}

/** "Artikel 3", unless the register already wrote "art. 3". */
function articleText(ctx: ExportContext, article: string | undefined): string | undefined {
  if (article === undefined || article.trim() === '') return undefined;
  return /^\s*(art|article|artikel)\b/i.test(article) ? article.trim() : `${ctx.label('article')} ${article.trim()}`;
}

/** What identifies a legal reference beyond its name: the article, the deliberation number, the date. */
export function legalReferenceDetail(ctx: ExportContext, ref: LegalReference): string {
  switch (ref.kind) {
    case 'gdpr':
      return legalGroundLabel(ref.provision, ctx.lang);
    case 'statute': {
      // Belgian statutes are named by their date ("Wet van 15 januari 1990 ..."): do not repeat it.
      const date = ctx.date(ref.date);
      const named = date !== undefined && ctx.plainName(ref).includes(date);
      return join([articleText(ctx, ref.article), named ? undefined : date]);
    }
    case 'isc-deliberation':
      return join([
        `${ctx.label('number')} ${ref.number}`,
        ctx.date(ref.date),
        ref.chamber === undefined ? undefined : enumLabel('iscChamber', ref.chamber, ctx.lang),
      ]);
    case 'agreement':
      return join([ref.parties, ctx.date(ref.date)]);
  }
}
