/**
 * The benchmark page, served on the same origin as the built app. It drives the app's real storage code
 * (renderer/storage) with a generated register and exposes what the Playwright driver calls on `window.ropaBench`:
 *
 * - idbLoad / idbBaseline: `replaceRegister` of the register into a fresh database, against a plain Dexie `bulkPut` of
 *   the same records into a fresh database in one transaction;
 * - seedApp: the register written into the app's own database ('ropa-desk') through `replaceRegister`, with the
 *   onboarding marked done and the interface language set to English, so the app opens on the register.
 */
import Dexie, { type Table } from 'dexie';
import { generateRegister } from '../../shared/bench/generateRegister';
import { RECORD_KINDS, type AnyRecord, type Register } from '../../shared/model';
import { DATABASE_NAME, RegisterDatabase } from '../../renderer/storage/database';
import { loadRegister, replaceRegister } from '../../renderer/storage/registerStore';
import { fingerprint } from '../../shared/register/canonical';
import { setSetting, SETTING_ONBOARDED, SETTING_USER_NAME } from '../../renderer/storage/settings';
import { toStored } from '../../renderer/storage/storedRecord';

export interface Timed {
  times: number[];
  /** Largest `performance.memory.usedJSHeapSize` seen while the task ran, in MB. */
  heapMaxMb: number;
  check: string;
}

/** Where replaceRegister's time goes: medians of three (for the notes on a missed target). */
export interface IdbBreakdown {
  /** The same clear + bulkAdd of the stored rows into the app's schema (all its indexes), in one transaction. */
  writesWithAppIndexesMs: number;
  /** One `fingerprint(register)`: replaceRegister computes two (the replaced register and the new one). */
  fingerprintMs: number;
  /** `loadRegister` of the register just written: what replaceRegister reads first when a register is there. */
  loadRegisterMs: number;
}

export interface RopaBench {
  idbLoad(size: number, seed: number, warmups: number, runs: number): Promise<Timed>;
  idbBreakdown(size: number, seed: number): Promise<IdbBreakdown>;
  idbBaseline(size: number, seed: number, warmups: number, runs: number): Promise<Timed>;
  seedApp(size: number, seed: number): Promise<string>;
}

declare global {
  interface Window {
    ropaBench: RopaBench;
  }
}

function usedHeap(): number {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : 0;
}

/** Samples the JS heap every few milliseconds (between tasks, the only moments a page can look) until stopped. */
function heapTracker(): { stop(): number } {
  let max = usedHeap();
  const timer = setInterval(() => {
    max = Math.max(max, usedHeap());
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(max, usedHeap()) / 1024 / 1024;
    },
  };
}

let cached: { key: string; register: Register } | undefined;
function registerOf(size: number, seed: number): Register {
  const key = `${size}/${seed}`;
  if (cached?.key !== key) cached = { key, register: generateRegister(size, seed) };
  return cached.register;
}

/** A database no earlier run has touched. */
async function freshName(prefix: string, size: number, run: number): Promise<string> {
  const name = `bench-${prefix}-${size}-${run}`;
  await Dexie.delete(name);
  return name;
}

/** Dexie with one table per record kind and the metadata, keyed by id: no secondary indexes, no app logic. */
function plainDatabase(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ meta: 'key', ...Object.fromEntries(RECORD_KINDS.map((kind) => [kind, 'id'])) });
  return db;
}

async function timeRuns(
  warmups: number,
  runs: number,
  once: (
    run: number,
  ) => Promise<{ before: () => Promise<void>; timed: () => Promise<void>; after: () => Promise<void> }>,
): Promise<{ times: number[]; heapMaxMb: number }> {
  const times: number[] = [];
  let heapMaxMb = 0;
  for (let i = 0; i < warmups + runs; i++) {
    const step = await once(i);
    await step.before();
    const heap = heapTracker();
    const start = performance.now();
    await step.timed();
    const ms = performance.now() - start;
    heapMaxMb = Math.max(heapMaxMb, heap.stop());
    await step.after();
    if (i >= warmups) times.push(ms);
  }
  return { times, heapMaxMb };
}

