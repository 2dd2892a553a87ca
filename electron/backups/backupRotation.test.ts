import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROTATION_POLICY, selectBackupsToKeep, type DatedFile, type RotationPolicy } from './backupRotation';

const DAY = 24 * 60 * 60 * 1000;
const utcDay = (date: Date) => Math.floor(date.getTime() / DAY);

/** A clock somewhere in 2020–2035 and up to 200 backups from 120 days before it to a day after it (clock skew). */
const scenario = fc
  .record({
    now: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
    offsets: fc.uniqueArray(fc.integer({ min: -DAY, max: 120 * DAY }), { maxLength: 200 }),
    policy: fc.oneof(
      fc.constant(DEFAULT_ROTATION_POLICY),
      fc.record({ keepLast: fc.integer({ min: 0, max: 40 }), keepDailyDays: fc.integer({ min: 0, max: 40 }) }),
    ),
  })
  .map(({ now, offsets, policy }) => ({
    now: new Date(now),
    policy,
    files: offsets.map((offset, i): DatedFile => ({ fileName: `backup-${i}`, savedAt: new Date(now - offset) })),
  }));

function newest(files: DatedFile[]): DatedFile | undefined {
  return [...files].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime())[0];
}

describe('backup rotation', () => {
  it('never removes the newest backup', () => {
    fc.assert(
      fc.property(scenario, ({ files, now, policy }) => {
        const plan = selectBackupsToKeep(files, now, policy);
        const top = newest(files);
        if (top) {
          expect(plan.keep).toContain(top.fileName);
          expect(plan.remove).not.toContain(top.fileName);
        }
      }),
    );
  });

  it('never keeps more than keepLast + keepDailyDays', () => {
    fc.assert(
      fc.property(scenario, ({ files, now, policy }) => {
        const plan = selectBackupsToKeep(files, now, policy);
        expect(plan.keep.length).toBeLessThanOrEqual(Math.max(1, policy.keepLast) + policy.keepDailyDays);
      }),
    );
  });

  it('sorts every backup into exactly one of keep and remove', () => {
    fc.assert(
      fc.property(scenario, ({ files, now, policy }) => {
        const plan = selectBackupsToKeep(files, now, policy);
        const keep = new Set(plan.keep);
        expect(plan.remove.filter((name) => keep.has(name))).toEqual([]);
        expect([...plan.keep, ...plan.remove].sort()).toEqual(files.map((f) => f.fileName).sort());
      }),
    );
  });

  it('keeps the newest backup of each of the last keepDailyDays days that has backups', () => {
    fc.assert(
      fc.property(scenario, ({ files, now, policy }) => {
        const plan = selectBackupsToKeep(files, now, policy);
        const today = utcDay(now);
        for (let day = today - policy.keepDailyDays + 1; day <= today; day++) {
          const ofDay = files.filter((f) => utcDay(f.savedAt) === day);
          const top = newest(ofDay);
          if (top) expect(plan.keep).toContain(top.fileName);
        }
      }),
    );
  });

  it('keeps the newest keepLast backups', () => {
    fc.assert(
      fc.property(scenario, ({ files, now, policy }) => {
        const plan = selectBackupsToKeep(files, now, policy);
        const newestFirst = [...files].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
        for (const file of newestFirst.slice(0, policy.keepLast)) expect(plan.keep).toContain(file.fileName);
      }),
    );
  });

  it('lists kept and removed backups newest first', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    const files = [0, 5, 1, 4, 2, 3].map((hoursAgo) => ({
      fileName: `h${hoursAgo}`,
      savedAt: new Date(now.getTime() - hoursAgo * 60 * 60 * 1000),
    }));
    expect(selectBackupsToKeep(files, now, { keepLast: 2, keepDailyDays: 0 })).toEqual({
      keep: ['h0', 'h1'],
      remove: ['h2', 'h3', 'h4', 'h5'],
    });
  });

  it('after 30 days keeps one backup a day and the last 30, and lets older ones go', () => {
    // Four backups a day for 60 days, the last one 2026-11-22 18:00 UTC.
    const now = new Date('2026-11-22T20:00:00.000Z');
    const files: DatedFile[] = [];
    for (let day = 0; day < 60; day++) {
      for (const hour of [6, 10, 14, 18]) {
        const savedAt = new Date(Date.UTC(2026, 10, 22 - day, hour));
        files.push({ fileName: savedAt.toISOString(), savedAt });
      }
    }
    const policy: RotationPolicy = { keepLast: 30, keepDailyDays: 30 };
    const { keep } = selectBackupsToKeep(files, now, policy);
    // The last 30 cover 7.5 days; the 18:00 backup of each of the other 22.5 days of the month is kept too.
    expect(keep).toHaveLength(30 + 22);
    expect(keep[0]).toBe('2026-11-22T18:00:00.000Z');
    expect(keep).toContain('2026-10-24T18:00:00.000Z');
    expect(keep).not.toContain('2026-10-24T14:00:00.000Z');
    expect(keep).not.toContain('2026-10-23T18:00:00.000Z');
  });

  it('keeps everything when there are few backups, and handles none', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    expect(selectBackupsToKeep([], now)).toEqual({ keep: [], remove: [] });
    const old = { fileName: 'old', savedAt: new Date('2020-01-01T00:00:00.000Z') };
    expect(selectBackupsToKeep([old], now)).toEqual({ keep: ['old'], remove: [] });
  });
});
