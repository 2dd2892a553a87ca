/**
 * `run()` in-process, with captured output and a fixed clock: the many ways input can be wrong, each answered
 * with one line and exit 2, in the language asked for. (cli.test.ts runs the real executable.)
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSchema, type RegisterInput } from '../model';
import { fingerprint } from '../register/canonical';
import { readRegisterFile, writeRegisterFile } from '../register/registerFile';
import { validateRegister } from '../validation/validate';
import { CliError, message } from './errors';
import { writeFileAtomic } from './files';
import { EXPORTERS, type ExportOptions } from './formats';
import { run, type CliIo } from './main';
import { ropaInProcess, type RopaRun } from '../test/ropaInProcess';

const NOW = new Date('2026-11-22T08:00:00.000Z');
const id = (tag: string): string => `00000000-0000-0000-0000-${tag.padStart(12, '0')}`;
const A = id('a');
const B = id('b');

const fixture = registerSchema.parse({
  meta: { title: 'Fixture', mainLanguage: 'en' },
  organisations: [
    { id: A, name: 'Alpha', kind: 'controller' },
    { id: B, name: 'Beta', kind: 'controller' },
  ],
  activities: [
    {
      id: id('1'),
      name: 'Payroll',
      controllers: [{ organisationId: A, role: 'controller' }],
      purposes: [{ id: id('11'), description: 'Pay' }],
    },
    {
      id: id('2'),
      name: 'Members',
      controllers: [{ organisationId: B, role: 'controller' }],
      purposes: [{ id: id('21'), description: 'Serve' }],
    },
  ],
} satisfies RegisterInput);

let dir = '';
const file = (name: string): string => path.join(dir, name);

function ropa(...argv: string[]): Promise<RopaRun> {
  return ropaInProcess(argv, NOW);
}

async function refusal(...argv: string[]): Promise<string> {
  const outcome = await ropa(...argv);
  expect(outcome.code, outcome.stderr).toBe(2);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toMatch(/^ropa: [^\n]+\n$/);
  return outcome.stderr.slice('ropa: '.length, -1);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ropa-run-'));
  await writeFile(file('fixture.ropa.json'), writeRegisterFile(fixture, { savedAt: NOW.toISOString() }));
  await writeFile(file('empty.json'), '');
  await writeFile(file('binary.bin'), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x7b]));
  await writeFile(file('array.json'), '[]');
  await writeFile(file('invalid.json'), JSON.stringify({ format: 'ropa-register', version: 1, meta: { title: '' } }));
  await mkdir(file('folder'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('run: bad input', () => {
  it('names the problem with the input file', async () => {
    expect(await refusal('fingerprint', file('nothing.json'))).toBe(`${file('nothing.json')}: no such file.`);
    expect(await refusal('fingerprint', file('folder'))).toBe(`${file('folder')}: is a folder, not a file.`);
    expect(await refusal('fingerprint', file('empty.json'))).toBe(`${file('empty.json')}: The file is empty.`);
    expect(await refusal('fingerprint', file('binary.bin'))).toMatch(/binary\.bin: not a text file/);
    expect(await refusal('fingerprint', file('array.json'))).toMatch(/array\.json: The file does not hold a register/);
    expect(await refusal('fingerprint', file('invalid.json'))).toMatch(
      /invalid\.json: The register file is not valid: \d+ problems?\. (First: )?meta\.title/,
    );
  });

  it('answers in the language of --lang, and in English when --lang itself is wrong', async () => {
    expect(await refusal('fingerprint', file('nothing.json'), '--lang', 'nl')).toMatch(/bestand bestaat niet/);
    expect(await refusal('validate', file('empty.json'), '--lang=fr')).toMatch(/Le fichier est vide/);
    expect(
      await refusal(
        'export',
        file('fixture.ropa.json'),
        '--lang',
        'nl',
        '--format',
        'pdf',
        '--controller',
        'nobody',
        '--out',
        file('x.pdf'),
      ),
    ).toMatch(/^geen organisatie met id "nobody"/);
    expect(await refusal('fingerprint', file('nothing.json'), '--lang', 'de')).toMatch(/Datei nicht gefunden/);
    expect(await refusal('validate', file('fixture.ropa.json'), '--lang', 'es')).toBe(
      'unknown language "es" for --lang; use nl, fr, en, de.',
    );
  });

  it('refuses wrong command lines', async () => {
    expect(await refusal('frobnicate')).toMatch(/^unknown command "frobnicate"/);
    expect(await refusal('--frobnicate')).toMatch(/^unknown option --frobnicate for "ropa"/);
    expect(await refusal('validate')).toMatch(/^missing the input file; usage: ropa validate FILE/);
    expect(await refusal('validate', 'a', 'b')).toMatch(/^unexpected argument "b"/);
    expect(await refusal('validate', file('fixture.ropa.json'), '--today', '2026-02-30')).toMatch(/invalid date/);
    expect(await refusal('validate', file('fixture.ropa.json'), '--json=yes')).toBe('option --json takes no value.');
    expect(await refusal('export', file('fixture.ropa.json'), '--out', file('x.json'))).toMatch(
      /^missing required option --format/,
    );
    expect(await refusal('export', file('fixture.ropa.json'), '--format', 'json', '--out')).toBe(
      'option --out needs a value.',
    );
    expect(await refusal('export', file('fixture.ropa.json'), '--format', 'docx', '--out', file('x'))).toBe(
      'unknown format "docx" for --format; use json, xlsx, pdf, folder.',
    );
    expect(await refusal('sample')).toMatch(/^missing required option --out/);
    expect(await refusal('import', file('fixture.ropa.json'))).toMatch(/^missing required option --out/);
  });

  it('refuses an output it cannot write, before doing any work', async () => {
    const args = ['export', file('fixture.ropa.json'), '--format', 'json', '--out'];
    expect(await refusal(...args, file('folder'))).toMatch(/it is a folder/);
    expect(await refusal(...args, file('no/such/folder/x.json'))).toMatch(/its folder does not exist/);
  });

  it('refuses an unknown controller, listing the controllers', async () => {
    const line = await refusal(
      'export',
      file('fixture.ropa.json'),
      '--format',
      'json',
      '--out',
      file('x.json'),
      '--controller',
      id('f'),
    );
    expect(line).toContain(`no organisation with id "${id('f')}"`);
    expect(line).toContain(`${A} (Alpha), ${B} (Beta)`);
  });

  it('leaves no file behind when it refuses', async () => {
    expect(await readdir(dir)).toEqual(
      ['array.json', 'binary.bin', 'empty.json', 'fixture.ropa.json', 'folder', 'invalid.json'].sort(),
    );
  });
});

describe('run: commands', () => {
  it('exports one controller, and the whole register with the same fingerprint', async () => {
    const whole = await ropa('export', file('fixture.ropa.json'), '--format', 'json', '--out', file('whole.json'));
    expect(whole).toEqual({
      code: 0,
      stderr: '',
      stdout: `Wrote ${file('whole.json')} (fingerprint ${fingerprint(fixture)}).\n`,
    });
    const written = readRegisterFile(await readFile(file('whole.json'), 'utf8'));
    expect(written.fingerprint).toBe(fingerprint(fixture));
    expect(written.savedAt).toBe(NOW.toISOString());

    const part = await ropa(
      'export',
      file('fixture.ropa.json'),
      '-f',
      'json',
      '-o',
      file('alpha.json'),
      '--controller',
      A,
    );
    expect(part.code).toBe(0);
    const alpha = readRegisterFile(await readFile(file('alpha.json'), 'utf8')).register;
    expect(alpha.activities.map((a) => a.name)).toEqual(['Payroll']);
    expect(alpha.organisations.map((o) => o.name)).toEqual(['Alpha']);
  });

  it('prints findings as JSON with every key present', async () => {
    const outcome = await ropa('validate', file('fixture.ropa.json'), '--json', '--today', '2026-11-22');
    const findings = JSON.parse(outcome.stdout) as Record<string, unknown>[];
    expect(outcome.code).toBe(findings.some((f) => f['severity'] === 'error') ? 1 : 0);
    for (const f of findings) expect(Object.keys(f)).toHaveLength(7);
  });

  it('shows help for each command on stdout', async () => {
    for (const command of ['sample', 'validate', 'fingerprint', 'export', 'import']) {
      const outcome = await ropa(command, '--help');
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toMatch(new RegExp(`^Usage: ropa ${command}`));
      expect(outcome.stdout).toContain('--lang nl|fr|en|de');
    }
  });

  it('has plural forms for the summary in every language', () => {
    expect(message('de', 'warnings', { count: 1 })).toBe('1 Warnung');
    expect(message('de', 'warnings', { count: 2 })).toBe('2 Warnungen');
    expect(message('fr', 'errors', { count: 0 })).toBe('0 erreur');
    expect(message('nl', 'infos', { count: 2 })).toBe('2 opmerkingen');
    expect(message('en', 'infos', { count: 1 })).toBe('1 info message');
  });

  it('answers in German with --lang de', async () => {
    // Needs the validation rules' German messages too (shared/validation).
    await writeFile(
      file('bare.json'),
      writeRegisterFile(registerSchema.parse({ meta: { title: 'T', mainLanguage: 'de' } })),
    );
    const outcome = await ropa('validate', file('bare.json'), '--lang', 'de', '--today', '2026-11-22');
    await rm(file('bare.json'));
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 Fehler, \d+ Warnung(en)?, \d+ Hinweise?\.$/);
  });
});

describe('run: adversarial findings', () => {
  let adv = '';
  const at = (name: string): string => path.join(adv, name);
  const fixtureDoc = (): { activities: { name: string }[] } =>
    JSON.parse(writeRegisterFile(fixture)) as { activities: { name: string }[] };

  beforeAll(async () => {
    adv = await mkdtemp(path.join(tmpdir(), 'ropa-adv-'));
  });
  afterAll(async () => {
    await rm(adv, { recursive: true, force: true });
  });

  it('finding 4: validate, fingerprint and export refuse duplicate record ids with exit 2, naming id and kind', async () => {
    const doc = fixtureDoc();
    doc.activities.push({ ...(doc.activities[0] as { name: string }), name: 'Payroll (copy)' });
    await writeFile(at('dup.json'), JSON.stringify(doc));
    for (const command of [['validate'], ['fingerprint'], ['export', '--format', 'json', '--out', at('o.json')]]) {
      const [name, ...rest] = command as [string, ...string[]];
      const line = await refusal(name, at('dup.json'), ...rest);
      expect(line).toContain(`activities[2].id: processing activity with id ${id('1')}`);
      expect(await refusal(name, at('dup.json'), ...rest, '--lang', 'de')).toContain('Verarbeitungstätigkeit');
    }
    expect(await readdir(adv)).toEqual(['dup.json']);
  });

  it('finding 5: a value nested 10,000 levels deep is bad input (exit 2), not an internal error', async () => {
    const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    await writeFile(at('deep-format.json'), `{"format":${deep(10_000)},"version":1}`);
    await writeFile(at('deep-version.json'), `{"format":"ropa-register","version":${deep(10_000)}}`);
    for (const input of ['deep-format.json', 'deep-version.json']) {
      expect(await refusal('validate', at(input))).toMatch(/nests values more than 32 levels deep/);
      expect(await refusal('export', at(input), '--format', 'json', '--out', at('o.json'))).toMatch(/32/);
      expect(await refusal('import', at(input), '--out', at('o.json'), '--lang', 'nl')).toMatch(/niveaus diep/);
    }
  });

  it('finding 6: a 50 MB value gives a short error line', async () => {
    await writeFile(at('huge.json'), JSON.stringify({ format: 'x'.repeat(50_000_000), version: 1 }));
    const line = await refusal('validate', at('huge.json'));
    expect(line.length).toBeLessThan(300);
    expect(line).toMatch(/"format" is "x{80}…"/);
    await rm(at('huge.json'));
  });

  it('finding 6: command-line values are quoted short too', async () => {
    expect((await refusal('validate', at('x.json'), '--today', '9'.repeat(100_000))).length).toBeLessThan(200);
    expect((await refusal('validate', at('x.json'), '--lang', 'x'.repeat(100_000))).length).toBeLessThan(200);
    expect((await refusal('y'.repeat(100_000))).length).toBeLessThan(200);
  });

  it('finding 7: the reason of a refusal follows --lang, with the field path', async () => {
    expect(await refusal('validate', file('invalid.json'), '--lang', 'de')).toMatch(
      /meta\.title: darf nicht leer sein/,
    );
    await writeFile(at('comma.json'), '{"format": "ropa-register", "version": 1,}');
    const fr = await refusal('validate', at('comma.json'), '--lang', 'fr');
    expect(fr).toBe(
      `${at('comma.json')} : Le fichier n'est pas du JSON valide (ligne 1, colonne 42) : un nom de champ entre guillemets droits est attendu ici, trouvé : "}"`,
    );
  });

  it('finding 8: NUL in a name is refused with the field path, exit 2', async () => {
    const doc = fixtureDoc();
    (doc.activities[1] as { name: string }).name = 'Mem\u0000bers';
    await writeFile(at('nul.json'), JSON.stringify(doc));
    expect(await refusal('validate', at('nul.json'))).toMatch(/activities\[1\]\.name: contains a NUL character/);
    expect(await refusal('import', at('nul.json'), '--out', at('o.json'), '--lang', 'fr')).toMatch(/caractère NUL/);
  });

  it('finding 11: export refuses a bad --today with exit 2, as validate does', async () => {
    const expected = 'invalid date "22/11/2026" for --today; use YYYY-MM-DD.';
    expect(await refusal('validate', file('fixture.ropa.json'), '--today', '22/11/2026')).toBe(expected);
    for (const format of ['json', 'xlsx', 'pdf']) {
      const out = at(`o.${format}`);
      expect(
        await refusal('export', file('fixture.ropa.json'), '--format', format, '--out', out, '--today', '22/11/2026'),
      ).toBe(expected);
    }
  });

  it('finding 11: export and validate agree on today: the local date', async () => {
    const zone = process.env['TZ'];
    const exporter = EXPORTERS.json;
    const seen: ExportOptions[] = [];
    // 12:00 UTC is already the next day in Kiribati (UTC+14): the day must be the user's, not Greenwich's.
    const noon = new Date('2026-11-22T12:00:00.000Z');
    const io = (out: { text: string }): CliIo => ({
      stdout: (text) => void (out.text += text),
      stderr: () => undefined,
      now: () => noon,
      env: {},
    });
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      EXPORTERS.json = async (register, options) => {
        seen.push(options);
        return exporter ? exporter(register, options) : '';
      };
      expect(
        await run(['export', file('fixture.ropa.json'), '--format', 'json', '--out', at('o.json')], io({ text: '' })),
      ).toBe(0);
      const printed = { text: '' };
      await run(['validate', file('fixture.ropa.json'), '--json'], io(printed));
      expect(seen[0]?.today).toBe('2026-11-23');
      const codes = (JSON.parse(printed.text) as { code: string }[]).map((f) => f.code);
      expect(codes).toEqual(validateRegister(fixture, { today: '2026-11-23' }).map((f) => f.code));
    } finally {
      EXPORTERS.json = exporter;
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});

describe('run: internal errors', () => {
  it('reports an unexpected error in one line with exit 3, and its stack only with ROPA_DEBUG', async () => {
    for (const debug of [undefined, '1']) {
      let stderr = '';
      const io: CliIo = {
        stdout: () => {
          throw new Error('disk on fire\nsecond line');
        },
        stderr: (text) => void (stderr += text),
        now: () => NOW,
        env: { ROPA_DEBUG: debug },
      };
      expect(await run(['--version'], io)).toBe(3);
      const [first, ...rest] = stderr.trimEnd().split('\n');
      expect(first).toBe('ropa: internal error: disk on fire (please report this).');
      if (debug) expect(rest.join('\n')).toMatch(/^\s+at /m);
      else expect(rest).toEqual([]);
    }
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const sub = await mkdtemp(path.join(dir, 'atomic-'));
    await writeFile(path.join(sub, 'out.txt'), 'old');
    await writeFileAtomic(path.join(sub, 'out.txt'), 'new');
    expect(await readFile(path.join(sub, 'out.txt'), 'utf8')).toBe('new');
    expect(await readdir(sub)).toEqual(['out.txt']);
  });

  it('removes its temporary file when the target cannot be replaced', async () => {
    const sub = await mkdtemp(path.join(dir, 'atomic-'));
    await mkdir(path.join(sub, 'target'));
    await expect(writeFileAtomic(path.join(sub, 'target'), 'data')).rejects.toBeInstanceOf(CliError);
    expect(await readdir(sub)).toEqual(['target']);
  });
});
