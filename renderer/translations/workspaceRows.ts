/**
 * The workspace's row model, kept free of React so it can be tested on its own: which texts a choice of kind,
 * controller and state lists, what they count, which controllers can be chosen, and how a row names its place
 * ("Aansluiting en verzekerbaarheid · Processing activity · Purpose 2") and links to it in the editor.
 */
import { FIELD_LABELS, KIND_LABELS } from '../../shared/catalogue/fieldLabels';
import { capitalised, LOCALE_OF, type UiLanguage } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import type { AnyRecord, RecordKind, Register } from '../../shared/model';
import { wordsKeyOf } from '../../shared/model/words';
import type { TranslationTask } from '../../shared/translation';
import { routeHref } from '../app/routes';
import { TRANSLATION_MESSAGES, type TranslationMessageKey } from './messages';

/** Which texts to do are listed: both states, or one of them. */
export type StateFilter = 'todo' | 'missing' | 'outdated';
export const STATE_FILTERS: readonly StateFilter[] = ['todo', 'missing', 'outdated'];

export interface WorkspaceFilter {
  kind?: RecordKind | 'meta' | undefined;
  /** An organisation's id: only the texts of activities and processor activities it is a controller of. */
  controller?: string | undefined;
  state: StateFilter;
}

/** The kinds whose records name their controllers; the controller filter means nothing for the others. */
export const KINDS_WITH_CONTROLLERS: readonly (RecordKind | 'meta')[] = ['activities', 'processorActivities'];

export function controllerFilterApplies(kind: RecordKind | 'meta' | undefined): boolean {
  return kind === undefined || KINDS_WITH_CONTROLLERS.includes(kind);
}

/** The organisations a record names as its controllers (none for kinds that have none). */
export function controllersOf(kind: RecordKind | 'meta', record: AnyRecord | undefined): readonly string[] {
  if (!record) return [];
  if (kind === 'activities' && 'controllers' in record) return record.controllers.map((c) => c.organisationId);
  if (kind === 'processorActivities' && 'controllerOrganisationIds' in record) return record.controllerOrganisationIds;
  return [];
}

/** Kind and controller: the filters that say *where* a text is, whatever its state. */
export function inScope(task: TranslationTask, filter: Omit<WorkspaceFilter, 'state'>): boolean {
  if (filter.kind !== undefined && task.kind !== filter.kind) return false;
  // A controller chosen together with a kind that has none (recipients) is ignored, as the screen says.
  if (filter.controller !== undefined && controllerFilterApplies(filter.kind)) {
    return controllersOf(task.kind, task.record).includes(filter.controller);
  }
  return true;
}

function stateMatches(task: TranslationTask, state: StateFilter): boolean {
  if (task.state === 'current') return false;
  return state === 'todo' || task.state === state;
}

/**
 * The rows to list, in register order: the texts in scope whose state the filter asks for, plus the `kept` ones in
 * scope whatever their state now (texts saved during this visit, which stay where they were; see the workspace).
 */
export function workspaceRows(
  texts: readonly TranslationTask[],
  filter: WorkspaceFilter,
  kept: ReadonlySet<string> = new Set(),
): TranslationTask[] {
  return texts.filter((task) => inScope(task, filter) && (kept.has(task.key) || stateMatches(task, filter.state)));
}

export interface TodoCounts {
  missing: number;
  outdated: number;
}

/** Missing and outdated texts among `texts`, within the kind and controller filter when one is given. */
export function todoCounts(texts: readonly TranslationTask[], filter: Omit<WorkspaceFilter, 'state'> = {}): TodoCounts {
  const counts: TodoCounts = { missing: 0, outdated: 0 };
  for (const task of texts) {
    if (task.state === 'current' || !inScope(task, filter)) continue;
    counts[task.state] += 1;
  }
  return counts;
}

export interface ControllerOption {
  id: string;
  name: string;
}

/** The organisations named as controller by at least one activity or processor activity, by name. */
export function controllerOptions(register: Register, lang: UiLanguage): ControllerOption[] {
  const ids = new Set<string>();
  for (const activity of register.activities) for (const c of activity.controllers) ids.add(c.organisationId);
  for (const activity of register.processorActivities) for (const id of activity.controllerOrganisationIds) ids.add(id);
  const collator = new Intl.Collator(LOCALE_OF[lang]);
  return register.organisations
    .filter((organisation) => ids.has(organisation.id))
    .map((organisation) => ({ id: organisation.id, name: organisation.name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The 1-based position of a list item in its record ("Purpose 2"); undefined for a text that is not an item's. */
export function itemPosition(task: TranslationTask): number | undefined {
  if (!task.list || !task.record) return undefined;
  const items = (task.record as unknown as Record<string, unknown>)[task.list];
  if (!Array.isArray(items)) return undefined;
  const index = (items as { id?: unknown }[]).findIndex((item) => item.id === task.itemId);
  return index < 0 ? undefined : index + 1;
}

const ITEM_LABELS: Readonly<Record<string, TranslationMessageKey>> = {
  purposes: 'itemPurposes',
  legalBases: 'itemLegalBases',
  sources: 'itemSources',
  retention: 'itemRetention',
  processingCategories: 'itemProcessingCategories',
};

/** Lists whose items hold one text only: the item's name says it all ("Purpose 2", not "Purpose 2 · Purposes"). */
const SINGLE_TEXT_ITEMS = new Set(['purposes', 'sources', 'processingCategories']);

function wordLabel(path: string, lang: UiLanguage): string {
  const key = wordsKeyOf(path);
  return key ? FIELD_LABELS[key][lang] : path;
}

export interface RowHeading {
  /** The record's name in the main language (with its processing number), or "Register details". */
  name: string;
  /** "Processing activity", "Recipient", "Register". */
  kind: string;
  /** "Description", "Purpose 2", "Retention rule 1 · Starts at". */
  field: string;
}

export function rowHeading(task: TranslationTask, lang: UiLanguage): RowHeading {
  const t = (key: TranslationMessageKey, params?: Record<string, string | number>) =>
    translate(TRANSLATION_MESSAGES, lang, key, params);
  const kind = capitalised(KIND_LABELS[task.kind].one[lang]);
  if (task.kind === 'meta' || !task.record) return { name: t('metaName'), kind, field: wordLabel(task.field, lang) };
  const reference = 'reference' in task.record ? task.record.reference : undefined;
  const name = reference ? `${reference} ${task.record.name}` : task.record.name;
  if (!task.list) return { name, kind, field: wordLabel(task.field, lang) };
  const n = itemPosition(task) ?? '?';
  const itemKey = ITEM_LABELS[task.list];
  const item = itemKey ? t(itemKey, { n }) : t('itemOther', { label: wordLabel(task.list, lang), n });
  const field = SINGLE_TEXT_ITEMS.has(task.list) ? item : `${item} · ${wordLabel(`${task.list}.${task.field}`, lang)}`;
  return { name, kind, field };
}

/** Where the text is edited: the record's editor at the field (the list, for an item's text); settings for the meta. */
export function editorHref(task: TranslationTask): string {
  if (task.kind === 'meta' || !task.recordId) return routeHref({ screen: 'settings' });
  return routeHref({ screen: 'records', kind: task.kind, id: task.recordId, field: task.list ?? task.field });
}

/** The first words of a text, for a status line ("Saved: Identifying members…"). */
export function textStart(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
