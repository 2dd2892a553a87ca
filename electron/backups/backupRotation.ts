/**
 * Which backups to keep: the newest `keepLast`, plus the newest of each calendar day (UTC) of the last
 * `keepDailyDays` days, today included. Everything else may go. Pure: it only looks at names and dates.
 */

export interface RotationPolicy {
  /** How many of the newest backups are always kept (at least 1: the newest backup is never removed). */
  keepLast: number;
  /** For how many calendar days (UTC, today included) the newest backup of each day is kept. */
  keepDailyDays: number;
}

export const DEFAULT_ROTATION_POLICY: RotationPolicy = { keepLast: 30, keepDailyDays: 30 };

export interface DatedFile {
  fileName: string;
  savedAt: Date;
}

export interface RotationPlan {
  /** Newest first. */
  keep: string[];
  /** Newest first. */
  remove: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC calendar day of a date as a day number (days since 1970-01-01). */
function utcDay(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

function time(date: Date): number {
  const t = date.getTime();
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

export function selectBackupsToKeep(
  files: readonly DatedFile[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION_POLICY,
): RotationPlan {
  const keepLast = Math.max(1, Math.floor(policy.keepLast));
  const keepDailyDays = Math.max(0, Math.floor(policy.keepDailyDays));

  // One entry per name (a name is a file), newest first; equal times are ordered by name so the plan is stable.
  const byName = new Map<string, DatedFile>();
  for (const file of files) {
    const seen = byName.get(file.fileName);
    if (!seen || time(file.savedAt) > time(seen.savedAt)) byName.set(file.fileName, file);
  }
  const newestFirst = [...byName.values()].sort(
    (a, b) => time(b.savedAt) - time(a.savedAt) || (a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0),
  );

  const kept = new Set<string>(newestFirst.slice(0, keepLast).map((f) => f.fileName));

  const today = utcDay(now);
  const daysSeen = new Set<number>();
  for (const file of newestFirst) {
    const day = utcDay(file.savedAt);
    if (Number.isNaN(day) || day > today || day <= today - keepDailyDays || daysSeen.has(day)) continue;
    daysSeen.add(day);
    kept.add(file.fileName);
  }

  const keep: string[] = [];
  const remove: string[] = [];
  for (const file of newestFirst) (kept.has(file.fileName) ? keep : remove).push(file.fileName);
  return { keep, remove };
}
