// The notice's PDF as poppler reads it: the register's full fingerprint and the date on every page, the sections in it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../register/canonical';
import { ORG } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { buildNotice } from './buildNotice';
import { noticePdf } from './noticePdf';

const haveTools = ['pdftotext', 'pdfinfo'].every((tool) => spawnSync(tool, ['-v']).error === undefined);

describe.skipIf(!haveTools)('noticePdf', () => {
  const register = sampleRegister();
  const doc = buildNotice(register, { controllerIds: [ORG.lcm], lang: 'nl', date: '2026-12-03' });
  let dir = '';
  let file = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ropa-notice-pdf-'));
    file = join(dir, 'notice.pdf');
    writeFileSync(file, await noticePdf(doc));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pages = (): number =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  const page = (n: number): string =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

  it('prints the register fingerprint and the date in the footer of every page', () => {
    const count = pages();
    expect(count).toBeGreaterThan(2);
    for (let n = 1; n <= count; n++) {
      const text = page(n);
      expect(text, `page ${n}`).toContain(fingerprint(register));
      expect(text, `page ${n}`).toContain('3 december 2026');
      expect(text, `page ${n}`).toContain(`Pagina ${n} van ${count}`);
    }
  });

  it('holds every section heading, with selectable text', () => {
    const all = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const section of doc.sections) expect(all).toContain(section.heading);
    expect(all).toContain('Opleiding en coaching van medewerkers');
  });

  it('carries the title and the language in its metadata', () => {
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Privacyverklaring van Landsbond der Christelijke Mutualiteiten \(LCM\)/);
    expect(info).toContain(`SHA-256 ${fingerprint(register)}`);
  });
});
