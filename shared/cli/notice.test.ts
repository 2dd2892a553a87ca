/**
 * `ropa notice` in-process: the notice written as HTML (and PDF), a group of controllers, and refusals with exit 2 in
 * the language asked for, like every other command's usage errors.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../register/canonical';
import { writeRegisterFile } from '../register/registerFile';
import { ORG } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { ropaInProcess, type RopaRun } from '../test/ropaInProcess';

const NOW = new Date('2026-12-03T09:00:00.000Z');
const register = sampleRegister();
let dir = '';
const file = (name: string): string => path.join(dir, name);

function ropa(...argv: string[]): Promise<RopaRun> {
  return ropaInProcess(argv, NOW);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ropa-notice-'));
  await writeFile(file('sample.ropa.json'), writeRegisterFile(register, { savedAt: NOW.toISOString() }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ropa notice', () => {
  it('writes the HTML notice of a controller in the language asked for, dated today', async () => {
    const out = file('lcm.html');
    const outcome = await ropa(
      'notice',
      file('sample.ropa.json'),
      '--controller',
      ORG.lcm,
      '--lang',
      'nl',
      '--format',
      'html',
      '--out',
      out,
    );
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toBe(`${out} geschreven (vingerafdruk ${fingerprint(register)}).\n`);
    // The problems to settle are a note, not a failure.
    expect(outcome.stderr).toMatch(/^ropa: let op: \d+ punten te regelen/);
    const html = await readFile(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('Privacyverklaring van Landsbond der Christelijke Mutualiteiten (LCM)');
    expect(html).toContain(fingerprint(register));
    expect(html).toContain('3 december 2026');
    expect(html).not.toMatch(/<script/i);
  });

  it('makes one notice for a group of controllers, in the register’s language when --lang is not given', async () => {
    const out = file('group.html');
    const outcome = await ropa(
      'notice',
      file('sample.ropa.json'),
      '--controller',
      ORG.lcm,
      '--controller',
      ORG.regionalFunds,
      '--format',
      'html',
      '--out',
      out,
      '--today',
      '2026-11-20',
    );
    expect(outcome.code, outcome.stderr).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Landsbond der Christelijke Mutualiteiten (LCM) en Regionale ziekenfondsen CM');
    expect(html).toContain('20 november 2026');
  });

  it('writes a PDF', async () => {
    const out = file('rmob.pdf');
    const outcome = await ropa(
      'notice',
      file('sample.ropa.json'),
      '--controller',
      ORG.rmob,
      '--lang',
      'en',
      '--format',
      'pdf',
      '--out',
      out,
    );
    expect(outcome.code, outcome.stderr).toBe(0);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await stat(out)).size).toBeGreaterThan(10_000);
  }, 60_000);

  it('refuses an unknown controller id with exit 2, naming the controllers, and writes nothing', async () => {
    const out = file('unknown.html');
    const unknown = ORG.lcm.replace(/.$/, 'f');
    const outcome = await ropa(
      'notice',
      file('sample.ropa.json'),
      '--controller',
      unknown,
      '--format',
      'html',
      '--out',
      out,
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(
      new RegExp(`^ropa: no organisation with id "${unknown}" in .*sample\\.ropa\\.json; controllers: ${ORG.lcm} \\(`),
    );
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses an organisation that is not a controller, in the language of --lang', async () => {
    const outcome = await ropa(
      'notice',
      file('sample.ropa.json'),
      '--controller',
      ORG.gba,
      '--format',
      'html',
      '--out',
      file('gba.html'),
      '--lang',
      'fr',
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(
      /^ropa: l'organisation « .* » \(Gegevensbeschermingsautoriteit \(GBA\)\) .* n'est pas un responsable du traitement/,
    );
  });

  it('refuses missing or wrong options like the other commands', async () => {
    const missing = await ropa('notice', file('sample.ropa.json'), '--format', 'html', '--out', file('x.html'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ropa: missing required option --controller; usage: ropa notice FILE/);
    const format = await ropa(
      'notice',
      file('sample.ropa.json'),
      '--controller',
      ORG.lcm,
      '--format',
      'docx',
      '--out',
      file('x.docx'),
    );
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('ropa: unknown format "docx" for --format; use html, pdf.\n');
    const help = await ropa('help', 'notice');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: ropa notice FILE --controller ID');
  });
});
