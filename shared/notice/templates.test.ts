// The notice's fixed paragraphs: defaults per language, the DPO's own text (translated or not), and the template syntax.
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n/languages';
import { sourceStamp } from '../translation/sourceStamp';
import { ORG } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { buildNotice } from './buildNotice';
import { noticeText } from './noticeText';
import { defaultTemplate, NOTICE_TEMPLATE_KEYS, resolveTemplate, templateBlocks } from './templates';

describe('default templates', () => {
  it.each(UI_LANGUAGES)('name every right in %s, with its article', (lang) => {
    const rights = defaultTemplate('rights', lang);
    for (const article of ['15', '16', '17', '18', '20', '21', '22'])
      expect(rights).toMatch(new RegExp(`\\b${article}\\b`));
    expect(rights).toMatch(/7(\(3\)|, (lid|par\.) 3| Abs\. 3)/);
    // Eight rights, one list item each.
    const list = templateBlocks(rights, {}).find((b) => b.type === 'list');
    expect(list?.type === 'list' ? list.items.length : 0).toBe(8);
  });

  it.each(UI_LANGUAGES)('use only the placeholders the notice fills, in %s', (lang) => {
    for (const key of NOTICE_TEMPLATE_KEYS) {
      const names = [...defaultTemplate(key, lang).matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const name of names) expect(['controllers', 'contact', 'dpo', 'authority']).toContain(name);
    }
  });
});

describe('templateBlocks', () => {
  it('makes paragraphs of text between empty lines and a list of "- " lines, filling the placeholders', () => {
    const blocks = templateBlocks('Hello {who},\nwelcome.\n\n- First: one\n- Second\n\nBye {unknown}.', { who: 'Ann' });
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'Hello Ann, welcome.' }] },
      {
        type: 'list',
        items: [{ content: [{ text: 'First', strong: true }, { text: ': one' }] }, { content: [{ text: 'Second' }] }],
      },
      { type: 'paragraph', content: [{ text: 'Bye {unknown}.' }] },
    ]);
  });
});

describe('resolveTemplate', () => {
  it('takes the options first, then the register’s text, then the default', () => {
    const register = sampleRegister();
    expect(resolveTemplate(register, 'complaints', 'nl').source).toBe('default');
    register.meta.noticeComplaints = 'Klachten? Schrijf naar {authority}.';
    expect(resolveTemplate(register, 'complaints', 'nl')).toEqual({
      text: 'Klachten? Schrijf naar {authority}.',
      source: 'register',
      untranslated: false,
    });
    expect(resolveTemplate(register, 'complaints', 'nl', { complaints: 'Voorbeeld' }).text).toBe('Voorbeeld');
  });

  it('uses a current translation, and the default (marked untranslated) when there is none or it is outdated', () => {
    const register = sampleRegister();
    register.meta.noticeComplaints = 'Klachten? Schrijf naar {authority}.';
    expect(resolveTemplate(register, 'complaints', 'fr')).toMatchObject({ source: 'default', untranslated: true });
    register.meta.i18n = {
      ...register.meta.i18n,
      fr: { ...register.meta.i18n?.fr, noticeComplaints: 'Plaintes ? {authority}.' },
    };
    register.meta.i18nSource = {
      ...register.meta.i18nSource,
      fr: { ...register.meta.i18nSource?.fr, noticeComplaints: sourceStamp('Klachten? Schrijf naar {authority}.') },
    };
    expect(resolveTemplate(register, 'complaints', 'fr')).toMatchObject({
      text: 'Plaintes ? {authority}.',
      source: 'register',
    });
    register.meta.noticeComplaints = 'Klachten? Mail naar {authority}.';
    expect(resolveTemplate(register, 'complaints', 'fr')).toMatchObject({ source: 'default', untranslated: true });
  });

  it('puts the DPO’s text into the notice, placeholders filled, and lists an untranslated one as a problem', () => {
    const register = sampleRegister();
    register.meta.noticeComplaints = 'Klachten? Schrijf naar {authority}.';
    const nl = buildNotice(register, { controllerIds: [ORG.lcm], lang: 'nl', date: '2026-12-03' });
    expect(noticeText(nl)).toContain('Klachten? Schrijf naar Gegevensbeschermingsautoriteit (GBA).');
    const en = buildNotice(register, { controllerIds: [ORG.lcm], lang: 'en', date: '2026-12-03' });
    expect(noticeText(en)).toContain(defaultTemplate('complaints', 'en').split('{')[0]);
    expect(en.missing).toContainEqual(
      expect.objectContaining({ code: 'templateNotTranslated', kind: 'meta', field: 'noticeComplaints' }),
    );
  });
});
