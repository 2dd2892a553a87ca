/**
 * The notice's fixed paragraphs (introduction, rights, how to exercise them, complaints): the product's default text
 * per language (`messages/`), which a DPO may replace in the register's metadata (`meta.noticeIntroduction`, ... —
 * translatable texts like any other, so they are translated, stamped and exchanged with translators the same way) or,
 * for a preview, in the options. A template is plain text: paragraphs separated by an empty line, lines that start
 * with "- " make a list, `{name}` placeholders are filled in.
 */
import type { UiLanguage } from '../i18n/languages';
import { format, type MessageParams } from '../i18n/translate';
import type { Register, RegisterMeta } from '../model/register';
import { translationOf, translationState } from '../translation/translationState';
import { noticeMessage, type NoticeMessageKey } from './messages';
import type { NoticeBlock, NoticeListItem } from './noticeDocument';

export const NOTICE_TEMPLATE_KEYS = ['introduction', 'rights', 'exercise', 'complaints'] as const;
export type NoticeTemplateKey = (typeof NOTICE_TEMPLATE_KEYS)[number];
/** Templates given for one notice (a preview of texts not yet saved), by key, in the notice's language. */
export type NoticeTemplates = Partial<Record<NoticeTemplateKey, string>>;

/** The register metadata field that holds the DPO's own text of each paragraph. */
export const TEMPLATE_FIELDS = {
  introduction: 'noticeIntroduction',
  rights: 'noticeRights',
  exercise: 'noticeExercise',
  complaints: 'noticeComplaints',
} as const satisfies Record<NoticeTemplateKey, keyof RegisterMeta>;

const DEFAULT_MESSAGES = {
  introduction: 'templateIntroduction',
  rights: 'templateRights',
  exercise: 'templateExercise',
  complaints: 'templateComplaints',
} as const satisfies Record<NoticeTemplateKey, NoticeMessageKey>;

/** The product's own text of a paragraph in a language, placeholders unfilled. */
export function defaultTemplate(key: NoticeTemplateKey, lang: UiLanguage): string {
  // No parameters: the placeholders stay for `templateBlocks` to fill.
  return noticeMessage(lang, DEFAULT_MESSAGES[key]);
}

export interface ResolvedTemplate {
  readonly text: string;
  readonly source: 'options' | 'register' | 'default';
  /** The register holds the DPO's own text, but not in this language (missing or outdated translation). */
  readonly untranslated: boolean;
}

/**
 * The text of a paragraph for a notice in `lang`: the options' text, else the register's own text in that language
 * (its main text when `lang` is the main language, a current translation otherwise), else the default. A DPO's text
 * that is not translated gives way to the default of the language rather than to a paragraph in another language: the
 * notice stays in one language, and `untranslated` says the DPO's text was passed over.
 */
export function resolveTemplate(
  register: Register,
  key: NoticeTemplateKey,
  lang: UiLanguage,
  overrides: NoticeTemplates = {},
): ResolvedTemplate {
  const given = overrides[key];
  if (given !== undefined && given.trim() !== '') return { text: given, source: 'options', untranslated: false };
  const meta = register.meta;
  const field = TEMPLATE_FIELDS[key];
  const own = meta[field];
  if (own !== undefined && own.trim() !== '') {
    if (lang === meta.mainLanguage) return { text: own, source: 'register', untranslated: false };
    if (translationState(meta, field, lang, meta.mainLanguage) === 'current') {
      const translated = translationOf(meta, field, lang);
      if (translated !== undefined && translated.trim() !== '')
        return { text: translated, source: 'register', untranslated: false };
    }
    return { text: defaultTemplate(key, lang), source: 'default', untranslated: true };
  }
  return { text: defaultTemplate(key, lang), source: 'default', untranslated: false };
}

/** A template's paragraphs and lists, placeholders filled in with `params`. */
export function templateBlocks(template: string, params: MessageParams): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  for (const chunk of template.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    let paragraph: string[] = [];
    let items: NoticeListItem[] = [];
    const flushParagraph = (): void => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', content: [{ text: paragraph.join(' ') }] });
      paragraph = [];
    };
    const flushList = (): void => {
      if (items.length > 0) blocks.push({ type: 'list', items });
      items = [];
    };
    for (const line of lines) {
      const filled = format(line, params);
      if (/^[-•*]\s+/.test(filled)) {
        flushParagraph();
        items.push({ content: listItemRuns(filled.replace(/^[-•*]\s+/, '')) });
      } else {
        flushList();
        paragraph.push(filled);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

/** "Right of access: you may ..." reads better with the name of the right in bold. */
function listItemRuns(text: string): NoticeListItem['content'] {
  const match = /^([^:]{2,60}?)(\s?:\s)(.+)$/u.exec(text);
  if (!match) return [{ text }];
  const [, name = '', colon = '', rest = ''] = match;
  return [{ text: name, strong: true }, { text: `${colon}${rest}` }];
}
