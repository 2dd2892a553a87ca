/**
 * What changed in a controller's privacy notice between two versions of the register (two snapshots, or a snapshot
 * and today's register): a changed notice must be brought to the data subjects' attention, so the DPO needs the list
 * in the notice's language. Both registers are read the way `buildNotice` reads them (`noticeFacts`: the same
 * selection of activities, public wording first, internal fields left out), so only what the notice shows can change.
 */
import { legalGroundLabel, type LegalGroundCode } from '../catalogue/legalGrounds';
import { transferMechanismLabel } from '../catalogue/transferMechanisms';
import type { MessageParams } from '../i18n/translate';
import type { RecordKind, Register } from '../model/register';
import type { NoticeOptions } from './buildNotice';
import { noticeMessage, type NoticeMessageKey } from './messages';
import { NoticeContext } from './noticeContext';
import { noticeFacts, plainText, type NoticeFacts } from './noticeFacts';
import { NOTICE_TEMPLATE_KEYS, resolveTemplate, TEMPLATE_FIELDS } from './templates';

export const NOTICE_CHANGE_KINDS = [
  'activityAdded',
  'activityRemoved',
  'purposeAdded',
  'purposeRemoved',
  'purposeChanged',
  'legalBasisAdded',
  'legalBasisRemoved',
  'statuteAdded',
  'statuteRemoved',
  'dataCategoryAdded',
  'dataCategoryRemoved',
  'sourceAdded',
  'sourceRemoved',
  'recipientAdded',
  'recipientRemoved',
  'processorAdded',
  'processorRemoved',
  'transferAdded',
  'transferRemoved',
  'transferChanged',
  'retentionChanged',
  'automatedChanged',
  'contactChanged',
  'textChanged',
] as const;
export type NoticeChangeKind = (typeof NOTICE_CHANGE_KINDS)[number];

/** The sentence of each kind of change. */
const CHANGE_MESSAGES = {
  activityAdded: 'changeActivityAdded',
  activityRemoved: 'changeActivityRemoved',
  purposeAdded: 'changePurposeAdded',
  purposeRemoved: 'changePurposeRemoved',
  purposeChanged: 'changePurposeChanged',
  legalBasisAdded: 'changeLegalBasisAdded',
  legalBasisRemoved: 'changeLegalBasisRemoved',
  statuteAdded: 'changeStatuteAdded',
  statuteRemoved: 'changeStatuteRemoved',
  dataCategoryAdded: 'changeDataCategoryAdded',
  dataCategoryRemoved: 'changeDataCategoryRemoved',
  sourceAdded: 'changeSourceAdded',
  sourceRemoved: 'changeSourceRemoved',
  recipientAdded: 'changeRecipientAdded',
  recipientRemoved: 'changeRecipientRemoved',
  processorAdded: 'changeProcessorAdded',
  processorRemoved: 'changeProcessorRemoved',
  transferAdded: 'changeTransferAdded',
  transferRemoved: 'changeTransferRemoved',
  transferChanged: 'changeTransferChanged',
  retentionChanged: 'changeRetentionChanged',
  automatedChanged: 'changeAutomatedChanged',
  contactChanged: 'changeContactChanged',
  textChanged: 'changeTextChanged',
} as const satisfies Record<NoticeChangeKind, NoticeMessageKey>;

export interface NoticeChange {
  readonly kind: NoticeChangeKind;
  /**
   * The record the change is about (in the later register, or the earlier one for a removal); 'meta' for one of the
   * notice's fixed paragraphs, kept in the register's metadata.
   */
  readonly recordKind: RecordKind | 'meta';
  readonly recordId: string;
  /** The purpose inside the activity. */
  readonly itemId?: string;
  /** The field concerned, where the kind alone does not say it (the metadata field of a fixed paragraph). */
  readonly field?: string;
  /** What the notice said before and says now, as plain text, for changes of wording or period. */
  readonly before?: string;
  readonly after?: string;
  /** The change in one sentence, in the notice's language. */
  readonly sentence: string;
}

export type NoticeChangeOptions = Pick<NoticeOptions, 'controllerIds' | 'lang'>;

interface Entry {
  readonly recordKind: RecordKind | 'meta';
  readonly recordId: string;
  readonly itemId?: string;
  readonly field?: string;
  /** The words that name the entry in a sentence. */
  readonly params: MessageParams;
  /** What is compared: a change of it is a "changed" item (where the kind has one). */
  readonly value: string;
}

/** A notice's comparable contents, each kind keyed by what identifies an entry. */
interface Summary {
  readonly activities: Map<string, Entry>;
  readonly purposes: Map<string, Entry>;
  readonly grounds: Map<string, Entry>;
  readonly statutes: Map<string, Entry>;
  readonly dataCategories: Map<string, Entry>;
  readonly sources: Map<string, Entry>;
  readonly recipients: Map<string, Entry>;
  readonly processors: Map<string, Entry>;
  readonly transfers: Map<string, Entry>;
  readonly retention: Map<string, Entry>;
  readonly automated: Map<string, Entry>;
  readonly contacts: Map<string, Entry>;
  readonly texts: Map<string, Entry>;
}

