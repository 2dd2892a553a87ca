/**
 * The privacy notice as plain text (for an e-mail to data subjects, a diff, or a test that reads what it says):
 * headings on their own lines, list items with a dash, table rows with their cells separated by " | ", and a text
 * in the register's language marked "[nl]" as in the HTML.
 */
import type { NoticeBlock, NoticeDocument, NoticeInline, NoticeListItem } from './noticeDocument';

function inline(parts: NoticeInline): string {
  return parts.map((part) => (part.lang !== undefined ? `${part.text} [${part.lang}]` : part.text)).join('');
}

function items(list: readonly NoticeListItem[], indent: string): string[] {
  return list.flatMap((item) => [
    `${indent}- ${inline(item.content)}`,
    ...(item.details ?? []).map((d) => `${indent}  ${inline(d)}`),
    ...items(item.items ?? [], `${indent}  `),
  ]);
}

function block(b: NoticeBlock): string[] {
  switch (b.type) {
    case 'paragraph':
      return [inline(b.content), ''];
    case 'list':
      return [...items(b.items, ''), ''];
    case 'address':
      return [...b.lines.map(inline), ''];
    case 'table':
      return [b.header.join(' | '), ...b.rows.map((row) => row.map(inline).join(' | ')), ''];
  }
}

export function noticeText(doc: NoticeDocument): string {
  const lines = [doc.title, doc.dateText, ''];
  for (const section of doc.sections) {
    lines.push(section.heading, '', ...section.blocks.flatMap(block));
    for (const sub of section.subsections) lines.push(inline(sub.heading), '', ...sub.blocks.flatMap(block));
  }
  lines.push(doc.fingerprint, '');
  return lines.join('\n');
}
