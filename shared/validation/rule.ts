/**
 * What a validation rule is, the context it runs in, and the small predicates several rule files share.
 * Rules report *hits* (record, field, parameters); `defineRule` stamps each hit with the rule's code and
 * severity, so a code can never be reported with a severity other than the one its rule declares.
 */
import type { Labels } from '../i18n/languages';
import type { LegalBasis } from '../model/activity';
import type { RecordKind, RecordOf, Register } from '../model/register';
import type { Finding, Severity } from './finding';
import { ruleDescription, type RuleCode } from './messages';

export interface RuleContext {
  /** ISO date `YYYY-MM-DD`; passed in rather than read from the clock so results are reproducible. */
  readonly today: string;
  /** The record of `kind` with `id`, or undefined when the link dangles (REF_DANGLING reports that). */
  get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined;
}

export interface Rule {
  readonly code: RuleCode;
  readonly severity: Severity;
  /** What the rule checks, for the rule list in the interface and the exports' appendix (see messages/). */
  readonly description: Labels;
  check(register: Register, ctx: RuleContext): Finding[];
}

/** One thing a rule noticed; `defineRule` turns it into a finding. */
export interface Hit {
  kind: RecordKind | 'meta';
  record?: { id: string; name: string };
  field?: string;
  params?: Record<string, string | number>;
}

export interface RuleDefinition {
  code: RuleCode;
  severity: Severity;
  find(register: Register, ctx: RuleContext): Iterable<Hit>;
}

export function defineRule(definition: RuleDefinition): Rule {
  const { code, severity } = definition;
  return {
    code,
    severity,
    // From the catalogue, so adding a language means one catalogue file rather than an edit to every rule.
    description: ruleDescription(code),
    check(register, ctx) {
      const findings: Finding[] = [];
      for (const hit of definition.find(register, ctx)) {
        const finding: Finding = { code, severity, kind: hit.kind, params: {} };
        if (hit.record) {
          finding.recordId = hit.record.id;
          finding.recordName = hit.record.name;
          // Every message may name its record, so `{name}` is always there to fill.
          finding.params.name = hit.record.name;
        }
        if (hit.field !== undefined) finding.field = hit.field;
        Object.assign(finding.params, hit.params);
        findings.push(finding);
      }
      return findings;
    },
  };
}

export function buildContext(register: Register, today: string): RuleContext {
  const maps = new Map<RecordKind, Map<string, unknown>>();
  return {
    today,
    get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined {
      let map = maps.get(kind);
      if (!map) {
        map = new Map();
        // A malformed register may lack an array; validation must still run on it.
        for (const record of (register[kind] ?? []) as readonly RecordOf<K>[]) map.set(record.id, record);
        maps.set(kind, map);
      }
      return map.get(id) as RecordOf<K> | undefined;
    },
  };
}

/** Resolves a list of ids, silently dropping the dangling ones (those are reported once, by REF_DANGLING). */
export function resolveAll<K extends RecordKind>(ctx: RuleContext, kind: K, ids: readonly string[]): RecordOf<K>[] {
  const out: RecordOf<K>[] = [];
  for (const id of ids) {
    const record = ctx.get(kind, id);
    if (record) out.push(record);
  }
  return out;
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** Retired activities stay in the register for the authority; only their references are still checked. */
export function isLive(record: { status: string }): boolean {
  return record.status !== 'retired';
}

/** A legal reference that is national law (statute, ISC deliberation, agreement), not a GDPR provision. */
export function hasNationalReference(ctx: RuleContext, basis: LegalBasis, kinds?: readonly string[]): boolean {
  return resolveAll(ctx, 'legalReferences', basis.legalReferenceIds).some((ref) =>
    kinds ? kinds.includes(ref.kind) : ref.kind !== 'gdpr',
  );
}