function summarise(register: Register, options: NoticeChangeOptions): Summary {
  const ctx = new NoticeContext(register, options.lang);
  // A controller the other version does not know yet (or any more) simply has nothing in this one.
  const ids = options.controllerIds.filter((id) => ctx.get('organisations', id) !== undefined);
  const facts: NoticeFacts = noticeFacts(ctx, ids);
  const summary: Summary = {
    activities: new Map(),
    purposes: new Map(),
    grounds: new Map(),
    statutes: new Map(),
    dataCategories: new Map(),
    sources: new Map(),
    recipients: new Map(),
    processors: new Map(),
    transfers: new Map(),
    retention: new Map(),
    automated: new Map(),
    contacts: new Map(),
    texts: new Map(),
  };
  const groundLabel = (code: LegalGroundCode) => legalGroundLabel(code, options.lang);
  for (const fact of facts.activities) {
    const id = fact.activity.id;
    const activity = fact.name.text;
    const base = { recordKind: 'activities' as const, recordId: id };
    summary.activities.set(id, { ...base, params: { activity }, value: activity });
    for (const purpose of fact.purposes) {
      summary.purposes.set(purpose.id, {
        ...base,
        itemId: purpose.id,
        params: { activity, purpose: purpose.text.text },
        value: purpose.text.text,
      });
      const rules = fact.retention.filter((r) => r.purposeIds.length === 0 || r.purposeIds.includes(purpose.id));
      const period =
        rules.length > 0
          ? rules.map((r) => plainText(r.period)).join('; ')
          : noticeMessage(options.lang, 'retentionNotRecorded');
      summary.retention.set(`${id}|${purpose.id}`, {
        ...base,
        itemId: purpose.id,
        params: { activity, purpose: purpose.text.text },
        value: period,
      });
    }
    for (const ground of fact.grounds) {
      const label = groundLabel(ground.code);
      summary.grounds.set(`${id}|${ground.code}`, { ...base, params: { activity, ground: label }, value: label });
      for (const statute of ground.statutes) {
        summary.statutes.set(`${id}|${ground.code}|${statute.id}`, {
          ...base,
          params: { activity, ground: label, statute: statute.name.text },
          value: statute.name.text,
        });
      }
    }
    const automated = fact.automated
      ? fact.automated.profiling
        ? 'changeAutomatedProfiling'
        : 'changeAutomatedYes'
      : 'changeAutomatedNo';
    summary.automated.set(id, {
      ...base,
      params: { activity },
      value: noticeMessage(options.lang, automated),
    });
  }
  const named = (
    kind: 'dataCategories' | 'recipients' | 'processors',
    ids: readonly string[],
    into: Map<string, Entry>,
  ) => {
    for (const record of ctx.all(kind, ids)) {
      const name = ctx.plainName(kind, record);
      into.set(record.id, { recordKind: kind, recordId: record.id, params: { name }, value: name });
    }
  };
  named('dataCategories', facts.dataCategoryIds, summary.dataCategories);
  named('recipients', facts.recipientIds, summary.recipients);
  named('processors', facts.processorIds, summary.processors);
  for (const transfer of ctx.all('transfers', facts.transferIds)) {
    const name = ctx.plainName('transfers', transfer);
    const condition =
      transfer.mechanism !== undefined && ctx.shows('transfers', 'mechanism')
        ? transferMechanismLabel(transfer.mechanism, options.lang)
        : noticeMessage(options.lang, 'retentionNotRecorded');
    const where = ctx.shows('transfers', 'country') ? ctx.pdf.country(transfer.country) : '';
    summary.transfers.set(transfer.id, {
      recordKind: 'transfers',
      recordId: transfer.id,
      params: { name, condition },
      value: [where, condition].filter((part) => part !== '').join(', '),
    });
  }
  for (const source of facts.sources) {
    const text = source.text.text;
    // Sources have no id of their own across activities: the notice lists their texts.
    summary.sources.set(`${source.fromDataSubject ? 1 : 0}|${text}`, {
      recordKind: 'activities',
      recordId: '',
      params: { name: text },
      value: text,
    });
  }
  for (const org of [...facts.controllers, ...facts.dpos, ...facts.authorities]) {
    const name = ctx.plainName('organisations', org);
    const value = [name, org.enterpriseNumber, org.email, org.phone, org.website, JSON.stringify(org.address ?? {})]
      .filter((part) => part !== undefined)
      .join('|');
    summary.contacts.set(org.id, { recordKind: 'organisations', recordId: org.id, params: { name }, value });
  }
  // The fixed paragraphs as this notice prints them (the DPO's text or the default), named by their section.
  for (const key of NOTICE_TEMPLATE_KEYS) {
    const text = resolveTemplate(register, key, options.lang).text;
    const field = TEMPLATE_FIELDS[key];
    const name = noticeMessage(options.lang, TEMPLATE_SECTION_HEADINGS[key]);
    summary.texts.set(key, { recordKind: 'meta', recordId: '', field, params: { name }, value: text });
  }
  return summary;
}

