/**
 * The real `ropa` executable, run as a child process in a temporary folder: what a user or a script sees.
 * Processes that do not depend on each other run concurrently to keep the suite quick (tsx starts in ~0.4 s).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_VERSION } from '../register/fileVersion';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

let dir = '';

function ropa(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { ...process.env, ROPA_DEBUG: '' }, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs `ropa` with its standard error closed by the reader before the command writes to it, as
 * `ropa import … 2>&1 | head -0` or a supervisor that stops reading does.
 */
function ropaWithStderrClosed(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      env: { ...process.env, ROPA_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr.destroy();
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : -2), stdout, stderr: '' }));
  });
}

const file = (name: string): string => path.join(dir, name);
const exists = (name: string): Promise<boolean> =>
  stat(file(name)).then(
    () => true,
    () => false,
  );

/** A refusal as the CLI must give it: exit 2, one line on stderr, no stack trace, nothing on stdout. */
function expectRefusal(outcome: Outcome, pattern?: RegExp): void {
  expect(outcome.code, outcome.stderr).toBe(2);
  expect(outcome.stdout).toBe('');
  const lines = outcome.stderr.split('\n').filter((l) => l !== '');
  expect(lines, outcome.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^ropa: /);
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
  if (pattern) expect(lines[0]).toMatch(pattern);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ropa-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ropa, from the command line', () => {
  it('sample → validate → fingerprint → export json → fingerprint, with and without --controller', async () => {
    const samples = await Promise.all([ropa('sample', '--out', 'a.ropa.json'), ropa('sample', '-o', 'b.ropa.json')]);
    for (const s of samples) expect(s, s.stderr).toMatchObject({ code: 0, stderr: '' });

    const source = JSON.parse(await readFile(file('a.ropa.json'), 'utf8')) as {
      format: string;
      version: number;
      generator: string;
      activities: { controllers: { organisationId: string }[] }[];
    };
    expect(source).toMatchObject({ format: 'ropa-register', version: FILE_VERSION, generator: 'RoPA Desk CLI' });
    const controllerOf = (a: { controllers: { organisationId: string }[] }) =>
      a.controllers.map((c) => c.organisationId);
    const controllerId = controllerOf(source.activities[0] as (typeof source.activities)[number])[0] as string;

    const [human, json, fpA, fpB, exported, scoped] = await Promise.all([
      ropa('validate', 'a.ropa.json', '--today', '2026-11-22'),
      ropa('validate', 'a.ropa.json', '--json', '--lang', 'fr', '--today', '2026-11-22'),
      ropa('fingerprint', 'a.ropa.json'),
      ropa('fingerprint', 'b.ropa.json'),
      ropa('export', 'a.ropa.json', '--format', 'json', '--out', 'export.ropa.json'),
      ropa('export', 'a.ropa.json', '--format', 'json', '--out', 'scoped.ropa.json', '--controller', controllerId),
    ]);

    // validate: one line per finding and a summary; exit 1 exactly when there is an error.
    expect(json.stderr).toBe('');
    const findings = JSON.parse(json.stdout) as { code: string; severity: string; message: string }[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['code', 'field', 'kind', 'message', 'recordId', 'recordName', 'severity']);
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(human.code).toBe(errors > 0 ? 1 : 0);
    expect(json.code).toBe(human.code);
    const lines = human.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length + 1);
    expect(lines[0]).toMatch(new RegExp(`^(ERROR|WARNING|INFO) ${(findings[0] as { code: string }).code} `));
    expect(lines.at(-1)).toMatch(new RegExp(`^${errors} errors?, `));

    // fingerprint: 64 hex, the same for two sample runs (savedAt is not part of it).
    expect(fpA).toMatchObject({ code: 0, stderr: '' });
    expect(fpA.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(fpB.stdout).toBe(fpA.stdout);

    // export json: the same register, so the same fingerprint; printed on stdout too.
    expect(exported, exported.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain(fpA.stdout.trim());
    expect(scoped, scoped.stderr).toMatchObject({ code: 0, stderr: '' });
    const [fpExport, fpScoped] = await Promise.all([
      ropa('fingerprint', 'export.ropa.json'),
      ropa('fingerprint', 'scoped.ropa.json'),
    ]);
    expect(fpExport.stdout).toBe(fpA.stdout);

    // --controller: only that controller's activities.
    const part = JSON.parse(await readFile(file('scoped.ropa.json'), 'utf8')) as typeof source;
    const expected = source.activities.filter((a) => controllerOf(a).includes(controllerId));
    expect(part.activities).toHaveLength(expected.length);
    for (const a of part.activities) expect(controllerOf(a)).toContain(controllerId);
    expect(fpScoped.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    if (expected.length < source.activities.length) expect(fpScoped.stdout).not.toBe(fpA.stdout);
  });

  it('imports a version-0 register file as a current one', async () => {
    const v0 = {
      format: 'ropa-register',
      version: 0,
      meta: {},
      activities: [{ id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', name: 'X', purpose: 'Y' }],
    };
    await writeFile(file('old.json'), JSON.stringify(v0));
    const outcome = await ropa('import', 'old.json', '--out', 'new.ropa.json');
    expect(outcome, outcome.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(outcome.stdout).toMatch(new RegExp(`file version 0.*file version ${FILE_VERSION}`));
    const current = JSON.parse(await readFile(file('new.ropa.json'), 'utf8')) as Record<string, unknown>;
    expect(current).toMatchObject({
      format: 'ropa-register',
      version: FILE_VERSION,
      meta: { mainLanguage: 'nl' },
      activities: [{ id: v0.activities[0]?.id, name: 'X', purposes: [{ description: 'Y' }] }],
    });
    expect(current['fingerprint']).toMatch(/^[0-9a-f]{64}$/);
  });

  // Six processes one after another, a PDF among them: on a loaded machine (two cores shared) 30 s is not enough.
  it('exports the sample as workbooks (imported back with the same fingerprint) and as a PDF', async () => {
    expect((await ropa('sample', '--out', 'x.ropa.json')).code).toBe(0);
    const exported = await ropa('export', 'x.ropa.json', '--format', 'xlsx', '--layout', 'complete', '--out', 'x.xlsx');
    expect(exported, exported.stderr).toMatchObject({ code: 0, stderr: '' });
    const imported = await ropa('import', 'x.xlsx', '--out', 'y.ropa.json');
    expect(imported, imported.stderr).toMatchObject({ code: 0, stderr: '' });
    const [a, b] = await Promise.all([ropa('fingerprint', 'x.ropa.json'), ropa('fingerprint', 'y.ropa.json')]);
    expect(b.stdout).toBe(a.stdout);
    const authority = await ropa('export', 'x.ropa.json', '--format', 'xlsx', '--lang', 'fr', '--out', 'gba.xlsx');
    expect(authority, authority.stderr).toMatchObject({ code: 0 });
    expect((await readFile(file('gba.xlsx'))).subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await ropa('export', 'x.ropa.json', '--format', 'pdf', '--lang', 'nl', '--out', 'x.pdf');
    expect(pdf, pdf.stderr).toMatchObject({ code: 0, stderr: '' });
    expect((await readFile(file('x.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 90_000);

  it('exports the texts of the sample to translate into French and imports them back translated (exit 0, then 1)', async () => {
    expect((await ropa('sample', '--out', 't.ropa.json')).code).toBe(0);
    const exported = await ropa('translations', 'export', 't.ropa.json', '--lang', 'fr', '--out', 'fr.xlf');
    expect(exported, exported.stderr).toMatchObject({ code: 0, stderr: '' });
    const xliff = await readFile(file('fr.xlf'), 'utf8');
    const translated = xliff.replace(
      /<target xml:space="preserve"><\/target>/g,
      '<target xml:space="preserve">Traduit</target>',
    );
    await writeFile(file('fr-done.xlf'), translated);
    const imported = await ropa('translations', 'import', 't.ropa.json', 'fr-done.xlf', '--out', 'fr.ropa.json');
    expect(imported, imported.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/^Translations into French: \d+ applied, 0 stale, 0 unknown, \d+ unchanged\.\n/);
    // The untranslated file, imported into the translated register: nothing to apply, nothing written.
    const again = await ropa('translations', 'import', 'fr.ropa.json', 'fr.xlf', '--out', 'never.ropa.json');
    expect(again.code).toBe(1);
    expect(await exists('never.ropa.json')).toBe(false);
  });

  it('refuses bad input with one line and exit 2, leaving output files as they were', async () => {
    const sample = await ropa('sample', '--out', 'good.ropa.json');
    expect(sample.code).toBe(0);
    const good = await readFile(file('good.ropa.json'), 'utf8');
    await Promise.all([
      writeFile(file('malformed.json'), '{"format": "ropa-register", "version": 1,, }'),
      writeFile(file('truncated.json'), good.slice(0, Math.floor(good.length / 2))),
      writeFile(file('foreign.json'), JSON.stringify({ format: 'something-else', version: 1 })),
      writeFile(file('newer.json'), good.replace(`"version": ${FILE_VERSION}`, '"version": 99')),
      writeFile(file('existing.ropa.json'), 'precious'),
      writeFile(file('register.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])),
    ]);

    const [malformed, malformedFr, truncated, foreign, newer, missing, unknownOption, xlsx, importXlsx] =
      await Promise.all([
        ropa('export', 'malformed.json', '--format', 'json', '--out', 'out1.json'),
        ropa('validate', 'malformed.json', '--lang', 'fr'),
        ropa('export', 'truncated.json', '--format', 'json', '--out', 'existing.ropa.json'),
        ropa('import', 'foreign.json', '--out', 'out2.json'),
        ropa('import', 'newer.json', '--out', 'existing.ropa.json'),
        ropa('export', 'missing.json', '--format', 'json', '--out', 'out3.json'),
        ropa('export', 'good.ropa.json', '--format', 'json', '--out', 'out4.json', '--bogus'),
        ropa('export', 'good.ropa.json', '--format', 'xlsx', '--layout', 'pretty', '--out', 'out5.xlsx'),
        ropa('import', 'register.xlsx', '--out', 'existing.ropa.json'),
      ]);

    expectRefusal(malformed, /malformed\.json: The file is not valid JSON \(line 1, column \d+\)/);
    expectRefusal(malformedFr, /malformed\.json : Le fichier n'est pas du JSON valide/);
    expectRefusal(truncated, /truncated\.json: The file is not valid JSON/);
    expectRefusal(foreign, /foreign\.json: This is not a RoPA register file: "format" is "something-else"/);
    expectRefusal(newer, /newer\.json: This register was written by a newer version of RoPA Desk \(file version 99/);
    expectRefusal(missing, /missing\.json: no such file/);
    expectRefusal(unknownOption, /unknown option --bogus for "ropa export"/);
    expectRefusal(xlsx, /pretty/);
    // Eight bytes of a zip header: a broken workbook, refused before anything is written.
    expectRefusal(importXlsx, /xlsx|Excel|zip|workbook/i);

    for (const name of ['out1.json', 'out2.json', 'out3.json', 'out4.json', 'out5.xlsx']) {
      expect(await exists(name), name).toBe(false);
    }
    expect(await readFile(file('existing.ropa.json'), 'utf8')).toBe('precious');
  });

  it('finding 11: ropa import keeps its exit code when its standard error is closed early', async () => {
    expect((await ropa('sample', '--out', 'epipe.ropa.json')).code).toBe(0);
    const text = await readFile(file('epipe.ropa.json'), 'utf8');
    await writeFile(
      file('edited.ropa.json'),
      text
        .replace(`"version": ${FILE_VERSION},`, `"version": ${FILE_VERSION}, "generator": "hand",`)
        .replace(/"name": "/, '"name": "Edited '),
    );

    // A refusal: its one line goes nowhere, the exit code stays 2.
    expect((await ropaWithStderrClosed('import', 'missing.json', '--out', 'never.json')).code).toBe(2);
    expect(await exists('never.json')).toBe(false);
    // A note on stderr (a hand-edited file), then the result on stdout: exit 0, the result complete.
    const noted = await ropaWithStderrClosed('fingerprint', 'edited.ropa.json');
    expect(noted.code).toBe(0);
    expect(noted.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    // An import that reports unreadable cells on stderr still writes its register and exits 0.
    const exported = await ropa(
      'export',
      'epipe.ropa.json',
      '--format',
      'xlsx',
      '--layout',
      'complete',
      '--out',
      'epipe.xlsx',
    );
    expect(exported, exported.stderr).toMatchObject({ code: 0 });
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('epipe.xlsx'));
    let spoiled = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value instanceof Date && spoiled++ < 3) cell.value = 'not a date';
        }),
      ),
    );
    await workbook.xlsx.writeFile(file('spoiled.xlsx'));
    const open = await ropa('import', 'spoiled.xlsx', '--out', 'open.ropa.json');
    expect(open.code, open.stderr).toBe(0);
    expect(open.stderr).not.toBe('');
    const closed = await ropaWithStderrClosed('import', 'spoiled.xlsx', '--out', 'closed.ropa.json');
    expect(closed.code).toBe(0);
    expect(closed.stdout).toMatch(/closed\.ropa\.json/);
    expect(await exists('closed.ropa.json')).toBe(true);
  });

  it('prints help and version, and usage with exit 2 when called without arguments', async () => {
    const [help, helpCommand, version, none] = await Promise.all([
      ropa('--help'),
      ropa('help', 'export'),
      ropa('--version'),
      ropa(),
    ]);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    for (const command of ['sample', 'validate', 'fingerprint', 'export', 'import', 'translations'])
      expect(help.stdout).toContain(command);
    expect(helpCommand.code).toBe(0);
    expect(helpCommand.stdout).toContain('--controller');
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^ropa \d+\.\d+\.\d+/);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage: ropa <command>');
  });
});
