// @vitest-environment jsdom
// The notice's HTML under axe-core in a DOM (jsdom): no violation of the rules axe can check without a browser's
// layout (colour contrast needs one: the end-to-end scan of the app screen covers it).
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ORG } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { buildNotice } from './buildNotice';
import { noticeHtml } from './noticeHtml';

/** The little of the DOM this test touches (shared/ is type-checked without the DOM library). */
interface PageDocument {
  open(): void;
  write(html: string): void;
  close(): void;
  readonly documentElement: { readonly lang: string };
}
const document = (globalThis as unknown as { document: PageDocument }).document;
type AxeContext = Parameters<typeof axe.run>[0];

describe('the notice HTML under axe', () => {
  it.each([
    [ORG.lcm, 'nl'],
    [ORG.rmob, 'en'],
    [ORG.lcm, 'fr'],
    [ORG.rmob, 'de'],
  ] as const)(
    '%s in %s has no violations',
    async (controllerId, lang) => {
      const html = noticeHtml(
        buildNotice(sampleRegister(), { controllerIds: [controllerId], lang, date: '2026-12-03' }),
      );
      document.open();
      document.write(html);
      document.close();
      expect(document.documentElement.lang).toBe(lang);
      const results = await axe.run(document as unknown as AxeContext, { resultTypes: ['violations'] });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    },
    30_000,
  );

  it('reports a planted fault, so the scan above can fail', async () => {
    const html = noticeHtml(
      buildNotice(sampleRegister(), { controllerIds: [ORG.lcm], lang: 'nl', date: '2026-12-03' }),
    );
    document.open();
    document.write(html.replace('<html lang="nl">', '<html>').replace('<h1>', '<h1><img src="data:,">'));
    document.close();
    const results = await axe.run(document as unknown as AxeContext, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt']));
  }, 30_000);
});
