/**
 * The privacy notice as one standalone HTML file for a website: no script, no external resource (the CSS is
 * embedded), `<html lang>`, one `<h1>`, a section with an `<h2>` per part and `<h3>` per group, a table of contents
 * whose links point at the sections' ids, every text escaped, and the date and the register's fingerprint in the
 * footer. A register text shown in the register's language (not translated) carries its own `lang` and a visible
 * marker, which the footer explains. Colours are the register PDF's, with contrast for WCAG AA.
 */
import { COLOR } from '../pdf/styles';
import { noticeMessage } from './messages';
import type {
  NoticeBlock,
  NoticeDocument,
  NoticeInline,
  NoticeListItem,
  NoticeRun,
  NoticeSection,
  NoticeSubsection,
} from './noticeDocument';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element and inside a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** An id safe in HTML and in a URL fragment: letters, digits, hyphens. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, '-');
}

function run(part: NoticeRun): string {
  let html = escapeHtml(part.text);
  if (part.strong) html = `<strong>${html}</strong>`;
  if (part.lang !== undefined)
    html = `<span lang="${part.lang}">${html}</span> <span class="fallback">[${escapeHtml(part.lang)}]</span>`;
  return html;
}

function inline(parts: NoticeInline): string {
  return parts.map(run).join('');
}

function listItem(item: NoticeListItem): string {
  const details = (item.details ?? []).map((d) => `<span class="detail">${inline(d)}</span>`).join('');
  const nested = item.items && item.items.length > 0 ? list(item.items) : '';
  return `<li>${inline(item.content)}${details}${nested}</li>`;
}

function list(items: readonly NoticeListItem[]): string {
  return `<ul>${items.map(listItem).join('')}</ul>`;
}

function block(b: NoticeBlock): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'list':
      return list(b.items);
    case 'address':
      return `<address>${b.lines.map(inline).join('<br>')}</address>`;
    case 'table': {
      const head = b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('\n');
      return `<div class="table"><table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
    }
  }
}

function subsection(sub: NoticeSubsection): string {
  const id = safeId(sub.id);
  return [
    `<section id="${id}" aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">${inline(sub.heading)}</h3>`,
    ...sub.blocks.map(block),
    '</section>',
  ].join('\n');
}

function section(s: NoticeSection): string {
  const id = safeId(s.id);
  return [
    `<section id="${id}" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">${escapeHtml(s.heading)}</h2>`,
    ...s.blocks.map(block),
    ...s.subsections.map(subsection),
    '</section>',
  ].join('\n');
}

function tableOfContents(doc: NoticeDocument): string {
  const entries = doc.sections.map((s) => {
    const subs =
      s.subsections.length > 0
        ? `<ol>${s.subsections.map((sub) => `<li><a href="#${safeId(sub.id)}">${inline(sub.heading)}</a></li>`).join('')}</ol>`
        : '';
    return `<li><a href="#${safeId(s.id)}">${escapeHtml(s.heading)}</a>${subs}</li>`;
  });
  const title = escapeHtml(noticeMessage(doc.lang, 'contents'));
  return `<nav aria-labelledby="toc-h">\n<h2 id="toc-h">${title}</h2>\n<ol>\n${entries.join('\n')}\n</ol>\n</nav>`;
}

const CSS = `
:root { color-scheme: light; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem; line-height: 1.55; color: ${COLOR.text}; background: #ffffff; }
.page { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; color: ${COLOR.accent}; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; color: ${COLOR.accent}; margin: 2.2rem 0 .6rem; padding-top: .4rem; border-top: 1px solid ${COLOR.rule}; }
h3 { font-size: 1.05rem; color: ${COLOR.accent}; margin: 1.4rem 0 .4rem; }
a { color: ${COLOR.accent}; }
a:focus-visible { outline: 3px solid ${COLOR.accent}; outline-offset: 2px; }
.date, footer, .detail, .fallback { color: #4b5563; }
nav { background: ${COLOR.labelFill}; border: 1px solid ${COLOR.rule}; border-radius: 6px; padding: .6rem 1.2rem; margin: 1.5rem 0; }
nav h2 { border: 0; margin: .4rem 0; padding: 0; font-size: 1.1rem; }
nav ol { margin: .2rem 0; padding-left: 1.4rem; }
nav ol ol { font-size: .92rem; }
ul { padding-left: 1.3rem; }
li { margin: .25rem 0; }
.detail { display: block; font-size: .92rem; }
.fallback { font-size: .8rem; }
address { font-style: normal; margin: .6rem 0 1rem; padding-left: .8rem; border-left: 3px solid ${COLOR.groupFill}; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; margin: .6rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid ${COLOR.rule}; }
th { background: ${COLOR.accent}; color: #ffffff; }
footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid ${COLOR.rule}; font-size: .85rem; }
footer p { margin: .2rem 0; }
.fingerprint { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
@media print { nav { break-after: page; } h2, h3 { break-after: avoid; } a { color: inherit; text-decoration: none; } }
`;

/** The notice as a complete HTML document (UTF-8 text). */
export function noticeHtml(doc: NoticeDocument): string {
  const m = (key: Parameters<typeof noticeMessage>[1], params?: Parameters<typeof noticeMessage>[2]) =>
    noticeMessage(doc.lang, key, params);
  const footer = [
    doc.hasFallbacks ? `<p>${escapeHtml(m('fallbackNote', { marker: `[${doc.mainLanguage}]` }))}</p>` : '',
    `<p>${escapeHtml(m('generatedOn', { date: doc.dateText }))}</p>`,
    `<p class="fingerprint">${escapeHtml(m('fingerprint', { fingerprint: doc.fingerprint }))}</p>`,
  ].filter((line) => line !== '');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="RoPA Desk">',
    `<meta name="dcterms.date" content="${escapeHtml(doc.date)}">`,
    `<meta name="ropa-fingerprint" content="${escapeHtml(doc.fingerprint)}">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="date">${escapeHtml(m('generatedOn', { date: doc.dateText }))}</p>`,
    '</header>',
    tableOfContents(doc),
    '<main>',
    ...doc.sections.map(section),
    '</main>',
    '<footer>',
    ...footer,
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
