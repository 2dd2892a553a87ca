/**
 * A register limited to one controller: what an export "for controller X" contains.
 *
 * Kept:
 * - the activities (Art. 30(1)) that name the organisation among their controllers;
 * - the processor activities (Art. 30(2)) it carries out, or that are carried out on its behalf;
 * - the organisation itself, the DPOs and representatives that serve it or serve nobody in particular, and the
 *   supervisory authority;
 * - every record those records reach through `LINK_FIELDS`, transitively (transfers → recipients and
 *   processors, processors → sub-processors, recipients → legal references, activities → joint controllers, ...).
 *
 * Two links select rather than depend, so they are not followed: a DPO's `servesOrganisationIds` (following it
 * would pull in every controller the DPO serves) and an activity's `replacedByActivityId` (following it could
 * pull in another controller's activity). Where they point outside the result they are trimmed, so a register
 * without dangling links gives a scoped register without dangling links. Record order, record content
 * otherwise, and `meta` are unchanged.
 */
import { RECORD_KINDS, type AnyRecord, type RecordKind, type Register } from '../model/register';
import { LINK_FIELDS, linkedIds } from './links';

/** The id given is no organisation of the register. */
export class UnknownOrganisationError extends Error {
  constructor(readonly organisationId: string) {
    super(`No organisation with id ${organisationId} in the register`);
    this.name = 'UnknownOrganisationError';
  }
}

const NOT_FOLLOWED: ReadonlySet<string> = new Set([
  'organisations:servesOrganisationIds',
  'activities:replacedByActivityId',
]);

/** Organisations of these kinds are kept when they serve the controller or no one in particular. */
const SERVING_KINDS: ReadonlySet<string> = new Set(['dpo', 'representative']);

export function scopeToController(register: Register, controllerId: string): Register {
  if (!register.organisations.some((o) => o.id === controllerId)) throw new UnknownOrganisationError(controllerId);

  const byId = new Map<RecordKind, Map<string, AnyRecord>>();
  for (const kind of RECORD_KINDS) {
    byId.set(kind, new Map((register[kind] as AnyRecord[]).map((r) => [r.id, r])));
  }
  const kept = new Map<RecordKind, Set<string>>(RECORD_KINDS.map((kind) => [kind, new Set<string>()]));
  const queue: [RecordKind, AnyRecord][] = [];
  const keep = (kind: RecordKind, id: string): void => {
    const record = byId.get(kind)?.get(id);
    const set = kept.get(kind) as Set<string>;
    if (!record || set.has(id)) return;
    set.add(id);
    queue.push([kind, record]);
  };

  keep('organisations', controllerId);
  for (const org of register.organisations) {
    const serving =
      SERVING_KINDS.has(org.kind) &&
      (org.servesOrganisationIds.length === 0 || org.servesOrganisationIds.includes(controllerId));
    if (serving || org.kind === 'supervisory-authority') keep('organisations', org.id);
  }
  for (const activity of register.activities) {
    if (activity.controllers.some((c) => c.organisationId === controllerId)) keep('activities', activity.id);
  }
  for (const pa of register.processorActivities) {
    if (pa.processorOrganisationId === controllerId || pa.controllerOrganisationIds.includes(controllerId)) {
      keep('processorActivities', pa.id);
    }
  }

  for (let next = queue.shift(); next; next = queue.shift()) {
    const [kind, record] = next;
    for (const link of LINK_FIELDS) {
      if (link.from !== kind || NOT_FOLLOWED.has(`${link.from}:${link.field}`)) continue;
      for (const target of linkedIds(record, link.field)) keep(link.to, target);
    }
  }

  const isKept = (kind: RecordKind, id: string): boolean => (kept.get(kind) as Set<string>).has(id);
  const pick = <K extends RecordKind>(kind: K): Register[K] =>
    (register[kind] as AnyRecord[]).filter((r) => isKept(kind, r.id)) as Register[K];

  // Every kind keeps what the walk reached; organisations and activities also drop links to what it did not.
  const picked = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, pick(kind)])) as {
    [K in RecordKind]: Register[K];
  };
  return {
    ...picked,
    meta: register.meta,
    organisations: picked.organisations.map((org) =>
      org.servesOrganisationIds.every((id) => isKept('organisations', id))
        ? org
        : { ...org, servesOrganisationIds: org.servesOrganisationIds.filter((id) => isKept('organisations', id)) },
    ),
    activities: picked.activities.map((activity) => {
      if (activity.replacedByActivityId === undefined || isKept('activities', activity.replacedByActivityId)) {
        return activity;
      }
      const { replacedByActivityId: _dropped, ...rest } = activity;
      return rest;
    }),
  };
}
