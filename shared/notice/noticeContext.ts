/**
 * What building a notice needs at every step: the register read in the notice's language (texts with the
 * translation fallback of `shared/i18n/localText.ts`, every fallback noted), lookups by id, the rule that internal
 * fields never appear, and the list of problems for the DPO. Built once per notice, like the PDF's ExportContext —
 * which it holds, so legal references, dates and countries read exactly as the register's PDF writes them.
 */
import { languageNameInText, type TextLanguage, type UiLanguage } from '../i18n/languages';
import { localText } from '../i18n/localText';
import type { MessageParams } from '../i18n/translate';
import { editionShows, internalFieldKeys } from '../model/recordFields';
import type { RecordKind, RecordOf, Register } from '../model/register';
import { ExportContext } from '../pdf/context';
import type { TranslationHolder } from '../translation/translationState';
import { noticeMessage, type NoticeMessageKey } from './messages';
import type { NoticeFieldRef, NoticeInline, NoticeProblem, NoticeProblemCode, NoticeRun } from './noticeDocument';

/** The sentence of each problem. */
const PROBLEM_MESSAGES = {
  noActivities: 'problemNoActivities',
  draft: 'problemDraft',
  purposeWording: 'problemPurposeWording',
  noPurpose: 'problemNoPurpose',
  noLegalBasis: 'problemNoLegalBasis',
  recipientKind: 'problemRecipientKind',
  transferMechanism: 'problemTransferMechanism',
  noRetention: 'problemNoRetention',
  noDpo: 'problemNoDpo',
  dpoContact: 'problemDpoContact',
  noAuthority: 'problemNoAuthority',
  authorityAddress: 'problemAuthorityAddress',
  controllerAddress: 'problemControllerAddress',
  notTranslated: 'problemNotTranslated',
  templateNotTranslated: 'problemTemplateNotTranslated',
} as const satisfies Record<NoticeProblemCode, NoticeMessageKey>;

export class NoticeContext {
  readonly main: TextLanguage;
  /** The register PDF's context: legal reference details, dates and countries in the same words. */
  readonly pdf: ExportContext;
  private readonly internal: ReadonlySet<string>;
  private readonly problems: NoticeProblem[] = [];
  private readonly problemKeys = new Set<string>();
  private fallbacks = 0;
  private readonly list: Intl.ListFormat;

  constructor(
    readonly register: Register,
    readonly lang: UiLanguage,
  ) {
    this.main = register.meta.mainLanguage;
    this.internal = internalFieldKeys(register.meta.internalFields);
    this.pdf = new ExportContext(register, lang, 'standard');
    this.list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  }

  /**
   * Whether the notice may show a field: never an internal one, neither those the descriptors mark nor those the
   * register marks. A nested path is hidden when its list or object is (`purposes` hides `purposes.description`).
   */
  shows(kind: RecordKind, path: string): boolean {
    const parts = path.split('.');
    for (let i = 1; i <= parts.length; i++) {
      if (!editionShows('standard', this.internal, kind, parts.slice(0, i).join('.'))) return false;
    }
    return true;
  }

  m(key: NoticeMessageKey, params?: MessageParams): string {
    return noticeMessage(this.lang, key, params);
  }

  /** A message with its placeholders left in, for sentences that hold register texts (`fill` in buildNotice). */
  messageTemplate(key: NoticeMessageKey): string {
    return noticeMessage(this.lang, key);
  }

  get<K extends RecordKind>(kind: K, id: string | undefined): RecordOf<K> | undefined {
    return this.pdf.get(kind, id);
  }

  all<K extends RecordKind>(kind: K, ids: readonly string[]): RecordOf<K>[] {
    return this.pdf.all(kind, ids);
  }

  /**
   * A register text in the notice's language: the current translation, else the main text marked with its language
   * (and noted as a problem, so the DPO sees what to translate). Empty when the field is empty.
   */
  text<H extends TranslationHolder>(holder: H, field: keyof H & string, ref: NoticeFieldRef): NoticeRun | undefined {
    const local = localText(holder, field, this.lang, this.main);
    const text = local.text.trim();
    if (text === '') return undefined;
    if (!local.fallback) return { text };
    this.noteFallback(ref);
    return { text, lang: this.main };
  }

  /** A text the model keeps in the main language only (an automated decision's logic): marked in another language. */
  untranslated(value: string | undefined, ref: NoticeFieldRef): NoticeRun | undefined {
    const text = value?.trim() ?? '';
    if (text === '') return undefined;
    if (this.lang === this.main) return { text };
    this.noteFallback(ref);
    return { text, lang: this.main };
  }

  /** A record's name in the notice's language. */
  name(kind: RecordKind, record: RecordOf<RecordKind>): NoticeRun {
    return this.text(record, 'name', this.ref(kind, record, 'name')) ?? { text: record.name };
  }

  /** The plain text of a name, for sentences that take no marking (change summaries, titles). */
  plainName(kind: RecordKind, record: RecordOf<RecordKind>): string {
    return this.name(kind, record).text;
  }

  ref(kind: RecordKind, record: RecordOf<RecordKind>, path: string, itemId?: string): NoticeFieldRef {
    return {
      kind,
      recordId: record.id,
      recordName: record.name,
      field: path.split('.')[0] ?? path,
      path,
      ...(itemId !== undefined ? { itemId } : {}),
    };
  }

  /** "A, B and C" in the notice's language. */
  joined(parts: readonly string[]): string {
    return this.list.format(parts);
  }

  problem(code: NoticeProblemCode, ref: NoticeFieldRef, params: MessageParams = {}): void {
    const key = `${code}|${ref.kind}|${ref.recordId ?? ''}|${ref.path}|${ref.itemId ?? ''}`;
    if (this.problemKeys.has(key)) return;
    this.problemKeys.add(key);
    this.problems.push({ ...ref, code, message: this.m(PROBLEM_MESSAGES[code], params) });
  }

  private noteFallback(ref: NoticeFieldRef): void {
    this.fallbacks++;
    this.problem('notTranslated', ref, {
      language: languageNameInText(this.lang, this.lang),
      main: languageNameInText(this.main, this.lang),
    });
  }

  get hasFallbacks(): boolean {
    return this.fallbacks > 0;
  }

  get missing(): readonly NoticeProblem[] {
    return this.problems;
  }
}

/** Runs joined by a separator, empty runs dropped. */
export function joinRuns(parts: readonly (NoticeRun | undefined)[], separator: string): NoticeInline {
  const out: NoticeRun[] = [];
  for (const part of parts) {
    if (part === undefined || part.text === '') continue;
    if (out.length > 0) out.push({ text: separator });
    out.push(part);
  }
  return out;
}