async function idbLoad(size: number, seed: number, warmups: number, runs: number): Promise<Timed> {
  const register = registerOf(size, seed);
  // A register is loaded from a file whose reader has computed its fingerprint (timed in register-read-validate);
  // the app hands it on, as the restore screen does, instead of hashing the register a second time.
  const known = fingerprint(register);
  let check = '';
  const result = await timeRuns(warmups, runs, async (run) => {
    const db = new RegisterDatabase(await freshName('app', size, run));
    return {
      before: async () => {
        await db.open();
      },
      timed: async () => {
        await replaceRegister(db, register, { action: 'import', note: 'benchmark', fingerprint: known });
      },
      after: async () => {
        check = `${await db.activities.count()} activities stored`;
        db.close();
        await Dexie.delete(db.name);
      },
    };
  });
  return { ...result, check };
}

async function idbBaseline(size: number, seed: number, warmups: number, runs: number): Promise<Timed> {
  const register = registerOf(size, seed);
  // The rows exactly as the app stores them (activities carry their flat controllerIds), built outside the timing.
  const rows = RECORD_KINDS.map((kind) => ({
    kind,
    rows: (register[kind] as AnyRecord[]).map((record): object => toStored(kind, record)),
  }));
  let check = '';
  const result = await timeRuns(warmups, runs, async (run) => {
    const db = plainDatabase(await freshName('plain', size, run));
    return {
      before: async () => {
        await db.open();
      },
      timed: async () => {
        const tables: Table[] = db.tables;
        await db.transaction('rw', tables, async () => {
          await db.table<object, string>('meta').put({ key: 'register', ...register.meta });
          for (const { kind, rows: records } of rows) await db.table<object, string>(kind).bulkPut(records);
        });
      },
      after: async () => {
        check = `${await db.table('activities').count()} activities stored`;
        db.close();
        await Dexie.delete(db.name);
      },
    };
  });
  return { ...result, check };
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Each part measured three times (after the timed runs), medians returned. */
async function idbBreakdown(size: number, seed: number): Promise<IdbBreakdown> {
  const register = registerOf(size, seed);
  const writes: number[] = [];
  const fingerprints: number[] = [];
  const loads: number[] = [];
  for (let run = 0; run < 3; run++) {
    const db = new RegisterDatabase(await freshName('breakdown', size, run));
    await db.open();
    let start = performance.now();
    await db.transaction('rw', db.registerTables(), async () => {
      await db.meta.clear();
      await db.meta.put({ key: 'register', ...register.meta });
      for (const kind of RECORD_KINDS) {
        const table = db.recordTable(kind);
        await table.clear();
        await table.bulkAdd((register[kind] as AnyRecord[]).map((record) => toStored(kind, record)) as never[]);
      }
    });
    writes.push(performance.now() - start);
    start = performance.now();
    fingerprint(register);
    fingerprints.push(performance.now() - start);
    start = performance.now();
    await db.transaction('r', db.registerTables(), () => loadRegister(db));
    loads.push(performance.now() - start);
    db.close();
    await Dexie.delete(db.name);
  }
  return {
    writesWithAppIndexesMs: medianOf(writes),
    fingerprintMs: medianOf(fingerprints),
    loadRegisterMs: medianOf(loads),
  };
}

async function seedApp(size: number, seed: number): Promise<string> {
  localStorage.setItem('ropa-desk.language', 'en');
  const db = new RegisterDatabase(DATABASE_NAME);
  await db.open();
  await setSetting(db, SETTING_USER_NAME, 'Benchmark');
  await replaceRegister(db, registerOf(size, seed), { action: 'import', note: 'benchmark' });
  await setSetting(db, SETTING_ONBOARDED, true);
  const count = await db.activities.count();
  db.close();
  return `${count} activities in ${DATABASE_NAME}`;
}

window.ropaBench = { idbLoad, idbBaseline, idbBreakdown, seedApp };
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