/** The heading of the section each fixed paragraph opens, to name it in a change. */
const TEMPLATE_SECTION_HEADINGS = {
  introduction: 'headingIntroduction',
  rights: 'headingRights',
  exercise: 'headingExercise',
  complaints: 'headingContact',
} as const satisfies Record<(typeof NOTICE_TEMPLATE_KEYS)[number], NoticeMessageKey>;

type Kinds = { added: NoticeChangeKind; removed: NoticeChangeKind; changed?: NoticeChangeKind };

export function noticeChanges(before: Register, after: Register, options: NoticeChangeOptions): NoticeChange[] {
  const a = summarise(before, options);
  const b = summarise(after, options);
  const out: NoticeChange[] = [];
  const sentence = (key: NoticeMessageKey, params: MessageParams) => noticeMessage(options.lang, key, params);
  const item = (
    entry: Entry,
    kind: NoticeChangeKind,
    params: MessageParams,
    values?: [string, string],
  ): NoticeChange => ({
    kind,
    recordKind: entry.recordKind,
    recordId: entry.recordId,
    ...(entry.itemId !== undefined ? { itemId: entry.itemId } : {}),
    ...(entry.field !== undefined ? { field: entry.field } : {}),
    ...(values ? { before: values[0], after: values[1] } : {}),
    sentence: sentence(CHANGE_MESSAGES[kind], params),
  });
  /** Entries of activities that came or went are told by the activity's own item, not one by one. */
  const inChangedActivity = (entry: Entry) =>
    entry.recordKind === 'activities' &&
    entry.recordId !== '' &&
    (!a.activities.has(entry.recordId) || !b.activities.has(entry.recordId));

  const compare = (from: Map<string, Entry>, to: Map<string, Entry>, kinds: Kinds, skipInChanged: boolean) => {
    for (const [key, entry] of to) {
      const old = from.get(key);
      if (old === undefined) {
        if (!(skipInChanged && inChangedActivity(entry))) out.push(item(entry, kinds.added, entry.params));
      } else if (kinds.changed !== undefined && old.value !== entry.value) {
        out.push(
          item(entry, kinds.changed, { ...entry.params, before: old.value, after: entry.value }, [
            old.value,
            entry.value,
          ]),
        );
      }
    }
    for (const [key, entry] of from) {
      if (!to.has(key) && !(skipInChanged && inChangedActivity(entry)))
        out.push(item(entry, kinds.removed, entry.params));
    }
  };

  compare(a.activities, b.activities, { added: 'activityAdded', removed: 'activityRemoved' }, false);
  compare(
    a.purposes,
    b.purposes,
    { added: 'purposeAdded', removed: 'purposeRemoved', changed: 'purposeChanged' },
    false,
  );
  compare(a.grounds, b.grounds, { added: 'legalBasisAdded', removed: 'legalBasisRemoved' }, true);
  compare(a.statutes, b.statutes, { added: 'statuteAdded', removed: 'statuteRemoved' }, true);
  compare(a.dataCategories, b.dataCategories, { added: 'dataCategoryAdded', removed: 'dataCategoryRemoved' }, false);
  compare(a.sources, b.sources, { added: 'sourceAdded', removed: 'sourceRemoved' }, false);
  compare(a.recipients, b.recipients, { added: 'recipientAdded', removed: 'recipientRemoved' }, false);
  compare(a.processors, b.processors, { added: 'processorAdded', removed: 'processorRemoved' }, false);
  compare(
    a.transfers,
    b.transfers,
    { added: 'transferAdded', removed: 'transferRemoved', changed: 'transferChanged' },
    false,
  );
  // A purpose that came or went is one item; its retention changes only when the purpose is in both versions.
  for (const [key, entry] of b.retention) {
    const old = a.retention.get(key);
    if (old !== undefined && old.value !== entry.value)
      out.push(
        item(entry, 'retentionChanged', { ...entry.params, before: old.value, after: entry.value }, [
          old.value,
          entry.value,
        ]),
      );
  }
  for (const [key, entry] of b.automated) {
    const old = a.automated.get(key);
    if (old !== undefined && old.value !== entry.value)
      out.push(
        item(entry, 'automatedChanged', { ...entry.params, before: old.value, after: entry.value }, [
          old.value,
          entry.value,
        ]),
      );
  }
  for (const [key, entry] of b.contacts) {
    const old = a.contacts.get(key);
    if (old !== undefined && old.value !== entry.value) out.push(item(entry, 'contactChanged', entry.params));
  }
  for (const [key, entry] of b.texts) {
    const old = a.texts.get(key);
    if (old !== undefined && old.value !== entry.value) out.push(item(entry, 'textChanged', entry.params));
  }
  return out;
}
