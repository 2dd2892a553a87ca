/**
 * `ropa translations export|import` in-process: a round trip through a translator (the XLIFF and the workbook
 * edited outside the app), stale and unknown texts reported by record and field, and the exit codes: 0 when
 * something was applied, 1 with nothing written when the translated file is refused or brings nothing, 2 for
 * bad input; messages in --ui-lang.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../model';
import { readRegisterFile, writeRegisterFile } from '../register/registerFile';
import { exchangeFixture, KEY } from '../test/translationExchange';
import { translationTasks } from '../translation/translationTasks';
import { ropaInProcess, type RopaRun } from '../test/ropaInProcess';

const NOW = new Date('2026-11-22T08:00:00.000Z');
let dir = '';
const file = (name: string): string => path.join(dir, name);
const exists = (name: string): Promise<boolean> =>
  stat(file(name)).then(
    () => true,
    () => false,
  );

function ropa(...argv: string[]): Promise<RopaRun> {
  return ropaInProcess(argv, NOW);
}

async function writeRegister(name: string, register: Register): Promise<string> {
  await writeFile(file(name), writeRegisterFile(register, { savedAt: NOW.toISOString() }));
  return file(name);
}

async function readRegister(name: string): Promise<Register> {
  return readRegisterFile(await readFile(file(name), 'utf8')).register;
}

/** Replaces the target of the unit named `key`, as a translator's editor does. */
function fill(xliff: string, key: string, translation: string): string {
  const start = xliff.indexOf(`name="${key}"`);
  const open = xliff.indexOf('<target xml:space="preserve">', start) + '<target xml:space="preserve">'.length;
  return xliff.slice(0, open) + translation + xliff.slice(xliff.indexOf('</target>', open));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ropa-translations-'));
  await writeRegister('register.ropa.json', exchangeFixture());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ropa translations', () => {
  it('exports the texts to translate as XLIFF, and imports them back once translated', async () => {
    const exported = await ropa(
      'translations',
      'export',
      file('register.ropa.json'),
      '--lang',
      'fr',
      '--out',
      file('fr.xlf'),
    );
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const tasks = translationTasks(exchangeFixture(), 'fr');
    expect(exported.stdout).toBe(
      `Wrote ${file('fr.xlf')}: ${tasks.length} texts to translate from Dutch into French.\n`,
    );
    let xliff = await readFile(file('fr.xlf'), 'utf8');
    expect(xliff).toContain('srcLang="nl" trgLang="fr"');
    xliff = fill(xliff, KEY.name, 'Gestion des salaires');
    xliff = fill(xliff, KEY.tax, '=Retenir l’impôt');
    await writeFile(file('fr-done.xlf'), xliff);

    const imported = await ropa(
      'translations',
      'import',
      file('register.ropa.json'),
      file('fr-done.xlf'),
      '--out',
      file('translated.ropa.json'),
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const [counts, written] = imported.stdout.trimEnd().split('\n');
    expect(counts).toBe(`Translations into French: 2 applied, 0 stale, 0 unknown, ${tasks.length - 2} unchanged.`);
    expect(written).toMatch(/^Wrote .*translated\.ropa\.json \(fingerprint [0-9a-f]{64}\)\.$/);
    const translated = await readRegister('translated.ropa.json');
    expect(translated.activities[0]?.i18n?.fr?.name).toBe('Gestion des salaires');
    expect(translationTasks(translated, 'fr')).toHaveLength(tasks.length - 2);
  });

  it('exports a workbook with headers in --ui-lang, and imports it back edited', async () => {
    const exported = await ropa(
      'translations',
      'export',
      file('register.ropa.json'),
      '--lang',
      'de',
      '--format',
      'xlsx',
      '--ui-lang',
      'fr',
      '--out',
      file('de.xlsx'),
    );
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(
      /de\.xlsx écrit : \d+ textes à traduire ; langue source : néerlandais ; langue cible : allemand\.\n$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file('de.xlsx'))) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell(1, 5).value).toBe('Traduction en allemand');
    sheet.eachRow((row) => {
      if (row.getCell(1).value === KEY.name) row.getCell(5).value = 'Lohnbuchhaltung';
    });
    await writeFile(file('de-done.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
    const imported = await ropa(
      'translations',
      'import',
      file('register.ropa.json'),
      file('de-done.xlsx'),
      '--lang',
      'de',
      '--out',
      file('de.ropa.json'),
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Translations into German: 1 applied, 0 stale, 0 unknown, \d+ unchanged\.\n/);
    expect((await readRegister('de.ropa.json')).activities[0]?.i18n?.de?.name).toBe('Lohnbuchhaltung');
  });

  it('reports stale and unknown texts by record and field, applies the rest, and exits 0', async () => {
    let xliff =
      (await ropa('translations', 'export', file('register.ropa.json'), '--lang', 'fr', '--out', file('s.xlf')))
        .code === 0
        ? await readFile(file('s.xlf'), 'utf8')
        : '';
    xliff = fill(xliff, KEY.name, 'Gestion des salaires');
    xliff = fill(xliff, KEY.description, 'Calculer les salaires');
    xliff = fill(xliff, KEY.tax, 'Retenir l’impôt');
    await writeFile(file('s-done.xlf'), xliff);
    const changed = exchangeFixture();
    const edited: Register = {
      ...changed,
      activities: changed.activities.map((a) => ({
        ...a,
        name: 'Loon- en personeelsadministratie',
        purposes: a.purposes.slice(0, 1),
      })),
    };
    await writeRegister('changed.ropa.json', edited);
    const imported = await ropa(
      'translations',
      'import',
      file('changed.ropa.json'),
      file('s-done.xlf'),
      '--ui-lang',
      'nl',
      '--out',
      file('s.ropa.json'),
    );
    expect(imported.code).toBe(0);
    expect(imported.stderr.split('\n').filter((l) => l !== '')).toEqual([
      'ropa: verouderd, niet toegepast: Verwerkingsactiviteit: Loon- en personeelsadministratie, Naam: de tekst in de hoofdtaal is gewijzigd sinds het bestand gemaakt is',
      'ropa: onbekend, niet toegepast: Verwerkingsactiviteit: Loon- en personeelsadministratie, Doeleinden: het record of onderdeel waartoe hij behoort, staat niet meer in het register',
    ]);
    expect(imported.stdout).toMatch(
      /^Vertalingen in het Frans: 1 toegepast, 1 verouderd, 1 onbekend, \d+ ongewijzigd\.\n/,
    );
    const result = await readRegister('s.ropa.json');
    expect(result.activities[0]?.i18n?.fr).toEqual({ description: 'Calculer les salaires' });
  });

  it('exits 1 and writes nothing when the translated file is refused or brings nothing to apply', async () => {
    await writeFile(file('out.ropa.json'), 'left as it was');
    const fr = await readFile(file('fr.xlf'), 'utf8');
    const refused = await ropa(
      'translations',
      'import',
      file('register.ropa.json'),
      file('fr.xlf'),
      '--lang',
      'de',
      '--ui-lang',
      'de',
      '--out',
      file('out.ropa.json'),
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `ropa: ${file('fr.xlf')}: Die Zielsprache der Datei ist Französisch, nicht Deutsch. Importieren Sie sie bei den Texten auf Französisch.\n` +
        `ropa: keine Übersetzung übernommen; ${file('out.ropa.json')} wurde nicht geschrieben.\n`,
    );
    await writeFile(
      file('doctype.xlf'),
      fr.replace('<xliff ', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff '),
    );
    const doctype = await ropa(
      'translations',
      'import',
      file('register.ropa.json'),
      file('doctype.xlf'),
      '-o',
      file('out.ropa.json'),
    );
    expect(doctype.code).toBe(1);
    expect(doctype.stderr).toContain('<!DOCTYPE …>');
    // The file as exported, untranslated: nothing to apply.
    const nothing = await ropa(
      'translations',
      'import',
      file('register.ropa.json'),
      file('fr.xlf'),
      '-o',
      file('out.ropa.json'),
    );
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toMatch(/: 0 applied, 0 stale, 0 unknown, \d+ unchanged\.\n$/);
    expect(await readFile(file('out.ropa.json'), 'utf8')).toBe('left as it was');
  });

  it('refuses bad input with exit 2 and one line in --ui-lang, whatever --lang says', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['translations', 'export', file('register.ropa.json'), '--out', file('x.xlf')],
        /missing required option --lang/,
      ],
      [
        ['translations', 'export', file('register.ropa.json'), '--lang', 'nl', '--out', file('x.xlf')],
        /Dutch is the main language/,
      ],
      [
        ['translations', 'export', file('register.ropa.json'), '--lang', 'es', '--out', file('x.xlf')],
        /unknown language "es"/,
      ],
      [
        ['translations', 'export', file('register.ropa.json'), '--lang', 'fr', '-f', 'csv', '-o', file('x.xlf')],
        /unknown format "csv"/,
      ],
      [['translations', 'export', file('missing.json'), '--lang', 'fr', '-o', file('x.xlf')], /no such file/],
      [['translations', 'import', file('register.ropa.json'), '--out', file('x.json')], /missing the input file/],
      [['translations', 'translate'], /unknown command "translations translate"/],
      [['translations'], /missing the input file/],
    ];
    for (const [argv, pattern] of cases) {
      const outcome = await ropa(...argv);
      expect(outcome.code, argv.join(' ')).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toMatch(/^ropa: [^\n]+\n$/);
      expect(outcome.stderr).toMatch(pattern);
    }
    // --lang fr is the translation's language: the message stays in English, or in --ui-lang.
    const french = await ropa('translations', 'export', file('missing.json'), '--lang', 'fr', '-o', file('x.xlf'));
    expect(french.stderr).toMatch(/no such file/);
    const dutch = await ropa(
      'translations',
      'export',
      file('missing.json'),
      '--lang',
      'fr',
      '--ui-lang',
      'nl',
      '-o',
      'x',
    );
    expect(dutch.stderr).toMatch(/bestaat niet|niet gevonden|geen bestand/i);
    expect(await exists('x.xlf')).toBe(false);
  });

  it('documents its exit codes in its help', async () => {
    for (const argv of [
      ['translations', '--help'],
      ['translations', 'import', '--help'],
      ['help', 'translations'],
    ]) {
      const outcome = await ropa(...argv);
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toContain('Exit codes: 0 done');
      expect(outcome.stdout).toContain('1 import applied nothing');
    }
    expect((await ropa('--help')).stdout).toContain('ropa translations export FILE --lang');
  });
});
