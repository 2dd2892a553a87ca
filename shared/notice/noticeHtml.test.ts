// The notice's HTML: standalone and well-formed, no script, anchors that resolve, text escaped, fingerprint and date.
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { fingerprint } from '../register/canonical';
import { ORG } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { buildNotice } from './buildNotice';
import { escapeHtml, noticeHtml } from './noticeHtml';

const register = sampleRegister();
const doc = buildNotice(register, { controllerIds: [ORG.lcm], lang: 'nl', date: '2026-12-03' });
const html = noticeHtml(doc);

/** The HTML as XML: void elements closed, the doctype dropped; what is left must parse as one tree. */
function asXml(text: string): string {
  return text.replace(/^<!DOCTYPE html>\n/, '').replace(/<(meta|br)\b([^>]*)>/g, '<$1$2/>');
}

describe('noticeHtml', () => {
  it('is one well-formed document with a language, a title and one h1', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(XMLValidator.validate(asXml(html))).toBe(true);
    expect(html).toContain(`<title>${escapeHtml(doc.title)}</title>`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('has no script, no event handler, and loads nothing from elsewhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('has a table of contents whose every link resolves to a heading in the page', () => {
    const nav = /<nav[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThanOrEqual(doc.sections.length);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const target of targets) expect(ids).toContain(target);
    for (const section of doc.sections) expect(targets).toContain(section.id);
  });

  it('uses headings in order: h2 for the parts, h3 for their groups, none skipped', () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    for (let i = 1; i < levels.length; i++) expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
  });

  it('prints the full fingerprint of the register and the date in the footer', () => {
    const footer = /<footer>[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
    expect(footer).toContain(fingerprint(register));
    expect(footer).toContain('3 december 2026');
  });

  it('escapes every text of the register', () => {
    const hostile = sampleRegister();
    const activity = hostile.activities[0];
    const purpose = activity?.purposes[0];
    if (!activity || !purpose) throw new Error('sample has no purpose');
    purpose.publicDescription = '<script>alert("x")</script> & <b onclick=1>';
    const out = noticeHtml(buildNotice(hostile, { controllerIds: [ORG.lcm], lang: 'nl', date: '2026-12-03' }));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onclick=1&gt;');
    expect(XMLValidator.validate(asXml(out))).toBe(true);
  });

  it('marks a text shown untranslated with its own language, and explains the mark', () => {
    const en = noticeHtml(buildNotice(register, { controllerIds: [ORG.rmob], lang: 'en', date: '2026-12-03' }));
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    // Iriscare has no English name in the sample: its Dutch name is shown, marked.
    expect(en).toContain('<span lang="nl">Iriscare</span> <span class="fallback">[nl]</span>');
    expect(en).toContain('Texts marked [nl] are not yet translated');
  });
});
