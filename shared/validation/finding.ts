/**
 * A finding: one thing a validation rule noticed about one record (or the register as a whole). Findings hold
 * codes and parameters, never finished sentences, so the editor, the exports and the CLI can each phrase them
 * in their own language (see messages/).
 */
import type { RecordKind } from '../model/register';

export type Severity = 'error' | 'warning' | 'info';

/** Most serious first: the order lists, counts and exports use. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  /** Stable across versions (exports and saved reports refer to it), e.g. 'ACT_NO_PURPOSE'. */
  code: string;
  severity: Severity;
  /** The record kind concerned, or 'meta' for the register as a whole. */
  kind: RecordKind | 'meta';
  recordId?: string;
  recordName?: string;
  /** The model field path the finding concerns, e.g. 'purposes', 'legalBases', 'retention', 'contractDate'. */
  field?: string;
  /** Values for the message placeholders; codes (countries, grounds, kinds) are localised when shown. */
  params: Record<string, string | number>;
}
