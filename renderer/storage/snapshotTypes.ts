/** Shapes of stored snapshots: the list entry and, apart, the register copy it names. */
import type { RecordKind, Register } from '../../shared/model';

export interface SnapshotInfo {
  id: string;
  name: string;
  /** ISO timestamp. */
  takenAt: string;
  user: string;
  fingerprint: string;
  counts: Record<RecordKind, number>;
}

export interface SnapshotContent {
  id: string;
  register: Register;
}
