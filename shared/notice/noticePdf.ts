/**
 * The privacy notice as a PDF in the register PDF's style: the same engine, page, fonts, colours, headings (table of
 * contents entries and bookmarks), ruled tables and page chrome, with the date and the register's full fingerprint
 * in every page footer. Built from the NoticeDocument like the HTML, so both say the same.
 */
import { LOCALE_OF } from '../i18n/languages';
import { dataTable, heading } from '../pdf/blocks';
import type { Content, DocDefinition, InlineText, TextNode } from '../pdf/docTypes';
import { renderPdf } from '../pdf/engine';
import { keepShortLines } from '../pdf/fit';
import { COLOR, CONTENT_WIDTH, DEFAULT_STYLE, INLINE, MARGIN, STYLES } from '../pdf/styles';
import { noticeMessage } from './messages';
import type { NoticeBlock, NoticeDocument, NoticeInline, NoticeListItem } from './noticeDocument';

function runs(parts: NoticeInline): InlineText[] {
  return parts.flatMap((part): InlineText[] => {
    const text: InlineText = part.strong ? { text: part.text, bold: true } : part.text;
    return part.lang !== undefined ? [text, { text: ` [${part.lang}]`, ...INLINE.fallback }] : [text];
  });
}

function listItem(item: NoticeListItem): Content {
  const text: InlineText[] = runs(item.content);
  for (const detail of item.details ?? []) text.push('\n', ...runs(detail).map((r) => withStyle(r, INLINE.detail)));
  if (!item.items || item.items.length === 0) return { text };
  return { stack: [{ text }, { ul: item.items.map(listItem), markerColor: COLOR.muted, margin: [0, 2, 0, 2] }] };
}

function withStyle(run: InlineText, style: typeof INLINE.detail): InlineText {
  return typeof run === 'string' ? { text: run, ...style } : { ...style, ...run };
}

function block(b: NoticeBlock): Content {
  switch (b.type) {
    case 'paragraph':
      return { text: runs(b.content), margin: [0, 0, 0, 6] };
    case 'list':
      return { ul: b.items.map(listItem), markerColor: COLOR.muted, margin: [0, 0, 0, 8] };
    case 'address': {
      const text: InlineText[] = [];
      b.lines.forEach((line, i) => text.push(...(i > 0 ? ['\n'] : []), ...runs(line)));
      return { text, margin: [8, 2, 0, 8] };
    }
    case 'table':
      return dataTable(
        b.header,
        [3, 4, 3],
        b.rows.map((row) => row.map((cell): TextNode => ({ text: runs(cell) }))),
      );
  }
}

/** A line of the page footer, in one unwrapped run when it fits (it nearly always does). */
function chrome(text: string, width: number, alignment: 'left' | 'center' | 'right'): TextNode & { width: number } {
  const node: TextNode & { width: number } = { text, ...STYLES.pageChrome, alignment, width };
  keepShortLines(node, width);
  return node;
}

/** The pdfmake definition of a notice: what the tests of its content read. */
export function noticePdfDefinition(doc: NoticeDocument): DocDefinition {
  const m = (key: Parameters<typeof noticeMessage>[1], params?: Parameters<typeof noticeMessage>[2]) =>
    noticeMessage(doc.lang, key, params);
  const content: Content[] = [
    { text: doc.title, ...STYLES.coverTitle },
    { text: m('generatedOn', { date: doc.dateText }), ...STYLES.coverDescription, margin: [0, 0, 0, 14] },
    {
      toc: {
        title: { text: m('contents'), ...STYLES.h2, outline: true, outlineText: m('contents'), id: 'contents' },
      },
    },
  ];
  doc.sections.forEach((section, i) => {
    content.push(
      {
        ...heading({ text: [section.heading], plain: section.heading, level: 1, id: section.id, pageBreak: i === 0 }),
        // Sections follow each other on the page (a notice is read through), so each heading gets room above it.
        ...(i === 0 ? {} : { margin: [0, 16, 0, 8] as [number, number, number, number] }),
      },
      ...section.blocks.map(block),
    );
    for (const sub of section.subsections) {
      const plain = sub.heading.map((r) => r.text).join('');
      content.push(heading({ text: runs(sub.heading), plain, level: 2, id: sub.id }), ...sub.blocks.map(block));
    }
  });
  if (doc.hasFallbacks)
    content.push({
      text: m('fallbackNote', { marker: `[${doc.mainLanguage}]` }),
      ...INLINE.detail,
      margin: [0, 12, 0, 0],
    });
  content.push({ text: m('fingerprint', { fingerprint: doc.fingerprint }), ...INLINE.detail, margin: [0, 4, 0, 0] });

  const footerDate = m('generatedOn', { date: doc.dateText });
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: {
      title: doc.title,
      author: doc.controllers.map((c) => c.name).join('; '),
      subject: m('title'),
      keywords: `GDPR Art. 13; GDPR Art. 14; SHA-256 ${doc.fingerprint}`,
      creator: 'RoPA Desk',
      producer: 'RoPA Desk (pdfmake)',
      creationDate: new Date(`${doc.date}T00:00:00Z`),
      modDate: new Date(`${doc.date}T00:00:00Z`),
    },
    language: LOCALE_OF[doc.lang],
    displayTitle: true,
    header: () => ({
      stack: [
        chrome(doc.title, CONTENT_WIDTH, 'left'),
        { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: COLOR.rule }] },
      ],
      margin: [MARGIN.left, 26, MARGIN.right, 0],
    }),
    footer: (page: number, pages: number) => ({
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLOR.rule }] },
        {
          columns: [
            chrome(footerDate, CONTENT_WIDTH * 0.7, 'left'),
            chrome(m('pageOf', { page, pages }), CONTENT_WIDTH * 0.3, 'right'),
          ],
          margin: [0, 5, 0, 0],
        },
        chrome(m('fingerprint', { fingerprint: doc.fingerprint }), CONTENT_WIDTH, 'left'),
      ],
      margin: [MARGIN.left, 14, MARGIN.right, 0],
    }),
    defaultStyle: DEFAULT_STYLE,
    content,
  };
}

export async function noticePdf(doc: NoticeDocument): Promise<Uint8Array> {
  return renderPdf(noticePdfDefinition(doc));
}
