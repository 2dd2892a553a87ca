/**
 * What a record's rows said, merged into the register's record of that number or name, or into a new one. Merging
 * adds and never takes away: a filled cell replaces a single value (a description, a status, a date), lists gain
 * what they lack (a purpose, a recipient, a legal basis with its references, a retention rule), and an empty cell
 * changes nothing. Texts in another language than the register's go to an existing record's translations.
 */
import { setPath, type Plain } from '../../excel/paths';
import type { TextLanguage } from '../../i18n/languages';
import type { FieldTableOf } from '../../model/fieldDescriptor';
import { RECORD_FIELDS, type AnyRecord } from '../../model/register';
import { withTranslation } from '../../translation/stamping';
import type { ImportKind } from '../mapping/targets';
import type { Incoming } from './readRecord';
import { matchKey } from '../values/fold';

export interface MergeContext {
  kind: ImportKind;
  newId: () => string;
  /** Set when the source texts are in another language than the register's main one. */
  translateTo?: TextLanguage;
  /** ISO date: an end date on or before it makes a record without a stated status retired. */
  today: string;
}

type Item = Plain & { id: string };

function list(draft: Plain, key: string): unknown[] {
  const value = draft[key];
  if (Array.isArray(value)) return value;
  const fresh: unknown[] = [];
  draft[key] = fresh;
  return fresh;
}

function addAll(into: unknown[], ids: readonly string[]): void {
  for (const id of ids) if (!into.includes(id)) into.push(id);
}

/** The main text of a list item, and its translation into the source language when there is one. */
function itemTexts(item: Plain, field: string, lang: TextLanguage | undefined): string[] {
  const out = [String(item[field] ?? '')];
  const i18n = item['i18n'] as Partial<Record<TextLanguage, Partial<Record<string, string>>>> | undefined;
  const translated = lang ? i18n?.[lang]?.[field] : undefined;
  if (translated) out.push(translated);
  return out.map(matchKey);
}

/** The field of a list item that holds its text (`description` for purposes, sources, categories of processing). */
function itemField(fields: FieldTableOf<string>, path: string): string {
  const widget = fields[path]?.widget;
  if (widget?.type !== 'list') return 'description';
  const entry = Object.entries(widget.fields).find(([, d]) => d.required === true && d.widget.type === 'text');
  return entry?.[0] ?? 'description';
}

/** The record as the rows say it, merged into `existing` (a new record when undefined); not yet validated. */
export function mergeIncoming(existing: AnyRecord | undefined, incoming: Incoming, ctx: MergeContext): Plain {
  const fields = RECORD_FIELDS[ctx.kind];
  let draft: Plain = existing ? (structuredClone(existing) as unknown as Plain) : { id: ctx.newId(), name: '' };
  const translate = existing !== undefined ? ctx.translateTo : undefined;

  for (const [path, { text }] of incoming.texts) {
    // The same text in other case or spacing ("OPNAME VAN ...") leaves the register's spelling alone.
    const before = path.includes('.') ? undefined : draft[path];
    if (typeof before === 'string' && matchKey(before) === matchKey(text)) continue;
    if (path.includes('.')) setPath(draft, path, text);
    else if (translate && fields[path]?.translatable === true) {
      if (String(draft[path] ?? '') !== text) draft = withTranslation(draft, path, translate, text);
    } else draft[path] = text;
  }
  for (const [path, { value }] of incoming.values) setPath(draft, path, value);

  // Objects whose required part no column gave: what the other parts imply.
  const decision = draft['automatedDecision'] as Plain | undefined;
  if (decision && typeof decision['exists'] !== 'boolean') decision['exists'] = String(decision['logic'] ?? '') !== '';
  const dpia = draft['dpia'] as Plain | undefined;
  if (dpia && typeof dpia['status'] !== 'string') dpia['status'] = dpia['date'] ? 'done' : 'not-assessed';

  const endDate = incoming.values.get('endDate')?.value;
  if (typeof endDate === 'string' && !incoming.values.has('status') && endDate <= ctx.today)
    draft['status'] = 'retired';

  for (const [path, values] of incoming.multi) addAll(list(draft, path), values);
  for (const [path, ids] of incoming.links) addAll(list(draft, path), ids);

  const purposeIds = new Map<string, string>();
  for (const [path, items] of incoming.items) {
    const field = itemField(fields, path);
    const current = list(draft, path) as Item[];
    for (const item of items) {
      const key = matchKey(item.text);
      const known = current.find((c) => itemTexts(c, field, ctx.translateTo).includes(key));
      if (known) {
        if (path === 'purposes') purposeIds.set(key, known.id);
        continue;
      }
      const added: Item = { id: ctx.newId(), [field]: item.text };
      if (item.fromDataSubject !== undefined) added['fromDataSubject'] = item.fromDataSubject;
      current.push(added);
      if (path === 'purposes') purposeIds.set(key, added.id);
    }
  }

  if (incoming.controllers.length > 0) {
    const controllers = list(draft, 'controllers') as { organisationId: string; role: string }[];
    for (const link of incoming.controllers)
      if (!controllers.some((c) => c.organisationId === link.organisationId)) controllers.push({ ...link });
  }

  if (incoming.legalBases.length > 0) {
    const bases = list(draft, 'legalBases') as (Item & { ground: string; legalReferenceIds: string[] })[];
    for (const basis of incoming.legalBases) {
      const same = bases.find((b) => b.ground === basis.ground);
      if (same) {
        same.legalReferenceIds = [...(same.legalReferenceIds ?? [])];
        addAll(same.legalReferenceIds, basis.legalReferenceIds);
        if (!same['explanation'] && basis.explanation) same['explanation'] = basis.explanation;
      } else
        bases.push({
          id: ctx.newId(),
          ground: basis.ground,
          legalReferenceIds: [...basis.legalReferenceIds],
          ...(basis.explanation ? { explanation: basis.explanation } : {}),
        });
    }
  }

  if (incoming.retention.length > 0) {
    const rules = list(draft, 'retention') as (Item &
      Record<'purposeIds' | 'dataCategoryIds' | 'legalReferenceIds', string[]>)[];
    for (const rule of incoming.retention) {
      const ids = rule.purposeTexts
        .map((text) => purposeIds.get(matchKey(text)))
        .filter((id): id is string => id !== undefined);
      const same = rules.find(
        (r) => r['period'] === rule.period && r['criterion'] === rule.criterion && r['trigger'] === rule.trigger,
      );
      if (same) {
        for (const key of ['purposeIds', 'dataCategoryIds', 'legalReferenceIds'] as const)
          same[key] = [...(same[key] ?? [])];
        addAll(same.purposeIds, ids);
        addAll(same.dataCategoryIds, rule.dataCategoryIds);
        addAll(same.legalReferenceIds, rule.legalReferenceIds);
        continue;
      }
      rules.push({
        id: ctx.newId(),
        ...(rule.period ? { period: rule.period } : {}),
        ...(rule.criterion ? { criterion: rule.criterion } : {}),
        ...(rule.trigger ? { trigger: rule.trigger } : {}),
        purposeIds: ids,
        dataCategoryIds: [...rule.dataCategoryIds],
        legalReferenceIds: [...rule.legalReferenceIds],
      });
    }
  }
  return draft;
}
