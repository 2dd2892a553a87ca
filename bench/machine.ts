/** The machine and the versions a benchmark ran with, for results.json and RESULTS.md. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from './common';

export interface Machine {
  cpu: string;
  cores: number;
  memory_gb: number;
  os: string;
  node: string;
  chromium: string;
  exceljs: string;
  pdfmake: string;
  dexie: string;
  vite: string;
  playwright: string;
  /** "quick" or "full", and the wall time of the whole run: what the numbers were taken under. */
  mode: string;
  wall_time_s: number;
  /**
   * 1-minute load average sampled every 5 s during the run (the benchmark itself adds about 1): other work on the
   * machine slows every number down, so a run on a busy machine says so.
   */
  load_avg_1min: { start: number; mean: number; max: number };
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(path.join(ROOT_DIR, 'package.json'));
    const file = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function operatingSystem(): string {
  let name = `${os.type()}`;
  if (existsSync('/etc/os-release')) {
    const match = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (match?.[1]) name = match[1];
  }
  return `${name} (${os.type()} ${os.release()}, ${os.arch()})`;
}

function cpuModel(): string {
  let model = os.cpus()[0]?.model.trim() ?? 'unknown';
  let mhz = os.cpus()[0]?.speed ?? 0;
  // Some virtual machines report only the family and no speed to Node; /proc/cpuinfo may say more.
  if (existsSync('/proc/cpuinfo')) {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const name = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim();
    if (name && name.length > model.length) model = name;
    const speed = Number(/^cpu MHz\s*:\s*([\d.]+)$/m.exec(info)?.[1]);
    if (!mhz && speed) mhz = Math.round(speed);
  }
  return mhz ? `${model} (${mhz} MHz)` : model;
}

export function chromiumVersion(executable: string): string {
  try {
    // Debian's wrapper script prints a shell warning on stderr; the version is on stdout.
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(chromium: string, mode: string, wallTimeS: number, loads: readonly number[]): Machine {
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memory_gb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: operatingSystem(),
    node: process.version,
    chromium,
    exceljs: packageVersion('exceljs'),
    pdfmake: packageVersion('pdfmake'),
    dexie: packageVersion('dexie'),
    vite: packageVersion('vite'),
    playwright: packageVersion('@playwright/test'),
    mode,
    wall_time_s: Math.round(wallTimeS),
    load_avg_1min: {
      start: round(loads[0] ?? 0),
      mean: round(loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)),
      max: round(Math.max(0, ...loads)),
    },
  };
}
