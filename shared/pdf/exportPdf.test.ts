// The PDF export, checked the way an auditor's tools see it: text extracted by poppler's pdftotext (not by reading our
// own document definition back), structure checked by qpdf, metadata by pdfinfo, word positions by pdftotext -bbox.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localText } from '../i18n/localText';
import type { UiLanguage } from '../i18n/languages';
import { registerSchema, RECORD_KINDS, type AnyRecord, type Register } from '../model/register';
import { fingerprint } from '../register/canonical';
import { scopeToController, UnknownOrganisationError } from '../register/controllerScope';
import { usedBy } from '../register/links';
import { ORG } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { ExportContext } from './context';
import { exportPdf, type ExportPdfOptions } from './exportPdf';
import { CONTENT_WIDTH, MARGIN, PAGE } from './styles';

const TOOLS = ['pdftotext', 'pdfinfo', 'qpdf'];
const missingTools = TOOLS.filter((tool) => spawnSync(tool, ['--version']).error !== undefined);
const describeWithTools = missingTools.length === 0 ? describe : describe.skip;
const toolsNote =
  missingTools.length === 0
    ? ''
    : ` [skipped: ${missingTools.join(', ')} not installed; apt-get install poppler-utils qpdf]`;

const EXPORTED_AT = new Date('2026-11-20T13:03:00Z');
const TODAY = '2026-11-20';

let dir = '';
let counter = 0;

