/**
 * The privacy notice as plain data: sections with headings, paragraphs, lists and tables of text runs. `buildNotice`
 * makes it from the register; the HTML and the PDF, and the app's live preview, are renderings of it. A run in
 * another language than the notice (a register text that is not translated) says which, so every rendering can mark
 * it and give it its own `lang`.
 */
import type { TextLanguage, UiLanguage } from '../i18n/languages';
import type { RecordKind } from '../model/register';

/** A piece of text. `lang` is set only when the text is not in the notice's language (a visible fallback). */
export interface NoticeRun {
  readonly text: string;
  readonly lang?: TextLanguage;
  readonly strong?: true;
}
export type NoticeInline = readonly NoticeRun[];

export interface NoticeListItem {
  readonly content: NoticeInline;
  /** Lines under the item (an explanation, a country, a condition). */
  readonly details?: readonly NoticeInline[];
  readonly items?: readonly NoticeListItem[];
}

export type NoticeBlock =
  | { readonly type: 'paragraph'; readonly content: NoticeInline }
  | { readonly type: 'list'; readonly items: readonly NoticeListItem[] }
  | {
      readonly type: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly NoticeInline[])[];
    }
  /** A postal block: name, street, city, e-mail on lines of their own. */
  | { readonly type: 'address'; readonly lines: readonly NoticeInline[] };

export interface NoticeSubsection {
  readonly id: string;
  readonly heading: NoticeInline;
  readonly blocks: readonly NoticeBlock[];
}

/** The sections of a notice, in their order. */
export const NOTICE_SECTIONS = [
  'introduction',
  'controllers',
  'purposes',
  'legalBases',
  'dataCategories',
  'sources',
  'recipients',
  'processors',
  'transfers',
  'retention',
  'automated',
  'rights',
  'exercise',
  'contact',
] as const;
export type NoticeSectionId = (typeof NOTICE_SECTIONS)[number];

export interface NoticeSection {
  /** Also the anchor of the section in the HTML (`#purposes`). */
  readonly id: NoticeSectionId;
  readonly heading: string;
  readonly blocks: readonly NoticeBlock[];
  readonly subsections: readonly NoticeSubsection[];
}

/** Where a problem or a fallback is, so the app can open the record at the field. */
export interface NoticeFieldRef {
  /** The record kind, or 'meta' for the register's own settings (the notice's paragraphs). */
  readonly kind: RecordKind | 'meta';
  readonly recordId?: string;
  readonly recordName?: string;
  /** The top-level field the editor shows (`purposes`), as findings name it. */
  readonly field: string;
  /** The exact field (`purposes.publicDescription`); the same as `field` for a top-level field. */
  readonly path: string;
  /** The item of a list (a purpose's id) the field belongs to. */
  readonly itemId?: string;
}

export const NOTICE_PROBLEMS = [
  'noActivities',
  'draft',
  'purposeWording',
  'noPurpose',
  'noLegalBasis',
  'recipientKind',
  'transferMechanism',
  'noRetention',
  'noDpo',
  'dpoContact',
  'noAuthority',
  'authorityAddress',
  'controllerAddress',
  'notTranslated',
  'templateNotTranslated',
] as const;
export type NoticeProblemCode = (typeof NOTICE_PROBLEMS)[number];

/** Something the DPO should fix before publishing the notice, with a sentence in the notice's language. */
export interface NoticeProblem extends NoticeFieldRef {
  readonly code: NoticeProblemCode;
  readonly message: string;
}

export interface NoticeDocument {
  readonly lang: UiLanguage;
  /** The register's main language: the language of fallback texts. */
  readonly mainLanguage: TextLanguage;
  readonly title: string;
  readonly controllers: readonly { readonly id: string; readonly name: string }[];
  /** ISO date the notice is dated. */
  readonly date: string;
  /** The date as the notice prints it, in its language. */
  readonly dateText: string;
  /** SHA-256 of the register the notice was made from (`shared/register/canonical.ts`). */
  readonly fingerprint: string;
  readonly sections: readonly NoticeSection[];
  /** Whether any run is a fallback (the notice then explains the marker). */
  readonly hasFallbacks: boolean;
  readonly missing: readonly NoticeProblem[];
}
