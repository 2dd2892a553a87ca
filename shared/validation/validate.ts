/**
 * Runs every rule over a register and returns its findings in a stable order, so the editor, the dashboard, the
 * exports and the CLI all list the same findings the same way. `today` is a parameter, never the clock, so that a
 * register validated twice (or in a test) gives the same answer.
 */
import type { UiLanguage } from '../i18n/languages';
import { RECORD_KINDS, type RecordKind, type Register } from '../model/register';
import { SEVERITIES, type Finding, type Severity } from './finding';
import { ruleMessage } from './messages';
import { buildContext, type Rule } from './rule';
import { ACTIVITY_RULES } from './rules/activityRules';
import { DPIA_RULES } from './rules/dpiaRules';
import { LEGAL_BASIS_RULES } from './rules/legalBasisRules';
import { LIFECYCLE_RULES } from './rules/lifecycleRules';
import { ORGANISATION_RULES } from './rules/organisationRules';
import { PROCESSOR_RULES } from './rules/processorRules';
import { REFERENCE_RULES } from './rules/referenceRules';
import { RETENTION_RULES } from './rules/retentionRules';
import { TRANSFER_COVERAGE_RULES } from './rules/transferCoverageRules';
import { TRANSFER_RULES } from './rules/transferRules';
import { TRANSLATION_RULES } from './rules/translationRules';

export type { Rule, RuleContext } from './rule';

export interface ValidationOptions {
  /** ISO date YYYY-MM-DD; injected so results (and tests) do not depend on the clock. */
  today: string;
}

/** Every rule, in the order the rule list shows them: activity content first, register integrity last. */
export const RULES: readonly Rule[] = [
  ...ACTIVITY_RULES,
  ...LEGAL_BASIS_RULES,
  ...RETENTION_RULES,
  ...DPIA_RULES,
  ...LIFECYCLE_RULES,
  ...TRANSFER_COVERAGE_RULES,
  ...TRANSFER_RULES,
  ...PROCESSOR_RULES,
  ...ORGANISATION_RULES,
  ...REFERENCE_RULES,
  ...TRANSLATION_RULES,
];

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));
// Register-level findings first, then the kinds in the order the register file and the navigation list them.
const KIND_RANK = new Map<RecordKind | 'meta', number>([['meta', -1], ...RECORD_KINDS.map((k, i) => [k, i] as const)]);
// A fixed locale keeps the order the same on every machine; numeric so "CM-2" sorts before "CM-10".
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function compareFindings(a: Finding, b: Finding): number {
  return (
    (SEVERITY_RANK.get(a.severity) ?? 0) - (SEVERITY_RANK.get(b.severity) ?? 0) ||
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
    collator.compare(a.recordName ?? '', b.recordName ?? '') ||
    cmp(a.code, b.code) ||
    cmp(a.recordId ?? '', b.recordId ?? '') ||
    cmp(a.field ?? '', b.field ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function validateRegister(register: Register, options: ValidationOptions): Finding[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    // Review dates are compared as strings; any other shape would silently flag everything or nothing.
    throw new RangeError(`validateRegister: today must be an ISO date (YYYY-MM-DD), got "${options.today}"`);
  }
  const ctx = buildContext(register, options.today);
  const findings = RULES.flatMap((rule) => rule.check(register, ctx));
  // Array.prototype.sort is stable, so findings equal in every key keep the order their rule reported them in.
  return findings.sort(compareFindings);
}

/** The finding as a sentence in the interface language, its coded parameters turned into words. */
export function findingMessage(finding: Finding, lang: UiLanguage): string {
  return ruleMessage(finding.code, lang, finding.params);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