function writePdf(bytes: Uint8Array): string {
  const file = join(dir, `export-${++counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** pdftotext in content-stream order: each table cell's words stay together even when a name wraps. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

const spaced = (text: string): string => text.replace(/\s+/g, ' ');
/** Names may wrap anywhere (also after a hyphen), so names are looked for with all white space removed. */
const squeezed = (text: string): string => text.replace(/[\s\u200b]+/g, '');

function pageCount(file: string): number {
  return Number(execFileSync('qpdf', ['--show-npages', file], { encoding: 'utf8' }).trim());
}

function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) out[match[1] as string] = match[2] as string;
  }
  return out;
}

interface Outline {
  title: string;
  kids: Outline[];
}

function outlines(file: string): Outline[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
    outlines: Outline[];
  };
  return json.outlines;
}

/** Every word's box, from poppler: used to check that no text runs outside the text block. */
function wordBoxes(file: string): { xMin: number; xMax: number; word: string }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const boxes: { xMin: number; xMax: number; word: string }[] = [];
  for (const match of html.matchAll(
    /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
  )) {
    boxes.push({ xMin: Number(match[1]), xMax: Number(match[2]), word: match[3] as string });
  }
  return boxes;
}

function expectInsideTextBlock(file: string): void {
  const boxes = wordBoxes(file);
  expect(boxes.length).toBeGreaterThan(0);
  const outside = boxes.filter((b) => b.xMin < MARGIN.left - 1 || b.xMax > PAGE.width - MARGIN.right + 1);
  expect(outside.slice(0, 5)).toEqual([]);
}

function nameIn(register: Register, record: AnyRecord, lang: UiLanguage): string {
  return localText(record, 'name', lang, register.meta.mainLanguage).text;
}

async function exportTo(
  register: Register,
  options: Partial<ExportPdfOptions> & { lang: UiLanguage },
): Promise<string> {
  return writePdf(await exportPdf(register, { exportedAt: EXPORTED_AT, today: TODAY, ...options }));
}

describe('the used-by index of the export context', () => {
  it('gives the same answer as usedBy for every record of the sample register', () => {
    const register = sampleRegister();
    const ctx = new ExportContext(register, 'nl');
    for (const kind of RECORD_KINDS) {
      for (const record of register[kind] as AnyRecord[]) {
        expect(ctx.usedBy(kind, record.id), `${kind} ${record.id}`).toEqual(usedBy(register, kind, record.id));
      }
    }
  });
});

describe('exportPdf', () => {
  it('refuses a controller that is not in the register', async () => {
    await expect(
      exportPdf(sampleRegister(), {
        lang: 'nl',
        exportedAt: EXPORTED_AT,
        today: TODAY,
        controllerId: ORG.rmob.replace(/.$/, 'f'),
      }),
    ).rejects.toBeInstanceOf(UnknownOrganisationError);
  });
});

describeWithTools(`exportPdf, read back with poppler and qpdf${toolsNote}`, () => {
  const register = sampleRegister();
  const files = {} as Record<UiLanguage | 'scoped' | 'again', string>;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ropa-pdf-'));
    files.nl = await exportTo(register, {
      lang: 'nl',
      includeFindings: true,
      onProgress: (done, total) => progress.push([done, total]),
    });
    files.fr = await exportTo(register, { lang: 'fr', snapshotName: 'Envoyé à l’APD le 20 novembre 2026' });
    files.en = await exportTo(register, { lang: 'en' });
    files.scoped = await exportTo(register, { lang: 'nl', controllerId: ORG.rmob });
    files.again = await exportTo(sampleRegister(), {
      lang: 'nl',
      includeFindings: true,
    });
  }, 120_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('passes qpdf --check in every language and for an extract', () => {
    for (const file of [files.nl, files.fr, files.en, files.scoped]) {
      const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('No syntax or stream encoding errors found');
    }
  });

  it('holds every activity, recipient and processor name of the sample register as extractable text', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const text = squeezed(pdfText(files[lang]));
      for (const kind of ['activities', 'recipients', 'processors', 'processorActivities'] as const) {
        for (const record of register[kind]) {
          const name = nameIn(register, record, lang);
          expect(text.includes(squeezed(name)), `${lang}: ${kind} "${name}"`).toBe(true);
        }
      }
    }
  });

  it('keeps accented characters intact', () => {
    const nl = spaced(pdfText(files.nl));
    const fr = spaced(pdfText(files.fr));
    expect(nl).toContain('Gebruik van artificiële intelligentie');
    expect(nl).toContain('Solimut (société mutualiste)');
    expect(nl).toContain('Mailingfirma’s');
    expect(nl).toContain('België (in de EER)');
    expect(fr).toContain('Sécurité');
    expect(fr).toContain('Délégué à la protection des données MC');
    expect(fr).toContain('Registre des activités de traitement – MC');
    expect(fr).toContain('Envoyé à l’APD le 20 novembre 2026');
  });

  it('numbers every page "page X of Y" in the export language', () => {
    const phrases = { nl: 'pagina {p} van {n}', fr: 'page {p} sur {n}', en: 'page {p} of {n}' } as const;
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const pages = pageCount(files[lang]);
      expect(pages).toBeGreaterThan(50);
      const text = spaced(pdfText(files[lang]));
      for (const p of [1, 2, Math.floor(pages / 2), pages]) {
        expect(text, `${lang} page ${p}`).toContain(
          phrases[lang].replace('{p}', String(p)).replace('{n}', String(pages)),
        );
      }
    }
  });

  it('prints the full fingerprint on the cover and its first 12 characters on every page', () => {
    const fp = fingerprint(register);
    const pages = pageCount(files.nl);
    const text = spaced(pdfText(files.nl));
    expect(text).toContain(fp);
    expect(text.split(`vingerafdruk ${fp.slice(0, 12)}`).length - 1).toBe(pages);
    expect(spaced(pdfText(files.en))).toContain(`fingerprint ${fp.slice(0, 12)}`);
  });

  it('speaks the export language and marks untranslated register texts', () => {
    const nl = spaced(pdfText(files.nl));
    const fr = spaced(pdfText(files.fr));
    const en = spaced(pdfText(files.en));
    expect(nl).toContain('Inhoudstafel');
    expect(nl).toContain('Bijlage A – Ontvangers');
    expect(nl).not.toContain('[nl]');
    expect(fr).toContain('Table des matières');
    expect(fr).toContain('Annexe A – Destinataires');
    expect(fr).toContain('Finalités et bases juridiques');
    expect(en).toContain('Contents');
    expect(en).toContain('Appendix A – Recipients');
    expect(en).toContain('Membership and insurability');
    // A Dutch-only text in an English export: shown, and marked as Dutch.
    expect(en).toContain('Ondersteuning van RMOB CM Brussel door medewerkers van de LCM [nl]');
    expect(fr).toContain('[nl]');
  });

  it('lists findings only when asked, and always counts them in the summary', () => {
    const nl = spaced(pdfText(files.nl));
    const en = spaced(pdfText(files.en));
    expect(nl).toContain('Bevindingen van de controle');
    expect(nl).toContain('Openstaande bevindingen van de controle');
    expect(en).toContain('Open validation findings');
    expect(en).not.toContain('Validation findings ');
  });

  it('has a table of contents with page numbers and bookmarks per section and per activity', () => {
    const text = spaced(pdfText(files.nl));
    expect(text).toMatch(/Overzicht \d+/);
    expect(text).toMatch(/CM-001 Aansluiting en verzekerbaarheid \d+/);
    const tree = outlines(files.nl);
    const titles = tree.map((o) => o.title);
    expect(titles).toContain('Overzicht');
    expect(titles).toContain('Bijlage A – Ontvangers');
    const activities = tree.find((o) => o.title === 'Verwerkingsactiviteiten (art. 30.1 AVG)');
    expect(activities?.kids).toHaveLength(register.activities.length);
    expect(activities?.kids.map((k) => k.title)).toContain('CM-001  Aansluiting en verzekerbaarheid');
  });

  it('fills in page references ("used by", summary) instead of leaving placeholders', () => {
    const text = spaced(pdfText(files.nl));
    expect(text).not.toContain('00000');
    expect(text).toMatch(/CM-001 Aansluiting en verzekerbaarheid p\. \d+/);
  });

  it('sets the document metadata and embeds its fonts', () => {
    const info = pdfInfo(files.nl);
    expect(info.Title).toBe('Register van de verwerkingsactiviteiten – CM');
    expect(info.Author).toBe('CM (Christelijke Mutualiteit)');
    expect(info.Subject).toBe('Register van de verwerkingsactiviteiten (art. 30 AVG)');
    expect(info.Creator).toBe('RoPA Desk');
    expect(pdfInfo(files.fr).Title).toBe('Registre des activités de traitement – MC');
    const fonts = execFileSync('pdffonts', [files.nl], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, unicode map
  });

  it('keeps every word inside the text block', () => {
    expectInsideTextBlock(files.nl);
    expectInsideTextBlock(files.fr);
  });

  it("limits an extract to one controller's activities and prints that extract's fingerprint", () => {
    const scoped = scopeToController(register, ORG.rmob);
    const text = spaced(pdfText(files.scoped));
    const flat = squeezed(text);
    expect(text).toContain(fingerprint(scoped));
    expect(text).not.toContain(fingerprint(register));
    expect(text).toContain('Uittreksel voor verwerkingsverantwoordelijke: RMOB CM Brussel');
    const kept = new Set(scoped.activities.map((a) => a.id));
    expect(kept.size).toBeGreaterThan(0);
    for (const activity of scoped.activities) expect(flat).toContain(squeezed(activity.name));
    const keptNames = scoped.activities.map((a) => squeezed(a.name));
    for (const activity of register.activities.filter((a) => !kept.has(a.id))) {
      const name = squeezed(activity.name);
      if (keptNames.some((k) => k.includes(name))) continue;
      expect(flat.includes(name), activity.name).toBe(false);
    }
    expect(pageCount(files.scoped)).toBeLessThan(pageCount(files.nl));
  });

  it('gives the same document for the same input', () => {
    expect(pdfText(files.again)).toBe(pdfText(files.nl));
    expect(execFileSync('cmp', [files.again, files.nl]).length).toBe(0);
  });

  it('reports progress up to completion, never backwards', () => {
    expect(progress.length).toBeGreaterThan(2);
    const total = progress[0]?.[1] ?? 0;
    expect(progress.at(-1)).toEqual([total, total]);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]?.[0]).toBeGreaterThanOrEqual(progress[i - 1]?.[0] ?? 0);
  });

  it('wraps very long texts and unbroken words inside the page', async () => {
    const longWord = `https://example.org/${'x'.repeat(400)}`;
    const paragraph = Array.from({ length: 600 }, (_, i) => `woord${i}`).join(' ');
    const small = registerSchema.parse({
      meta: { title: 'Lange teksten', mainLanguage: 'nl' },
      organisations: [{ id: ORG.lcm, kind: 'controller', name: `Organisatie ${'met een heel lange naam '.repeat(8)}` }],
      activities: [
        {
          id: '00000000-0000-4000-8000-0000000a0001',
          reference: 'LT-001',
          name: `Activiteit ${'Zeerlangwoordzonderspaties'.repeat(12)}`,
          description: `${paragraph} ${longWord}`,
          controllers: [{ organisationId: ORG.lcm, role: 'controller' }],
          purposes: [{ id: '00000000-0000-4000-8000-000000200001', description: longWord }],
          status: 'active',
        },
      ],
    });
    const file = await exportTo(small, { lang: 'nl' });
    expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
    // The description runs over pages: take out what each new page repeats (page header and footer, table header).
    const chrome =
      /Langeteksten(?:Geëxporteerdop20november2026vingerafdruk[0-9a-f]{12}pagina\d+van\d+)(?:[\p{L},]+(?:Art\.30\.1\.[a-g]AVG,?)*LT-001)?/gu;
    const text = squeezed(pdfText(file)).replace(chrome, '');
    expect(text.includes(squeezed(paragraph)), 'the 600-word description, in order').toBe(true);
    expect(text.includes(squeezed(longWord)), 'the 420-character word').toBe(true);
    expect(pageCount(file)).toBeGreaterThan(10);
    expectInsideTextBlock(file);
    expect(CONTENT_WIDTH).toBeLessThan(PAGE.width);
  });
});
